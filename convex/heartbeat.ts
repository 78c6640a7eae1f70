// The two heartbeat mutations. A routine beat reads the lease (and, for participants, the chatroom
// for the access check) and rewrites only the lease; status documents change only on recovery.
import { z } from "zod/v4";
import { requireOwnedChatroom } from "./lib/access";
import { failure } from "./lib/errors";
import { ownerMutation } from "./lib/functions";
import { chatroomIdSchema, connectionIdSchema, machineIdSchema, roleSchema } from "./lib/identifiers";
import { findMachineLease, renewMachineLease } from "./lib/machineLeases";
import { findParticipantLease } from "./lib/participantLeases";
import { HEARTBEAT_TTL_MS } from "./reliability";

/** A daemon's beat: renews its lease and reconnects it if cleanup had disconnected it. */
export const daemonHeartbeat = ownerMutation({
  args: { machineId: machineIdSchema },
  returns: z.discriminatedUnion("status", [
    z.object({ status: z.literal("ok"), recovered: z.boolean() }),
    z.object({ status: z.literal("reregisterRequired") }),
  ]),
  handler: async (ctx, { machineId }) => {
    const lease = await findMachineLease(ctx.db, machineId);
    if (lease === null) return { status: "reregisterRequired" as const };
    if (lease.ownerId !== ctx.ownerId) throw failure("FORBIDDEN", "this machineId is registered to another owner", "machineId");
    const recovered = await renewMachineLease(ctx.db, lease, Date.now());
    return { status: "ok" as const, recovered };
  },
});

/** A CLI agent's beat: renews its role, asks it to re-join if cleanup removed it, or tells it it was superseded. */
export const participantHeartbeat = ownerMutation({
  args: { chatroomId: chatroomIdSchema, role: roleSchema, connectionId: connectionIdSchema },
  returns: z.discriminatedUnion("status", [
    z.object({ status: z.literal("ok"), readyUntil: z.number() }),
    z.object({ status: z.literal("rejoinRequired") }),
    z.object({ status: z.literal("superseded") }),
  ]),
  handler: async (ctx, { chatroomId: rawChatroomId, role, connectionId }) => {
    const { _id: chatroomId } = await requireOwnedChatroom(ctx.db, ctx.ownerId, rawChatroomId);
    const lease = await findParticipantLease(ctx.db, chatroomId, role);
    if (lease === null) return { status: "rejoinRequired" as const };
    if (lease.connectionId !== connectionId) return { status: "superseded" as const };
    const readyUntil = Date.now() + HEARTBEAT_TTL_MS;
    await ctx.db.patch(lease._id, { readyUntil });
    return { status: "ok" as const, readyUntil };
  },
});
