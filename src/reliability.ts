// Timing constants and quotas for liveness: every TTL is a whole number of beat intervals, so the
// number of missed beats a client survives is explicit. Server, SDK, CLI and tests share this file.

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

/** Stale records handled per cleanup transaction: 500 × 4 reads and 2 writes stays far below Convex's limits. */
export const CLEANUP_BATCH_SIZE = 500;

/** A continuation chain whose last run is older than this (4 missed cron ticks) has stopped; a tick takes it over. */
export const CLEANUP_CHAIN_STALE_MS = 4 * CLEANUP_INTERVAL_MS;

/** No cleanup run for this long means the backend, and its cron, were down (3 missed cleanup runs). */
export const OUTAGE_GAP_MS = 3 * CLEANUP_INTERVAL_MS;

/** After such a gap, leases that expired during it get one beat interval plus one cleanup run to be renewed. */
export const OUTAGE_GRACE_MS = HEARTBEAT_INTERVAL_MS + CLEANUP_INTERVAL_MS;

/** Records each cleanup run checks for damage no expiry walk meets (anti-entropy): a constant cost per run. */
export const ANTI_ENTROPY_BATCH = 20;

/** A machine disconnected this long (30 days) is deleted by cleanup, so dead machines do not pile up forever. */
export const MACHINE_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

/** Most items a list page holds: a dashboard page, far below Convex's per-query read limit. */
export const LIST_PAGE_MAX = 200;

/** Machines one owner may register: a large fleet, yet a bound on what one account can squat. */
export const MAX_MACHINES_PER_OWNER = 1_000;

/** Chatrooms one owner may create: as many as machines, far more than any team runs, and a bound on what one account can pile up. */
export const MAX_CHATROOMS_PER_OWNER = 1_000;

/** Roles one chatroom may hold: enough for any team of agents, and small enough to remove a room in one transaction. */
export const MAX_ROLES_PER_CHATROOM = 100;
