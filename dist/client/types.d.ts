import type { FunctionReference } from "convex/server";
/** Anything that can call a Convex mutation: ConvexClient, ConvexHttpClient, or a convex-test accessor. */
export interface HeartbeatClient {
    /** Runs a mutation; rejects on network or server failure. */
    mutation(fn: FunctionReference<"mutation">, args: Record<string, unknown>): Promise<unknown>;
}
/** Where a loop is: healthy and retrying loops are running; stopped, superseded and fatal are final. */
export type HeartbeatStatus = "starting" | "healthy" | "retrying" | "stopping" | "stopped" | "superseded" | "fatal";
/** What a loop reports, one event per call outcome that matters. `at` is the client clock, for logs only. */
export type HeartbeatEvent = {
    type: "ok";
    at: number;
} | {
    type: "recovered";
    at: number;
} | {
    type: "rejoined";
    at: number;
} | {
    type: "reregistered";
    at: number;
} | {
    type: "superseded";
    at: number;
} | {
    type: "retrying";
    at: number;
    attempt: number;
    delayMs: number;
    error: string;
} | {
    type: "fatal";
    at: number;
    code: string;
    message: string;
} | {
    type: "stopped";
    at: number;
};
/** A running heartbeat loop. */
export interface HeartbeatHandle {
    /** The loop's current status. */
    readonly status: HeartbeatStatus;
    /** Stops gracefully: clears timers, waits (at most 10 s) for a call in flight, then leaves / disconnects; idempotent. */
    stop(): Promise<void>;
    /** Beats now (e.g. from a reconnect callback); joins the call in flight if there is one. */
    beatNow(): Promise<void>;
    /** Adds an event listener; returns the function that removes it. */
    subscribe(listener: (event: HeartbeatEvent) => void): () => void;
}
/** Options every loop accepts. */
export interface LoopOptions {
    /** Called with every event, in order. */
    onEvent?: (event: HeartbeatEvent) => void;
    /** Source of randomness for jitter and backoff (default Math.random); the simulator seeds it. */
    random?: () => number;
}
//# sourceMappingURL=types.d.ts.map