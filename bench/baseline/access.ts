// BASELINE, NOT PRODUCT CODE: the seed design's caller checks, reproduced for the benchmark with the
// same rules as this module (tokenIdentifier as owner key, chatroom ownership), so both do the same work.
import type { GenericDatabaseReader } from "convex/server";
import { ConvexError, type GenericId } from "convex/values";
import type { DataModel, MutationCtx } from "./server";

/** The caller's owner key (`tokenIdentifier`), or an UNAUTHENTICATED failure. */
export async function requireOwner(ctx: MutationCtx): Promise<string> {
  const identity = await ctx.auth.getUserIdentity();
  if (identity === null) throw new ConvexError({ code: "UNAUTHENTICATED", message: "sign in first" });
  return identity.tokenIdentifier;
}

/** Fails unless the chatroom exists and belongs to `ownerId`. */
export async function requireOwnedChatroom(db: GenericDatabaseReader<DataModel>, ownerId: string, chatroomId: GenericId<"chatrooms">) {
  const chatroom = await db.get(chatroomId);
  if (chatroom === null) throw new ConvexError({ code: "NOT_FOUND", message: "no such chatroom", field: "chatroomId" });
  if (chatroom.ownerId !== ownerId) {
    throw new ConvexError({ code: "FORBIDDEN", message: "this chatroom belongs to another owner", field: "chatroomId" });
  }
  return chatroom;
}

/** The failure for a machineId registered to another owner. */
export function forbiddenMachine() {
  return new ConvexError({ code: "FORBIDDEN", message: "this machineId is registered to another owner", field: "machineId" });
}
