// Chatroom access: only a chatroom's owner may touch it or its participants, and to anyone else it
// looks exactly like a chatroom that does not exist.
import type { DatabaseReader, Doc, Id } from "../schema.js";
import { chatroomNotFound, failure } from "./errors.js";

/** The chatroom id in `raw`; a string that is no chatroom id is INVALID_ARGUMENT (not a validator crash clients would retry). */
export function chatroomIdOf(db: DatabaseReader, raw: string): Id<"chatrooms"> {
  const id = db.normalizeId("chatrooms", raw);
  if (id === null) throw failure("INVALID_ARGUMENT", "chatroomId: is not a chatroom id", "chatroomId");
  return id;
}

/** The caller's chatroom, or NOT_FOUND when it is missing or another owner's (the same answer for both). */
export async function ownedChatroom(db: DatabaseReader, ownerId: string, chatroomId: Id<"chatrooms">): Promise<Doc<"chatrooms">> {
  const chatroom = await db.get(chatroomId);
  if (chatroom === null || chatroom.ownerId !== ownerId) throw chatroomNotFound();
  return chatroom;
}
