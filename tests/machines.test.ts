// Contract rows for api.machines: register, disconnect, get, list.
import { describe, expect, test, vi } from "vitest";
import { api } from "../convex/_generated/api";
import { asOther, asOwner, expectFailure, makeBackend, registerMachine, useFakeClock, T0 } from "./setup";


describe("machines", () => {
  useFakeClock();

  test("register creates a connected machine stamped with the server clock", async () => {
    const t = makeBackend();
    expect(await registerMachine(t, "m-1", "host.example")).toEqual({ machineId: "m-1", daemonConnected: true });
    expect(await asOwner(t).query(api.machines.get, { machineId: "m-1" })).toEqual({
      machineId: "m-1",
      hostname: "host.example",
      daemonConnected: true,
      lastSeenAt: T0,
    });
  });

  test("register again updates the caller's own machine instead of duplicating it", async () => {
    const t = makeBackend();
    await registerMachine(t, "m-1", "old-host");
    vi.advanceTimersByTime(5_000);
    await registerMachine(t, "m-1", "new-host");
    expect(await asOwner(t).query(api.machines.list, {})).toEqual([
      { machineId: "m-1", hostname: "new-host", daemonConnected: true },
    ]);
    expect((await asOwner(t).query(api.machines.get, { machineId: "m-1" }))?.lastSeenAt).toBe(T0 + 5_000);
  });

  test("register reconnects a machine that was disconnected", async () => {
    const t = makeBackend();
    await registerMachine(t, "m-1");
    await asOwner(t).mutation(api.machines.disconnect, { machineId: "m-1" });
    await registerMachine(t, "m-1");
    expect((await asOwner(t).query(api.machines.get, { machineId: "m-1" }))?.daemonConnected).toBe(true);
  });

  test("another owner's machineId cannot be registered, and the attempt changes nothing", async () => {
    const t = makeBackend();
    await registerMachine(t, "m-1", "alice-host");
    await expectFailure(asOther(t).mutation(api.machines.register, { machineId: "m-1", hostname: "evil" }), "FORBIDDEN", "machineId");
    expect(await asOwner(t).query(api.machines.get, { machineId: "m-1" })).toMatchObject({ hostname: "alice-host" });
    expect(await asOther(t).query(api.machines.list, {})).toEqual([]);
  });

  test("disconnect marks the machine disconnected at once", async () => {
    const t = makeBackend();
    await registerMachine(t, "m-1");
    expect(await asOwner(t).mutation(api.machines.disconnect, { machineId: "m-1" })).toEqual({ daemonConnected: false });
    expect(await asOwner(t).query(api.machines.list, {})).toEqual([{ machineId: "m-1", daemonConnected: false }]);
  });

  test("disconnect of an unknown machine is NOT_FOUND and of another owner's is FORBIDDEN", async () => {
    const t = makeBackend();
    await expectFailure(asOwner(t).mutation(api.machines.disconnect, { machineId: "nope" }), "NOT_FOUND", "machineId");
    await registerMachine(t, "m-1");
    await expectFailure(asOther(t).mutation(api.machines.disconnect, { machineId: "m-1" }), "FORBIDDEN", "machineId");
    expect((await asOwner(t).query(api.machines.get, { machineId: "m-1" }))?.daemonConnected).toBe(true);
  });

  test("get returns null for an unknown machine and for another owner's", async () => {
    const t = makeBackend();
    await registerMachine(t, "m-1");
    expect(await asOwner(t).query(api.machines.get, { machineId: "unknown" })).toBeNull();
    expect(await asOther(t).query(api.machines.get, { machineId: "m-1" })).toBeNull();
  });

  test("list returns only the caller's machines", async () => {
    const t = makeBackend();
    await registerMachine(t, "m-1");
    await registerMachine(t, "m-2", "h2");
    await asOther(t).mutation(api.machines.register, { machineId: "m-3" });
    const mine = await asOwner(t).query(api.machines.list, {});
    expect(mine.map((m) => m.machineId).sort()).toEqual(["m-1", "m-2"]);
    expect(await asOther(t).query(api.machines.list, {})).toEqual([{ machineId: "m-3", daemonConnected: true }]);
  });
});
