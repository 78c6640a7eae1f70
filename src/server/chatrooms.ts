// Public functions for chatrooms, the rooms CLI agents join: create, list and remove. A chatroom
// belongs to its creator; to anyone else it does not exist.
import { zid } from "convex-helpers/server/zod4";
import { z } from "zod/v4";
import { MAX_ROLES_PER_CHATROOM } from "../reliability.js";
import { chatroomIdOf, ownedChatroom } from "./lib/access.js";
import { ownerMutation, ownerQuery } from "./lib/functions.js";
import { mapPage, pageOf, paginationOptsSchema } from "./lib/pages.js";
import { chatroomIdSchema, chatroomNameSchema } from "./lib/identifiers.js";
import { requireChatroomQuota } from "./lib/quotas.js";

/** Documents of each kind a removal deletes at most: the role quota, twice over for stray duplicates (anti-entropy mends any beyond). */
const REMOVAL_BOUND = 2 * MAX_ROLES_PER_CHATROOM;

/** Creates a chatroom owned by the caller and returns its id. */
const create = ownerMutation({
  args: { name: chatroomNameSchema },
  returns: zid("chatrooms"),
  handler: async (ctx, { name }) => {
    await requireChatroomQuota(ctx.db, ctx.ownerId);
    return ctx.db.insert("chatrooms", { ownerId: ctx.ownerId, name });
  },
});

/** A page of the caller's chatrooms, oldest first. */
const list = ownerQuery({
  args: { paginationOpts: paginationOptsSchema },
  returns: pageOf(z.object({ chatroomId: zid("chatrooms"), name: z.string() })),
  handler: async (ctx, { paginationOpts }) => {
    const result = await ctx.db
      .query("chatrooms")
      .withIndex("by_ownerId", (q) => q.eq("ownerId", ctx.ownerId))
      .paginate(paginationOpts);
    return mapPage(result, ({ _id, name }) => ({ chatroomId: _id, name }));
  },
});

/** Deletes the caller's chatroom with all its participants and their leases, in one transaction; later beats and joins for it are NOT_FOUND. */
const remove = ownerMutation({
  args: { chatroomId: chatroomIdSchema },
  returns: z.object({ removed: z.literal(true) }),
  handler: async (ctx, { chatroomId: raw }) => {
    const chatroomId = chatroomIdOf(ctx.db, raw);
    await ownedChatroom(ctx.db, ctx.ownerId, chatroomId);
    const leases = await ctx.db
      .query("participantLeases")
      .withIndex("by_chatroomId_and_role", (q) => q.eq("chatroomId", chatroomId))
      .take(REMOVAL_BOUND);
    const participants = await ctx.db
      .query("participants")
      .withIndex("by_chatroomId_and_role", (q) => q.eq("chatroomId", chatroomId))
      .take(REMOVAL_BOUND);
    for (const { _id } of [...leases, ...participants]) await ctx.db.delete(_id);
    await ctx.db.delete(chatroomId);
    return { removed: true as const };
  },
});

/** The chatroom functions, for an app to re-export from one of its files (this repository: convex/chatrooms.ts). */
export const chatroomFunctions = { create, list, remove };
