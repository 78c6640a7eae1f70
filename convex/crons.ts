// Schedules the stale-agent cleanup. Its interval bounds how long after its TTL a silent agent stays listed.
import { cronJobs } from "convex/server";
import { internal } from "./_generated/api";
import { CLEANUP_INTERVAL_MS } from "./reliability";

const crons = cronJobs();

crons.interval("cleanup stale agents", { seconds: CLEANUP_INTERVAL_MS / 1000 }, internal.cleanup.cleanupStaleAgents, {});

/** The deployment's cron table: one job, the stale-agent cleanup. */
export default crons;
