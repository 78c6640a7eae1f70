// Public functions for daemons and their dashboards: register a machine, stop it gracefully, read,
// list and remove it. A machine lives in its owner's namespace: nobody else can see or touch it.
import { z } from "zod/v4";
import { machineNotFound } from "./lib/errors.js";
import { ownerMutation, ownerQuery } from "./lib/functions.js";
import { mapPage, pageOf, paginationOptsSchema } from "./lib/pages.js";
import { hostnameSchema, instanceIdSchema, machineIdSchema } from "./lib/identifiers.js";
import { deleteMachineDocuments, liveLease, machineRecord, markDisconnected, readMachineLease, readMachineStatus, renewMachineLease } from "./lib/machineRecords.js";
import { requireMachineQuota } from "./lib/quotas.js";

const machineItem = z.object({ machineId: z.string(), hostname: z.string().optional(), daemonConnected: z.boolean(), instanceId: z.string() });

/** Registers the caller's daemon, or takes the machine over for this instance (the newest registration wins). */
const register = ownerMutation({
  args: { machineId: machineIdSchema, instanceId: instanceIdSchema, hostname: hostnameSchema.optional() },
  returns: z.object({ machineId: z.string(), daemonConnected: z.literal(true) }),
  handler: async (ctx, { machineId, instanceId, hostname }) => {
    const now = Date.now();
    const record = await machineRecord(ctx.db, ctx.ownerId, machineId, now);
    if (record === null) {
      await requireMachineQuota(ctx.db, ctx.ownerId);
      const status = { ownerId: ctx.ownerId, machineId, daemonConnected: true, instanceId };
      const machine = await ctx.db.insert("machines", hostname === undefined ? status : { ...status, hostname });
      await ctx.db.insert("machineLeases", { machine, ownerId: ctx.ownerId, machineId, ...liveLease(instanceId, now) });
      return { machineId, daemonConnected: true as const };
    }
    const { machine, lease } = record;
    const changed = !machine.daemonConnected || machine.instanceId !== instanceId || (hostname !== undefined && machine.hostname !== hostname);
    if (changed) await ctx.db.patch(machine._id, { daemonConnected: true, instanceId, ...(hostname === undefined ? {} : { hostname }) });
    await renewMachineLease(ctx.db, lease, instanceId, now);
    return { machineId, daemonConnected: true as const };
  },
});

/** Marks the daemon disconnected at once (graceful stop), when this instance still holds the machine. */
const disconnect = ownerMutation({
  args: { machineId: machineIdSchema, instanceId: instanceIdSchema },
  returns: z.object({ disconnected: z.boolean() }),
  handler: async (ctx, { machineId, instanceId }) => {
    const now = Date.now();
    const record = await machineRecord(ctx.db, ctx.ownerId, machineId, now);
    if (record === null) throw machineNotFound();
    if (record.lease.instanceId !== instanceId || !record.lease.connected) return { disconnected: false };
    await markDisconnected(ctx.db, record, now);
    return { disconnected: true };
  },
});

/** One of the caller's machines, with who holds it and its last beat time, or null if it has none by that id. */
const get = ownerQuery({
  args: { machineId: machineIdSchema },
  returns: machineItem.extend({ lastSeenAt: z.number() }).nullable(),
  handler: async (ctx, { machineId }) => {
    const machine = await readMachineStatus(ctx.db, ctx.ownerId, machineId);
    if (machine === null) return null;
    const lease = await readMachineLease(ctx.db, ctx.ownerId, machineId);
    const { hostname, daemonConnected, instanceId } = machine;
    // A status document that lost its lease counts as expired; cleanup's anti-entropy gives it one.
    const lastSeenAt = lease?.lastSeenAt ?? machine._creationTime;
    return { machineId, ...(hostname === undefined ? {} : { hostname }), daemonConnected: lease !== null && daemonConnected, instanceId, lastSeenAt };
  },
});

/** A page of the caller's machines by machineId, optionally only connected or disconnected ones; reads no lease, so beats do not re-run it. */
const list = ownerQuery({
  args: { paginationOpts: paginationOptsSchema, connected: z.boolean().optional() },
  returns: pageOf(machineItem),
  handler: async (ctx, { paginationOpts, connected }) => {
    const ownerId = ctx.ownerId;
    const query =
      connected === undefined
        ? ctx.db.query("machines").withIndex("by_ownerId_and_machineId", (q) => q.eq("ownerId", ownerId))
        : ctx.db.query("machines").withIndex("by_ownerId_and_daemonConnected_and_machineId", (q) => q.eq("ownerId", ownerId).eq("daemonConnected", connected));
    return mapPage(await query.paginate(paginationOpts), ({ machineId, hostname, daemonConnected, instanceId }) => ({
      machineId,
      ...(hostname === undefined ? {} : { hostname }),
      daemonConnected,
      instanceId,
    }));
  },
});

/** Deletes the caller's machine and its lease; its daemon's next beat answers reregisterRequired. */
const remove = ownerMutation({
  args: { machineId: machineIdSchema },
  returns: z.object({ removed: z.literal(true) }),
  handler: async (ctx, { machineId }) => {
    if (!(await deleteMachineDocuments(ctx.db, ctx.ownerId, machineId))) throw machineNotFound();
    return { removed: true as const };
  },
});

/** The machine functions, for an app to re-export from one of its files (this repository: convex/machines.ts). */
export const machineFunctions = { register, disconnect, get, list, remove };
