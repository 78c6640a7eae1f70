// BASELINE, NOT PRODUCT CODE: a deliberate reproduction of the seed's design (Plans 025/026), kept
// only so the benchmark can measure this module against it. Beat timestamps live on the status documents.
import { defineSchema, defineTable } from "convex/server";
import { v } from "convex/values";

/** The seed's tables: dashboards read machines and participants, and heartbeats patch those same documents. */
export default defineSchema({
  /** A daemon: its status and its last beat on one document, patched by every heartbeat. */
  machines: defineTable({
    ownerId: v.string(),
    machineId: v.string(),
    hostname: v.optional(v.string()),
    daemonConnected: v.boolean(),
    lastSeenAt: v.number(),
  })
    .index("by_machineId", ["machineId"])
    .index("by_ownerId", ["ownerId"]),

  /** A room that CLI agents join, one participant per role. */
  chatrooms: defineTable({
    ownerId: v.string(),
    name: v.string(),
  }).index("by_ownerId", ["ownerId"]),

  /** A role holder: who holds the role and until when, on one document, patched by every heartbeat. */
  participants: defineTable({
    chatroomId: v.id("chatrooms"),
    role: v.string(),
    connectionId: v.string(),
    readyUntil: v.number(),
  }).index("by_chatroomId_and_role", ["chatroomId", "role"]),
});
