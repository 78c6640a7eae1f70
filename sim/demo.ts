// A scripted outage and recovery on the embedded backend, on a simulated clock: one daemon and
// one CLI agent go silent long enough for cleanup to act, then come back and heal in one beat.
import FakeTimers from "@sinonjs/fake-timers";
import { api, internal } from "../convex/_generated/api";
import { CLEANUP_INTERVAL_MS, HEARTBEAT_INTERVAL_MS } from "../convex/reliability";
import { embeddedBackend } from "./backend";

const clock = FakeTimers.install({ now: Date.UTC(2026, 0, 1), toFake: ["Date"] });
const t = embeddedBackend();
const alice = t.withIdentity({ subject: "alice" });
const log = (message: string) => console.log(`t=${String((clock.now - Date.UTC(2026, 0, 1)) / 1000).padStart(4)}s  ${message}`);

await alice.mutation(api.machines.register, { machineId: "daemon-1" });
const chatroomId = await alice.mutation(api.chatrooms.create, { name: "demo" });
const me = { chatroomId, role: "builder", connectionId: "cli-1" };
await alice.mutation(api.participants.join, me);
log("daemon-1 registered, builder joined");

const outage = { from: 60_000, to: 240_000 };
let healthyAt = 0;
for (let at = 0; at <= 360_000; at += CLEANUP_INTERVAL_MS) {
  clock.setSystemTime(Date.UTC(2026, 0, 1) + at);
  const online = at < outage.from || at >= outage.to;
  if (at === outage.from) log("network partition: beats stop");
  if (at === outage.to) log("network restored: beats resume");
  if (online && at % HEARTBEAT_INTERVAL_MS === 0) {
    const daemon = await alice.mutation(api.heartbeat.daemonHeartbeat, { machineId: "daemon-1" });
    if (daemon.status === "ok" && daemon.recovered) log("daemon beat: recovered, daemonConnected is true again");
    const beat = await alice.mutation(api.heartbeat.participantHeartbeat, me);
    if (beat.status === "rejoinRequired") {
      await alice.mutation(api.participants.join, me);
      log("agent beat: rejoinRequired -> re-joined in the same tick");
    }
  }
  const cleaned = await t.mutation(internal.cleanup.cleanupStaleAgents, {});
  if (cleaned.daemonsDisconnected || cleaned.participantsRemoved) {
    log(`cleanup: ${cleaned.daemonsDisconnected} daemon disconnected, ${cleaned.participantsRemoved} participant removed`);
  }
  const [machine] = await alice.query(api.machines.list, {});
  const present = (await alice.query(api.participants.list, { chatroomId })).length === 1;
  if (at >= outage.to && healthyAt === 0 && machine?.daemonConnected && present) healthyAt = at;
}
clock.uninstall();

const healTime = healthyAt - outage.to;
const holds = healthyAt > 0 && healTime <= HEARTBEAT_INTERVAL_MS;
console.log(`healthy again ${healTime / 1000}s after the network returned (invariant: within ${HEARTBEAT_INTERVAL_MS / 1000}s)`);
console.log(holds ? "VERDICT: self-healing invariant holds" : "VERDICT: self-healing invariant VIOLATED");
process.exit(holds ? 0 : 1);
