// Clause (b) for damaged records: mended (consistent again) within one full anti-entropy pass, then made
// whole by the client within one interval plus four latencies, plus a retry per call that failed meanwhile.
import { ANTI_ENTROPY_TABLES } from "../../src/server/lib/antiEntropy";
import { clock, recordLabel, seconds } from "../labels";
import type { Damage, Timeline } from "../timeline";
import { mendedHealBound, retrySlackPerFailure, type Bound } from "./bounds";
import { stats, type Stats } from "./stats";

/** What happened to the damaged records. */
export type DamageMeasures = {
  damaged: number;
  mended: { byCleanup: number; byCall: number; byStray: number };
  healed: number;
  /** From the delete to the record being consistent again. */
  mendTime: Stats;
  /** From the mend to the record being whole and held again. */
  healTime: Stats;
  /** Most cleanup runs one full anti-entropy pass took in this run (every table walked from its start to its end). */
  longestPassRuns: number;
  /** How soon after its mend a client must make its record whole (before retries). */
  healBound: Bound;
  /** Repair lines the server logged (cleanup's, and those of beats, joins and registers). */
  repairsLogged: number;
};

/** The cleanup run by which anti-entropy has walked every table from start to end after transaction `seq`, and how many runs that took. */
export function fullPassAfter(timeline: Timeline, seq: number): { at: number; runs: number } | undefined {
  const started = new Set<string>();
  const walked = new Set<string>();
  let runs = 0;
  for (const run of timeline.cleanups) {
    if (run.seq <= seq) continue;
    runs += 1;
    const { table, fresh, finished } = run.antiEntropy;
    if (fresh) started.add(table);
    if (finished && started.has(table)) walked.add(table);
    if (ANTI_ENTROPY_TABLES.every((t) => walked.has(t))) return { at: run.at, runs };
  }
  return undefined;
}

/** When `damage`'s client could heal it: once mended, and once every process of its seat was back from whatever impaired it then. */
function readyAt(timeline: Timeline, damage: Damage, mendedAt: number, bound: Bound): number {
  const processes = new Set(timeline.processes.filter((p) => p.record === damage.record).map((p) => p.id));
  const impairments = timeline.impairments.filter((i) => processes.has(i.process));
  let ready = mendedAt;
  for (let moved = true; moved; ) {
    moved = false;
    for (const i of impairments) {
      if (i.from <= ready + bound.ms && i.to > ready) {
        ready = i.to;
        moved = true;
      }
    }
  }
  return ready;
}

/** Checks every damage: mended within one full anti-entropy pass, then healed within mendedHealBound. */
export function checkDamage(timeline: Timeline, latencyMs: number): { violations: string[]; measures: DamageMeasures } {
  const bound = mendedHealBound(latencyMs);
  const violations: string[] = [];
  const mendTimes: number[] = [];
  const healTimes: number[] = [];
  const mended = { byCleanup: 0, byCall: 0, byStray: 0 };
  let longestPassRuns = 0;
  const start = timeline.startedAt;
  for (const damage of timeline.damages) {
    const label = `${recordLabel(damage.record, timeline.rooms)} (its ${damage.table} document deleted at ${clock(damage.at - start)})`;
    const pass = fullPassAfter(timeline, damage.seq);
    if (pass !== undefined) longestPassRuns = Math.max(longestPassRuns, pass.runs);
    if (damage.mendedAt === undefined) {
      if (pass !== undefined) violations.push(`${label} was not mended by the end of a full anti-entropy pass (${pass.runs} cleanup runs, by ${clock(pass.at - start)})`);
      continue;
    }
    if (pass !== undefined && damage.mendedAt > pass.at) violations.push(`${label} was mended only at ${clock(damage.mendedAt - start)}, after a full anti-entropy pass ended at ${clock(pass.at - start)}`);
    mendTimes.push(damage.mendedAt - damage.at);
    mended[damage.mendedBy === "cleanup" ? "byCleanup" : damage.mendedBy === "call" ? "byCall" : "byStray"] += 1;
    const ready = readyAt(timeline, damage, damage.mendedAt, bound);
    const processes = timeline.processes.filter((p) => p.record === damage.record);
    const until = damage.healedAt ?? timeline.endedAt;
    const failures = processes.reduce((n, p) => n + p.failedCalls.filter((t) => t >= ready && t <= until).length, 0);
    const deadline = ready + bound.ms + failures * retrySlackPerFailure(latencyMs);
    if (damage.healedAt === undefined) {
      if (deadline <= timeline.endedAt) violations.push(`${label} was mended at ${clock(damage.mendedAt - start)} but its client had not healed it by the end of the run`);
      continue;
    }
    healTimes.push(damage.healedAt - damage.mendedAt);
    if (damage.healedAt > deadline) {
      violations.push(`${label} was mended at ${clock(damage.mendedAt - start)} but healed only ${seconds(damage.healedAt - ready)} after its client could (bound ${seconds(deadline - ready)})`);
    }
  }
  const healed = timeline.damages.filter((d) => d.healedAt !== undefined).length;
  return {
    violations,
    measures: {
      damaged: timeline.damages.length,
      mended,
      healed,
      mendTime: stats(mendTimes),
      healTime: stats(healTimes),
      longestPassRuns,
      healBound: bound,
      repairsLogged: timeline.repairLog.length,
    },
  };
}
