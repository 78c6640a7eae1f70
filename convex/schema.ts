// Tables and indexes. Status documents (machines, participants) change only on transitions, so
// dashboards that read them are not re-run by heartbeats; the *Leases tables hold the beat timestamps.
import { defineSchema, defineTable } from "convex/server";
import { v } from "convex/values";

/** The database schema: three status tables read by dashboards, two lease tables written by beats, cleanup's clock. */
export default defineSchema({
  /** A daemon's identity and connection status; written on register, disconnect and recovery only. */
  machines: defineTable({
    ownerId: v.string(),
    machineId: v.string(),
    hostname: v.optional(v.string()),
    daemonConnected: v.boolean(),
  })
    .index("by_machineId", ["machineId"])
    .index("by_ownerId", ["ownerId"]),

  /** A daemon's liveness: rewritten by every beat; cleanup finds expired ones by `expiresAt`. */
  machineLeases: defineTable({
    machine: v.id("machines"),
    ownerId: v.string(),
    machineId: v.string(),
    lastSeenAt: v.number(),
    expiresAt: v.number(),
    connected: v.boolean(),
  })
    .index("by_machineId", ["machineId"])
    .index("by_connected_and_expiresAt", ["connected", "expiresAt"]),

  /** A room that CLI agents join, one participant per role. */
  chatrooms: defineTable({
    ownerId: v.string(),
    name: v.string(),
  }).index("by_ownerId", ["ownerId"]),

  /** Who holds a role in a chatroom; written on join, take-over, leave and removal only. */
  participants: defineTable({
    chatroomId: v.id("chatrooms"),
    role: v.string(),
    connectionId: v.string(),
  }).index("by_chatroomId_and_role", ["chatroomId", "role"]),

  /** A participant's liveness: rewritten by every beat; cleanup finds expired ones by `readyUntil`. */
  participantLeases: defineTable({
    participant: v.id("participants"),
    chatroomId: v.id("chatrooms"),
    role: v.string(),
    connectionId: v.string(),
    readyUntil: v.number(),
  })
    .index("by_chatroomId_and_role", ["chatroomId", "role"])
    .index("by_readyUntil", ["readyUntil"]),

  /** One document: when cleanup last ran, and the grace it grants after a backend outage. */
  cleanupState: defineTable({
    lastRunAt: v.number(),
    grace: v.optional(v.object({ until: v.number(), expiredBefore: v.number() })),
  }),
});
