// convex-heartbeat's cleanup, mounted at internal.liveness.cleanup.cleanupStaleAgents (crons.ts runs it).
import { cleanupFunctions } from "convex-heartbeat/server";

export const { cleanupStaleAgents } = cleanupFunctions;
