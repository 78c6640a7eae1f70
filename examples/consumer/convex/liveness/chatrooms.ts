// convex-heartbeat's chatroom functions, mounted at api.liveness.chatrooms.*.
import { chatroomFunctions } from "convex-heartbeat/server";

export const { create, list, remove } = chatroomFunctions;
