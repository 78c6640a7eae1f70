// The client loop's timing as it was before the desync (issue 9 item 3), kept as the herd's "before".
// It imports nothing from src/client, so later changes to the SDK cannot move it.

/** Largest share of the interval that jitter took off a beat (pre-desync BEAT_JITTER_RATIO). */
const BEAT_JITTER_RATIO = 0.1;

/** First retry delay after a failed call (pre-desync RETRY_BASE_MS). */
const RETRY_BASE_MS = 500;

/** Longest retry delay (pre-desync RETRY_CAP_MS). */
const RETRY_CAP_MS = 5_000;

/** Delay until the next beat, after any success: the interval less up to BEAT_JITTER_RATIO of it. */
function nextBeatDelay(intervalMs: number, random: () => number): number {
  return Math.round(intervalMs * (1 - BEAT_JITTER_RATIO * random()));
}

/** Delay before retry `attempt` (1-based): capped exponential backoff with equal jitter. */
function retryDelay(attempt: number, random: () => number): number {
  const ceiling = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

/** Where a legacy loop calls: its establish and beat mutations with their arguments. */
type LegacyCalls = { establish: () => Promise<unknown>; beat: () => Promise<unknown> };

/**
 * Starts a pre-desync loop; its first call goes out at once, and it runs for as long as its clock does.
 * Establish, then beat after nextBeatDelay after every success, a failure streak's end included; retry
 * after retryDelay. The timing functions above are src/client/timing.ts's as of b075663 (4b2de61 added
 * the desync), and random numbers are drawn in that loop's order: run through runHerd beside that
 * commit's own startDaemonHeartbeat / startParticipantHeartbeat, it made the same calls in every second
 * (1,000 clients at seeds 11 and 3, 200 at seed 11).
 */
export function startLegacyLoop(calls: LegacyCalls, intervalMs: number, random: () => number): void {
  let established = false;
  let failures = 0;
  const tick = async () => {
    try {
      if (!established) await calls.establish();
      else await calls.beat();
      established = true;
      failures = 0;
      setTimeout(tick, nextBeatDelay(intervalMs, random));
    } catch {
      failures += 1;
      setTimeout(tick, retryDelay(failures, random));
    }
  };
  void tick();
}
