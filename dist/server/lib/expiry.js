import { deleteMachine, disconnectMachine } from "./machineRecords.js";
import { removeParticipant } from "./participantRecords.js";
/** Runs `act` on the first `budget` of `found` (read with one look-ahead). */
async function walk(found, budget, act) {
    const batch = found.slice(0, Math.max(0, budget));
    let done = 0;
    for (const doc of batch)
        if (await act(doc))
            done += 1;
    return { handled: batch.length, done, hasMore: found.length > batch.length };
}
/** Disconnects daemons whose lease expired before `horizon`; a lease whose machine is gone is discarded (a repair). */
export async function disconnectExpiredDaemons(db, horizon, budget, tally) {
    const expired = await db
        .query("machineLeases")
        .withIndex("by_connected_and_expiresAt", (q) => q.eq("connected", true).lt("expiresAt", horizon))
        .take(Math.max(0, budget) + 1);
    return walk(expired, budget, async (lease) => (await disconnectMachine(db, lease, lease.expiresAt, tally)) === "disconnected");
}
/** Removes participants whose readyUntil is before `horizon`; a lease whose participant is gone is discarded (a repair). */
export async function removeExpiredParticipants(db, horizon, budget, tally) {
    const expired = await db
        .query("participantLeases")
        .withIndex("by_readyUntil", (q) => q.lt("readyUntil", horizon))
        .take(Math.max(0, budget) + 1);
    return walk(expired, budget, async (lease) => (await removeParticipant(db, lease, tally)) === "removed");
}
/** Deletes machines disconnected since before `retiredBefore` (MACHINE_RETENTION_MS ago), so dead machines do not pile up. */
export async function deleteRetiredMachines(db, retiredBefore, budget) {
    const retired = await db
        .query("machineLeases")
        .withIndex("by_connected_and_expiresAt", (q) => q.eq("connected", false).lt("expiresAt", retiredBefore))
        .take(Math.max(0, budget) + 1);
    return walk(retired, budget, async (lease) => {
        await deleteMachine(db, lease);
        return true;
    });
}
