import { chatroomNotFound, failure } from "./errors.js";
/** The chatroom id in `raw`; a string that is no chatroom id is INVALID_ARGUMENT (not a validator crash clients would retry). */
export function chatroomIdOf(db, raw) {
    const id = db.normalizeId("chatrooms", raw);
    if (id === null)
        throw failure("INVALID_ARGUMENT", "chatroomId: is not a chatroom id", "chatroomId");
    return id;
}
/** The caller's chatroom, or NOT_FOUND when it is missing or another owner's (the same answer for both). */
export async function ownedChatroom(db, ownerId, chatroomId) {
    const chatroom = await db.get(chatroomId);
    if (chatroom === null || chatroom.ownerId !== ownerId)
        throw chatroomNotFound();
    return chatroom;
}
