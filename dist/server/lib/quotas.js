// Quotas bound what one owner can create, so a careless or hostile account cannot grow the tables
// without limit. They are counted through an index, only by calls that create, and never refuse a
// call on a record that exists.
import { MAX_CHATROOMS_PER_OWNER, MAX_MACHINES_PER_OWNER, MAX_ROLES_PER_CHATROOM } from "../../reliability.js";
import { failure } from "./errors.js";
/** Fails QUOTA_EXCEEDED (with `field`) when `held` already reached `max`. */
function requireBelow(held, max, field, what) {
    if (held.length >= max)
        throw failure("QUOTA_EXCEEDED", `${what}: at most ${max.toLocaleString("en-US")} allowed`, field);
}
/** Before registering a new machine: the owner holds fewer than MAX_MACHINES_PER_OWNER. */
export async function requireMachineQuota(db, ownerId) {
    const held = await db
        .query("machines")
        .withIndex("by_ownerId_and_machineId", (q) => q.eq("ownerId", ownerId))
        .take(MAX_MACHINES_PER_OWNER);
    requireBelow(held, MAX_MACHINES_PER_OWNER, "machineId", "too many machines for this owner");
}
/** Before creating a chatroom: the owner holds fewer than MAX_CHATROOMS_PER_OWNER. */
export async function requireChatroomQuota(db, ownerId) {
    const held = await db
        .query("chatrooms")
        .withIndex("by_ownerId", (q) => q.eq("ownerId", ownerId))
        .take(MAX_CHATROOMS_PER_OWNER);
    requireBelow(held, MAX_CHATROOMS_PER_OWNER, "name", "too many chatrooms for this owner");
}
/** Before a join that creates a role: the chatroom holds fewer than MAX_ROLES_PER_CHATROOM other roles. */
export async function requireRoleQuota(db, chatroomId) {
    const held = await db
        .query("participants")
        .withIndex("by_chatroomId_and_role", (q) => q.eq("chatroomId", chatroomId))
        .take(MAX_ROLES_PER_CHATROOM);
    requireBelow(held, MAX_ROLES_PER_CHATROOM, "role", "too many roles in this chatroom");
}
