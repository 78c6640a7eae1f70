// What a benchmark scenario needs from a design: a fresh embedded backend, bulk fixtures in that
// design's own document shapes, and which of its tables dashboards read. Both designs answer it.
import type { TestConvexForDataModel } from "convex-test";
import type { GenericDataModel } from "convex/server";
import type { Id } from "../convex/_generated/dataModel";
import type { CleanupArgs } from "../src/server/index.js";
import type { TransactionLimits } from "../sim/backend";

/** An embedded backend, seen through the calls the scenarios make (the contract is the same for both designs). */
export type Backend = TestConvexForDataModel<GenericDataModel>;

/** The caller every workload runs as (the tests' Alice). */
export const OWNER = { subject: "alice", issuer: "https://auth.test", tokenIdentifier: "https://auth.test|alice" };

/** The daemon process every seeded and benchmarked machine is held by. */
export const BENCH_INSTANCE = "bench-instance";

/** One backend of one design, with its fixtures bound to it. */
export interface DesignInstance {
  /** The backend itself: internal functions, inline probes, `run`. */
  t: Backend;
  /** The owner's authenticated accessor: public functions. */
  owner: Backend;
  /** Inserts `count` of the owner's daemons (`machine-<offset+i>`), connected, last seen at `lastSeenAt`. */
  seedMachines(count: number, lastSeenAt: number, offset: number): Promise<void>;
  /** Inserts `count` participants (role `agent-<offset+i>`, connection `conn-<offset+i>`) alive until `readyUntil`. */
  seedParticipants(chatroomId: Id<"chatrooms">, count: number, readyUntil: number, offset: number): Promise<void>;
  /**
   * The arguments the scheduler passes to the next run of the cleanup chain in progress: `{ chain }`
   * for this module (a cron tick, `{}`, yields to a running chain), `{}` for the baseline (no chains).
   */
  continuationArgs(): Promise<CleanupArgs>;
}

/** A design under test: this module or the seed's baseline. */
export interface Design {
  /** Short key used in results: "ours" or "baseline". */
  key: "ours" | "baseline";
  /** The tables dashboards read: writing one of their documents re-runs every query over it. */
  statusTables: readonly string[];
  /** Every table of the design: per-table write counts (results.json) list each, 0 when unwritten. */
  tables: readonly string[];
  /** A fresh, empty backend enforcing `limits`. */
  create(limits: TransactionLimits): DesignInstance;
}

/** Records inserted per fixture transaction: below the 16,000-write limit even at three documents each (a presence client). */
const SEED_CHUNK = 4_000;

/** Runs `insert(from, to)` over [0, count) in SEED_CHUNK slices, one transaction each. */
export async function inChunks(count: number, insert: (from: number, to: number) => Promise<void>): Promise<void> {
  for (let from = 0; from < count; from += SEED_CHUNK) await insert(from, Math.min(count, from + SEED_CHUNK));
}
