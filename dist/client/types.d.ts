import type { FunctionReference } from "convex/server";
/** Anything that can call a Convex mutation: ConvexClient, ConvexHttpClient, or a convex-test accessor. */
export interface HeartbeatClient {
    /** Runs a mutation; rejects on network or server failure. */
    mutation(fn: FunctionReference<"mutation">, args: Record<string, unknown>): Promise<unknown>;
}
/** A public mutation the loop calls: `api.x.y` from an app's generated code, or `makeFunctionReference`. */
export type MutationRef = FunctionReference<"mutation", "public">;
/**
 * Where a loop is. `healthy`, `retrying` and `authFailing` loops are running (`authFailing`: the last
 * call failed authentication); `stopped`, `superseded` and `fatal` are final.
 */
export type HeartbeatStatus = "starting" | "healthy" | "retrying" | "authFailing" | "stopping" | "stopped" | "superseded" | "fatal";
/**
 * What failed a call that will be retried: `network` (the call never got an answer: fetch failed, timed
 * out or was aborted), `unknownCode` (a ConvexError this module does not know: another code, or data
 * without a code), `server` (any other error the server or transport reported).
 */
export type RetryKind = "network" | "server" | "unknownCode";
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
    kind: RetryKind;
    error: string;
} | {
    type: "authFailing";
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
    onEvent?: ((event: HeartbeatEvent) => void) | undefined;
    /** Source of randomness for jitter and backoff; the simulator seeds it. @default Math.random */
    random?: (() => number) | undefined;
    /**
     * Called before each retry while authentication is failing; fetch a fresh token and hand it to your
     * client (ConvexHttpClient: `http.setAuth(token)`; ConvexClient: call its `setAuth(fetchToken)` again,
     * which restarts its refresh after it cleared auth). If it throws, that attempt counts as another
     * authentication failure.
     */
    refreshAuth?: (() => unknown | Promise<unknown>) | undefined;
    /**
     * Authentication failing continuously for this long (ms, since the first auth failure after the last
     * successful call) stops the loop with `fatal` code UNAUTHENTICATED. Finite and > 0.
     * @default AUTH_GRACE_MS (10 minutes)
     */
    authGraceMs?: number | undefined;
    /**
     * Every call failing, for any reason, continuously for this long (ms, since the first failure after the
     * last successful call) stops the loop with `fatal` code FAILING_TOO_LONG. Finite and > 0.
     * @default undefined (retry for as long as it takes)
     */
    maxFailureMs?: number | undefined;
}
