// A participant is two documents: its status (`participants`, read by dashboards) and its lease
// (`participantLeases`, written by every beat). These helpers find, heal and remove the pair, so no
// state of a single document (missing, duplicated) can make a call throw.
import type { DatabaseReader, DatabaseWriter, Doc, Id } from "../schema.js";
import { pickOne, recordRepair, type Chosen, type RepairTally } from "./repairs.js";

/** The lease candidates of a chatroom role: at most two, so a duplicate shows. */
function leasesOf(db: DatabaseReader, chatroomId: Id<"chatrooms">, role: string) {
  return db
    .query("participantLeases")
    .withIndex("by_chatroomId_and_role", (q) => q.eq("chatroomId", chatroomId).eq("role", role))
    .take(2);
}

/** The leases of a role: the one to keep (renewed last) and any duplicates, read without changing anything. */
export async function findParticipantLease(db: DatabaseReader, chatroomId: Id<"chatrooms">, role: string): Promise<Chosen<Doc<"participantLeases">>> {
  return pickOne(await leasesOf(db, chatroomId, role), (lease) => lease.readyUntil);
}

/** The lease holding a role, for a query: the one renewed last, if there are two. */
export async function readParticipantLease(db: DatabaseReader, chatroomId: Id<"chatrooms">, role: string): Promise<Doc<"participantLeases"> | null> {
  return (await findParticipantLease(db, chatroomId, role)).keep;
}

/** Deletes duplicate leases of a role (found by findParticipantLease) and logs each. */
export async function discardDuplicateLeases(db: DatabaseWriter, duplicates: Doc<"participantLeases">[], tally?: RepairTally): Promise<void> {
  for (const duplicate of duplicates) {
    await db.delete(duplicate._id);
    recordRepair({ table: "participantLeases", id: duplicate._id, problem: "a second lease for one role", action: "deleted the one renewed earlier" }, tally);
  }
}

/** The lease holding a role, for a mutation: a duplicate is deleted (the lease renewed last wins) and logged. */
export async function participantLease(
  db: DatabaseWriter,
  chatroomId: Id<"chatrooms">,
  role: string,
  tally?: RepairTally,
): Promise<Doc<"participantLeases"> | null> {
  const { keep, duplicates } = await findParticipantLease(db, chatroomId, role);
  await discardDuplicateLeases(db, duplicates, tally);
  return keep;
}

/** The status document of a role (the newest, if there are two). */
export async function readParticipantStatus(db: DatabaseReader, chatroomId: Id<"chatrooms">, role: string): Promise<Doc<"participants"> | null> {
  const docs = await db
    .query("participants")
    .withIndex("by_chatroomId_and_role", (q) => q.eq("chatroomId", chatroomId).eq("role", role))
    .take(2);
  return pickOne(docs).keep;
}

/** What is left of a role: its lease and status document, either possibly lost. */
export type ParticipantRemains = { lease: Doc<"participantLeases"> | null; participant: Doc<"participants"> | null };

/** Finds a role's lease (deduplicated) and its status document, whichever of them exist. */
export async function participantRemains(db: DatabaseWriter, chatroomId: Id<"chatrooms">, role: string, tally?: RepairTally): Promise<ParticipantRemains> {
  const lease = await participantLease(db, chatroomId, role, tally);
  const pointed = lease === null ? null : await db.get(lease.participant);
  return { lease, participant: pointed ?? (await readParticipantStatus(db, chatroomId, role)) };
}

/**
 * Removes a role (leave, expiry): its lease and its status document. A lease whose status document
 * is already gone is a repair, not a removal; returns which it was.
 */
export async function removeParticipant(db: DatabaseWriter, lease: Doc<"participantLeases">, tally?: RepairTally): Promise<"removed" | "discarded"> {
  await db.delete(lease._id);
  const participant = await db.get(lease.participant);
  if (participant !== null) {
    await db.delete(participant._id);
    return "removed";
  }
  recordRepair({ table: "participantLeases", id: lease._id, problem: "a lease without its status document", action: "deleted the lease" }, tally);
  return "discarded";
}
