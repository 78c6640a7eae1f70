import type { DatabaseReader, DatabaseWriter, Doc } from "../schema.js";
import { type RepairTally } from "./repairs.js";
/** The machine's lease, for a query: the newest, if there are two. */
export declare function readMachineLease(db: DatabaseReader, ownerId: string, machineId: string): Promise<Doc<"machineLeases"> | null>;
/** The machine's lease, for a mutation: a duplicate is deleted (the newest lease wins) and logged. */
export declare function machineLease(db: DatabaseWriter, ownerId: string, machineId: string, tally?: RepairTally): Promise<Doc<"machineLeases"> | null>;
/** The machine's status document in its owner's namespace (the newest, if there are two). */
export declare function readMachineStatus(db: DatabaseReader, ownerId: string, machineId: string): Promise<Doc<"machines"> | null>;
/** A machine's two documents. */
export type MachineRecord = {
    machine: Doc<"machines">;
    lease: Doc<"machineLeases">;
};
/**
 * The machine's status document and lease, each recreated from the other when it was lost; null when
 * neither exists. A status document without its lease counts as expired: it is marked disconnected
 * and given a lease that ended `now`, so its daemon's next beat reconnects it and retention still applies.
 */
export declare function machineRecord(db: DatabaseWriter, ownerId: string, machineId: string, now: number, tally?: RepairTally): Promise<MachineRecord | null>;
/** The lease fields of a beat of `instanceId` at `now`: connected, expiring one TTL from now. */
export declare function liveLease(instanceId: string, now: number): {
    instanceId: string;
    lastSeenAt: number;
    expiresAt: number;
    connected: boolean;
};
/** Records a beat of `instanceId` at `now` on the lease; the caller reconnects the status document if it was disconnected. */
export declare function renewMachineLease(db: DatabaseWriter, lease: Doc<"machineLeases">, instanceId: string, now: number): Promise<void>;
/**
 * Marks a machine disconnected as of `endedAt` (graceful stop: now; expiry: when its lease ran out),
 * which moves its lease out of cleanup's expiry range and into retention's. A lease whose status
 * document is gone is deleted instead (its daemon re-registers); returns what was done.
 */
export declare function disconnectMachine(db: DatabaseWriter, lease: Doc<"machineLeases">, endedAt: number, tally?: RepairTally): Promise<"disconnected" | "discarded">;
/** Deletes a machine's lease and status document (either may already be gone). */
export declare function deleteMachine(db: DatabaseWriter, lease: Doc<"machineLeases">): Promise<void>;
