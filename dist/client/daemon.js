// The daemon front-end of the heartbeat loop: register, beat, re-register when the server forgot
// the machine, and disconnect on graceful stop.
import { DAEMON_HEARTBEAT_INTERVAL_MS } from "../reliability.js";
import { flagOf, statusOf, unexpectedAnswer } from "./answers.js";
import { DEFAULT_DAEMON_FUNCTIONS } from "./functions.js";
import { startLoop } from "./loop.js";
/** What a daemonHeartbeat answer tells the loop. */
function daemonOutcome(answer) {
    const status = statusOf(answer);
    if (status === "ok")
        return flagOf(answer, "recovered") ? "recovered" : "ok";
    if (status === "reregisterRequired")
        return "reestablish";
    if (status === "superseded")
        return "superseded";
    throw unexpectedAnswer(answer);
}
/**
 * Registers the machine and keeps it connected until `stop()`, or until another instance supersedes
 * this one. Throws a TypeError for an option out of range.
 */
export function startDaemonHeartbeat(options) {
    const { client, machineId, hostname } = options;
    const functions = options.functions ?? DEFAULT_DAEMON_FUNCTIONS;
    const instanceId = options.instanceId ?? `inst-${crypto.randomUUID()}`;
    // Identifies this daemon process in register, heartbeat and disconnect alike.
    const who = { machineId, instanceId };
    const registration = hostname === undefined ? who : { ...who, hostname };
    const handle = startLoop({
        ...options,
        kind: "daemon",
        intervalMs: options.intervalMs ?? DAEMON_HEARTBEAT_INTERVAL_MS,
        reestablishedEvent: "reregistered",
        establish: async () => {
            await client.mutation(functions.register, registration);
        },
        beat: async () => daemonOutcome(await client.mutation(functions.heartbeat, who)),
        release: async () => {
            await client.mutation(functions.disconnect, who);
        },
    });
    return Object.assign(handle, { instanceId });
}
