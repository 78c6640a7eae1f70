import type { DatabaseReader, Id } from "../schema.js";
/** Before registering a new machine: the owner holds fewer than MAX_MACHINES_PER_OWNER. */
export declare function requireMachineQuota(db: DatabaseReader, ownerId: string): Promise<void>;
/** Before creating a chatroom: the owner holds fewer than MAX_CHATROOMS_PER_OWNER. */
export declare function requireChatroomQuota(db: DatabaseReader, ownerId: string): Promise<void>;
/** Before a join that creates a role: the chatroom holds fewer than MAX_ROLES_PER_CHATROOM other roles. */
export declare function requireRoleQuota(db: DatabaseReader, chatroomId: Id<"chatrooms">): Promise<void>;
