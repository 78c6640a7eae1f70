// Client-side timing: when the next beat goes out, how long to wait after a failed call, and how long
// a loop may keep failing. Beat delays only ever shorten the interval, so the TTL arithmetic holds.
/** Largest share of the interval that jitter takes off a routine beat. */
export const BEAT_JITTER_RATIO = 0.1;
/** First retry delay after a failed call. */
export const RETRY_BASE_MS = 500;
/** Longest retry delay: far under the 30 s interval, so a client heals seconds after its network returns. */
export const RETRY_CAP_MS = 5_000;
/** Longest `stop()` waits for a call in flight, and then for leave / disconnect, before giving up on each. */
export const STOP_WAIT_MS = 10_000;
/** Default `authGraceMs`: auth failing this long (10 min) is a lasting failure, not a token being rotated. */
export const AUTH_GRACE_MS = 10 * 60_000;
/** Shortest allowed beat interval: faster beats cost calls and prove nothing more. */
export const MIN_INTERVAL_MS = 1_000;
/** Delay until a routine beat: the interval less up to BEAT_JITTER_RATIO of it. */
export function nextBeatDelay(intervalMs, random) {
    return Math.round(intervalMs * (1 - BEAT_JITTER_RATIO * random()));
}
/**
 * Delay until the first beat after a failure streak: uniform in (0, interval], so a fleet that healed
 * at the same moment spreads over a whole interval instead of beating in step.
 */
export function desyncedBeatDelay(intervalMs, random) {
    return Math.max(1, Math.ceil(intervalMs * (1 - random())));
}
/** Delay before retry `attempt` (1-based): capped exponential backoff with equal jitter. */
export function retryDelay(attempt, random) {
    const ceiling = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** (attempt - 1));
    return Math.round(ceiling / 2 + (ceiling / 2) * random());
}
