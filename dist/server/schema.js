// The module's tables, for an app to spread into its own schema. Status documents (machines,
// participants) change only on transitions, so dashboards that read them are not re-run by beats;
// the *Leases tables hold the beat timestamps.
import { defineSchema, defineTable, } from "convex/server";
import { v } from "convex/values";
/** The module's tables: spread them into the app's schema, `defineSchema({ ...heartbeatTables, ...yours })`. */
export const heartbeatTables = {
    /** A daemon's identity and connection status, in its owner's namespace; written on transitions only. */
    machines: defineTable({
        ownerId: v.string(),
        machineId: v.string(),
        hostname: v.optional(v.string()),
        daemonConnected: v.boolean(),
        /** The daemon process that holds the machine now (the newest registration). */
        instanceId: v.string(),
    })
        .index("by_ownerId_and_machineId", ["ownerId", "machineId"])
        .index("by_ownerId_and_daemonConnected_and_machineId", ["ownerId", "daemonConnected", "machineId"]),
    /** A daemon's liveness: rewritten by every beat. Cleanup finds expired ones, and retired ones, by `expiresAt`. */
    machineLeases: defineTable({
        machine: v.id("machines"),
        ownerId: v.string(),
        machineId: v.string(),
        instanceId: v.string(),
        lastSeenAt: v.number(),
        /** While connected: when the lease runs out. Once disconnected: when the machine stopped being live. */
        expiresAt: v.number(),
        connected: v.boolean(),
    })
        .index("by_ownerId_and_machineId", ["ownerId", "machineId"])
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
    /** A participant's liveness: rewritten by every beat; it carries the chatroom's owner, so a beat reads only it. */
    participantLeases: defineTable({
        participant: v.id("participants"),
        chatroomId: v.id("chatrooms"),
        ownerId: v.string(),
        role: v.string(),
        connectionId: v.string(),
        readyUntil: v.number(),
    })
        .index("by_chatroomId_and_role", ["chatroomId", "role"])
        .index("by_readyUntil", ["readyUntil"]),
    /** One document: cleanup's clock, its outage grace, the continuation chain it runs, and anti-entropy's cursor. */
    cleanupState: defineTable({
        lastRunAt: v.number(),
        grace: v.optional(v.object({ until: v.number(), expiredBefore: v.number() })),
        chain: v.optional(v.object({ id: v.number(), lastRunAt: v.number() })),
        antiEntropy: v.optional(v.object({ table: v.string(), cursor: v.union(v.string(), v.null()) })),
    }),
};
const schema = defineSchema(heartbeatTables);
