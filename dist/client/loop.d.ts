import { type LoopKind } from "./options.js";
import type { HeartbeatHandle, LoopOptions } from "./types.js";
/** What one beat told the loop. */
export type BeatOutcome = "ok" | "recovered" | "reestablish" | "superseded";
/** The calls that make a loop a daemon loop or a participant loop. */
export interface LoopSpec extends LoopOptions {
    /** Which front-end this is: its TTL bounds `intervalMs`. */
    kind: LoopKind;
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
/** Starts a loop; its first call (establish) goes out at once. Throws a TypeError for an option out of range. */
export declare function startLoop(spec: LoopSpec): HeartbeatHandle;
