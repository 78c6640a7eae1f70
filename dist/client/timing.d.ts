/** Largest share of the interval that jitter takes off a routine beat. */
export declare const BEAT_JITTER_RATIO = 0.1;
/** First retry delay after a failed call. */
export declare const RETRY_BASE_MS = 500;
/** Longest retry delay: far under the 30 s interval, so a client heals seconds after its network returns. */
export declare const RETRY_CAP_MS = 5000;
/** Longest `stop()` waits for a call in flight, and then for leave / disconnect, before giving up on each. */
export declare const STOP_WAIT_MS = 10000;
/** Default `authGraceMs`: auth failing this long (10 min) is a lasting failure, not a token being rotated. */
export declare const AUTH_GRACE_MS: number;
/** Shortest allowed beat interval: faster beats cost calls and prove nothing more. */
export declare const MIN_INTERVAL_MS = 1000;
/** Delay until a routine beat: the interval less up to BEAT_JITTER_RATIO of it. */
export declare function nextBeatDelay(intervalMs: number, random: () => number): number;
/**
 * Delay until the first beat after a failure streak: uniform in (0, interval], so a fleet that healed
 * at the same moment spreads over a whole interval instead of beating in step.
 */
export declare function desyncedBeatDelay(intervalMs: number, random: () => number): number;
/** Delay before retry `attempt` (1-based): capped exponential backoff with equal jitter. */
export declare function retryDelay(attempt: number, random: () => number): number;
