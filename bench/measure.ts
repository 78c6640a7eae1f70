// Convex's own transaction accounting for one call: the call runs nested in a probe mutation, and the
// probe reads `ctx.meta.getTransactionMetrics()` before and after it. The probe itself touches nothing.
import type { FunctionArgs, FunctionReference, FunctionReturnType } from "convex/server";
import type { Backend } from "./design";

/** What one call cost, as Convex counts it (a patch or delete also counts the document it reads). */
export type Cost = { documentsRead: number; documentsWritten: number; functionsScheduled: number };

/** A mutation reference of either visibility. */
type Mutation = FunctionReference<"mutation", "public" | "internal">;

/** Runs `fn(args)` as `caller` and returns its result and its cost; throws what the call throws (a limit, say). */
export async function measure<F extends Mutation>(
  caller: Backend,
  fn: F,
  args: FunctionArgs<F>,
): Promise<{ result: FunctionReturnType<F>; cost: Cost }> {
  return caller.mutation(async (ctx) => {
    const before = await ctx.meta.getTransactionMetrics();
    const result: FunctionReturnType<F> = await ctx.runMutation(fn, args);
    const after = await ctx.meta.getTransactionMetrics();
    return {
      result,
      cost: {
        documentsRead: after.documentsRead.used - before.documentsRead.used,
        documentsWritten: after.documentsWritten.used - before.documentsWritten.used,
        functionsScheduled: after.functionsScheduled.used - before.functionsScheduled.used,
      },
    };
  });
}

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
