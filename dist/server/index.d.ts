export { heartbeatTables, type HeartbeatDataModel } from "./schema.js";
export { machineFunctions } from "./machines.js";
export { chatroomFunctions } from "./chatrooms.js";
export { participantFunctions } from "./participants.js";
export { heartbeatFunctions } from "./heartbeat.js";
export { cleanupFunctions, registerCleanupCron, type CleanupArgs, type CleanupReference, type CleanupResult } from "./cleanup.js";
export { isCleanText } from "./lib/identifiers.js";
export type { ErrorCode, ErrorData } from "./lib/errors.js";
export * from "../reliability.js";
