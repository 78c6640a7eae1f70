/** Largest share of the interval that jitter takes off, so a fleet that reconnects together spreads out. */
export declare const BEAT_JITTER_RATIO = 0.1;
/** First retry delay after a failed call. */
export declare const RETRY_BASE_MS = 500;
/** Longest retry delay: far under the 30 s interval, so a client heals seconds after its network returns. */
export declare const RETRY_CAP_MS = 5000;
/** Longest `stop()` waits for a call in flight, and then for leave / disconnect, before giving up on each. */
export declare const STOP_WAIT_MS = 10000;
/** Delay until the next beat: the interval less up to BEAT_JITTER_RATIO of it. */
export declare function nextBeatDelay(intervalMs: number, random: () => number): number;
/** Delay before retry `attempt` (1-based): capped exponential backoff with equal jitter. */
export declare function retryDelay(attempt: number, random: () => number): number;
//# sourceMappingURL=timing.d.ts.map