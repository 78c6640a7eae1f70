// Plain Node, no TypeScript and no bundler: the SDK imports and runs as any package does. A daemon loop
// calls the app's own references (convex/liveness/...) through a stand-in client that forgets the
// machine once, so the loop must re-register by itself; the script exits 0 only if it did.
import { anyApi, getFunctionName } from "convex/server";
import { DAEMON_HEARTBEAT_TTL_MS, startDaemonHeartbeat } from "convex-heartbeat";

const calls = [];
let forgotten = false;
/** Answers as the server would, except that the machine is forgotten once, after the second beat. */
const client = {
  async mutation(fn, args) {
    const name = getFunctionName(fn);
    calls.push(name);
    if (name === "liveness/machines:register") return { machineId: args.machineId, daemonConnected: true };
    if (name === "liveness/machines:disconnect") return { disconnected: true };
    const beats = calls.filter((call) => call === "liveness/heartbeat:daemonHeartbeat").length;
    if (beats === 2 && !forgotten) {
      forgotten = true;
      return { status: "reregisterRequired" };
    }
    return { status: "ok", recovered: false };
  },
};

const events = [];
const daemon = startDaemonHeartbeat({
  client,
  machineId: "build-box-7",
  intervalMs: 1_000,
  functions: {
    register: anyApi.liveness.machines.register,
    heartbeat: anyApi.liveness.heartbeat.daemonHeartbeat,
    disconnect: anyApi.liveness.machines.disconnect,
  },
  onEvent: (event) => events.push(event.type),
});
await new Promise((resolve) => setTimeout(resolve, 3_500));
await daemon.stop();

const healed = events.includes("reregistered") && calls.at(-1) === "liveness/machines:disconnect";
console.log(`events: ${events.join(" ")}; calls: ${calls.length}; instance ${daemon.instanceId}; TTL ${DAEMON_HEARTBEAT_TTL_MS} ms`);
console.log(healed ? "app.mjs: the SDK ran from plain Node and healed by itself" : "app.mjs: FAILED: the loop did not re-register and disconnect");
process.exit(healed ? 0 : 1);
