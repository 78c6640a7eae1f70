export { startDaemonHeartbeat, type DaemonHeartbeatHandle, type DaemonHeartbeatOptions } from "./client/daemon.js";
export { startParticipantHeartbeat, type ParticipantHeartbeatHandle, type ParticipantHeartbeatOptions } from "./client/participant.js";
export { DEFAULT_DAEMON_FUNCTIONS, DEFAULT_PARTICIPANT_FUNCTIONS, type DaemonFunctions, type ParticipantFunctions } from "./client/functions.js";
export { AuthUnavailableError, FATAL_CODES, FUNCTION_NOT_FOUND } from "./client/failures.js";
export { FAILING_TOO_LONG } from "./client/streak.js";
export { AUTH_GRACE_MS } from "./client/timing.js";
export type { HeartbeatClient, HeartbeatEvent, HeartbeatHandle, HeartbeatStatus, LoopOptions, MutationRef, RetryKind } from "./client/types.js";
export * from "./reliability.js";
