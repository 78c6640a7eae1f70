// Damage found in the module's own tables (a document deleted from the dashboard, a migration, a
// bug) is mended where it is met; every mend is logged as one structured line for the log stream.
import type { TableName } from "../schema.js";

/** One mended record: which table and document, what was wrong, and what was done about it. */
export type Repair = { table: TableName; id: string; problem: string; action: string };

/** Logs one repair as a structured `console.warn` line (Convex's log stream shows it as such). */
export function logRepair(repair: Repair): void {
  console.warn("convex-heartbeat repair", { ...repair });
}

/** Counts the repairs one call made (cleanup reports the total). */
export type RepairTally = { repaired: number };

/** Logs a repair and counts it in `tally`, when the caller keeps one. */
export function recordRepair(repair: Repair, tally?: RepairTally): void {
  logRepair(repair);
  if (tally !== undefined) tally.repaired += 1;
}

/** The newest of documents that share one key (index order puts the newest last); the rest are duplicates. */
export function newestOf<D>(docs: D[]): { keep: D | null; duplicates: D[] } {
  if (docs.length === 0) return { keep: null, duplicates: [] };
  return { keep: docs[docs.length - 1]!, duplicates: docs.slice(0, -1) };
}
