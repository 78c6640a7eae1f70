// Public functions for CLI agents in a chatroom: join (or take a role over), leave, and read who
// holds which role. Only the chatroom's owner may call them; to anyone else the chatroom does not exist.
import { z } from "zod/v4";
import { HEARTBEAT_TTL_MS } from "../reliability.js";
import { chatroomIdOf, ownedChatroom } from "./lib/access.js";
import { ownerMutation, ownerQuery } from "./lib/functions.js";
import { mapPage, pageOf, paginationOptsSchema } from "./lib/pages.js";
import { chatroomIdSchema, connectionIdSchema, roleSchema } from "./lib/identifiers.js";
import { participantRemains, readParticipantLease, removeParticipant } from "./lib/participantRecords.js";
import { requireRoleQuota } from "./lib/quotas.js";
import { recordRepair } from "./lib/repairs.js";

/** Joins a chatroom in a role, or takes the role over from an older connection (the newest wins). */
const join = ownerMutation({
  args: { chatroomId: chatroomIdSchema, role: roleSchema, connectionId: connectionIdSchema },
  returns: z.object({ readyUntil: z.number() }),
  handler: async (ctx, { chatroomId: raw, role, connectionId }) => {
    const chatroom = await ownedChatroom(ctx.db, ctx.ownerId, chatroomIdOf(ctx.db, raw));
    const chatroomId = chatroom._id;
    const readyUntil = Date.now() + HEARTBEAT_TTL_MS;
    const { lease, participant } = await participantRemains(ctx.db, chatroomId, role);
    if (lease === null && participant === null) await requireRoleQuota(ctx.db, chatroomId);
    let participantId = participant?._id;
    if (participant === null) {
      participantId = await ctx.db.insert("participants", { chatroomId, role, connectionId });
      if (lease !== null) recordRepair({ table: "participants", id: participantId, problem: "a lease without its status document", action: "recreated the status document on join" });
    } else if (participant.connectionId !== connectionId) {
      await ctx.db.patch(participant._id, { connectionId });
    }
    const fields = { participant: participantId!, chatroomId, ownerId: chatroom.ownerId, role, connectionId, readyUntil };
    if (lease === null) {
      const leaseId = await ctx.db.insert("participantLeases", fields);
      if (participant !== null) recordRepair({ table: "participantLeases", id: leaseId, problem: "a status document without its lease", action: "recreated the lease on join" });
    } else {
      await ctx.db.patch(lease._id, fields);
    }
    return { readyUntil };
  },
});

/** Leaves a role; only the connection that holds it can leave, so a superseded process cannot evict its successor. */
const leave = ownerMutation({
  args: { chatroomId: chatroomIdSchema, role: roleSchema, connectionId: connectionIdSchema },
  returns: z.object({ left: z.boolean() }),
  handler: async (ctx, { chatroomId: raw, role, connectionId }) => {
    const { _id: chatroomId } = await ownedChatroom(ctx.db, ctx.ownerId, chatroomIdOf(ctx.db, raw));
    const { lease, participant } = await participantRemains(ctx.db, chatroomId, role);
    if (lease !== null) {
      if (lease.connectionId !== connectionId) return { left: false };
      await removeParticipant(ctx.db, lease);
      return { left: true };
    }
    // A status document that lost its lease: the connection it names may still leave it.
    if (participant === null || participant.connectionId !== connectionId) return { left: false };
    await ctx.db.delete(participant._id);
    recordRepair({ table: "participants", id: participant._id, problem: "a status document without its lease", action: "removed it on leave" });
    return { left: true };
  },
});

/** Who holds a role and until when it counts as alive, or null if nobody does. */
const get = ownerQuery({
  args: { chatroomId: chatroomIdSchema, role: roleSchema },
  returns: z.object({ role: z.string(), connectionId: z.string(), readyUntil: z.number() }).nullable(),
  handler: async (ctx, { chatroomId: raw, role }) => {
    const { _id: chatroomId } = await ownedChatroom(ctx.db, ctx.ownerId, chatroomIdOf(ctx.db, raw));
    const lease = await readParticipantLease(ctx.db, chatroomId, role);
    return lease === null ? null : { role, connectionId: lease.connectionId, readyUntil: lease.readyUntil };
  },
});

/** A page of the roles held in a chatroom, by role; reads no lease, so beats do not re-run it. */
const list = ownerQuery({
  args: { chatroomId: chatroomIdSchema, paginationOpts: paginationOptsSchema },
  returns: pageOf(z.object({ role: z.string(), connectionId: z.string() })),
  handler: async (ctx, { chatroomId: raw, paginationOpts }) => {
    const { _id: chatroomId } = await ownedChatroom(ctx.db, ctx.ownerId, chatroomIdOf(ctx.db, raw));
    const result = await ctx.db
      .query("participants")
      .withIndex("by_chatroomId_and_role", (q) => q.eq("chatroomId", chatroomId))
      .paginate(paginationOpts);
    return mapPage(result, ({ role, connectionId }) => ({ role, connectionId }));
  },
});

/** The participant functions, for an app to re-export from one of its files (this repository: convex/participants.ts). */
export const participantFunctions = { join, leave, get, list };
