// The `stray` fault: documents deleted out of band during the run, as someone would from the dashboard,
// and each damaged record followed until the server mended it and its client healed it.
import type { DatabaseReader } from "../convex/_generated/server";
import type { EmbeddedBackend } from "./backend";
import { recordOf } from "./fleet";
import { nextSequence } from "./network";
import { recordState } from "./records";
import type { Damage, RecordKey } from "./timeline";

/** The tables a stray delete hits: status documents and leases. */
const STRAY_TABLES = ["machines", "machineLeases", "participants", "participantLeases"] as const;

/** A table a stray delete hits. */
export type StrayTable = (typeof STRAY_TABLES)[number];

/** One document deleted out of band: its table, the record it belonged to, and the commit order of the delete. */
type Strike = { table: StrayTable; record: RecordKey; seq: number };

/** Deletes `count` documents, each from a table picked at random among those that hold any, in one transaction. */
export async function strikeStrays(backend: EmbeddedBackend, count: number, random: () => number): Promise<Strike[]> {
  return backend.run(async (ctx) => {
    const seq = nextSequence();
    const strikes: Strike[] = [];
    for (let i = 0; i < count; i++) {
      const rows = await Promise.all(STRAY_TABLES.map(async (table) => ({ table, docs: await ctx.db.query(table).collect() })));
      const candidates = rows.filter((r) => r.docs.length > 0);
      if (candidates.length === 0) break;
      const { table, docs } = candidates[Math.floor(random() * candidates.length)]!;
      const doc = docs[Math.floor(random() * docs.length)]!;
      await ctx.db.delete(doc._id);
      const record = "machineId" in doc ? recordOf({ kind: "daemon", machineId: doc.machineId }) : recordOf({ kind: "agent", chatroomId: doc.chatroomId, role: doc.role });
      strikes.push({ table, record, seq });
    }
    return strikes;
  });
}

/** Follows damaged records until they heal (whole, and held by a live process of their seat): call `inspect` after anything that may have mended or healed one. */
export class DamageTracker {
  /** Damages not yet healed. */
  private readonly open: Damage[] = [];

  constructor(
    private readonly damages: Damage[],
    /** The live processes of a record's seat now (a duplicate or twin may be among them). */
    private readonly liveOf: (record: RecordKey) => string[],
  ) {}

  /** Records fresh strikes at `now`. */
  add(strikes: Strike[], now: number): void {
    for (const { table, record, seq } of strikes) {
      const damage: Damage = { at: now, seq, record, table };
      this.damages.push(damage);
      this.open.push(damage);
    }
  }

  /** Whether any damage has not healed. */
  anyOpen(): boolean {
    return this.open.length > 0;
  }

  /** Whether `record` has a damage that has not healed. */
  isOpen(record: RecordKey): boolean {
    return this.open.some((d) => d.record === record);
  }

  /** Re-reads the open damages' records (only `record`, when given) and notes what mended or healed them, at `now`. */
  async inspect(db: DatabaseReader, now: number, by: "cleanup" | "call" | "stray", record?: RecordKey): Promise<void> {
    for (const damage of [...this.open]) {
      if (record !== undefined && damage.record !== record) continue;
      const state = await recordState(db, damage.record, now);
      if (state.damaged) continue;
      if (damage.mendedAt === undefined) {
        damage.mendedAt = now;
        damage.mendedBy = by;
      }
      if (state.whole && state.holder !== undefined && this.liveOf(damage.record).includes(state.holder)) {
        damage.healedAt = now;
        damage.healedBy = state.holder;
        this.open.splice(this.open.indexOf(damage), 1);
      }
    }
  }
}
