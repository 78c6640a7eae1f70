import type { DatabaseWriter } from "../schema.js";
import type { RepairTally } from "./repairs.js";
/** What one walk did: records it handled (each within the budget), those that were a transition, and whether more remain. */
export type WalkResult = {
    handled: number;
    done: number;
    hasMore: boolean;
};
/** Disconnects daemons whose lease expired before `horizon`; a lease whose machine is gone is discarded (a repair). */
export declare function disconnectExpiredDaemons(db: DatabaseWriter, horizon: number, budget: number, tally: RepairTally): Promise<WalkResult>;
/** Removes participants whose readyUntil is before `horizon`; a lease whose participant is gone is discarded (a repair). */
export declare function removeExpiredParticipants(db: DatabaseWriter, horizon: number, budget: number, tally: RepairTally): Promise<WalkResult>;
/** Deletes machines disconnected since before `retiredBefore` (MACHINE_RETENTION_MS ago), so dead machines do not pile up. */
export declare function deleteRetiredMachines(db: DatabaseWriter, retiredBefore: number, budget: number): Promise<WalkResult>;
