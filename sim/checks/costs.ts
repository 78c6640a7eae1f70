// Per-operation cost of a run, from Convex's transaction accounting of each delivered call and each
// cleanup run: what the report's cost table prints.
import type { Timeline } from "../timeline";

/** Cost of one kind of call, from Convex's accounting. */
export type OperationCost = { fn: string; calls: number; meanRead: number; maxRead: number; meanWritten: number; maxWritten: number };

/** Cleanup's runs: how many, how many acted on a record, and the most one read and wrote. */
export type CleanupCost = { runs: number; maxRead: number; maxWritten: number };

/** Groups delivered calls by function and summarises their documents read and written. */
export function operationCosts(timeline: Timeline): { costs: OperationCost[]; cleanupCost: CleanupCost } {
  const byFn = new Map<string, { reads: number[]; writes: number[] }>();
  for (const x of timeline.delivered) {
    const entry = byFn.get(x.fn) ?? { reads: [], writes: [] };
    entry.reads.push(x.documentsRead);
    entry.writes.push(x.documentsWritten);
    byFn.set(x.fn, entry);
  }
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const costs = [...byFn].map(([fn, { reads, writes }]) => ({
    fn,
    calls: reads.length,
    meanRead: mean(reads),
    maxRead: Math.max(...reads),
    meanWritten: mean(writes),
    maxWritten: Math.max(...writes),
  }));
  const cleanupCost = {
    runs: timeline.cleanups.length,
    maxRead: Math.max(0, ...timeline.cleanups.map((x) => x.documentsRead)),
    maxWritten: Math.max(0, ...timeline.cleanups.map((x) => x.documentsWritten)),
  };
  return { costs, cleanupCost };
}
