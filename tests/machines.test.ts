// Contract rows for api.machines: register (and take-over), disconnect, get, list, remove, each in
// the caller's own namespace.
import { describe, expect, test, vi } from "vitest";
import { api } from "../convex/_generated/api";
import { DAEMON_HEARTBEAT_TTL_MS } from "../convex/reliability";
import {
  ALICE,
  asOther,
  asOwner,
  daemonBeat,
  expectFailure,
  FIRST_PAGE,
  INSTANCE,
  machinesOf,
  makeBackend,
  registerMachine,
  runCleanup,
  snapshot,
  useFakeClock,
  T0,
} from "./setup";

describe("machines", () => {
  useFakeClock();

  test("register creates a connected machine held by the registering instance, stamped with the server clock", async () => {
    const t = makeBackend();
    expect(await registerMachine(t, "m-1", "host.example")).toEqual({ machineId: "m-1", daemonConnected: true });
    expect(await asOwner(t).query(api.machines.get, { machineId: "m-1" })).toEqual({
      machineId: "m-1",
      hostname: "host.example",
      daemonConnected: true,
      instanceId: INSTANCE,
      lastSeenAt: T0,
    });
  });

  test("register again updates the caller's own machine instead of duplicating it", async () => {
    const t = makeBackend();
    await registerMachine(t, "m-1", "old-host");
    vi.advanceTimersByTime(5_000);
    await registerMachine(t, "m-1", "new-host");
    expect(await machinesOf(t)).toEqual([{ machineId: "m-1", hostname: "new-host", daemonConnected: true, instanceId: INSTANCE }]);
    expect((await asOwner(t).query(api.machines.get, { machineId: "m-1" }))?.lastSeenAt).toBe(T0 + 5_000);
  });

  test("register reconnects a machine that was disconnected", async () => {
    const t = makeBackend();
    await registerMachine(t, "m-1");
    await asOwner(t).mutation(api.machines.disconnect, { machineId: "m-1", instanceId: INSTANCE });
    await registerMachine(t, "m-1");
    expect((await asOwner(t).query(api.machines.get, { machineId: "m-1" }))?.daemonConnected).toBe(true);
  });

  test("a squatter who registers an owner's machineId first gets a machine of their own, and the owner's daemon is unaffected", async () => {
    const t = makeBackend();
    await asOther(t).mutation(api.machines.register, { machineId: "build-box-7", instanceId: "squat", hostname: "evil" });
    expect(await registerMachine(t, "build-box-7", "real-host")).toEqual({ machineId: "build-box-7", daemonConnected: true });
    // The squatter's calls never reach Alice's machine.
    await asOther(t).mutation(api.machines.disconnect, { machineId: "build-box-7", instanceId: "squat" });
    await asOther(t).mutation(api.machines.remove, { machineId: "build-box-7" });
    expect(await daemonBeat(t, "build-box-7")).toEqual({ status: "ok", recovered: false });
    expect(await machinesOf(t)).toEqual([{ machineId: "build-box-7", hostname: "real-host", daemonConnected: true, instanceId: INSTANCE }]);
    expect(await machinesOf(t, asOther(t))).toEqual([]);
  });

  test("after an auth issuer change the daemons re-register in their new namespace and carry on", async () => {
    const t = makeBackend();
    await registerMachine(t, "m-1");
    const renamed = t.withIdentity({ ...ALICE, issuer: "https://new-issuer.test", tokenIdentifier: "https://new-issuer.test|alice" });
    const beat = { machineId: "m-1", instanceId: INSTANCE };
    expect(await renamed.mutation(api.heartbeat.daemonHeartbeat, beat)).toEqual({ status: "reregisterRequired" });
    await renamed.mutation(api.machines.register, beat);
    vi.advanceTimersByTime(30_000);
    expect(await renamed.mutation(api.heartbeat.daemonHeartbeat, beat)).toEqual({ status: "ok", recovered: false });
    expect((await renamed.query(api.machines.list, { paginationOpts: FIRST_PAGE })).page).toEqual([
      { machineId: "m-1", daemonConnected: true, instanceId: INSTANCE },
    ]);
  });

  test("a second daemon process takes the machine over; the first is superseded and cannot disconnect it", async () => {
    const t = makeBackend();
    await registerMachine(t, "m-1", undefined, "old");
    await registerMachine(t, "m-1", undefined, "new");
    expect(await daemonBeat(t, "m-1", "old")).toEqual({ status: "superseded" });
    expect(await asOwner(t).mutation(api.machines.disconnect, { machineId: "m-1", instanceId: "old" })).toEqual({ disconnected: false });
    expect(await asOwner(t).query(api.machines.get, { machineId: "m-1" })).toMatchObject({ daemonConnected: true, instanceId: "new" });
    expect(await asOwner(t).mutation(api.machines.disconnect, { machineId: "m-1", instanceId: "new" })).toEqual({ disconnected: true });
    expect(await asOwner(t).query(api.machines.get, { machineId: "m-1" })).toMatchObject({ daemonConnected: false });
  });

  test("disconnect marks the machine disconnected at once, and a second disconnect changes nothing", async () => {
    const t = makeBackend();
    await registerMachine(t, "m-1");
    expect(await asOwner(t).mutation(api.machines.disconnect, { machineId: "m-1", instanceId: INSTANCE })).toEqual({ disconnected: true });
    expect(await machinesOf(t)).toEqual([{ machineId: "m-1", daemonConnected: false, instanceId: INSTANCE }]);
    const before = await snapshot(t);
    expect(await asOwner(t).mutation(api.machines.disconnect, { machineId: "m-1", instanceId: INSTANCE })).toEqual({ disconnected: false });
    expect(await snapshot(t)).toEqual(before);
  });

  test("disconnect of a machine missing from the caller's namespace is NOT_FOUND", async () => {
    const t = makeBackend();
    await expectFailure(asOwner(t).mutation(api.machines.disconnect, { machineId: "nope", instanceId: INSTANCE }), "NOT_FOUND", "machineId");
  });

  test("get returns null for an unknown machine and for another owner's", async () => {
    const t = makeBackend();
    await registerMachine(t, "m-1");
    expect(await asOwner(t).query(api.machines.get, { machineId: "unknown" })).toBeNull();
    expect(await asOther(t).query(api.machines.get, { machineId: "m-1" })).toBeNull();
  });

  test("list pages through the caller's machines by machineId, and only theirs", async () => {
    const t = makeBackend();
    for (const id of ["m-3", "m-1", "m-2"]) await registerMachine(t, id);
    await asOther(t).mutation(api.machines.register, { machineId: "m-0", instanceId: "x" });
    const first = await asOwner(t).query(api.machines.list, { paginationOpts: { numItems: 2, cursor: null } });
    expect(first.page.map((m) => m.machineId)).toEqual(["m-1", "m-2"]);
    expect(first.isDone).toBe(false);
    const second = await asOwner(t).query(api.machines.list, { paginationOpts: { numItems: 2, cursor: first.continueCursor } });
    expect(second.page.map((m) => m.machineId)).toEqual(["m-3"]);
    expect(second.isDone).toBe(true);
  });

  test("list with `connected` shows only connected or only disconnected machines", async () => {
    const t = makeBackend();
    await registerMachine(t, "up");
    await registerMachine(t, "down");
    await asOwner(t).mutation(api.machines.disconnect, { machineId: "down", instanceId: INSTANCE });
    const only = async (connected: boolean) =>
      (await asOwner(t).query(api.machines.list, { paginationOpts: FIRST_PAGE, connected })).page.map((m) => m.machineId);
    expect(await only(true)).toEqual(["up"]);
    expect(await only(false)).toEqual(["down"]);
  });

  test("remove deletes the machine; its daemon's next beat must re-register", async () => {
    const t = makeBackend();
    await registerMachine(t, "m-1");
    expect(await asOwner(t).mutation(api.machines.remove, { machineId: "m-1" })).toEqual({ removed: true });
    expect(await machinesOf(t)).toEqual([]);
    expect(await asOwner(t).query(api.machines.get, { machineId: "m-1" })).toBeNull();
    expect(await daemonBeat(t, "m-1")).toEqual({ status: "reregisterRequired" });
    await expectFailure(asOwner(t).mutation(api.machines.remove, { machineId: "m-1" }), "NOT_FOUND", "machineId");
  });

  test("remove of another owner's machine is NOT_FOUND and leaves it alone", async () => {
    const t = makeBackend();
    await registerMachine(t, "m-1");
    const before = await snapshot(t);
    await expectFailure(asOther(t).mutation(api.machines.remove, { machineId: "m-1" }), "NOT_FOUND", "machineId");
    expect(await snapshot(t)).toEqual(before);
  });

  test("a crashed newer instance is detected on the normal TTL, even though an older one once held the machine", async () => {
    const t = makeBackend();
    await registerMachine(t, "m-1", undefined, "old");
    await registerMachine(t, "m-1", undefined, "new");
    // The old process keeps beating (and is told it is superseded); the new one crashed: nobody renews.
    for (let at = 15_000; at <= DAEMON_HEARTBEAT_TTL_MS + 15_000; at += 15_000) {
      vi.setSystemTime(T0 + at);
      if (at % 30_000 === 0) expect(await daemonBeat(t, "m-1", "old")).toEqual({ status: "superseded" });
      await runCleanup(t);
    }
    expect(await asOwner(t).query(api.machines.get, { machineId: "m-1" })).toMatchObject({ daemonConnected: false, lastSeenAt: T0 });
  });
});
