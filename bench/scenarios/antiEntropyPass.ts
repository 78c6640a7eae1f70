// Scenario: anti-entropy's cost per cleanup run and its full-pass time on a 10,000-record fleet, with
// damage planted in the last record of each table's walk to show it mended within the pass.
import { internal } from "../../convex/_generated/api";
import { ANTI_ENTROPY_BATCH, CLEANUP_INTERVAL_MS } from "../../convex/reliability";
import { embeddedBackend, type EmbeddedBackend } from "../../sim/backend";
import { damagedRecords } from "../../sim/records";
import { ANTI_ENTROPY_TABLES, type AntiEntropyCursor } from "../../src/server/lib/antiEntropy";
import { oursDesign } from "../designs/ours";
import { createChatroom, split } from "../fleet";
import { measure, type Cost } from "../measure";
import { T0, type Row, type Scenario } from "../scenario";

/** The table the walk starts at: a pass ends when the cursor is back at its start, every table visited. */
const FIRST_TABLE: string = ANTI_ENTROPY_TABLES[0];

/** Leases expire this long after T0: past any pass measured here, as a live fleet's beats keep them. */
const LIVE_FOR_MS = 30 * 24 * 60 * 60 * 1000;

/** One planted damage, and the run whose slice of its table mended it. */
type Damage = { table: string; problem: string; mendedByRun?: number };

/** Plants one damaged record at the end of each table's walk order; returns what was planted. */
async function plantDamage(t: EmbeddedBackend): Promise<Damage[]> {
  return t.run(async (ctx) => {
    // The last machine lease loses its status document; then the last machine left loses its lease.
    const lease = (await ctx.db.query("machineLeases").order("desc").first())!;
    await ctx.db.delete(lease.machine);
    const machine = (await ctx.db.query("machines").order("desc").first())!;
    const machineLease = await ctx.db
      .query("machineLeases")
      .withIndex("by_ownerId_and_machineId", (q) => q.eq("ownerId", machine.ownerId).eq("machineId", machine.machineId))
      .first();
    await ctx.db.delete(machineLease!._id);
    // The same for participants.
    const participantLease = (await ctx.db.query("participantLeases").order("desc").first())!;
    await ctx.db.delete(participantLease.participant);
    const participant = (await ctx.db.query("participants").order("desc").first())!;
    const itsLease = await ctx.db
      .query("participantLeases")
      .withIndex("by_chatroomId_and_role", (q) => q.eq("chatroomId", participant.chatroomId).eq("role", participant.role))
      .first();
    await ctx.db.delete(itsLease!._id);
    return [
      { table: "machineLeases", problem: "a lease without its status document" },
      { table: "machines", problem: "a status document without its lease" },
      { table: "participantLeases", problem: "a lease without its status document" },
      { table: "participants", problem: "a status document without its lease" },
    ];
  });
}

/** Where anti-entropy's cursor stands after a run. */
async function cursorOf(t: EmbeddedBackend): Promise<AntiEntropyCursor> {
  const state = await t.run((ctx) => ctx.db.query("cleanupState").first());
  return state!.antiEntropy!;
}

/** Scenario: a fleet of `records` records in the four walked tables (a quarter each), cleanup every interval until the walk wraps. */
export function antiEntropyPass({ records = 10_000 }: { records?: number } = {}): Scenario {
  return {
    id: "antiEntropyPass",
    title: "anti-entropy",
    async run(env) {
      env.clock.setSystemTime(T0);
      // This module only, on a backend typed with its own schema, its fixtures written by its design.
      const t = embeddedBackend(true);
      const instance = oursDesign(() => t).create(true);
      const chatroomId = await createChatroom(instance);
      // Each daemon and each participant is two records: its status document and its lease.
      const { daemons, participants } = split(records / 2);
      await instance.seedMachines(daemons, T0 + LIVE_FOR_MS, 0);
      await instance.seedParticipants(chatroomId, participants, T0 + LIVE_FOR_MS, 0);
      const damage = await plantDamage(t);
      const planted = await damagedCount(t);
      const runs: Cost[] = [];
      const visited = new Set<string>();
      let walking = FIRST_TABLE;
      for (let wrapped = false; !wrapped; ) {
        env.clock.setSystemTime(T0 + runs.length * CLEANUP_INTERVAL_MS);
        const { result, cost } = await measure(instance.t, internal.cleanup.cleanupStaleAgents, {});
        if (result.daemonsDisconnected + result.participantsRemoved > 0 || result.hasMore) throw new Error(`nothing was meant to expire: ${JSON.stringify(result)}`);
        runs.push(cost);
        // This run's slice was of the table the cursor stood in before it; its repairs were made there.
        for (const d of damage) if (result.repaired > 0 && d.table === walking) d.mendedByRun = runs.length;
        const at = await cursorOf(t);
        visited.add(walking);
        walking = at.table;
        wrapped = at.table === FIRST_TABLE && at.cursor === null && visited.size === ANTI_ENTROPY_TABLES.length;
        if (runs.length > records) throw new Error("the anti-entropy walk did not wrap");
      }
      const left = await damagedCount(t);
      const clean = runs.filter((_, i) => !damage.some((d) => d.mendedByRun === i + 1));
      const reads = clean.map((c) => c.documentsRead);
      const minutes = (runs.length * CLEANUP_INTERVAL_MS) / 60_000;
      const fmt = (n: number) => n.toLocaleString("en-US");
      const NOTE = "the baseline has no anti-entropy (one document per record, nothing to disagree)";
      const rows: Row[] = [
        {
          figure: `cleanup run, nothing stale or damaged: documents read (fewest / most over the pass) [at most 2 + 3 × ${ANTI_ENTROPY_BATCH}]`,
          ours: `${Math.min(...reads)} / ${Math.max(...reads)}`,
          baseline: null,
          note: NOTE,
        },
        { figure: "… documents written / functions scheduled (most over the pass)", ours: `${Math.max(...clean.map((c) => c.documentsWritten))} / ${Math.max(...clean.map((c) => c.functionsScheduled))}`, baseline: null },
        {
          figure: `full pass over ${fmt(records)} records (${fmt(daemons)} daemons + ${fmt(participants)} participants, status document and lease each): cleanup runs until the walk wraps`,
          ours: runs.length,
          baseline: null,
        },
        { figure: `… simulated time (runs × CLEANUP_INTERVAL_MS), minutes`, ours: Number(minutes.toFixed(2)), baseline: null },
        {
          figure: `damage planted in the last record of each table's walk: records mended within the pass`,
          ours: `${planted - left} of ${planted}`,
          baseline: null,
        },
        { figure: "… the run that mended the last of them", ours: Math.max(...damage.map((d) => d.mendedByRun ?? Infinity)), baseline: null },
      ];
      return { rows, details: { records, daemons, participants, runs: runs.length, minutes, damage, orphansPlanted: planted, orphansLeft: left, costs: runs } };
    },
  };
}

/** Damaged records (a lease without its status document, or the reverse), over the whole store. */
async function damagedCount(t: EmbeddedBackend): Promise<number> {
  return (await t.run((ctx) => damagedRecords(ctx.db))).length;
}
