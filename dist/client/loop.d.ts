import type { HeartbeatHandle, LoopOptions } from "./types";
/** What one beat told the loop. */
export type BeatOutcome = "ok" | "recovered" | "reestablish" | "superseded";
/** The calls that make a loop a daemon loop or a participant loop. */
export interface LoopSpec extends LoopOptions {
    /** Beat period; the actual delay is jittered below it. */
    intervalMs: number;
    /** register / join. */
    establish(): Promise<void>;
    /** One heartbeat. */
    beat(): Promise<BeatOutcome>;
    /** disconnect / leave, on graceful stop. */
    release(): Promise<void>;
    /** The event reported when the server asked for a re-establish and it succeeded. */
    reestablishedEvent: "rejoined" | "reregistered";
}
/** Starts a loop; its first call (establish) goes out at once. */
export declare function startLoop(spec: LoopSpec): HeartbeatHandle;
//# sourceMappingURL=loop.d.ts.map