// The app's cron table: the module's cleanup, and the app's own job.
import { cronJobs } from "convex/server";
import { registerCleanupCron } from "convex-heartbeat/server";
import { internal } from "./_generated/api";

const crons = cronJobs();
registerCleanupCron(crons, internal.liveness.cleanup.cleanupStaleAgents);
crons.daily("prune notes", { hourUTC: 3, minuteUTC: 0 }, internal.notes.prune, {});

export default crons;
