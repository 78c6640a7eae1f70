// A machine is two documents: its status (`machines`, read by dashboards) and its lease
// (`machineLeases`, written by every beat). These helpers find, heal and change the pair, so no
// state of a single document (missing, duplicated) can make a call throw.
import { DAEMON_HEARTBEAT_TTL_MS } from "../../reliability.js";
import type { DatabaseReader, DatabaseWriter, Doc, Id } from "../schema.js";
import { pickOne, recordRepair, type RepairTally } from "./repairs.js";

/** The lease candidates of a machine in its owner's namespace: at most two, so a duplicate shows. */
function leasesOf(db: DatabaseReader, ownerId: string, machineId: string) {
  return db
    .query("machineLeases")
    .withIndex("by_ownerId_and_machineId", (q) => q.eq("ownerId", ownerId).eq("machineId", machineId))
    .take(2);
}

/** The lease to keep of a machine's leases: the one renewed last. */
const freshestLease = (leases: Doc<"machineLeases">[]) => pickOne(leases, (lease) => lease.lastSeenAt);

/** The machine's lease, for a query: the one renewed last, if there are two. */
export async function readMachineLease(db: DatabaseReader, ownerId: string, machineId: string): Promise<Doc<"machineLeases"> | null> {
  return freshestLease(await leasesOf(db, ownerId, machineId)).keep;
}

/** The machine's lease, for a mutation: a duplicate is deleted (the lease renewed last wins) and logged. */
export async function machineLease(db: DatabaseWriter, ownerId: string, machineId: string, tally?: RepairTally): Promise<Doc<"machineLeases"> | null> {
  const { keep, duplicates } = freshestLease(await leasesOf(db, ownerId, machineId));
  for (const duplicate of duplicates) {
    await db.delete(duplicate._id);
    recordRepair({ table: "machineLeases", id: duplicate._id, problem: "a second lease for one machine", action: "deleted the one renewed earlier" }, tally);
  }
  return keep;
}

/** The status document candidates of a machine in its owner's namespace: at most two, so a duplicate shows. */
function statusesOf(db: DatabaseReader, ownerId: string, machineId: string) {
  return db
    .query("machines")
    .withIndex("by_ownerId_and_machineId", (q) => q.eq("ownerId", ownerId).eq("machineId", machineId))
    .take(2);
}

/** The machine's status document in its owner's namespace (the newest, if there are two). */
export async function readMachineStatus(db: DatabaseReader, ownerId: string, machineId: string): Promise<Doc<"machines"> | null> {
  return pickOne(await statusesOf(db, ownerId, machineId)).keep;
}

/** A machine's two documents. */
export type MachineRecord = { machine: Doc<"machines">; lease: Doc<"machineLeases"> };

/**
 * The machine's status document and lease, each recreated from the other when it was lost; null when
 * neither exists. A status document without its lease counts as expired: it is marked disconnected
 * and given a lease that ended `now`, so its daemon's next beat reconnects it and retention still applies.
 */
export async function machineRecord(db: DatabaseWriter, ownerId: string, machineId: string, now: number, tally?: RepairTally): Promise<MachineRecord | null> {
  const lease = await machineLease(db, ownerId, machineId, tally);
  const pointed = lease === null ? null : await db.get(lease.machine);
  const machine = pointed ?? (await readMachineStatus(db, ownerId, machineId));
  if (machine === null) {
    if (lease === null) return null;
    const id = await db.insert("machines", { ownerId, machineId, daemonConnected: lease.connected, instanceId: lease.instanceId });
    await db.patch(lease._id, { machine: id });
    recordRepair({ table: "machines", id, problem: "a lease without its status document", action: "recreated the status document from the lease" }, tally);
    return { machine: (await db.get(id))!, lease: (await db.get(lease._id))! };
  }
  if (lease === null) {
    const id = await expireLeaselessMachine(db, machine, now, tally);
    return { machine: (await db.get(machine._id))!, lease: (await db.get(id))! };
  }
  if (lease.machine !== machine._id) {
    await repointMachineLease(db, lease, machine, tally);
    return { machine, lease: (await db.get(lease._id))! };
  }
  return { machine, lease };
}

