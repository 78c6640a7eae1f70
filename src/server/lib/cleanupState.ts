// Cleanup's one state document: when it last ran, the grace after a backend outage, the continuation
// chain in progress, and anti-entropy's cursor. The rules that read it live here.
import { CLEANUP_CHAIN_STALE_MS, OUTAGE_GAP_MS, OUTAGE_GRACE_MS } from "../../reliability.js";
import type { DatabaseReader, DatabaseWriter, Doc } from "../schema.js";

/** The state document's fields. */
export type CleanupState = Omit<Doc<"cleanupState">, "_id" | "_creationTime">;

/** The state document, or null before the first run. */
export function readCleanupState(db: DatabaseReader): Promise<Doc<"cleanupState"> | null> {
  return db.query("cleanupState").first();
}

/**
 * Whether this run does no record work. A cron tick (no `chain`) yields to a chain whose last run is
 * recent, so one chain works at a time; a stopped chain (no run for CLEANUP_CHAIN_STALE_MS) is taken
 * over, so a backlog is never stranded. A continuation runs only for the chain still in charge.
 */
export function yieldsToChain(state: CleanupState | null, chain: number | undefined, now: number): boolean {
  if (chain !== undefined) return state?.chain?.id !== chain;
  return state?.chain !== undefined && now - state.chain.lastRunAt <= CLEANUP_CHAIN_STALE_MS;
}

/**
 * The expiry horizon of a run at `now`: leases that expired before it are stale. Normally `now`. After
 * a backend outage (no run for more than OUTAGE_GAP_MS: the cron was down too), leases that expired
 * during the outage are spared for OUTAGE_GRACE_MS, as etcd extends leases after a leader change, so
 * clients that were alive all along can beat again instead of being removed en masse. A tick that
 * takes over a stopped chain sees such a gap too (ticks that yielded to the chain left no trace), but
 * the cron was running all along: that is no outage, and grants no grace.
 */
export function expiryHorizon(state: CleanupState | null, now: number): { horizon: number; grace: CleanupState["grace"] } {
  if (state === null) return { horizon: now, grace: undefined };
  const takingOver = state.chain !== undefined && now - state.chain.lastRunAt > CLEANUP_CHAIN_STALE_MS;
  const gap = now - state.lastRunAt > OUTAGE_GAP_MS && !takingOver;
  const grace = gap ? { until: now + OUTAGE_GRACE_MS, expiredBefore: state.lastRunAt } : state.grace;
  if (grace === undefined || now >= grace.until) return { horizon: now, grace: undefined };
  return { horizon: Math.min(now, grace.expiredBefore), grace };
}

/** Writes the state after a run (creating the document on the first run). */
export async function saveCleanupState(db: DatabaseWriter, existing: Doc<"cleanupState"> | null, next: CleanupState): Promise<void> {
  if (existing === null) await db.insert("cleanupState", next);
  else await db.replace(existing._id, next);
}
