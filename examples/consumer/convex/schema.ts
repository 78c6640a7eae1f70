// The app's schema: its own table next to the module's tables, spread in.
import { defineSchema, defineTable } from "convex/server";
import { v } from "convex/values";
import { heartbeatTables } from "convex-heartbeat/server";

export default defineSchema({
  ...heartbeatTables,
  notes: defineTable({ text: v.string(), at: v.number() }),
});
