// Which tables a piece of work read and wrote, seen at Convex's syscall layer (as sim/accounting.ts's
// writesByTable does), for component tables too: convex-test's ids end in their table's name.
type Syscalls = { syscall: (op: string, args: string) => string; jsSyscall: unknown; asyncSyscall: (op: string, args: string) => Promise<string> };

const WRITES = new Set(["1.0/insert", "1.0/shallowMerge", "1.0/replace", "1.0/remove"]);

/** Reads per table (or "table.index" for index reads) and writes per table. */
export type TableAccess = { reads: Record<string, number>; writes: Record<string, number> };

/** The table a convex-test id belongs to: its zero-padded counter followed by the table's name. */
const tableOfId = (id: string) => id.replace(/^\d+/, "");

/** Runs `work` and returns the tables its queries and gets read and the tables it wrote. */
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
    } else if (WRITES.has(op)) {
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

/** The tables read, by table name (an index read "sessions.by_x" counts for "sessions"), sorted. */
export function tablesRead(access: TableAccess): string[] {
  return [...new Set(Object.keys(access.reads).map((key) => key.split(/[. ]/)[0]!))].sort();
}

/** Writes to any of `tables`. */
export function writesTo(access: TableAccess, tables: readonly string[]): number {
  return tables.reduce((sum, table) => sum + (access.writes[table] ?? 0), 0);
}
