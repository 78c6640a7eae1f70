// Chatroom access: the single rule that only a chatroom's owner may touch its participants.
import type { Doc, Id } from "../_generated/dataModel";
import type { DatabaseReader } from "../_generated/server";
import { failure } from "./errors";

/** Returns the chatroom if the caller owns it; NOT_FOUND if it does not exist, else FORBIDDEN. */
export async function requireOwnedChatroom(
  db: DatabaseReader,
  ownerId: string,
  chatroomId: Id<"chatrooms">,
): Promise<Doc<"chatrooms">> {
  const chatroom = await db.get(chatroomId);
  if (chatroom === null) throw failure("NOT_FOUND", "no such chatroom", "chatroomId");
  if (chatroom.ownerId !== ownerId) throw failure("FORBIDDEN", "this chatroom belongs to another owner", "chatroomId");
  return chatroom;
}
