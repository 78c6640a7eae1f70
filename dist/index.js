// The package entry: the client SDK that daemons and CLI agents run, and the shared timing constants.
export { startDaemonHeartbeat } from "./client/daemon";
export { startParticipantHeartbeat } from "./client/participant";
export { CLEANUP_INTERVAL_MS, DAEMON_HEARTBEAT_INTERVAL_MS, DAEMON_HEARTBEAT_TTL_MS, HEARTBEAT_INTERVAL_MS, HEARTBEAT_TTL_MS, } from "./reliability";
//# sourceMappingURL=index.js.map