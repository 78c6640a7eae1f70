// The cleanup the cron runs: disconnects daemons and removes participants whose lease expired, retires
// machines disconnected for MACHINE_RETENTION_MS, and mends a slice of damaged records (anti-entropy).
// Expired records are found through indexes, in bounded batches continued by one chain at a time.
import { internalMutationGeneric, makeFunctionReference } from "convex/server";
import { v } from "convex/values";
import { CLEANUP_BATCH_SIZE, CLEANUP_INTERVAL_MS, MACHINE_RETENTION_MS } from "../reliability.js";
import { antiEntropySlice } from "./lib/antiEntropy.js";
import { expiryHorizon, readCleanupState, saveCleanupState, yieldsToChain } from "./lib/cleanupState.js";
import { deleteRetiredMachines, disconnectExpiredDaemons, removeExpiredParticipants } from "./lib/expiry.js";
const IDLE = { daemonsDisconnected: 0, participantsRemoved: 0, repaired: 0, hasMore: false };
const internalMutation = internalMutationGeneric;
/**
 * Cleans at most CLEANUP_BATCH_SIZE stale records, checks ANTI_ENTROPY_BATCH records for damage, and
 * schedules itself again while more stale records remain. A cron tick during a running chain does no
 * record work (it reads one document and writes none).
 */
const cleanupStaleAgents = internalMutation({
    args: { chain: v.optional(v.number()) },
    returns: v.object({ daemonsDisconnected: v.number(), participantsRemoved: v.number(), repaired: v.number(), hasMore: v.boolean() }),
    handler: async (ctx, { chain }) => {
        const now = Date.now();
        const state = await readCleanupState(ctx.db);
        if (yieldsToChain(state, chain, now))
            return IDLE;
        const { horizon, grace } = expiryHorizon(state, now);
        const tally = { repaired: 0 };
        let budget = CLEANUP_BATCH_SIZE;
        const daemons = await disconnectExpiredDaemons(ctx.db, horizon, budget, tally);
        budget -= daemons.handled;
        const participants = await removeExpiredParticipants(ctx.db, horizon, budget, tally);
        budget -= participants.handled;
        const retired = await deleteRetiredMachines(ctx.db, now - MACHINE_RETENTION_MS, budget);
        const antiEntropy = await antiEntropySlice(ctx.db, state?.antiEntropy, now, tally);
        const hasMore = daemons.hasMore || participants.hasMore || retired.hasMore;
        const next = hasMore ? { id: chain ?? now, lastRunAt: now } : undefined;
        await saveCleanupState(ctx.db, state, {
            lastRunAt: now,
            ...(grace === undefined ? {} : { grace }),
            ...(next === undefined ? {} : { chain: next }),
            antiEntropy,
        });
        if (next !== undefined) {
            // Its own name, wherever the app mounted it: the continuation calls the same function.
            const { name } = await ctx.meta.getFunctionMetadata();
            await ctx.scheduler.runAfter(0, makeFunctionReference(name), { chain: next.id });
        }
        return { daemonsDisconnected: daemons.done, participantsRemoved: participants.done, repaired: tally.repaired, hasMore };
    },
});
/** The cleanup function, for an app to re-export from one of its files (this repository: convex/cleanup.ts). */
export const cleanupFunctions = { cleanupStaleAgents };
/** Registers the cleanup in the app's cron table, every CLEANUP_INTERVAL_MS; pass where the app mounted cleanupStaleAgents. */
export function registerCleanupCron(crons, cleanup) {
    crons.interval("cleanup stale agents", { seconds: CLEANUP_INTERVAL_MS / 1000 }, cleanup, {});
}
