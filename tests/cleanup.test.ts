// internal.cleanup.cleanupStaleAgents: the TTL boundaries, what it leaves alone, its batches and
// continuations (one chain at a time), machine retention, and the cron that runs it.
import { getFunctionName } from "convex/server";
import { describe, expect, test, vi } from "vitest";
import { api, internal } from "../convex/_generated/api";
import crons from "../convex/crons";
import {
  CLEANUP_BATCH_SIZE,
  CLEANUP_INTERVAL_MS,
  DAEMON_HEARTBEAT_TTL_MS,
  HEARTBEAT_TTL_MS,
  CLEANUP_CHAIN_STALE_MS,
  MACHINE_RETENTION_MS,
  OUTAGE_GAP_MS,
  OUTAGE_GRACE_MS,
} from "../convex/reliability";
import { asOwner, createChatroom, daemonBeat, INSTANCE, machinesOf, makeBackend, measure, registerMachine, rolesIn, runCleanup, useFakeClock, T0 } from "./setup";
import { seedMachines, seedParticipants } from "./seed";


describe("cleanupStaleAgents", () => {
  useFakeClock();

  test("a participant is kept at 89 s and at exactly its readyUntil, and removed at 91 s", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    await asOwner(t).mutation(api.participants.join, { chatroomId, role: "builder", connectionId: "c-1" });
    vi.setSystemTime(T0 + 89_000);
    expect(await runCleanup(t)).toEqual({ daemonsDisconnected: 0, participantsRemoved: 0, repaired: 0, hasMore: false });
    vi.setSystemTime(T0 + HEARTBEAT_TTL_MS);
    expect((await runCleanup(t)).participantsRemoved).toBe(0);
    vi.setSystemTime(T0 + 91_000);
    expect(await runCleanup(t)).toEqual({ daemonsDisconnected: 0, participantsRemoved: 1, repaired: 0, hasMore: false });
    expect(await rolesIn(t, chatroomId)).toEqual([]);
    expect(await asOwner(t).query(api.participants.get, { chatroomId, role: "builder" })).toBeNull();
  });

  test("a daemon is kept at 119 s and at exactly its TTL, and disconnected at 121 s", async () => {
    const t = makeBackend();
    await registerMachine(t, "m-1");
    vi.setSystemTime(T0 + 119_000);
    expect((await runCleanup(t)).daemonsDisconnected).toBe(0);
    vi.setSystemTime(T0 + DAEMON_HEARTBEAT_TTL_MS);
    expect((await runCleanup(t)).daemonsDisconnected).toBe(0);
    expect((await asOwner(t).query(api.machines.get, { machineId: "m-1" }))?.daemonConnected).toBe(true);
    vi.setSystemTime(T0 + 121_000);
    expect(await runCleanup(t)).toEqual({ daemonsDisconnected: 1, participantsRemoved: 0, repaired: 0, hasMore: false });
    expect(await asOwner(t).query(api.machines.get, { machineId: "m-1" })).toEqual({
      machineId: "m-1",
      daemonConnected: false,
      instanceId: INSTANCE,
      lastSeenAt: T0,
    });
  });

  test("beats keep agents alive indefinitely: cleanup every interval removes nothing", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    await registerMachine(t, "m-1");
    await asOwner(t).mutation(api.participants.join, { chatroomId, role: "builder", connectionId: "c-1" });
    for (let second = 0; second < 600; second += 15) {
      vi.setSystemTime(T0 + second * 1000);
      if (second % 30 === 0) {
        await daemonBeat(t, "m-1");
        await asOwner(t).mutation(api.heartbeat.participantHeartbeat, { chatroomId, role: "builder", connectionId: "c-1" });
      }
      expect(await runCleanup(t)).toEqual({ daemonsDisconnected: 0, participantsRemoved: 0, repaired: 0, hasMore: false });
    }
  });

  test("a daemon already disconnected is not disconnected again", async () => {
    const t = makeBackend();
    await registerMachine(t, "m-1");
    await asOwner(t).mutation(api.machines.disconnect, { machineId: "m-1", instanceId: INSTANCE });
    vi.setSystemTime(T0 + 10 * DAEMON_HEARTBEAT_TTL_MS);
    expect((await runCleanup(t)).daemonsDisconnected).toBe(0);
  });

  test("a backlog larger than one batch is cleaned completely through continuations", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    const backlog = CLEANUP_BATCH_SIZE * 2 + 37;
    await seedParticipants(t, chatroomId, backlog, T0 - 1);
    const first = await runCleanup(t);
    expect(first).toEqual({ daemonsDisconnected: 0, participantsRemoved: CLEANUP_BATCH_SIZE, repaired: 0, hasMore: true });
    await t.finishAllScheduledFunctions(vi.runAllTimers);
    expect(await rolesIn(t, chatroomId)).toEqual([]);
    expect(await runCleanup(t)).toEqual({ daemonsDisconnected: 0, participantsRemoved: 0, repaired: 0, hasMore: false });
  });

  test("after a backend outage longer than the TTL, live agents get a grace to beat and are not removed", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    await registerMachine(t, "m-1");
    const alive = { chatroomId, role: "alive", connectionId: "c-alive" };
    const dead = { chatroomId, role: "dead", connectionId: "c-dead" };
    await asOwner(t).mutation(api.participants.join, alive);
    await asOwner(t).mutation(api.participants.join, dead);
    await runCleanup(t);
    // The backend is down for 3 minutes: no beat lands, the cron does not run.
    vi.advanceTimersByTime(180_000);
    expect(await runCleanup(t)).toEqual({ daemonsDisconnected: 0, participantsRemoved: 0, repaired: 0, hasMore: false });
    // Within the grace, the live clients' retries land: no re-join, no recovery needed.
    vi.advanceTimersByTime(5_000);
    expect((await asOwner(t).mutation(api.heartbeat.participantHeartbeat, alive)).status).toBe("ok");
    expect(await daemonBeat(t, "m-1")).toEqual({ status: "ok", recovered: false });
    expect((await runCleanup(t)).participantsRemoved).toBe(0);
    // Once the grace is over, the client that really died during the outage is removed.
    vi.advanceTimersByTime(OUTAGE_GRACE_MS - 5_000);
    await asOwner(t).mutation(api.heartbeat.participantHeartbeat, alive);
    expect(await runCleanup(t)).toEqual({ daemonsDisconnected: 0, participantsRemoved: 1, repaired: 0, hasMore: false });
    expect(await rolesIn(t, chatroomId)).toEqual([{ role: "alive", connectionId: "c-alive" }]);
  });

  test("a gap shorter than OUTAGE_GAP_MS grants no grace", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    await asOwner(t).mutation(api.participants.join, { chatroomId, role: "builder", connectionId: "c-1" });
    for (let at = 0; at <= HEARTBEAT_TTL_MS; at += CLEANUP_INTERVAL_MS) {
      vi.setSystemTime(T0 + at);
      await runCleanup(t);
    }
    vi.setSystemTime(T0 + HEARTBEAT_TTL_MS + OUTAGE_GAP_MS - 1);
    expect((await runCleanup(t)).participantsRemoved).toBe(1);
  });

  test("a cron tick during a continuation chain does no record work: it reads one document and writes none", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    await seedParticipants(t, chatroomId, CLEANUP_BATCH_SIZE * 3, T0 - 1);
    expect((await runCleanup(t)).hasMore).toBe(true);
    // The continuation is scheduled but has not run yet; cron ticks land meanwhile.
    for (let tick = 0; tick < 3; tick++) {
      vi.setSystemTime(T0 + (tick + 1) * 1_000);
      const { result, cost } = await measure(t, internal.cleanup.cleanupStaleAgents, {});
      expect(result).toEqual({ daemonsDisconnected: 0, participantsRemoved: 0, repaired: 0, hasMore: false });
      expect(cost.documentsRead).toBeLessThanOrEqual(2);
      expect(cost.documentsWritten).toBe(0);
      expect(cost.functionsScheduled).toBe(0);
    }
    expect((await t.run((ctx) => ctx.db.query("participants").collect())).length).toBe(CLEANUP_BATCH_SIZE * 2);
    // The chain itself carries on to the end.
    await t.finishAllScheduledFunctions(() => vi.runOnlyPendingTimers());
    expect(await rolesIn(t, chatroomId)).toEqual([]);
    expect(await runCleanup(t)).toEqual({ daemonsDisconnected: 0, participantsRemoved: 0, repaired: 0, hasMore: false });
  });

  test("a chain that stopped is taken over by the next tick after CLEANUP_CHAIN_STALE_MS, so no backlog is stranded", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    await seedParticipants(t, chatroomId, CLEANUP_BATCH_SIZE + 10, T0 - 1);
    expect((await runCleanup(t)).hasMore).toBe(true);
    // The scheduled continuation is lost (say the deployment was reset); ticks yield until the chain counts as stopped.
    await t.run(async (ctx) => {
      for (const job of await ctx.db.system.query("_scheduled_functions").collect()) await ctx.scheduler.cancel(job._id);
    });
    vi.setSystemTime(T0 + CLEANUP_CHAIN_STALE_MS);
    expect((await runCleanup(t)).participantsRemoved).toBe(0);
    vi.setSystemTime(T0 + CLEANUP_CHAIN_STALE_MS + 1);
    expect(await runCleanup(t)).toEqual({ daemonsDisconnected: 0, participantsRemoved: 10, repaired: 0, hasMore: false });
    expect(await rolesIn(t, chatroomId)).toEqual([]);
  });

  test("taking over a stopped chain is no outage: records that expired meanwhile are cleaned at once, with no grace", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    await seedParticipants(t, chatroomId, CLEANUP_BATCH_SIZE + 5, T0 - 1);
    await seedParticipants(t, chatroomId, 3, T0 + 10_000, 10_000);
    expect((await runCleanup(t)).hasMore).toBe(true);
    await t.run(async (ctx) => {
      for (const job of await ctx.db.system.query("_scheduled_functions").collect()) await ctx.scheduler.cancel(job._id);
    });
    vi.setSystemTime(T0 + CLEANUP_CHAIN_STALE_MS + 1);
    expect(await runCleanup(t)).toMatchObject({ participantsRemoved: 8, hasMore: false });
    expect(await rolesIn(t, chatroomId)).toEqual([]);
  });

  test("a continuation of a chain that was taken over does nothing", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    await seedParticipants(t, chatroomId, CLEANUP_BATCH_SIZE * 2 + 10, T0 - 1);
    await runCleanup(t);
    vi.setSystemTime(T0 + CLEANUP_CHAIN_STALE_MS + 1);
    expect((await runCleanup(t)).participantsRemoved).toBe(CLEANUP_BATCH_SIZE);
    const stale = await t.mutation(internal.cleanup.cleanupStaleAgents, { chain: T0 });
    expect(stale).toEqual({ daemonsDisconnected: 0, participantsRemoved: 0, repaired: 0, hasMore: false });
  });

  test("retention deletes a machine disconnected for 31 days and keeps one disconnected for 29", async () => {
    const t = makeBackend();
    const day = 24 * 60 * 60 * 1000;
    await registerMachine(t, "old");
    await registerMachine(t, "recent");
    await asOwner(t).mutation(api.machines.disconnect, { machineId: "old", instanceId: INSTANCE });
    vi.setSystemTime(T0 + 2 * day);
    await asOwner(t).mutation(api.machines.disconnect, { machineId: "recent", instanceId: INSTANCE });
    vi.setSystemTime(T0 + 31 * day);
    await runCleanup(t);
    expect((await machinesOf(t)).map((m) => m.machineId)).toEqual(["recent"]);
    expect(MACHINE_RETENTION_MS).toBe(30 * day);
    expect(await daemonBeat(t, "old")).toEqual({ status: "reregisterRequired" });
  });

  test("retention counts from when cleanup disconnected a silent daemon, and works in batches", async () => {
    const t = makeBackend();
    const day = 24 * 60 * 60 * 1000;
    await seedMachines(t, CLEANUP_BATCH_SIZE + 5, T0 - 40 * day, DAEMON_HEARTBEAT_TTL_MS, false);
    await seedMachines(t, 3, T0 - 29 * day, DAEMON_HEARTBEAT_TTL_MS, false, 10_000);
    expect((await runCleanup(t)).hasMore).toBe(true);
    await t.finishAllScheduledFunctions(() => vi.runOnlyPendingTimers());
    expect(await machinesOf(t)).toHaveLength(3);
  });

  test("the cron registers cleanupStaleAgents every CLEANUP_INTERVAL_MS", () => {
    const jobs = Object.values(crons.crons);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({
      name: getFunctionName(internal.cleanup.cleanupStaleAgents),
      schedule: { type: "interval", seconds: CLEANUP_INTERVAL_MS / 1000 },
    });
  });
});
