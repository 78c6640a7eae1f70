// BASELINE, NOT PRODUCT CODE: the seed design's cleanupStaleAgents, reproduced for the benchmark. It
// deliberately loads both candidate tables whole and filters in JavaScript, on every run.
import { DAEMON_HEARTBEAT_TTL_MS } from "../../convex/reliability";
import { v } from "convex/values";
import { internalMutation } from "./server";

/** Disconnects silent daemons and deletes expired participants, in one transaction over whole tables. */
export const cleanupStaleAgents = internalMutation({
  args: { chain: v.optional(v.number()) },
  handler: async (ctx) => {
    const now = Date.now();
    const machines = await ctx.db.query("machines").collect();
    const silent = machines.filter((m) => m.daemonConnected && now - m.lastSeenAt > DAEMON_HEARTBEAT_TTL_MS);
    for (const machine of silent) await ctx.db.patch(machine._id, { daemonConnected: false });
    const participants = await ctx.db.query("participants").collect();
    const expired = participants.filter((p) => p.readyUntil < now);
    for (const participant of expired) await ctx.db.delete(participant._id);
    return { daemonsDisconnected: silent.length, participantsRemoved: expired.length, repaired: 0, hasMore: false };
  },
});
