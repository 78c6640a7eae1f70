// Public functions for daemons and their dashboards: register a machine, stop it gracefully, and
// read its status. Only the machine's owner sees or changes it.
import { z } from "zod/v4";
import { ownerMutation, ownerQuery } from "./lib/functions";
import { failure } from "./lib/errors";
import { hostnameSchema, machineIdSchema } from "./lib/identifiers";
import { disconnectMachine, findMachineLease, renewMachineLease } from "./lib/machineLeases";
import { DAEMON_HEARTBEAT_TTL_MS, LIST_LIMIT } from "./reliability";

/** Registers the caller's daemon (or re-registers it after a restart) and marks it connected. */
export const register = ownerMutation({
  args: { machineId: machineIdSchema, hostname: hostnameSchema.optional() },
  returns: z.object({ machineId: z.string(), daemonConnected: z.literal(true) }),
  handler: async (ctx, { machineId, hostname }) => {
    const now = Date.now();
    const lease = await findMachineLease(ctx.db, machineId);
    if (lease === null) {
      const machine = await ctx.db.insert("machines", { ownerId: ctx.ownerId, machineId, hostname, daemonConnected: true });
      await ctx.db.insert("machineLeases", {
        machine,
        ownerId: ctx.ownerId,
        machineId,
        lastSeenAt: now,
        expiresAt: now + DAEMON_HEARTBEAT_TTL_MS,
        connected: true,
      });
      return { machineId, daemonConnected: true as const };
    }
    if (lease.ownerId !== ctx.ownerId) throw failure("FORBIDDEN", "this machineId is registered to another owner", "machineId");
    if (hostname !== undefined) {
      const machine = await ctx.db.get(lease.machine);
      if (machine !== null && machine.hostname !== hostname) await ctx.db.patch(lease.machine, { hostname });
    }
    await renewMachineLease(ctx.db, lease, now);
    return { machineId, daemonConnected: true as const };
  },
});

/** Marks the caller's daemon disconnected at once: the graceful-stop path, no TTL wait. */
export const disconnect = ownerMutation({
  args: { machineId: machineIdSchema },
  returns: z.object({ daemonConnected: z.literal(false) }),
  handler: async (ctx, { machineId }) => {
    const lease = await findMachineLease(ctx.db, machineId);
    if (lease === null) throw failure("NOT_FOUND", "no such machine", "machineId");
    if (lease.ownerId !== ctx.ownerId) throw failure("FORBIDDEN", "this machineId is registered to another owner", "machineId");
    await disconnectMachine(ctx.db, lease);
    return { daemonConnected: false as const };
  },
});

/** One of the caller's machines with its last beat time, or null (also for another owner's). */
export const get = ownerQuery({
  args: { machineId: machineIdSchema },
  returns: z
    .object({
      machineId: z.string(),
      hostname: z.string().optional(),
      daemonConnected: z.boolean(),
      lastSeenAt: z.number(),
    })
    .nullable(),
  handler: async (ctx, { machineId }) => {
    const lease = await findMachineLease(ctx.db, machineId);
    if (lease === null || lease.ownerId !== ctx.ownerId) return null;
    const machine = await ctx.db.get(lease.machine);
    if (machine === null) return null;
    return { machineId, hostname: machine.hostname, daemonConnected: machine.daemonConnected, lastSeenAt: lease.lastSeenAt };
  },
});

/** The caller's machines and their status (first LIST_LIMIT); reads no lease, so beats do not re-run it. */
export const list = ownerQuery({
  args: {},
  returns: z.array(z.object({ machineId: z.string(), hostname: z.string().optional(), daemonConnected: z.boolean() })),
  handler: async (ctx) => {
    const machines = await ctx.db
      .query("machines")
      .withIndex("by_ownerId", (q) => q.eq("ownerId", ctx.ownerId))
      .take(LIST_LIMIT);
    return machines.map(({ machineId, hostname, daemonConnected }) => ({ machineId, hostname, daemonConnected }));
  },
});
