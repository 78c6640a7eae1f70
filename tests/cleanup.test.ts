// internal.cleanup.cleanupStaleAgents: the TTL boundaries, what it leaves alone, its batches and
// continuations, and the cron that runs it.
import { getFunctionName } from "convex/server";
import { describe, expect, test, vi } from "vitest";
import { api, internal } from "../convex/_generated/api";
import crons from "../convex/crons";
import {
  CLEANUP_BATCH_SIZE,
  CLEANUP_INTERVAL_MS,
  DAEMON_HEARTBEAT_TTL_MS,
  HEARTBEAT_TTL_MS,
  OUTAGE_GAP_MS,
  OUTAGE_GRACE_MS,
} from "../convex/reliability";
import { asOwner, createChatroom, makeBackend, registerMachine, runCleanup, useFakeClock, T0 } from "./setup";
import { seedParticipants } from "./seed";


describe("cleanupStaleAgents", () => {
  useFakeClock();

  test("a participant is kept at 89 s and at exactly its readyUntil, and removed at 91 s", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    await asOwner(t).mutation(api.participants.join, { chatroomId, role: "builder", connectionId: "c-1" });
    vi.setSystemTime(T0 + 89_000);
    expect(await runCleanup(t)).toEqual({ daemonsDisconnected: 0, participantsRemoved: 0, hasMore: false });
    vi.setSystemTime(T0 + HEARTBEAT_TTL_MS);
    expect((await runCleanup(t)).participantsRemoved).toBe(0);
    vi.setSystemTime(T0 + 91_000);
    expect(await runCleanup(t)).toEqual({ daemonsDisconnected: 0, participantsRemoved: 1, hasMore: false });
    expect(await asOwner(t).query(api.participants.list, { chatroomId })).toEqual([]);
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
    expect(await runCleanup(t)).toEqual({ daemonsDisconnected: 1, participantsRemoved: 0, hasMore: false });
    expect(await asOwner(t).query(api.machines.get, { machineId: "m-1" })).toEqual({
      machineId: "m-1",
      daemonConnected: false,
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
        await asOwner(t).mutation(api.heartbeat.daemonHeartbeat, { machineId: "m-1" });
        await asOwner(t).mutation(api.heartbeat.participantHeartbeat, { chatroomId, role: "builder", connectionId: "c-1" });
      }
      expect(await runCleanup(t)).toEqual({ daemonsDisconnected: 0, participantsRemoved: 0, hasMore: false });
    }
  });

  test("a daemon already disconnected is not disconnected again", async () => {
    const t = makeBackend();
    await registerMachine(t, "m-1");
    await asOwner(t).mutation(api.machines.disconnect, { machineId: "m-1" });
    vi.setSystemTime(T0 + 10 * DAEMON_HEARTBEAT_TTL_MS);
    expect((await runCleanup(t)).daemonsDisconnected).toBe(0);
  });

  test("a backlog larger than one batch is cleaned completely through continuations", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    const backlog = CLEANUP_BATCH_SIZE * 2 + 37;
    await seedParticipants(t, chatroomId, backlog, T0 - 1);
    const first = await runCleanup(t);
    expect(first).toEqual({ daemonsDisconnected: 0, participantsRemoved: CLEANUP_BATCH_SIZE, hasMore: true });
    await t.finishAllScheduledFunctions(vi.runAllTimers);
    expect(await asOwner(t).query(api.participants.list, { chatroomId })).toEqual([]);
    expect(await runCleanup(t)).toEqual({ daemonsDisconnected: 0, participantsRemoved: 0, hasMore: false });
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
    expect(await runCleanup(t)).toEqual({ daemonsDisconnected: 0, participantsRemoved: 0, hasMore: false });
    // Within the grace, the live clients' retries land: no re-join, no recovery needed.
    vi.advanceTimersByTime(5_000);
    expect((await asOwner(t).mutation(api.heartbeat.participantHeartbeat, alive)).status).toBe("ok");
    expect(await asOwner(t).mutation(api.heartbeat.daemonHeartbeat, { machineId: "m-1" })).toEqual({ status: "ok", recovered: false });
    expect((await runCleanup(t)).participantsRemoved).toBe(0);
    // Once the grace is over, the client that really died during the outage is removed.
    vi.advanceTimersByTime(OUTAGE_GRACE_MS - 5_000);
    await asOwner(t).mutation(api.heartbeat.participantHeartbeat, alive);
    expect(await runCleanup(t)).toEqual({ daemonsDisconnected: 0, participantsRemoved: 1, hasMore: false });
    expect(await asOwner(t).query(api.participants.list, { chatroomId })).toEqual([{ role: "alive", connectionId: "c-alive" }]);
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

  test("the cron registers cleanupStaleAgents every CLEANUP_INTERVAL_MS", () => {
    const jobs = Object.values(crons.crons);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({
      name: getFunctionName(internal.cleanup.cleanupStaleAgents),
      schedule: { type: "interval", seconds: CLEANUP_INTERVAL_MS / 1000 },
    });
  });
});
