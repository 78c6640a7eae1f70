import type { TableName } from "../schema.js";
/** One mended record: which table and document, what was wrong, and what was done about it. */
export type Repair = {
    table: TableName;
    id: string;
    problem: string;
    action: string;
};
/** Logs one repair as a structured `console.warn` line (Convex's log stream shows it as such). */
export declare function logRepair(repair: Repair): void;
/** Counts the repairs one call made (cleanup reports the total). */
export type RepairTally = {
    repaired: number;
};
/** Logs a repair and counts it in `tally`, when the caller keeps one. */
export declare function recordRepair(repair: Repair, tally?: RepairTally): void;
/** The newest of documents that share one key (index order puts the newest last); the rest are duplicates. */
export declare function newestOf<D>(docs: D[]): {
    keep: D | null;
    duplicates: D[];
};
