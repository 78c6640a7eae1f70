/** Logs one repair as a structured `console.warn` line (Convex's log stream shows it as such). */
export function logRepair(repair) {
    console.warn("convex-heartbeat repair", { ...repair });
}
/** Logs a repair and counts it in `tally`, when the caller keeps one. */
export function recordRepair(repair, tally) {
    logRepair(repair);
    if (tally !== undefined)
        tally.repaired += 1;
}
/** The newest of documents that share one key (index order puts the newest last); the rest are duplicates. */
export function newestOf(docs) {
    if (docs.length === 0)
        return { keep: null, duplicates: [] };
    return { keep: docs[docs.length - 1], duplicates: docs.slice(0, -1) };
}
