// BASELINE, NOT PRODUCT CODE: chatroom creation for the seed design's benchmark copy; identical in
// shape and cost to this module's, so the comparison differs only where the designs differ.
import { v } from "convex/values";
import { requireOwner } from "./access";
import { mutation } from "./server";

/** Creates a chatroom owned by the caller and returns its id. */
export const create = mutation({
  args: { name: v.string() },
  handler: async (ctx, { name }) => ctx.db.insert("chatrooms", { ownerId: await requireOwner(ctx), name }),
});
