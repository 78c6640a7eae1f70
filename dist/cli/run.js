// Runs a parsed CLI plan: starts the daemon or agent loop against a real deployment, logs each state
// change on one line, and stops gracefully on SIGINT/SIGTERM. The client and signals are injectable.
import { startDaemonHeartbeat } from "../client/daemon";
import { startParticipantHeartbeat } from "../client/participant";
/** One log line for an event; a repeated `ok` or `retrying` is not a state change and returns undefined. */
export function formatEvent(subject, event, previous) {
    if ((event.type === "ok" || event.type === "retrying") && previous === event.type)
        return undefined;
    const at = new Date(event.at).toISOString();
    switch (event.type) {
        case "retrying":
            return `${at} ${subject} retrying attempt=${event.attempt} in=${event.delayMs}ms error=${JSON.stringify(event.error)}`;
        case "fatal":
            return `${at} ${subject} fatal code=${event.code} ${JSON.stringify(event.message)}`;
        default:
            return `${at} ${subject} ${event.type}`;
    }
}
/** Starts the plan's loop; resolves with the exit code once the loop has ended (stopped, superseded or fatal). */
export function runPlan(plan, env) {
    const client = env.connect(plan.url, plan.token);
    return new Promise((resolve) => {
        let previous;
        let handle;
        const subject = plan.kind === "daemon" ? `daemon ${plan.machineId}` : `agent ${plan.role}`;
        const onEvent = (event) => {
            const line = formatEvent(subject, event, previous);
            if (line !== undefined)
                env.log(line);
            previous = event.type;
            if (event.type === "stopped")
                resolve(0);
            if (event.type === "superseded")
                resolve(3);
            if (event.type === "fatal")
                resolve(1);
        };
        handle =
            plan.kind === "daemon"
                ? startDaemonHeartbeat({ client, machineId: plan.machineId, hostname: plan.hostname, onEvent })
                : startParticipantHeartbeat({ client, chatroomId: plan.chatroomId, role: plan.role, connectionId: plan.connectionId, onEvent });
        env.onSignal((signal) => {
            env.log(`${new Date().toISOString()} ${subject} ${signal}: stopping`);
            void handle?.stop();
        });
    });
}
//# sourceMappingURL=run.js.map