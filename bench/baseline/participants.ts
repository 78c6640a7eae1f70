// BASELINE, NOT PRODUCT CODE: the seed design's join, reproduced for the benchmark. The participant
// document dashboards list also carries `readyUntil`.
import { v } from "convex/values";
import { HEARTBEAT_TTL_MS } from "../../convex/reliability";
import { requireOwnedChatroom, requireOwner } from "./access";
import { mutation } from "./server";

/** Joins a chatroom in a role, or takes the role over (the newest connection wins). */
export const join = mutation({
  args: { chatroomId: v.id("chatrooms"), role: v.string(), connectionId: v.string() },
  handler: async (ctx, { chatroomId, role: rawRole, connectionId }) => {
    const ownerId = await requireOwner(ctx);
    await requireOwnedChatroom(ctx.db, ownerId, chatroomId);
    const role = rawRole.toLowerCase();
    const readyUntil = Date.now() + HEARTBEAT_TTL_MS;
    const participant = await ctx.db
      .query("participants")
      .withIndex("by_chatroomId_and_role", (q) => q.eq("chatroomId", chatroomId).eq("role", role))
      .unique();
    if (participant === null) await ctx.db.insert("participants", { chatroomId, role, connectionId, readyUntil });
    else await ctx.db.patch(participant._id, { connectionId, readyUntil });
    return { readyUntil };
  },
});
