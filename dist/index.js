// The package entry: the client SDK that daemons and CLI agents run, and the shared timing constants.
export { startDaemonHeartbeat } from "./client/daemon.js";
export { startParticipantHeartbeat } from "./client/participant.js";
export { DEFAULT_DAEMON_FUNCTIONS, DEFAULT_PARTICIPANT_FUNCTIONS } from "./client/functions.js";
export { AuthUnavailableError, FATAL_CODES, FUNCTION_NOT_FOUND } from "./client/failures.js";
export { FAILING_TOO_LONG } from "./client/streak.js";
export { AUTH_GRACE_MS } from "./client/timing.js";
export * from "./reliability.js";
