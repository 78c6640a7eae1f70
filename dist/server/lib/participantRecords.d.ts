import type { DatabaseReader, DatabaseWriter, Doc, Id } from "../schema.js";
import { type RepairTally } from "./repairs.js";
/** The lease holding a role, for a query: the newest, if there are two. */
export declare function readParticipantLease(db: DatabaseReader, chatroomId: Id<"chatrooms">, role: string): Promise<Doc<"participantLeases"> | null>;
/** The lease holding a role, for a mutation: a duplicate is deleted (the newest lease wins) and logged. */
export declare function participantLease(db: DatabaseWriter, chatroomId: Id<"chatrooms">, role: string, tally?: RepairTally): Promise<Doc<"participantLeases"> | null>;
/** The status document of a role (the newest, if there are two). */
export declare function readParticipantStatus(db: DatabaseReader, chatroomId: Id<"chatrooms">, role: string): Promise<Doc<"participants"> | null>;
/** What is left of a role: its lease and status document, either possibly lost. */
export type ParticipantRemains = {
    lease: Doc<"participantLeases"> | null;
    participant: Doc<"participants"> | null;
};
/** Finds a role's lease (deduplicated) and its status document, whichever of them exist. */
export declare function participantRemains(db: DatabaseWriter, chatroomId: Id<"chatrooms">, role: string, tally?: RepairTally): Promise<ParticipantRemains>;
/**
 * Removes a role (leave, expiry): its lease and its status document. A lease whose status document
 * is already gone is a repair, not a removal; returns which it was.
 */
export declare function removeParticipant(db: DatabaseWriter, lease: Doc<"participantLeases">, tally?: RepairTally): Promise<"removed" | "discarded">;
