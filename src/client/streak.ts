// A loop's current run of failed calls: how many, since when, since when authentication has failed,
// and when that run has lasted long enough (authGraceMs, maxFailureMs) to stop the loop for good.
import { UNAUTHENTICATED } from "./failures.js";

/** The fatal code for a loop whose every call failed for `maxFailureMs`. */
export const FAILING_TOO_LONG = "FAILING_TOO_LONG";

/** How long a streak may last before it is fatal. */
export interface StreakLimits {
  /** Auth failing this long (since the first auth failure of the streak) is fatal. */
  authGraceMs: number;
  /** Any failure this long (since the first failure of the streak) is fatal; undefined: never. */
  maxFailureMs: number | undefined;
}

/** The current failure streak of one loop. */
export interface FailureStreak {
  /** Failed calls since the last success (0: not failing). */
  readonly failures: number;
  /** Records a failure at `now`; returns the fatal code and message once a limit is reached. */
  fail(now: number, auth: boolean, error: string): { code: string; message: string } | undefined;
  /** Ms until the nearest limit still ahead (Infinity if none), so the last retry lands on the deadline. */
  msUntilLimit(now: number): number;
  /** Ends the streak at a success; returns how many failures it held. */
  end(): number;
}

/** Whole seconds, for fatal messages. */
const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;

/** A fresh (not failing) streak with these limits. */
export function failureStreak(limits: StreakLimits): FailureStreak {
  let failures = 0;
  let since: number | undefined;
  let authSince: number | undefined;
  return {
    get failures() {
      return failures;
    },
    fail(now, auth, error) {
      failures += 1;
      since ??= now;
      if (auth) authSince ??= now;
      if (auth && authSince !== undefined && now - authSince >= limits.authGraceMs) {
        const message = `authentication has failed for ${seconds(now - authSince)} (authGraceMs ${limits.authGraceMs}); last: ${error}`;
        return { code: UNAUTHENTICATED, message };
      }
      if (limits.maxFailureMs !== undefined && now - since >= limits.maxFailureMs) {
        const message = `every call has failed for ${seconds(now - since)} (maxFailureMs ${limits.maxFailureMs}); last: ${error}`;
        return { code: FAILING_TOO_LONG, message };
      }
      return undefined;
    },
    msUntilLimit(now) {
      // Called right after a failure that reached no limit, so every deadline is still ahead.
      const authDeadline = authSince === undefined ? Infinity : authSince + limits.authGraceMs;
      const failDeadline = since === undefined || limits.maxFailureMs === undefined ? Infinity : since + limits.maxFailureMs;
      return Math.min(authDeadline, failDeadline) - now;
    },
    end() {
      const held = failures;
      failures = 0;
      since = undefined;
      authSince = undefined;
      return held;
    },
  };
}
