// The two heartbeat mutations. A routine beat reads one document, its lease, and rewrites only that
// lease; status documents change only on recovery. Both fence superseded processes.
import { z } from "zod/v4";
import { HEARTBEAT_TTL_MS } from "../reliability.js";
import { chatroomIdOf, ownedChatroom } from "./lib/access.js";
import { chatroomNotFound } from "./lib/errors.js";
import { ownerMutation } from "./lib/functions.js";
import { chatroomIdSchema, connectionIdSchema, instanceIdSchema, machineIdSchema, roleSchema } from "./lib/identifiers.js";
import { machineLease, renewMachineLease } from "./lib/machineRecords.js";
import { discardDuplicateLeases, findParticipantLease } from "./lib/participantRecords.js";
import { recordRepair } from "./lib/repairs.js";

/** A daemon's beat: renews its lease and reconnects it if cleanup had disconnected it; a superseded instance changes nothing. */
const daemonHeartbeat = ownerMutation({
  args: { machineId: machineIdSchema, instanceId: instanceIdSchema },
  returns: z.discriminatedUnion("status", [
    z.object({ status: z.literal("ok"), recovered: z.boolean() }),
    z.object({ status: z.literal("reregisterRequired") }),
    z.object({ status: z.literal("superseded") }),
  ]),
  handler: async (ctx, { machineId, instanceId }) => {
    const lease = await machineLease(ctx.db, ctx.ownerId, machineId);
    if (lease === null) return { status: "reregisterRequired" as const };
    if (lease.instanceId !== instanceId) return { status: "superseded" as const };
    const recovered = !lease.connected;
    if (recovered) {
      const machine = await ctx.db.get(lease.machine);
      if (machine === null) {
        await ctx.db.delete(lease._id);
        recordRepair({ table: "machineLeases", id: lease._id, problem: "a lease without its status document", action: "deleted the lease; the daemon re-registers" });
        return { status: "reregisterRequired" as const };
      }
      await ctx.db.patch(machine._id, { daemonConnected: true });
    }
    await renewMachineLease(ctx.db, lease, instanceId, Date.now());
    return { status: "ok" as const, recovered };
  },
});

/** A CLI agent's beat: renews its role, asks it to re-join if cleanup removed it, or tells it it was superseded. */
const participantHeartbeat = ownerMutation({
  args: { chatroomId: chatroomIdSchema, role: roleSchema, connectionId: connectionIdSchema },
  returns: z.discriminatedUnion("status", [
    z.object({ status: z.literal("ok"), readyUntil: z.number() }),
    z.object({ status: z.literal("rejoinRequired") }),
    z.object({ status: z.literal("superseded") }),
  ]),
  handler: async (ctx, { chatroomId: raw, role, connectionId }) => {
    const chatroomId = chatroomIdOf(ctx.db, raw);
    const { keep: lease, duplicates } = await findParticipantLease(ctx.db, chatroomId, role);
    if (lease === null) {
      // Nobody holds the role: re-join, if the chatroom is the caller's (a removed one is NOT_FOUND).
      await ownedChatroom(ctx.db, ctx.ownerId, chatroomId);
      return { status: "rejoinRequired" as const };
    }
    // The lease carries the chatroom's owner, so the routine beat needs no other read.
    if (lease.ownerId !== ctx.ownerId) throw chatroomNotFound();
    // Only the owner's own calls mend the room, so an outsider's probe logs no repair it then rolls back.
    await discardDuplicateLeases(ctx.db, duplicates);
    if (lease.connectionId !== connectionId) return { status: "superseded" as const };
    const readyUntil = Date.now() + HEARTBEAT_TTL_MS;
    await ctx.db.patch(lease._id, { readyUntil });
    return { status: "ok" as const, readyUntil };
  },
});

/** The heartbeat functions, for an app to re-export from one of its files (this repository: convex/heartbeat.ts). */
export const heartbeatFunctions = { daemonHeartbeat, participantHeartbeat };
