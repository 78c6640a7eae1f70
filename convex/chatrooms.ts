// Public functions for chatrooms: the rooms CLI agents join. A chatroom belongs to its creator.
import { zid } from "convex-helpers/server/zod4";
import { ownerMutation } from "./lib/functions";
import { chatroomNameSchema } from "./lib/identifiers";

/** Creates a chatroom owned by the caller and returns its id. */
export const create = ownerMutation({
  args: { name: chatroomNameSchema },
  returns: zid("chatrooms"),
  handler: async (ctx, { name }) => ctx.db.insert("chatrooms", { ownerId: ctx.ownerId, name }),
});
