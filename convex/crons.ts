// Schedules the stale-agent cleanup. Its interval bounds how long after its TTL a silent agent stays listed.
import { cronJobs } from "convex/server";
import { registerCleanupCron } from "../src/server/index.js";
import { internal } from "./_generated/api";

const crons = cronJobs();
registerCleanupCron(crons, internal.cleanup.cleanupStaleAgents);

/** The deployment's cron table: one job, the stale-agent cleanup. */
export default crons;
