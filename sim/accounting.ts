// Convex's own accounting on the embedded backend, in one place for the tests, the simulator and the
// benchmark: what a call cost (ctx.meta.getTransactionMetrics) and which tables it wrote (syscalls).
import type { FunctionArgs, FunctionReference, FunctionReturnType, GenericDataModel, TransactionMetrics } from "convex/server";
import type { TestConvexForDataModel } from "convex-test";

/** What a piece of work cost, as Convex counts it (a patch or delete also counts the document it reads). */
export type Cost = { documentsRead: number; documentsWritten: number; functionsScheduled: number };

/** Any embedded backend or identity accessor. */
type Caller = Pick<TestConvexForDataModel<GenericDataModel>, "mutation">;

/** Runs `work` inside the current transaction and returns its result and the cost it added. */
export async function accounted<T>(ctx: { meta: { getTransactionMetrics(): Promise<TransactionMetrics> } }, work: () => Promise<T>) {
  const before = await ctx.meta.getTransactionMetrics();
  const result = await work();
  const after = await ctx.meta.getTransactionMetrics();
  const delta = (key: keyof Cost) => after[key].used - before[key].used;
  return { result, cost: { documentsRead: delta("documentsRead"), documentsWritten: delta("documentsWritten"), functionsScheduled: delta("functionsScheduled") } };
}

/** Calls a mutation as `caller`, nested in a probe transaction, and returns its result and cost; throws what it throws. */
export async function measure<F extends FunctionReference<"mutation", "public" | "internal">>(
  caller: Caller,
  fn: F,
  args: FunctionArgs<F>,
): Promise<{ result: FunctionReturnType<F>; cost: Cost }> {
  return caller.mutation((ctx) => accounted(ctx, () => ctx.runMutation(fn, args) as Promise<FunctionReturnType<F>>));
}

const WRITE_SYSCALLS = new Set(["1.0/insert", "1.0/shallowMerge", "1.0/replace", "1.0/remove"]);

type Syscalls = { syscall: unknown; jsSyscall: unknown; asyncSyscall: (op: string, args: string) => Promise<string> };

/** Runs `work` and counts its document writes per table of `tables`, observed at Convex's syscall layer (what invalidates subscriptions). */
export async function writesByTable(
  t: Pick<TestConvexForDataModel<GenericDataModel>, "run">,
  tables: readonly string[],
  work: () => Promise<unknown>,
): Promise<Record<string, number>> {
  const g = globalThis as unknown as { Convex: Syscalls };
  const original = g.Convex;
  const written: { table?: string; id?: string }[] = [];
  g.Convex = {
    get syscall() {
      return original.syscall;
    },
    get jsSyscall() {
      return original.jsSyscall;
    },
    get asyncSyscall() {
      const inner = original.asyncSyscall;
      return (op: string, args: string) => {
        if (WRITE_SYSCALLS.has(op)) written.push(JSON.parse(args) as { table?: string; id?: string });
        return inner(op, args);
      };
    },
  };
  try {
    await work();
  } finally {
    g.Convex = original;
  }
  const names = await t.run(async (ctx) =>
    written.map(({ table, id }) => table ?? tables.find((name) => id !== undefined && ctx.db.normalizeId(name, id) !== null)),
  );
  const counts: Record<string, number> = Object.fromEntries(tables.map((name) => [name, 0]));
  for (const name of names) counts[String(name)] = (counts[String(name)] ?? 0) + 1;
  return counts;
}
