// Public functions for CLI agents in a chatroom: join (or take a role over), leave, and read who
// holds which role. Only the chatroom's owner may call them.
import { z } from "zod/v4";
import { requireOwnedChatroom } from "./lib/access";
import { ownerMutation, ownerQuery } from "./lib/functions";
import { chatroomIdSchema, connectionIdSchema, roleSchema } from "./lib/identifiers";
import { findParticipantLease, removeParticipant } from "./lib/participantLeases";
import { HEARTBEAT_TTL_MS, LIST_LIMIT } from "./reliability";

/** Joins a chatroom in a role, or takes the role over from an older connection (the newest wins). */
export const join = ownerMutation({
  args: { chatroomId: chatroomIdSchema, role: roleSchema, connectionId: connectionIdSchema },
  returns: z.object({ readyUntil: z.number() }),
  handler: async (ctx, { chatroomId: rawChatroomId, role, connectionId }) => {
    const { _id: chatroomId } = await requireOwnedChatroom(ctx.db, ctx.ownerId, rawChatroomId);
    const readyUntil = Date.now() + HEARTBEAT_TTL_MS;
    const lease = await findParticipantLease(ctx.db, chatroomId, role);
    if (lease === null) {
      const participant = await ctx.db.insert("participants", { chatroomId, role, connectionId });
      await ctx.db.insert("participantLeases", { participant, chatroomId, role, connectionId, readyUntil });
      return { readyUntil };
    }
    if (lease.connectionId !== connectionId) await ctx.db.patch(lease.participant, { connectionId });
    await ctx.db.patch(lease._id, { connectionId, readyUntil });
    return { readyUntil };
  },
});

/** Leaves a role; only the connection that holds it can leave, so a superseded process cannot evict its successor. */
export const leave = ownerMutation({
  args: { chatroomId: chatroomIdSchema, role: roleSchema, connectionId: connectionIdSchema },
  returns: z.object({ left: z.boolean() }),
  handler: async (ctx, { chatroomId: rawChatroomId, role, connectionId }) => {
    const { _id: chatroomId } = await requireOwnedChatroom(ctx.db, ctx.ownerId, rawChatroomId);
    const lease = await findParticipantLease(ctx.db, chatroomId, role);
    if (lease === null || lease.connectionId !== connectionId) return { left: false };
    await removeParticipant(ctx.db, lease);
    return { left: true };
  },
});

/** Who holds a role and until when it counts as alive, or null if nobody does. */
export const get = ownerQuery({
  args: { chatroomId: chatroomIdSchema, role: roleSchema },
  returns: z.object({ role: z.string(), connectionId: z.string(), readyUntil: z.number() }).nullable(),
  handler: async (ctx, { chatroomId: rawChatroomId, role }) => {
    const { _id: chatroomId } = await requireOwnedChatroom(ctx.db, ctx.ownerId, rawChatroomId);
    const lease = await findParticipantLease(ctx.db, chatroomId, role);
    return lease === null ? null : { role, connectionId: lease.connectionId, readyUntil: lease.readyUntil };
  },
});

/** The roles held in a chatroom (first LIST_LIMIT); reads no lease, so beats do not re-run it. */
export const list = ownerQuery({
  args: { chatroomId: chatroomIdSchema },
  returns: z.array(z.object({ role: z.string(), connectionId: z.string() })),
  handler: async (ctx, { chatroomId: rawChatroomId }) => {
    const { _id: chatroomId } = await requireOwnedChatroom(ctx.db, ctx.ownerId, rawChatroomId);
    const participants = await ctx.db
      .query("participants")
      .withIndex("by_chatroomId_and_role", (q) => q.eq("chatroomId", chatroomId))
      .take(LIST_LIMIT);
    return participants.map(({ role, connectionId }) => ({ role, connectionId }));
  },
});
