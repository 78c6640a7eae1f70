import type { DatabaseReader, DatabaseWriter, Doc } from "../schema.js";
/** The state document's fields. */
export type CleanupState = Omit<Doc<"cleanupState">, "_id" | "_creationTime">;
/** The state document, or null before the first run. */
export declare function readCleanupState(db: DatabaseReader): Promise<Doc<"cleanupState"> | null>;
/**
 * Whether this run does no record work. A cron tick (no `chain`) yields to a chain whose last run is
 * recent, so one chain works at a time; a stopped chain (no run for CLEANUP_CHAIN_STALE_MS) is taken
 * over, so a backlog is never stranded. A continuation runs only for the chain still in charge.
 */
export declare function yieldsToChain(state: CleanupState | null, chain: number | undefined, now: number): boolean;
/**
 * The expiry horizon of a run at `now`: leases that expired before it are stale. Normally `now`. After
 * a backend outage (no run for more than OUTAGE_GAP_MS: the cron was down too), leases that expired
 * during the outage are spared for OUTAGE_GRACE_MS, as etcd extends leases after a leader change, so
 * clients that were alive all along can beat again instead of being removed en masse.
 */
export declare function expiryHorizon(state: CleanupState | null, now: number): {
    horizon: number;
    grace: CleanupState["grace"];
};
/** Writes the state after a run (creating the document on the first run). */
export declare function saveCleanupState(db: DatabaseWriter, existing: Doc<"cleanupState"> | null, next: CleanupState): Promise<void>;
