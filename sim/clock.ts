// The fake clock every program and spec runs on: which timers it fakes (Date and the timer functions;
// promises stay real) and the simulated epoch, in one place for the simulator, benchmark and tests.
import FakeTimers from "@sinonjs/fake-timers";

/** The simulated epoch runs start at: 2026-01-01 UTC. */
export const EPOCH = Date.UTC(2026, 0, 1);

/** The timers faked everywhere: Date and the timer functions. */
export const FAKED_TIMERS = ["Date", "setTimeout", "clearTimeout", "setInterval", "clearInterval"] as const;

/** Installs a fake clock at `now` faking FAKED_TIMERS; the caller uninstalls it. */
export function installClock(now = EPOCH) {
  return FakeTimers.install({ now, toFake: [...FAKED_TIMERS] });
}

/** The clock installClock returns. */
export type InstalledClock = ReturnType<typeof installClock>;
