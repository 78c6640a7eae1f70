// Client-side timing: when the next beat goes out and how long to wait after a failed call.
// Jitter only shortens the interval, so the TTLs' "missed beats tolerated" arithmetic still holds.
/** Largest share of the interval that jitter takes off, so a fleet that reconnects together spreads out. */
export const BEAT_JITTER_RATIO = 0.1;
/** First retry delay after a failed call. */
export const RETRY_BASE_MS = 500;
/** Longest retry delay: far under the 30 s interval, so a client heals seconds after its network returns. */
export const RETRY_CAP_MS = 5_000;
/** Longest `stop()` waits for a call in flight, and then for leave / disconnect, before giving up on each. */
export const STOP_WAIT_MS = 10_000;
/** Delay until the next beat: the interval less up to BEAT_JITTER_RATIO of it. */
export function nextBeatDelay(intervalMs, random) {
    return Math.round(intervalMs * (1 - BEAT_JITTER_RATIO * random()));
}
/** Delay before retry `attempt` (1-based): capped exponential backoff with equal jitter. */
export function retryDelay(attempt, random) {
    const ceiling = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** (attempt - 1));
    return Math.round(ceiling / 2 + (ceiling / 2) * random());
}
//# sourceMappingURL=timing.js.map