// convex-heartbeat's heartbeat mutations, mounted at api.liveness.heartbeat.*.
import { heartbeatFunctions } from "convex-heartbeat/server";

export const { daemonHeartbeat, participantHeartbeat } = heartbeatFunctions;
