// What the peer comparison measures on every design, in one shape, so ours, the seed's baseline and
// @convex-dev/presence are put side by side figure for figure.
import type { Cost } from "../measure";

/** Background or cleanup work over a stretch of time: how many transactions and what they cost. */
export type Work = Cost & { transactions: number };

/** Timing out k silent clients among N live. */
export interface TimeoutFigures {
  /** Silent clients. */
  k: number;
  /** Time between consecutive silent clients' deadlines. */
  gapMs: number;
  /** The work from the first silent client's deadline to the last removal. */
  fromFirstDeadline: Work;
  /** The work from one beat interval before the first silent client's last beat to the last removal. */
  fromSilence: Work;
  /** Per silent client: its removal time less its deadline. */
  delaysMs: number[];
  /** Silent clients removed, and live clients wrongly removed (must be 0). */
  removed: number;
  liveRemoved: number;
}

/** Everything measured on one design at one fleet size and beat interval. */
export interface PeerFigures {
  /** Live clients. */
  n: number;
  /** Beat interval. */
  intervalMs: number;
  /** A routine beat. */
  beat: Cost;
  /** A join (a new client's first call). */
  join: Cost;
  /** Work the join set off besides itself (presence: the worker run it pings), within its debounce. */
  joinFollowOn: Work;
  /** The tables the design's list queries read. */
  listTables: string[];
  /** Writes one routine beat makes to those tables. */
  beatWritesToListTables: number;
  /** Timing out k silent clients, deadlines spread evenly over one interval. */
  timeout: TimeoutFigures;
  /** Timing out the same k, deadlines 4.5 s apart: the setting of the measurement made before (issue 11). */
  timeoutEarlierSetting: TimeoutFigures;
  /** Background work per minute with nobody expiring. */
  idlePerMinute: Work;
  /** The gaps between background runs while idle (min / median / max, ms). */
  idleWakeGapsMs: { min: number; median: number; max: number };
  /** Wall time of the measurement. */
  wallSeconds: number;
}

/** The work of some transactions (ledger records, cron runs): one each, and their summed cost. */
export function workOf(transactions: { cost: Cost }[]): Work {
  return transactions.reduce(
    (w, { cost }) => ({
      transactions: w.transactions + 1,
      documentsRead: w.documentsRead + cost.documentsRead,
      documentsWritten: w.documentsWritten + cost.documentsWritten,
      functionsScheduled: w.functionsScheduled + cost.functionsScheduled,
    }),
    { transactions: 0, documentsRead: 0, documentsWritten: 0, functionsScheduled: 0 },
  );
}

/** `work` divided by `minutes`. */
export function perMinute(work: Work, minutes: number): Work {
  const per = (x: number) => Number((x / minutes).toFixed(2));
  return {
    transactions: per(work.transactions),
    documentsRead: per(work.documentsRead),
    documentsWritten: per(work.documentsWritten),
    functionsScheduled: per(work.functionsScheduled),
  };
}

/** Min / median / max of the gaps between consecutive `times`. */
export function gapsOf(times: number[]): { min: number; median: number; max: number } {
  const gaps = times.slice(1).map((x, i) => x - times[i]!).sort((a, b) => a - b);
  if (gaps.length === 0) return { min: NaN, median: NaN, max: NaN };
  return { min: gaps[0]!, median: gaps[Math.floor(gaps.length / 2)]!, max: gaps[gaps.length - 1]! };
}
