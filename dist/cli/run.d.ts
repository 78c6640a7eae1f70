import type { HeartbeatClient, HeartbeatEvent } from "../client/types";
import type { CliPlan, TokenSource } from "./args";
/** What running a plan needs from the outside world. */
export interface CliEnvironment {
    /** Builds an authenticated client for the deployment. */
    connect(url: string, token: TokenSource): HeartbeatClient;
    /** Writes one log line. */
    log(line: string): void;
    /** Registers a handler for SIGINT and SIGTERM. */
    onSignal(handler: (signal: string) => void): void;
}
/** One log line for an event; a repeated `ok` or `retrying` is not a state change and returns undefined. */
export declare function formatEvent(subject: string, event: HeartbeatEvent, previous: HeartbeatEvent["type"] | undefined): string | undefined;
/** Starts the plan's loop; resolves with the exit code once the loop has ended (stopped, superseded or fatal). */
export declare function runPlan(plan: Exclude<CliPlan, {
    kind: "help";
}>, env: CliEnvironment): Promise<number>;
//# sourceMappingURL=run.d.ts.map