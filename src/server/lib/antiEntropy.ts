// Anti-entropy, as in Consul: damage that no expiry walk meets (a live lease whose status document
// or chatroom was deleted, a status document whose lease was deleted) must not last forever. Each
// cleanup run checks a bounded slice of one table, at most 3 documents read per record, and keeps its
// cursor between runs, so every damaged record is mended within one full pass over the tables.
import { ANTI_ENTROPY_BATCH } from "../../reliability.js";
import type { DatabaseWriter, Doc } from "../schema.js";
import { expireLeaselessMachine, machineLease, repointMachineLease } from "./machineRecords.js";
import { participantLease } from "./participantRecords.js";
import { recordRepair, type RepairTally } from "./repairs.js";

/** The tables in pass order: leases first, so a status document whose lease a pass deletes is met later in the same pass. */
export const ANTI_ENTROPY_TABLES = ["machineLeases", "machines", "participantLeases", "participants"] as const;

/** A table anti-entropy walks. */
export type AntiEntropyTable = (typeof ANTI_ENTROPY_TABLES)[number];

/** Where the walk stands: the table and Convex's pagination cursor within it (null: its start). */
export type AntiEntropyCursor = { table: string; cursor: string | null };

/** A machine lease (1 read, from the page) needs its status document (1 more); a lost one means the lease goes. */
async function checkMachineLease(db: DatabaseWriter, lease: Doc<"machineLeases">, tally: RepairTally): Promise<void> {
  const machine = await db.get(lease.machine);
  if (machine === null) {
    await db.delete(lease._id);
    recordRepair({ table: "machineLeases", id: lease._id, problem: "a lease without its status document", action: "deleted the lease; its daemon re-registers" }, tally);
  } else if (machine.daemonConnected !== lease.connected || machine.instanceId !== lease.instanceId) {
    await db.patch(machine._id, { daemonConnected: lease.connected, instanceId: lease.instanceId });
    recordRepair({ table: "machines", id: machine._id, problem: "a status document that disagreed with its lease", action: "set it from the lease" }, tally);
  }
}

/** A machine status document (1 read) needs its lease (1-2 more); a lost lease counts as expired. */
async function checkMachine(db: DatabaseWriter, machine: Doc<"machines">, now: number, tally: RepairTally): Promise<void> {
  const lease = await machineLease(db, machine.ownerId, machine.machineId, tally);
  if (lease === null) {
    await expireLeaselessMachine(db, machine, now, tally);
  } else if (lease.machine !== machine._id) {
    if ((await db.get(lease.machine)) !== null) {
      await db.delete(machine._id);
      recordRepair({ table: "machines", id: machine._id, problem: "a second status document for one machine", action: "deleted it" }, tally);
    } else {
      await repointMachineLease(db, lease, machine, tally);
    }
  }
}

/** A participant lease (1 read) needs its status document and chatroom (2 more); losing either means the lease goes. */
async function checkParticipantLease(db: DatabaseWriter, lease: Doc<"participantLeases">, tally: RepairTally): Promise<void> {
  const participant = await db.get(lease.participant);
  const chatroom = await db.get(lease.chatroomId);
  if (participant === null || chatroom === null) {
    await db.delete(lease._id);
    if (participant !== null) await db.delete(participant._id);
    const problem = chatroom === null ? "a lease of a chatroom that no longer exists" : "a lease without its status document";
    recordRepair({ table: "participantLeases", id: lease._id, problem, action: "deleted the lease; its agent re-joins or stops" }, tally);
  } else if (lease.ownerId !== chatroom.ownerId || participant.connectionId !== lease.connectionId) {
    await db.patch(lease._id, { ownerId: chatroom.ownerId });
    await db.patch(participant._id, { connectionId: lease.connectionId });
    recordRepair({ table: "participantLeases", id: lease._id, problem: "a lease that disagreed with its chatroom or status document", action: "set the owner from the chatroom and the status from the lease" }, tally);
  }
}

/** A participant status document (1 read) needs its lease (1-2 more); a lost lease counts as expired: the participant is removed. */
async function checkParticipant(db: DatabaseWriter, participant: Doc<"participants">, tally: RepairTally): Promise<void> {
  const lease = await participantLease(db, participant.chatroomId, participant.role, tally);
  if (lease === null) {
    await db.delete(participant._id);
    recordRepair({ table: "participants", id: participant._id, problem: "a status document without its lease", action: "counted as expired: removed" }, tally);
  } else if (lease.participant !== participant._id) {
    if ((await db.get(lease.participant)) !== null) {
      await db.delete(participant._id);
      recordRepair({ table: "participants", id: participant._id, problem: "a second status document for one role", action: "deleted it" }, tally);
    } else {
      await db.patch(lease._id, { participant: participant._id });
      recordRepair({ table: "participantLeases", id: lease._id, problem: "a lease pointing at a missing status document", action: "pointed it at the role's status document" }, tally);
    }
  }
}

/** A page of the walk; `refused` when the stored cursor was not accepted (the table then restarts). */
type WalkPage<D> = { page: D[]; isDone: boolean; continueCursor: string; refused?: true };

/**
 * Reads the next page of `table` from `cursor`. A cursor Convex no longer accepts must not fail every
 * run from now on: the run then checks nothing and the table restarts (Convex allows one paginated
 * query per function, so it cannot simply read again).
 */
async function pageOf<T extends AntiEntropyTable>(db: DatabaseWriter, table: T, cursor: string | null): Promise<WalkPage<Doc<T>>> {
  try {
    return await db.query(table).paginate({ numItems: ANTI_ENTROPY_BATCH, cursor });
  } catch (error) {
    if (cursor === null) throw error;
    console.warn("convex-heartbeat anti-entropy: restarting a table, its cursor was refused", { table, error: String(error) });
    return { page: [], isDone: false, continueCursor: "", refused: true };
  }
}

/** Mends what is damaged among one page's records. */
async function checkPage(db: DatabaseWriter, table: AntiEntropyTable, cursor: string | null, now: number, tally: RepairTally): Promise<WalkPage<unknown>> {
  switch (table) {
    case "machineLeases": {
      const result = await pageOf(db, table, cursor);
      for (const lease of result.page) await checkMachineLease(db, lease, tally);
      return result;
    }
    case "machines": {
      const result = await pageOf(db, table, cursor);
      for (const machine of result.page) await checkMachine(db, machine, now, tally);
      return result;
    }
    case "participantLeases": {
      const result = await pageOf(db, table, cursor);
      for (const lease of result.page) await checkParticipantLease(db, lease, tally);
      return result;
    }
    case "participants": {
      const result = await pageOf(db, table, cursor);
      for (const participant of result.page) await checkParticipant(db, participant, tally);
      return result;
    }
  }
}

/** Checks the next ANTI_ENTROPY_BATCH records of the walk from `at`, mends what is damaged, and returns where the next run starts. */
export async function antiEntropySlice(db: DatabaseWriter, at: AntiEntropyCursor | undefined, now: number, tally: RepairTally): Promise<AntiEntropyCursor> {
  const index = Math.max(0, ANTI_ENTROPY_TABLES.indexOf(at?.table as AntiEntropyTable));
  const table = ANTI_ENTROPY_TABLES[index]!;
  const page = await checkPage(db, table, at?.table === table ? at.cursor : null, now, tally);
  if (page.refused) return { table, cursor: null };
  if (!page.isDone) return { table, cursor: page.continueCursor };
  return { table: ANTI_ENTROPY_TABLES[(index + 1) % ANTI_ENTROPY_TABLES.length]!, cursor: null };
}
