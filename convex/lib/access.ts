// Chatroom access: the single rule that only a chatroom's owner may touch its participants.
import type { Doc } from "../_generated/dataModel";
import type { DatabaseReader } from "../_generated/server";
import { failure } from "./errors";

/**
 * Returns the chatroom if the caller owns it. A string that is no chatroom id is INVALID_ARGUMENT (not
 * Convex's own validator error, which clients could not tell from a transient failure); a missing
 * chatroom is NOT_FOUND; another owner's is FORBIDDEN.
 */
export async function requireOwnedChatroom(db: DatabaseReader, ownerId: string, rawChatroomId: string): Promise<Doc<"chatrooms">> {
  const chatroomId = db.normalizeId("chatrooms", rawChatroomId);
  if (chatroomId === null) throw failure("INVALID_ARGUMENT", "chatroomId: is not a chatroom id", "chatroomId");
  const chatroom = await db.get(chatroomId);
  if (chatroom === null) throw failure("NOT_FOUND", "no such chatroom", "chatroomId");
  if (chatroom.ownerId !== ownerId) throw failure("FORBIDDEN", "this chatroom belongs to another owner", "chatroomId");
  return chatroom;
}
