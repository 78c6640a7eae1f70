// This app's schema: the module's tables, spread in as any app that mounts convex-heartbeat does.
import { defineSchema } from "convex/server";
import { heartbeatTables } from "../src/server/index.js";

/** The database schema: the module's status tables, lease tables and cleanup state. */
export default defineSchema({ ...heartbeatTables });
