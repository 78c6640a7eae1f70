// Moves a fake clock the way time passes on a deployment with a scheduler: to each next due timer in
// turn, firing it and waiting for the scheduled functions it started, so each runs at exactly its
// scheduled time. (setSystemTime would carry pending timers along and never fire them.)
import type { InstalledClock } from "../scenario";
import { attributed } from "./ledger";

/** What the driver needs from the backend: waiting for scheduled functions already started. */
type Scheduler = { finishInProgressScheduledFunctions(): Promise<void> };

/** The earliest pending timer's due time (fake-timers has no public peek: its internal id -> timer map). */
export function nextTimerAt(clock: InstalledClock): number | undefined {
  const timers = (clock as unknown as { timers?: Map<number, { callAt: number }> }).timers;
  let next: number | undefined;
  for (const timer of timers?.values() ?? []) if (next === undefined || timer.callAt < next) next = timer.callAt;
  return next;
}

/**
 * Advances to `target`, firing every timer due on the way at its own time. Before the timers due at T
 * fire, `before(T - 1)` brings the world up to just before T (the fleet's beats), so within one ms the
 * scheduled functions run first; at the end `before(target)`.
 */
export async function advanceTo(clock: InstalledClock, t: Scheduler, target: number, before: (at: number) => Promise<void>): Promise<void> {
  if (target < clock.now) throw new Error(`advanceTo ${target} is in the past (${clock.now})`);
  for (let next = nextTimerAt(clock); next !== undefined && next <= target; next = nextTimerAt(clock)) {
    if (next - 1 > clock.now) clock.tick(next - 1 - clock.now); // nothing is due before `next`: fires nothing
    await before(next - 1);
    await attributed("scheduler", async () => {
      clock.tick(next - clock.now);
      await t.finishInProgressScheduledFunctions();
    });
  }
  if (target > clock.now) clock.tick(target - clock.now);
  await before(target);
}
