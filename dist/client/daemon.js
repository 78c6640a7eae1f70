// The daemon front-end of the heartbeat loop: register, beat, re-register when the server forgot
// the machine, and disconnect on graceful stop.
import { api } from "../../convex/_generated/api";
import { DAEMON_HEARTBEAT_INTERVAL_MS } from "../reliability";
import { startLoop } from "./loop";
/** Registers the machine and keeps it connected until `stop()`, or until another instance supersedes this one. */
export function startDaemonHeartbeat(options) {
    const { client, machineId, hostname } = options;
    const instanceId = options.instanceId ?? `inst-${crypto.randomUUID()}`;
    const who = { machineId, instanceId };
    const registration = hostname === undefined ? who : { ...who, hostname };
    const handle = startLoop({
        ...options,
        intervalMs: options.intervalMs ?? DAEMON_HEARTBEAT_INTERVAL_MS,
        reestablishedEvent: "reregistered",
        establish: async () => {
            await client.mutation(api.machines.register, registration);
        },
        beat: async () => {
            const beat = (await client.mutation(api.heartbeat.daemonHeartbeat, who));
            if (beat.status === "reregisterRequired")
                return "reestablish";
            if (beat.status === "superseded")
                return "superseded";
            return beat.recovered ? "recovered" : "ok";
        },
        release: async () => {
            await client.mutation(api.machines.disconnect, who);
        },
    });
    return Object.assign(handle, { instanceId });
}
//# sourceMappingURL=daemon.js.map