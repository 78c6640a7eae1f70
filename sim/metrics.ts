// Turns a recorded timeline into the measures the invariant is stated in and checks clauses (a)-(d):
// no false cleanup, self-healing, silence detected, no needless re-join. The checks live in sim/checks/.
import { CLEANUP_INTERVAL_MS } from "../convex/reliability";
import { describeBound, healBound, type Bound } from "./checks/bounds";
import { indexCalls } from "./checks/calls";
import { checkDetection, checkFalseCleanups } from "./checks/cleanup";
import { operationCosts, type CleanupCost, type OperationCost } from "./checks/costs";
import { checkDamage, type DamageMeasures } from "./checks/damage";
import { checkHealing, type HealTimes } from "./checks/healing";
import { checkRejoins, type RejoinCounts } from "./checks/rejoins";
import type { Stats } from "./checks/stats";
import { checkTakeovers, type TakeoverCounts } from "./checks/takeovers";
import { duration } from "./labels";
import type { Timeline } from "./timeline";


/** One clause of the invariant, with what was measured and the violations found. */
export type Clause = { id: "a" | "b" | "c" | "d"; statement: string; holds: boolean; violations: string[] };

/** What cleanup did over the run: runs apart from the records they acted on, and repairs apart from both. */
type CleanupMeasures = {
  runs: number;
  /** Runs that disconnected or removed at least one record, or repaired one. */
  runsThatActed: number;
  daemonsDisconnected: number;
  participantsRemoved: number;
  /** Records cleanup discarded because they were already damaged (one document deleted out of band). */
  damagedDiscarded: number;
  /** The sum of cleanup's own `repaired` counts. */
  repaired: number;
};

/** Everything the report prints. */
export type Measures = {
  healBound: Bound;
  cleanup: CleanupMeasures;
  falseCleanups: number;
  detectionLatency: Stats;
  heal: HealTimes;
  damage: DamageMeasures;
  rejoins: RejoinCounts;
  duplicates: TakeoverCounts;
  twins: TakeoverCounts;
  /** Calls the server refused for want of an identity, and the processes they came from. */
  authRejected: { calls: number; processes: number };
  finalHealthy: { healthy: number; of: number };
  costs: OperationCost[];
  cleanupCost: CleanupCost;
  clauses: Clause[];
  holds: boolean;
};

/** Cleanup's runs and what they did. */
function cleanupMeasures(timeline: Timeline): CleanupMeasures {
  const expired = timeline.cleaned.filter((c) => c.cause === "expiry");
  return {
    runs: timeline.cleanups.length,
    runsThatActed: timeline.cleanups.filter((r) => r.cleaned > 0 || r.repaired > 0).length,
    daemonsDisconnected: expired.filter((c) => c.kind === "daemon").length,
    participantsRemoved: expired.filter((c) => c.kind === "participant").length,
    damagedDiscarded: timeline.cleaned.length - expired.length,
    repaired: timeline.cleanups.reduce((sum, r) => sum + r.repaired, 0),
  };
}

/** Measures a timeline and checks the invariant; `latencyMs` widens the heal bound by the calls' travel time. */
export function measure(timeline: Timeline, latencyMs = 0): Measures {
  const bound = healBound(latencyMs);
  const calls = indexCalls(timeline);
  const a = checkFalseCleanups(timeline, calls);
  const c = checkDetection(timeline, calls);
  const healing = checkHealing(timeline, bound, calls);
  const damage = checkDamage(timeline, latencyMs);
  const rejoins = checkRejoins(timeline, calls);
  const takeovers = checkTakeovers(timeline, calls);
  const b = [...healing.violations, ...damage.violations];
  const d = [...rejoins.violations, ...takeovers.violations];
  const refusing = timeline.processes.filter((p) => p.events.some((e) => e.type === "authFailing" || e.code === "UNAUTHENTICATED"));
  const clauses: Clause[] = [
    { id: "a", statement: "no false cleanup: a record is cleaned only after its TTL passed with no delivered renewal", holds: a.violations.length === 0, violations: a.violations },
    {
      id: "b",
      statement: `every client heals by itself within ${describeBound(bound)} of its network, identity or process returning, and within ${duration(damage.measures.healBound.ms)} of its damaged record being mended; none stops on a fatal error; every seat is whole at the end`,
      holds: b.length === 0,
      violations: b,
    },
    {
      id: "c",
      statement: `a client silent longer than its TTL + ${duration(CLEANUP_INTERVAL_MS)} (the cleanup interval) is cleaned`,
      holds: c.length === 0,
      violations: c,
    },
    { id: "d", statement: "no needless re-join: at most one per outage, each one asked for by the server; a superseded process stops", holds: d.length === 0, violations: d },
  ];
  const { costs, cleanupCost } = operationCosts(timeline);
  return {
    healBound: bound,
    cleanup: cleanupMeasures(timeline),
    falseCleanups: a.violations.length,
    detectionLatency: a.detection,
    heal: healing.heal,
    damage: damage.measures,
    rejoins: rejoins.counts,
    duplicates: takeovers.duplicates,
    twins: takeovers.twins,
    authRejected: { calls: refusing.reduce((n, p) => n + p.events.filter((e) => e.type === "authFailing" || e.code === "UNAUTHENTICATED").length, 0), processes: refusing.length },
    finalHealthy: { healthy: timeline.finalHealth.filter((h) => h.healthy).length, of: timeline.finalHealth.length },
    costs,
    cleanupCost,
    clauses,
    holds: clauses.every((x) => x.holds),
  };
}
