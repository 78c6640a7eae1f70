// The cleanup the cron runs: disconnects daemons and removes participants whose lease expired.
// It walks only the expired end of the lease indexes, in bounded batches that continue themselves.
import { v } from "convex/values";
import { internal } from "./_generated/api";
import { internalMutation, type MutationCtx } from "./_generated/server";
import { disconnectMachine } from "./lib/machineLeases";
import { expiryHorizon } from "./lib/outageGrace";
import { removeParticipant } from "./lib/participantLeases";
import { CLEANUP_BATCH_SIZE } from "./reliability";

/** What one cleanup transaction did, and whether stale records are left for a continuation. */
type CleanupResult = { daemonsDisconnected: number; participantsRemoved: number; hasMore: boolean };

/** Disconnects up to `budget` daemons whose lease expired before `horizon`; reads one past the budget to tell if more remain. */
async function disconnectExpiredDaemons(ctx: MutationCtx, horizon: number, budget: number) {
  const expired = await ctx.db
    .query("machineLeases")
    .withIndex("by_connected_and_expiresAt", (q) => q.eq("connected", true).lt("expiresAt", horizon))
    .take(budget + 1);
  const batch = expired.slice(0, budget);
  for (const lease of batch) await disconnectMachine(ctx.db, lease);
  return { done: batch.length, hasMore: expired.length > budget };
}

/** Removes up to `budget` participants whose readyUntil is before `horizon`; same look-ahead as above. */
async function removeExpiredParticipants(ctx: MutationCtx, horizon: number, budget: number) {
  const expired = await ctx.db
    .query("participantLeases")
    .withIndex("by_readyUntil", (q) => q.lt("readyUntil", horizon))
    .take(budget + 1);
  const batch = expired.slice(0, budget);
  for (const lease of batch) await removeParticipant(ctx.db, lease);
  return { done: batch.length, hasMore: expired.length > budget };
}

/** Cleans at most CLEANUP_BATCH_SIZE stale records and schedules itself again while more remain. */
export const cleanupStaleAgents = internalMutation({
  args: {},
  returns: v.object({ daemonsDisconnected: v.number(), participantsRemoved: v.number(), hasMore: v.boolean() }),
  handler: async (ctx): Promise<CleanupResult> => {
    const horizon = await expiryHorizon(ctx.db, Date.now());
    const daemons = await disconnectExpiredDaemons(ctx, horizon, CLEANUP_BATCH_SIZE);
    const participants = await removeExpiredParticipants(ctx, horizon, CLEANUP_BATCH_SIZE - daemons.done);
    const hasMore = daemons.hasMore || participants.hasMore;
    if (hasMore) await ctx.scheduler.runAfter(0, internal.cleanup.cleanupStaleAgents, {});
    return { daemonsDisconnected: daemons.done, participantsRemoved: participants.done, hasMore };
  },
});
