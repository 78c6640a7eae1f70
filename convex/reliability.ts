// Timing constants for liveness: every TTL is a whole number of beat intervals, so the
// number of missed beats a client survives is explicit. Clients and server share this file.

/** A CLI agent beats every 30 s. */
export const HEARTBEAT_INTERVAL_MS = 30_000;

/** Two missed participant beats are tolerated: 3 × 30 s (was 60 s, which removed agents after one slow beat). */
export const HEARTBEAT_TTL_MS = 90_000;

/** A daemon beats every 30 s. */
export const DAEMON_HEARTBEAT_INTERVAL_MS = 30_000;

/** Three missed daemon beats are tolerated: 4 × 30 s (was 90 s). */
export const DAEMON_HEARTBEAT_TTL_MS = 120_000;

/** Cleanup runs every 15 s, so a stale record is cleaned at most 15 s after its TTL passes. */
export const CLEANUP_INTERVAL_MS = 15_000;

/** Stale records handled per cleanup transaction: 500 × 2 reads and 2 writes stays far below Convex's limits. */
export const CLEANUP_BATCH_SIZE = 500;

/** No cleanup run for this long means the backend, and its cron, were down (3 missed cleanup runs). */
export const OUTAGE_GAP_MS = 3 * CLEANUP_INTERVAL_MS;

/** After such a gap, leases that expired during it get one beat interval plus one cleanup run to be renewed. */
export const OUTAGE_GRACE_MS = HEARTBEAT_INTERVAL_MS + CLEANUP_INTERVAL_MS;

/** Most rows a list query returns: a dashboard-sized page, far below Convex's per-query read limit. */
export const LIST_LIMIT = 1_000;
