// Which tables a call writes, watched at Convex's syscall layer: every insert, patch, replace and
// delete goes through it, and each such write re-runs the subscribed queries that read that document.
import type { Backend } from "./design";

const WRITE_SYSCALLS = new Set(["1.0/insert", "1.0/shallowMerge", "1.0/replace", "1.0/remove"]);

type Syscalls = { syscall: unknown; jsSyscall: unknown; asyncSyscall: (op: string, args: string) => Promise<string> };

/** Runs `work` and counts the document writes it made in each of `tables`. */
export async function writesByTable(t: Backend, tables: readonly string[], work: () => Promise<unknown>): Promise<Record<string, number>> {
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
