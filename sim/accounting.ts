// Convex's own accounting on the embedded backend, in one place for the tests, the simulator and the
// benchmark: what a call cost (ctx.meta.getTransactionMetrics) and which tables it read and wrote (syscalls).
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

type Syscalls = { syscall: (op: string, args: string) => string; jsSyscall: unknown; asyncSyscall: (op: string, args: string) => Promise<string> };

const WRITE_SYSCALLS = new Set(["1.0/insert", "1.0/shallowMerge", "1.0/replace", "1.0/remove"]);

/** Reads per table (or "table.index" for index reads) and writes per table. */
export type TableAccess = { reads: Record<string, number>; writes: Record<string, number> };

/** The table a convex-test id belongs to: its zero-padded counter followed by the table's name (convex-test's own rule). */
const tableOfId = (id: string) => id.replace(/^\d+/, "");

/**
 * Runs `work` and returns the tables its queries and gets read and the tables it wrote, observed at
 * Convex's syscall layer (a write there is what invalidates subscriptions); component tables too.
 */
export async function tableAccess(work: () => Promise<unknown>): Promise<TableAccess> {
  const g = globalThis as unknown as { Convex: Syscalls };
  const original = g.Convex;
  const access: TableAccess = { reads: {}, writes: {} };
  const bump = (into: Record<string, number>, key: string) => (into[key] = (into[key] ?? 0) + 1);
  const note = (op: string, json: string) => {
    if (op === "1.0/queryStream") {
      const source = (JSON.parse(json) as { query: { source: { indexName?: string; tableName?: string } } }).query.source;
      bump(access.reads, source.indexName ?? `${source.tableName} (full scan)`);
    } else if (op === "1.0/get") {
      const { table, id } = JSON.parse(json) as { table?: string; id: string };
      bump(access.reads, table ?? tableOfId(id));
    } else if (WRITE_SYSCALLS.has(op)) {
      const { table, id } = JSON.parse(json) as { table?: string; id?: string };
      bump(access.writes, table ?? tableOfId(id ?? ""));
    }
  };
  g.Convex = {
    get syscall() {
      const inner = original.syscall;
      return (op: string, args: string) => (note(op, args), inner(op, args));
    },
    get jsSyscall() {
      return original.jsSyscall;
    },
    get asyncSyscall() {
      const inner = original.asyncSyscall;
      return (op: string, args: string) => (note(op, args), inner(op, args));
    },
  };
  try {
    await work();
  } finally {
    g.Convex = original;
  }
  return access;
}

/** Runs `work` and counts its document writes per table, every one of `tables` listed (0 when unwritten). */
export async function writesByTable(tables: readonly string[], work: () => Promise<unknown>): Promise<Record<string, number>> {
  const { writes } = await tableAccess(work);
  return { ...Object.fromEntries(tables.map((name) => [name, 0])), ...writes };
}

/** The writes among `writes` (per table) that went to any of `tables`: a design's status tables, say. */
export function writesTo(writes: Record<string, number>, tables: readonly string[]): number {
  return tables.reduce((sum, table) => sum + (writes[table] ?? 0), 0);
}