/**
 * Mends a status document whose lease was lost: it counts as expired, so it is marked disconnected and
 * given a lease that ended `now` (its daemon's next beat reconnects it; retention still applies).
 * Returns the new lease's id.
 */
export async function expireLeaselessMachine(db: DatabaseWriter, machine: Doc<"machines">, now: number, tally?: RepairTally): Promise<Id<"machineLeases">> {
  const { ownerId, machineId, instanceId } = machine;
  const id = await db.insert("machineLeases", { machine: machine._id, ownerId, machineId, instanceId, lastSeenAt: now, expiresAt: now, connected: false });
  if (machine.daemonConnected) await db.patch(machine._id, { daemonConnected: false });
  recordRepair({ table: "machines", id: machine._id, problem: "a status document without its lease", action: "counted as expired: disconnected, with a lease that ended now" }, tally);
  return id;
}

/** Mends a lease that points at a status document which is gone, while the machine's own status document exists. */
export async function repointMachineLease(db: DatabaseWriter, lease: Doc<"machineLeases">, machine: Doc<"machines">, tally?: RepairTally): Promise<void> {
  await db.patch(lease._id, { machine: machine._id });
  recordRepair({ table: "machineLeases", id: lease._id, problem: "a lease pointing at a missing status document", action: "pointed it at the machine's status document" }, tally);
}

/** The lease fields of a beat of `instanceId` at `now`: connected, expiring one TTL from now. */
export function liveLease(instanceId: string, now: number) {
  return { instanceId, lastSeenAt: now, expiresAt: now + DAEMON_HEARTBEAT_TTL_MS, connected: true };
}

/** Records a beat of `instanceId` at `now` on the lease; the caller reconnects the status document if it was disconnected. */
export async function renewMachineLease(db: DatabaseWriter, lease: Doc<"machineLeases">, instanceId: string, now: number): Promise<void> {
  await db.patch(lease._id, liveLease(instanceId, now));
}

/**
 * Marks a machine disconnected as of `endedAt` (graceful stop: now; expiry: when its lease ran out),
 * which moves its lease out of cleanup's expiry range and into retention's. A lease whose status
 * document is gone is deleted instead (its daemon re-registers); returns what was done.
 */
export async function disconnectMachine(
  db: DatabaseWriter,
  lease: Doc<"machineLeases">,
  endedAt: number,
  tally?: RepairTally,
): Promise<"disconnected" | "discarded"> {
  const machine = await db.get(lease.machine);
  if (machine === null) {
    await db.delete(lease._id);
    recordRepair({ table: "machineLeases", id: lease._id, problem: "a lease without its status document", action: "deleted the lease" }, tally);
    return "discarded";
  }
  await markDisconnected(db, { machine, lease }, endedAt);
  return "disconnected";
}

/** The disconnect transition of a whole machine: its lease ended at `endedAt`, its status shows disconnected. */
export async function markDisconnected(db: DatabaseWriter, { machine, lease }: MachineRecord, endedAt: number): Promise<void> {
  await db.patch(lease._id, { connected: false, expiresAt: endedAt });
  if (machine.daemonConnected) await db.patch(machine._id, { daemonConnected: false });
}

/** Deletes every document of a machine in its owner's namespace (its leases and status documents, as many as there are, up to two each). */
export async function deleteMachineDocuments(db: DatabaseWriter, ownerId: string, machineId: string): Promise<boolean> {
  const docs = [...(await leasesOf(db, ownerId, machineId)), ...(await statusesOf(db, ownerId, machineId))];
  for (const doc of docs) await db.delete(doc._id);
  return docs.length > 0;
}

/** Deletes a machine's lease and status document (either may already be gone). */
export async function deleteMachine(db: DatabaseWriter, lease: Doc<"machineLeases">): Promise<void> {
  const machine = await db.get(lease.machine);
  if (machine !== null) await db.delete(machine._id);
  await db.delete(lease._id);
}
