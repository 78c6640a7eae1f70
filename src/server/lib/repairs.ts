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

/** Of documents that share one key: the one to keep and the duplicates to discard. */
export type Chosen<D> = { keep: D | null; duplicates: D[] };

/**
 * Of documents that share one key (in index order, oldest first), keeps the freshest by `freshness`
 * (a lease's last renewal: the live one, not one restored from a backup), the newest on a tie.
 */
export function pickOne<D>(docs: D[], freshness: (doc: D) => number = () => 0): Chosen<D> {
  let keep: D | null = null;
  for (const doc of docs) if (keep === null || freshness(doc) >= freshness(keep)) keep = doc;
  return { keep, duplicates: docs.filter((doc) => doc !== keep) };
}
