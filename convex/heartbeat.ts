// Mounts the module's heartbeat mutations at api.heartbeat.*: daemonHeartbeat, participantHeartbeat.
import { heartbeatFunctions } from "../src/server/index.js";

/** The heartbeat mutations (see src/server/heartbeat.ts). */
export const { daemonHeartbeat, participantHeartbeat } = heartbeatFunctions;
