// BASELINE, NOT PRODUCT CODE: the seed design's daemon registration, reproduced for the benchmark.
// One document per machine holds both its status and its last beat time; it has no fencing, so
// `instanceId` is accepted (the calls are the same for both designs) and ignored.
import { v } from "convex/values";
import { forbiddenMachine, requireOwner } from "./access";
import { mutation } from "./server";

/** Registers the caller's daemon (or re-registers it) and marks it connected. */
export const register = mutation({
  args: { machineId: v.string(), instanceId: v.string(), hostname: v.optional(v.string()) },
  handler: async (ctx, { machineId, hostname }) => {
    const ownerId = await requireOwner(ctx);
    const now = Date.now();
    const machine = await ctx.db
      .query("machines")
      .withIndex("by_machineId", (q) => q.eq("machineId", machineId))
      .unique();
    if (machine === null) {
      await ctx.db.insert("machines", { ownerId, machineId, hostname, daemonConnected: true, lastSeenAt: now });
    } else {
      if (machine.ownerId !== ownerId) throw forbiddenMachine();
      await ctx.db.patch(machine._id, { hostname: hostname ?? machine.hostname, daemonConnected: true, lastSeenAt: now });
    }
    return { machineId, daemonConnected: true as const };
  },
});
