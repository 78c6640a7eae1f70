// Runs a parsed CLI plan: starts the daemon or agent loop against a real deployment, logs its events,
// and stops gracefully on SIGINT/SIGTERM. The client and signals are injectable.
import { startDaemonHeartbeat } from "../client/daemon.js";
import { startParticipantHeartbeat } from "../client/participant.js";
import { eventLog } from "./log.js";
/** Exit codes for the events that end a loop. */
const EXIT_CODES = { stopped: 0, fatal: 1, superseded: 3 };
/** Starts the plan's loop; resolves with the exit code once the loop has ended (stopped, superseded or fatal). */
export function runPlan(plan, env) {
    const client = env.connect(plan.url, plan.token);
    const subject = plan.kind === "daemon" ? `daemon ${plan.machineId}` : `agent ${plan.role}`;
    const write = eventLog(subject, env.log);
    return new Promise((resolve) => {
        let handle;
        const onEvent = (event) => {
            write(event);
            const code = EXIT_CODES[event.type];
            if (code !== undefined)
                resolve(code);
        };
        const { intervalMs, authGraceMs, maxFailureMs } = plan;
        const common = { client, onEvent, intervalMs, authGraceMs, maxFailureMs };
        handle =
            plan.kind === "daemon"
                ? startDaemonHeartbeat({ ...common, machineId: plan.machineId, hostname: plan.hostname, instanceId: plan.instanceId })
                : startParticipantHeartbeat({ ...common, chatroomId: plan.chatroomId, role: plan.role, connectionId: plan.connectionId });
        env.onSignal((signal) => {
            env.log(`${new Date().toISOString()} ${subject} ${signal}: stopping`);
            void handle?.stop();
        });
    });
}
