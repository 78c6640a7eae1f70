// The server library (`convex-heartbeat/server`): the tables an app spreads into its schema, the
// functions it re-exports from its own files, and the cron registration. It never assumes a path.
export { heartbeatTables } from "./schema.js";
export { machineFunctions } from "./machines.js";
export { chatroomFunctions } from "./chatrooms.js";
export { participantFunctions } from "./participants.js";
export { heartbeatFunctions } from "./heartbeat.js";
export { cleanupFunctions, registerCleanupCron } from "./cleanup.js";
export { isCleanText } from "./lib/identifiers.js";
export * from "../reliability.js";
