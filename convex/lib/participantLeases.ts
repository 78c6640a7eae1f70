// Participant liveness helpers shared by join, leave, heartbeat and cleanup. The lease carries
// `readyUntil` and is written on every beat; the participant document only on join and removal.
import type { Doc, Id } from "../_generated/dataModel";
import type { DatabaseReader, DatabaseWriter } from "../_generated/server";

/** The lease holding a chatroom role, or null if nobody holds it. */
export function findParticipantLease(
  db: DatabaseReader,
  chatroomId: Id<"chatrooms">,
  role: string,
): Promise<Doc<"participantLeases"> | null> {
  return db
    .query("participantLeases")
    .withIndex("by_chatroomId_and_role", (q) => q.eq("chatroomId", chatroomId).eq("role", role))
    .unique();
}

/** Removes a participant and its lease together (leave or expiry). */
export async function removeParticipant(db: DatabaseWriter, lease: Doc<"participantLeases">): Promise<void> {
  await db.delete(lease._id);
  await db.delete(lease.participant);
}
