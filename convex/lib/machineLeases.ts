// Daemon liveness transitions, shared by register, heartbeat, disconnect and cleanup. The lease is
// written on every beat; the machine (status) document only when `connected` flips.
import type { Doc } from "../_generated/dataModel";
import type { DatabaseReader, DatabaseWriter } from "../_generated/server";
import { DAEMON_HEARTBEAT_TTL_MS } from "../reliability";

/** The lease of a machine id, or null if the machine was never registered. */
export function findMachineLease(db: DatabaseReader, machineId: string): Promise<Doc<"machineLeases"> | null> {
  return db
    .query("machineLeases")
    .withIndex("by_machineId", (q) => q.eq("machineId", machineId))
    .unique();
}

/** Records a beat at `now`; returns true when it flipped the machine from disconnected to connected. */
export async function renewMachineLease(db: DatabaseWriter, lease: Doc<"machineLeases">, now: number): Promise<boolean> {
  const recovered = !lease.connected;
  await db.patch(lease._id, { lastSeenAt: now, expiresAt: now + DAEMON_HEARTBEAT_TTL_MS, connected: true });
  if (recovered) await db.patch(lease.machine, { daemonConnected: true });
  return recovered;
}

/** Marks a machine disconnected (graceful stop or expiry); its lease leaves the cleanup range. */
export async function disconnectMachine(db: DatabaseWriter, lease: Doc<"machineLeases">): Promise<void> {
  if (!lease.connected) return;
  await db.patch(lease._id, { connected: false });
  await db.patch(lease.machine, { daemonConnected: false });
}
