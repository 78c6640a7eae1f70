/** A CLI agent beats every 30 s. */
export declare const HEARTBEAT_INTERVAL_MS = 30000;
/** Two missed participant beats are tolerated: 3 × 30 s (was 60 s, which removed agents after one slow beat). */
export declare const HEARTBEAT_TTL_MS = 90000;
/** A daemon beats every 30 s. */
export declare const DAEMON_HEARTBEAT_INTERVAL_MS = 30000;
/** Three missed daemon beats are tolerated: 4 × 30 s (was 90 s). */
export declare const DAEMON_HEARTBEAT_TTL_MS = 120000;
/** Cleanup runs every 15 s, so a stale record is cleaned at most 15 s after its TTL passes. */
export declare const CLEANUP_INTERVAL_MS = 15000;
/** Stale records handled per cleanup transaction: 500 × 4 reads and 2 writes stays far below Convex's limits. */
export declare const CLEANUP_BATCH_SIZE = 500;
/** A continuation chain whose last run is older than this (4 missed cron ticks) has stopped; a tick takes it over. */
export declare const CLEANUP_CHAIN_STALE_MS: number;
/** No cleanup run for this long means the backend, and its cron, were down (3 missed cleanup runs). */
export declare const OUTAGE_GAP_MS: number;
/** After such a gap, leases that expired during it get one beat interval plus one cleanup run to be renewed. */
export declare const OUTAGE_GRACE_MS: number;
/** Records each cleanup run checks for damage no expiry walk meets (anti-entropy): a constant cost per run. */
export declare const ANTI_ENTROPY_BATCH = 20;
/** A machine disconnected this long (30 days) is deleted by cleanup, so dead machines do not pile up forever. */
export declare const MACHINE_RETENTION_MS: number;
/** Most items a list page holds: a dashboard page, far below Convex's per-query read limit. */
export declare const LIST_PAGE_MAX = 200;
/** Machines one owner may register: a large fleet, yet a bound on what one account can squat. */
export declare const MAX_MACHINES_PER_OWNER = 1000;
/** Chatrooms one owner may create. */
export declare const MAX_CHATROOMS_PER_OWNER = 1000;
/** Roles one chatroom may hold: enough for any team of agents, and small enough to remove a room in one transaction. */
export declare const MAX_ROLES_PER_CHATROOM = 100;
