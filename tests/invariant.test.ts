// The self-healing invariant, told as stories: after cleanup acts on a transient silence, the next
// beat (plus, for participants, one re-join) restores full health, and it stays restored.
import { describe, expect, test, vi } from "vitest";
import { api } from "../convex/_generated/api";
import {
  CLEANUP_INTERVAL_MS,
  DAEMON_HEARTBEAT_INTERVAL_MS,
  DAEMON_HEARTBEAT_TTL_MS,
  HEARTBEAT_INTERVAL_MS,
  HEARTBEAT_TTL_MS,
} from "../convex/reliability";
import { asOwner, createChatroom, daemonBeat, INSTANCE, machinesOf, makeBackend, registerMachine, rolesIn, runCleanup, useFakeClock } from "./setup";


describe("self-healing invariant", () => {
  useFakeClock();

  test("a daemon silent past the TTL is disconnected, and its next heartbeat recovers it with no restart", async () => {
    const t = makeBackend();
    await registerMachine(t, "m-1");
    vi.advanceTimersByTime(DAEMON_HEARTBEAT_TTL_MS + CLEANUP_INTERVAL_MS);
    expect((await runCleanup(t)).daemonsDisconnected).toBe(1);
    expect(await machinesOf(t)).toEqual([{ machineId: "m-1", daemonConnected: false, instanceId: INSTANCE }]);

    vi.advanceTimersByTime(DAEMON_HEARTBEAT_INTERVAL_MS);
    expect(await daemonBeat(t, "m-1")).toEqual({ status: "ok", recovered: true });
    expect(await machinesOf(t)).toEqual([{ machineId: "m-1", daemonConnected: true, instanceId: INSTANCE }]);
    expect((await runCleanup(t)).daemonsDisconnected).toBe(0);
  });

  test("a participant removed by cleanup is told to re-join, re-joins, and survives every later cleanup", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    const me = { chatroomId, role: "builder", connectionId: "c-1" };
    await asOwner(t).mutation(api.participants.join, me);
    vi.advanceTimersByTime(HEARTBEAT_TTL_MS + CLEANUP_INTERVAL_MS);
    expect((await runCleanup(t)).participantsRemoved).toBe(1);

    // The first beat after the outage asks for a re-join; the client joins in the same tick.
    expect(await asOwner(t).mutation(api.heartbeat.participantHeartbeat, me)).toEqual({ status: "rejoinRequired" });
    await asOwner(t).mutation(api.participants.join, me);
    expect(await rolesIn(t, chatroomId)).toEqual([{ role: "builder", connectionId: "c-1" }]);

    // No rejoin loop: ten more beat cycles with cleanup in between, all ok, nothing removed.
    for (let cycle = 0; cycle < 10; cycle++) {
      vi.advanceTimersByTime(CLEANUP_INTERVAL_MS);
      expect((await runCleanup(t)).participantsRemoved).toBe(0);
      vi.advanceTimersByTime(HEARTBEAT_INTERVAL_MS - CLEANUP_INTERVAL_MS);
      expect((await asOwner(t).mutation(api.heartbeat.participantHeartbeat, me)).status).toBe("ok");
      expect((await runCleanup(t)).participantsRemoved).toBe(0);
    }
  });

  test("two missed participant beats are tolerated: a late third beat keeps the role with no re-join", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    const me = { chatroomId, role: "builder", connectionId: "c-1" };
    await asOwner(t).mutation(api.participants.join, me);
    vi.advanceTimersByTime(3 * HEARTBEAT_INTERVAL_MS - 1_000);
    expect((await runCleanup(t)).participantsRemoved).toBe(0);
    expect((await asOwner(t).mutation(api.heartbeat.participantHeartbeat, me)).status).toBe("ok");
  });

  test("three missed daemon beats are tolerated: cleanup leaves the daemon connected", async () => {
    const t = makeBackend();
    await registerMachine(t, "m-1");
    vi.advanceTimersByTime(4 * DAEMON_HEARTBEAT_INTERVAL_MS - 1_000);
    expect((await runCleanup(t)).daemonsDisconnected).toBe(0);
    expect(await daemonBeat(t, "m-1")).toEqual({ status: "ok", recovered: false });
  });

  test("a beat that arrives after the TTL but before cleanup heals silently: no removal, no re-join", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    const me = { chatroomId, role: "builder", connectionId: "c-1" };
    await asOwner(t).mutation(api.participants.join, me);
    vi.advanceTimersByTime(HEARTBEAT_TTL_MS + 5_000);
    expect((await asOwner(t).mutation(api.heartbeat.participantHeartbeat, me)).status).toBe("ok");
    expect((await runCleanup(t)).participantsRemoved).toBe(0);
  });

  test("a superseded process cannot evict its successor by beating or leaving", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    await asOwner(t).mutation(api.participants.join, { chatroomId, role: "builder", connectionId: "old" });
    await asOwner(t).mutation(api.participants.join, { chatroomId, role: "builder", connectionId: "new" });
    const old = { chatroomId, role: "builder", connectionId: "old" };
    expect(await asOwner(t).mutation(api.heartbeat.participantHeartbeat, old)).toEqual({ status: "superseded" });
    expect(await asOwner(t).mutation(api.participants.leave, old)).toEqual({ left: false });
    expect(await rolesIn(t, chatroomId)).toEqual([{ role: "builder", connectionId: "new" }]);
  });
});
