// BASELINE, NOT PRODUCT CODE: the seed design's heartbeats with the Plan 026 fixes, reproduced for
// the benchmark. Every routine beat patches the status document that dashboards read.
import { v } from "convex/values";
import { HEARTBEAT_TTL_MS } from "../../convex/reliability";
import { forbiddenMachine, requireOwnedChatroom, requireOwner } from "./access";
import { mutation } from "./server";

/** What a daemon beat answers: the seed design never fences, so it never answers `superseded`. */
type DaemonBeat = { status: "ok"; recovered: boolean } | { status: "reregisterRequired" } | { status: "superseded" };

/** A daemon's beat: patches `lastSeenAt` and (the Plan 026 fix) `daemonConnected: true` on the machine. */
export const daemonHeartbeat = mutation({
  args: { machineId: v.string(), instanceId: v.string() },
  handler: async (ctx, { machineId }): Promise<DaemonBeat> => {
    const ownerId = await requireOwner(ctx);
    const machine = await ctx.db
      .query("machines")
      .withIndex("by_machineId", (q) => q.eq("machineId", machineId))
      .unique();
    if (machine === null) return { status: "reregisterRequired" as const };
    if (machine.ownerId !== ownerId) throw forbiddenMachine();
    await ctx.db.patch(machine._id, { lastSeenAt: Date.now(), daemonConnected: true });
    return { status: "ok" as const, recovered: !machine.daemonConnected };
  },
});

/** An agent's beat: patches `readyUntil` on the participant, or (the Plan 026 fix) asks it to re-join. */
export const participantHeartbeat = mutation({
  args: { chatroomId: v.id("chatrooms"), role: v.string(), connectionId: v.string() },
  handler: async (ctx, { chatroomId, role: rawRole, connectionId }) => {
    const ownerId = await requireOwner(ctx);
    await requireOwnedChatroom(ctx.db, ownerId, chatroomId);
    const role = rawRole.toLowerCase();
    const participant = await ctx.db
      .query("participants")
      .withIndex("by_chatroomId_and_role", (q) => q.eq("chatroomId", chatroomId).eq("role", role))
      .unique();
    if (participant === null) return { status: "rejoinRequired" as const };
    if (participant.connectionId !== connectionId) return { status: "superseded" as const };
    const readyUntil = Date.now() + HEARTBEAT_TTL_MS;
    await ctx.db.patch(participant._id, { readyUntil });
    return { status: "ok" as const, readyUntil };
  },
});
