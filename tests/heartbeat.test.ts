// Contract rows for api.heartbeat: every status each beat can return, and what it changes.
import { describe, expect, test, vi } from "vitest";
import { api } from "../convex/_generated/api";
import { DAEMON_HEARTBEAT_INTERVAL_MS, HEARTBEAT_INTERVAL_MS, HEARTBEAT_TTL_MS } from "../convex/reliability";
import { asOther, asOwner, createChatroom, daemonBeat, machinesOf, makeBackend, registerMachine, rolesIn, snapshot, useFakeClock, T0, INSTANCE } from "./setup";

describe("daemonHeartbeat", () => {
  useFakeClock();

  test("a routine beat is ok, not a recovery, and moves lastSeenAt to the server clock", async () => {
    const t = makeBackend();
    await registerMachine(t, "m-1");
    vi.advanceTimersByTime(DAEMON_HEARTBEAT_INTERVAL_MS);
    expect(await daemonBeat(t, "m-1")).toEqual({ status: "ok", recovered: false });
    expect((await asOwner(t).query(api.machines.get, { machineId: "m-1" }))?.lastSeenAt).toBe(T0 + DAEMON_HEARTBEAT_INTERVAL_MS);
  });

  test("a beat after a graceful disconnect reconnects the machine and reports the recovery once", async () => {
    const t = makeBackend();
    await registerMachine(t, "m-1");
    await asOwner(t).mutation(api.machines.disconnect, { machineId: "m-1", instanceId: INSTANCE });
    expect(await daemonBeat(t, "m-1")).toEqual({ status: "ok", recovered: true });
    expect(await daemonBeat(t, "m-1")).toEqual({ status: "ok", recovered: false });
    expect((await asOwner(t).query(api.machines.get, { machineId: "m-1" }))?.daemonConnected).toBe(true);
  });

  test("a beat for an unknown machine asks the daemon to register again, and creates nothing", async () => {
    const t = makeBackend();
    expect(await daemonBeat(t, "ghost")).toEqual({ status: "reregisterRequired" });
    expect(await machinesOf(t)).toEqual([]);
  });

  test("a beat from a superseded instance is told so, and neither renews the lease nor reconnects the machine", async () => {
    const t = makeBackend();
    await registerMachine(t, "m-1", undefined, "old");
    await registerMachine(t, "m-1", undefined, "new");
    await asOwner(t).mutation(api.machines.disconnect, { machineId: "m-1", instanceId: "new" });
    vi.advanceTimersByTime(10_000);
    const before = await snapshot(t);
    expect(await daemonBeat(t, "m-1", "old")).toEqual({ status: "superseded" });
    expect(await snapshot(t)).toEqual(before);
  });

  test("a beat for another owner's machineId answers exactly as for a missing one, and does not touch it", async () => {
    const t = makeBackend();
    await registerMachine(t, "m-1");
    vi.advanceTimersByTime(10_000);
    const beat = { machineId: "m-1", instanceId: INSTANCE };
    const outsider = await asOther(t).mutation(api.heartbeat.daemonHeartbeat, beat);
    const missing = await asOther(t).mutation(api.heartbeat.daemonHeartbeat, { ...beat, machineId: "never-registered" });
    expect(outsider).toEqual(missing);
    expect(outsider).toEqual({ status: "reregisterRequired" });
    expect((await asOwner(t).query(api.machines.get, { machineId: "m-1" }))?.lastSeenAt).toBe(T0);
  });
});

describe("participantHeartbeat", () => {
  useFakeClock();

  test("a routine beat is ok and extends readyUntil to now + HEARTBEAT_TTL_MS", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    await asOwner(t).mutation(api.participants.join, { chatroomId, role: "builder", connectionId: "c-1" });
    vi.advanceTimersByTime(HEARTBEAT_INTERVAL_MS);
    const beat = await asOwner(t).mutation(api.heartbeat.participantHeartbeat, { chatroomId, role: "builder", connectionId: "c-1" });
    expect(beat).toEqual({ status: "ok", readyUntil: T0 + HEARTBEAT_INTERVAL_MS + HEARTBEAT_TTL_MS });
    expect((await asOwner(t).query(api.participants.get, { chatroomId, role: "builder" }))?.readyUntil).toBe(beat.status === "ok" ? beat.readyUntil : -1);
  });

  test("a beat for a role nobody holds asks the agent to re-join, and creates nothing", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    expect(await asOwner(t).mutation(api.heartbeat.participantHeartbeat, { chatroomId, role: "builder", connectionId: "c-1" })).toEqual({
      status: "rejoinRequired",
    });
    expect(await rolesIn(t, chatroomId)).toEqual([]);
  });

  test("a beat from a connection whose role was taken over is superseded and changes nothing", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    await asOwner(t).mutation(api.participants.join, { chatroomId, role: "builder", connectionId: "c-old" });
    await asOwner(t).mutation(api.participants.join, { chatroomId, role: "builder", connectionId: "c-new" });
    vi.advanceTimersByTime(20_000);
    expect(await asOwner(t).mutation(api.heartbeat.participantHeartbeat, { chatroomId, role: "builder", connectionId: "c-old" })).toEqual({
      status: "superseded",
    });
    expect(await asOwner(t).query(api.participants.get, { chatroomId, role: "builder" })).toEqual({
      role: "builder",
      connectionId: "c-new",
      readyUntil: T0 + HEARTBEAT_TTL_MS,
    });
  });

  test("the role in a beat matches case-insensitively", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    await asOwner(t).mutation(api.participants.join, { chatroomId, role: "builder", connectionId: "c-1" });
    expect(await asOwner(t).mutation(api.heartbeat.participantHeartbeat, { chatroomId, role: "BUILDER", connectionId: "c-1" })).toMatchObject({
      status: "ok",
    });
  });
});
