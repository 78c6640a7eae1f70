// The client loop's timing as it was before the desync (issue 9 item 3), reproduced for the herd
// measurement so the reader sees what changed: establish, then beat after nextBeatDelay (the interval
// less up to 10% jitter) after every success, a failure streak's end included; retry after retryDelay.
// It uses the SDK's own timing functions, and draws random numbers in the same order the old loop did.
import { nextBeatDelay, retryDelay } from "../../src/client/timing";

/** Where a legacy loop calls: its establish and beat mutations with their arguments. */
export type LegacyCalls = { establish: () => Promise<unknown>; beat: () => Promise<unknown> };

/** Starts a legacy loop; its first call goes out at once, and it runs for as long as its clock does. */
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
