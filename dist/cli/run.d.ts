import type { HeartbeatClient } from "../client/types.js";
import type { CliPlan, TokenSource } from "./args.js";
/** What running a plan needs from the outside world. */
export interface CliEnvironment {
    /** Builds an authenticated client for the deployment. */
    connect(url: string, token: TokenSource): HeartbeatClient;
    /** Writes one log line. */
    log(line: string): void;
    /** Registers a handler for SIGINT and SIGTERM. */
    onSignal(handler: (signal: string) => void): void;
}
/** Starts the plan's loop; resolves with the exit code once the loop has ended (stopped, superseded or fatal). */
export declare function runPlan(plan: Exclude<CliPlan, {
    kind: "help";
}>, env: CliEnvironment): Promise<number>;
