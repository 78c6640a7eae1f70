// Mounts the module's chatroom functions at api.chatrooms.*: create, list, remove.
import { chatroomFunctions } from "../src/server/index.js";

/** The chatroom functions (see src/server/chatrooms.ts). */
export const { create, list, remove } = chatroomFunctions;
