// The benchmark's view of Convex's transaction accounting: per-call cost (shared with the tests and
// the simulator, in sim/accounting.ts) and the per-transaction limits the backend enforces.
import type { Cost } from "../sim/accounting";
import type { Backend } from "./design";

/** Per-call cost and its measurement: Convex's accounting, shared with the tests and the simulator. */
export { measure, type Cost } from "../sim/accounting";

/** A cost as one table cell: "read / written / scheduled". */
export const costCell = (cost: Cost) => `${cost.documentsRead} / ${cost.documentsWritten} / ${cost.functionsScheduled}`;

/** Convex's per-transaction limits on documents as the backend enforces them (used + remaining in an empty transaction). */
export async function documentLimits(t: Backend): Promise<{ documentsRead: number; documentsWritten: number }> {
  return t.mutation(async (ctx) => {
    const { documentsRead, documentsWritten } = await ctx.meta.getTransactionMetrics();
    return {
      documentsRead: documentsRead.used + documentsRead.remaining,
      documentsWritten: documentsWritten.used + documentsWritten.remaining,
    };
  });
}

/** The message of a thrown value. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
