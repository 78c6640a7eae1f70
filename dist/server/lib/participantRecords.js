import { newestOf, recordRepair } from "./repairs.js";
/** The lease candidates of a chatroom role: at most two, so a duplicate shows. */
function leasesOf(db, chatroomId, role) {
    return db
        .query("participantLeases")
        .withIndex("by_chatroomId_and_role", (q) => q.eq("chatroomId", chatroomId).eq("role", role))
        .take(2);
}
/** The lease holding a role, for a query: the newest, if there are two. */
export async function readParticipantLease(db, chatroomId, role) {
    return newestOf(await leasesOf(db, chatroomId, role)).keep;
}
/** The lease holding a role, for a mutation: a duplicate is deleted (the newest lease wins) and logged. */
export async function participantLease(db, chatroomId, role, tally) {
    const { keep, duplicates } = newestOf(await leasesOf(db, chatroomId, role));
    for (const duplicate of duplicates) {
        await db.delete(duplicate._id);
        recordRepair({ table: "participantLeases", id: duplicate._id, problem: "a second lease for one role", action: "deleted the older lease" }, tally);
    }
    return keep;
}
/** The status document of a role (the newest, if there are two). */
export async function readParticipantStatus(db, chatroomId, role) {
    const docs = await db
        .query("participants")
        .withIndex("by_chatroomId_and_role", (q) => q.eq("chatroomId", chatroomId).eq("role", role))
        .take(2);
    return newestOf(docs).keep;
}
/** Finds a role's lease (deduplicated) and its status document, whichever of them exist. */
export async function participantRemains(db, chatroomId, role, tally) {
    const lease = await participantLease(db, chatroomId, role, tally);
    const pointed = lease === null ? null : await db.get(lease.participant);
    return { lease, participant: pointed ?? (await readParticipantStatus(db, chatroomId, role)) };
}
/**
 * Removes a role (leave, expiry): its lease and its status document. A lease whose status document
 * is already gone is a repair, not a removal; returns which it was.
 */
export async function removeParticipant(db, lease, tally) {
    await db.delete(lease._id);
    const participant = await db.get(lease.participant);
    if (participant !== null) {
        await db.delete(participant._id);
        return "removed";
    }
    recordRepair({ table: "participantLeases", id: lease._id, problem: "a lease without its status document", action: "deleted the lease" }, tally);
    return "discarded";
}
