// Mounts the module's cleanup at internal.cleanup.cleanupStaleAgents, which the cron in crons.ts runs.
import { cleanupFunctions } from "../src/server/index.js";

/** The stale-agent cleanup (see src/server/cleanup.ts); it schedules its own continuations by its own name. */
export const { cleanupStaleAgents } = cleanupFunctions;
