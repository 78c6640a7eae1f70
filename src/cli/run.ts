// Runs a parsed CLI plan: starts the daemon or agent loop against a real deployment, logs its events,
// and stops gracefully on SIGINT/SIGTERM. The client and signals are injectable.
import { startDaemonHeartbeat } from "../client/daemon.js";
import { startParticipantHeartbeat } from "../client/participant.js";
import type { HeartbeatClient, HeartbeatEvent, HeartbeatHandle } from "../client/types.js";
import type { CliPlan, TokenSource } from "./args.js";
import { eventLog, stamp } from "./log.js";

/** What running a plan needs from the outside world. */
export interface CliEnvironment {
  /** Builds an authenticated client for the deployment. */
  connect(url: string, token: TokenSource): HeartbeatClient;
  /** Writes one log line. */
  log(line: string): void;
  /** Registers a handler for SIGINT and SIGTERM. */
  onSignal(handler: (signal: string) => void): void;
}

/** Exit codes for the events that end a loop. */
const EXIT_CODES: Partial<Record<HeartbeatEvent["type"], number>> = { stopped: 0, fatal: 1, superseded: 3 };

/** Starts the plan's loop; resolves with the exit code once the loop has ended (stopped, superseded or fatal). */
export function runPlan(plan: Exclude<CliPlan, { kind: "help" }>, env: CliEnvironment): Promise<number> {
  const client = env.connect(plan.url, plan.token);
  const subject = plan.kind === "daemon" ? `daemon ${plan.machineId}` : `agent ${plan.role}`;
  const write = eventLog(subject, env.log);
  return new Promise((resolve) => {
    let handle: HeartbeatHandle | undefined;
    const onEvent = (event: HeartbeatEvent) => {
      write(event);
      const code = EXIT_CODES[event.type];
      if (code !== undefined) resolve(code);
    };
    const { intervalMs, authGraceMs, maxFailureMs } = plan;
    const common = { client, onEvent, intervalMs, authGraceMs, maxFailureMs };
    handle =
      plan.kind === "daemon"
        ? startDaemonHeartbeat({ ...common, machineId: plan.machineId, hostname: plan.hostname, instanceId: plan.instanceId })
        : startParticipantHeartbeat({ ...common, chatroomId: plan.chatroomId, role: plan.role, connectionId: plan.connectionId });
    env.onSignal((signal) => {
      env.log(`${stamp(subject, Date.now())} ${signal}: stopping`);
      void handle?.stop();
    });
  });
}
