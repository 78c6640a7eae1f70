export { startDaemonHeartbeat, type DaemonHeartbeatHandle, type DaemonHeartbeatOptions } from "./client/daemon";
export { startParticipantHeartbeat, type ParticipantHeartbeatHandle, type ParticipantHeartbeatOptions } from "./client/participant";
export type { HeartbeatClient, HeartbeatEvent, HeartbeatHandle, HeartbeatStatus } from "./client/types";
export { CLEANUP_INTERVAL_MS, DAEMON_HEARTBEAT_INTERVAL_MS, DAEMON_HEARTBEAT_TTL_MS, HEARTBEAT_INTERVAL_MS, HEARTBEAT_TTL_MS, } from "./reliability";
//# sourceMappingURL=index.d.ts.map