// The simulator's view of the server: each cleanup run with what it did and cost, periodic counts for
// the picture, and every seat's health at the end. Reads here are simulator-only full reads.
import { internal } from "../convex/_generated/api";
import { ANTI_ENTROPY_TABLES, type AntiEntropyCursor } from "../src/server/lib/antiEntropy";
import { accounted } from "./accounting";
import type { EmbeddedBackend } from "./backend";
import type { DamageTracker } from "./damage";
import { recordOf, type Seat } from "./fleet";
import { nextSequence } from "./network";
import { healthyRecords, recordState, storedRecords } from "./records";
import type { CleanupRun, RecordKey, Timeline } from "./timeline";

/**
 * Runs the cleanup once, nested in one probe transaction that looks before and after, so each record it
 * cleaned is attributed exactly, and one whose other document was already lost is told apart as a repair.
 */
export async function cleanupOnce(backend: EmbeddedBackend, timeline: Timeline, damages: DamageTracker): Promise<void> {
  const run = await backend.mutation(async (ctx) => {
    const seq = nextSequence();
    const now = Date.now();
    // Only a stray delete damages a record, and the tracker follows each until it heals.
    const stored = await storedRecords(ctx.db, damages.anyOpen());
    const before = new Set(stored.healthy);
    const damaged = new Set(stored.damaged);
    const place: AntiEntropyCursor | undefined = (await ctx.db.query("cleanupState").first())?.antiEntropy;
    const { result, cost } = await accounted(ctx, () => ctx.runMutation(internal.cleanup.cleanupStaleAgents, {}));
    const state = await ctx.db.query("cleanupState").first();
    const after = new Set(await healthyRecords(ctx.db));
    await damages.inspect(ctx.db, now, "cleanup");
    const cleaned = [...before].filter((record) => !after.has(record));
    const table = place?.table ?? ANTI_ENTROPY_TABLES[0];
    const walked = state?.lastRunAt === now;
    const antiEntropy = { table, fresh: walked && (place?.cursor ?? null) === null, finished: walked && state?.antiEntropy?.table !== table };
    return { seq, result, cost, cleaned: cleaned.map((record) => ({ record, damaged: damaged.has(record) })), antiEntropy };
  });
  const at = Date.now();
  for (const { record, damaged } of run.cleaned) {
    const kind = record.startsWith("machine:") ? "daemon" : "participant";
    timeline.cleaned.push({ at, seq: run.seq, record, kind, cause: damaged ? "damage" : "expiry" });
  }
  const entry: CleanupRun = {
    at,
    seq: run.seq,
    daemonsDisconnected: run.result.daemonsDisconnected,
    participantsRemoved: run.result.participantsRemoved,
    repaired: run.result.repaired,
    documentsRead: run.cost.documentsRead,
    documentsWritten: run.cost.documentsWritten,
    cleaned: run.cleaned.length,
    antiEntropy: run.antiEntropy,
  };
  timeline.cleanups.push(entry);
}

/** Records the picture's counts: connected daemons and present participants, as the server stores them. */
export async function sampleCounts(backend: EmbeddedBackend, timeline: Timeline): Promise<void> {
  const sample = await backend.run(async (ctx) => {
    const healthy = await healthyRecords(ctx.db);
    const connectedDaemons = healthy.filter((r) => r.startsWith("machine:")).length;
    return { at: Date.now(), connectedDaemons, presentParticipants: healthy.length - connectedDaemons };
  });
  timeline.samples.push(sample);
}

/** For every seat: the live process holding it, and whether its record is whole and held by that process. */
export async function finalHealth(
  backend: EmbeddedBackend,
  seats: Seat[],
  holders: Map<RecordKey, string>,
  pendingRestarts: Set<RecordKey>,
): Promise<Timeline["finalHealth"]> {
  return backend.run(async (ctx) => {
    const now = Date.now();
    const health: Timeline["finalHealth"] = [];
    for (const seat of seats) {
      const record = recordOf(seat);
      const process = holders.get(record);
      const state = await recordState(ctx.db, record, now);
      const healthy = process !== undefined && state.whole && state.holder === process;
      health.push({ record, ...(process === undefined ? {} : { process }), healthy, restartPending: pendingRestarts.has(record) });
    }
    return health;
  });
}
