// The timing options' allowed ranges, checked when a loop starts (and by the CLI for its flags), so a
// careless value fails loudly before any call instead of hammering the server or losing the lease.
import { DAEMON_HEARTBEAT_TTL_MS, HEARTBEAT_TTL_MS } from "../reliability.js";
import { MIN_INTERVAL_MS } from "./timing.js";

/** Which front-end a loop runs: its TTL bounds the beat interval. */
export type LoopKind = "daemon" | "participant";

/** The timing options a loop checks at start (undefined means the default, which is always valid). */
export interface TimingOptions {
  /** Beat period in ms. */
  intervalMs?: number | undefined;
  /** See LoopOptions.authGraceMs. */
  authGraceMs?: number | undefined;
  /** See LoopOptions.maxFailureMs. */
  maxFailureMs?: number | undefined;
}

/** An option outside its range: which one, what it must be, and what it was. */
export type OptionProblem = { option: keyof TimingOptions; allowed: string; value: unknown };

/** Longest allowed interval for `kind`: half its TTL, so at least one missed beat is tolerated. */
function maxIntervalMs(kind: LoopKind): number {
  return (kind === "daemon" ? DAEMON_HEARTBEAT_TTL_MS : HEARTBEAT_TTL_MS) / 2;
}

/** Whether `value` is a finite number within [min, max] (or above `min` when `exclusiveMin`). */
function inRange(value: unknown, min: number, max: number, exclusiveMin = false): boolean {
  return typeof value === "number" && Number.isFinite(value) && (exclusiveMin ? value > min : value >= min) && value <= max;
}

/** The first timing option outside its allowed range, or undefined when all are valid. */
export function findTimingProblem(kind: LoopKind, options: TimingOptions): OptionProblem | undefined {
  const { intervalMs } = options;
  const longest = maxIntervalMs(kind);
  if (intervalMs !== undefined && !inRange(intervalMs, MIN_INTERVAL_MS, longest)) {
    const allowed = `a finite number of ms from ${MIN_INTERVAL_MS} to ${longest} (at most half the ${kind} TTL)`;
    return { option: "intervalMs", allowed, value: intervalMs };
  }
  for (const option of ["authGraceMs", "maxFailureMs"] as const) {
    const value = options[option];
    if (value !== undefined && !inRange(value, 0, Number.MAX_SAFE_INTEGER, true)) {
      return { option, allowed: "a finite number of ms greater than 0", value };
    }
  }
  return undefined;
}

/** Throws a TypeError naming the first timing option outside its range and the range allowed. */
export function assertTimingOptions(kind: LoopKind, options: TimingOptions): void {
  const problem = findTimingProblem(kind, options);
  if (problem !== undefined) {
    throw new TypeError(`convex-heartbeat: ${problem.option} must be ${problem.allowed}, got ${String(problem.value)}`);
  }
}
