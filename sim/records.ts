// Reads the server's records as the simulator judges them (simulator-only full reads): each machine or role is two documents (its
// status and its lease), and a record is healthy, damaged (one of them lost) or whole (held by a process).
import type { DatabaseReader } from "../convex/_generated/server";
import { recordOf, seatOf } from "./fleet";
import { OWNER } from "./identity";
import type { RecordKey } from "./timeline";

/**
 * The records that are healthy as the server stores them (connected daemons and held roles: the two
 * lease tables) and, when `withDamaged`, the damaged ones (exactly one of their two documents exists:
 * the status tables too), from one read of each table.
 */
export async function storedRecords(db: DatabaseReader, withDamaged: boolean): Promise<{ healthy: RecordKey[]; damaged: RecordKey[] }> {
  const machineLeases = await db.query("machineLeases").collect();
  const roleLeases = await db.query("participantLeases").collect();
  const daemon = (m: { machineId: string }) => recordOf({ kind: "daemon", machineId: m.machineId });
  const agent = (p: { chatroomId: string; role: string }) => recordOf({ kind: "agent", chatroomId: p.chatroomId, role: p.role });
  const healthy = [...machineLeases.filter((m) => m.connected).map(daemon), ...roleLeases.map(agent)];
  if (!withDamaged) return { healthy, damaged: [] };
  const halves = new Map<RecordKey, number>();
  const count = (record: RecordKey) => halves.set(record, (halves.get(record) ?? 0) + 1);
  for (const m of [...machineLeases, ...(await db.query("machines").collect())]) count(daemon(m));
  for (const p of [...roleLeases, ...(await db.query("participants").collect())]) count(agent(p));
  return { healthy, damaged: [...halves].filter(([, n]) => n === 1).map(([record]) => record) };
}

/** The records that are healthy as the server stores them: connected daemons and held roles (reads the two lease tables). */
export async function healthyRecords(db: DatabaseReader): Promise<RecordKey[]> {
  return (await storedRecords(db, false)).healthy;
}

/** The records that are damaged: exactly one of their two documents exists (reads all four tables). */
export async function damagedRecords(db: DatabaseReader): Promise<RecordKey[]> {
  return (await storedRecords(db, true)).damaged;
}

/** One record's state: `damaged` (exactly one document), else whether it is whole, and the process it names as holder. */
type RecordState = { damaged: boolean; whole: boolean; holder?: string };

/** Reads one record's two documents: whole means both exist, point at each other, agree, and are live (connected / unexpired). */
export async function recordState(db: DatabaseReader, record: RecordKey, now: number): Promise<RecordState> {
  const seat = seatOf(record);
  if (seat.kind === "daemon") {
    const lease = await db
      .query("machineLeases")
      .withIndex("by_ownerId_and_machineId", (q) => q.eq("ownerId", OWNER.tokenIdentifier).eq("machineId", seat.machineId))
      .first();
    const status = await db
      .query("machines")
      .withIndex("by_ownerId_and_machineId", (q) => q.eq("ownerId", OWNER.tokenIdentifier).eq("machineId", seat.machineId))
      .first();
    if (lease === null || status === null) return { damaged: (lease === null) !== (status === null), whole: false };
    const whole = lease.machine === status._id && lease.connected && status.daemonConnected && lease.instanceId === status.instanceId;
    return { damaged: false, whole, holder: lease.instanceId };
  }
  const chatroomId = db.normalizeId("chatrooms", seat.chatroomId);
  if (chatroomId === null) return { damaged: false, whole: false };
  const lease = await db
    .query("participantLeases")
    .withIndex("by_chatroomId_and_role", (q) => q.eq("chatroomId", chatroomId).eq("role", seat.role))
    .first();
  const status = await db
    .query("participants")
    .withIndex("by_chatroomId_and_role", (q) => q.eq("chatroomId", chatroomId).eq("role", seat.role))
    .first();
  if (lease === null || status === null) return { damaged: (lease === null) !== (status === null), whole: false };
  const whole = lease.participant === status._id && lease.connectionId === status.connectionId && lease.readyUntil >= now;
  return { damaged: false, whole, holder: lease.connectionId };
}
