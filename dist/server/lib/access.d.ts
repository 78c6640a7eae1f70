import type { DatabaseReader, Doc, Id } from "../schema.js";
/** The chatroom id in `raw`; a string that is no chatroom id is INVALID_ARGUMENT (not a validator crash clients would retry). */
export declare function chatroomIdOf(db: DatabaseReader, raw: string): Id<"chatrooms">;
/** The caller's chatroom, or NOT_FOUND when it is missing or another owner's (the same answer for both). */
export declare function ownedChatroom(db: DatabaseReader, ownerId: string, chatroomId: Id<"chatrooms">): Promise<Doc<"chatrooms">>;
