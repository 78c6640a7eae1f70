// Poison-proof paths: no state of a single document (a status document without its lease, a lease
// without its status document, two leases for one key, a lease of a deleted chatroom) makes cleanup,
// a beat, register, join, leave or disconnect throw. Each is mended where it is met, or by cleanup's
// anti-entropy within one pass, and the client heals by itself.
import { afterEach, beforeEach, describe, expect, test, vi, type MockInstance } from "vitest";
import { api } from "../convex/_generated/api";
import type { Id } from "../convex/_generated/dataModel";
import { ANTI_ENTROPY_BATCH, CLEANUP_INTERVAL_MS, DAEMON_HEARTBEAT_TTL_MS, HEARTBEAT_TTL_MS } from "../convex/reliability";
import {
  asOther,
  asOwner,
  createChatroom,
  daemonBeat,
  INSTANCE,
  machinesOf,
  makeBackend,
  registerMachine,
  rolesIn,
  runCleanup,
  type Backend,
  useFakeClock,
  T0,
} from "./setup";
import { seedMachines, seedParticipants } from "./seed";

/** Deletes the one document of `table` matching `match`, as someone would from the dashboard. */
async function deleteOutOfBand(t: Backend, table: "machines" | "machineLeases" | "participants" | "participantLeases" | "chatrooms", match: (doc: Record<string, unknown>) => boolean) {
  return t.run(async (ctx) => {
    const doc = (await ctx.db.query(table).collect()).find((d) => match(d as Record<string, unknown>));
    if (doc === undefined) throw new Error(`no ${table} document to delete`);
    await ctx.db.delete(doc._id);
    return doc._id as string;
  });
}

/** Inserts a second lease for an existing key, as a buggy migration might. */
async function duplicateLease(t: Backend, table: "machineLeases" | "participantLeases", patch: Record<string, unknown>) {
  await t.run(async (ctx) => {
    const doc = (await ctx.db.query(table).first())!;
    const { _id, _creationTime, ...fields } = doc;
    void _id;
    void _creationTime;
    await ctx.db.insert(table, { ...fields, ...patch } as never);
  });
}

/** Counts of every table, to check that healing left no second status document. */
async function counts(t: Backend) {
  return t.run(async (ctx) => ({
    machines: (await ctx.db.query("machines").collect()).length,
    machineLeases: (await ctx.db.query("machineLeases").collect()).length,
    participants: (await ctx.db.query("participants").collect()).length,
    participantLeases: (await ctx.db.query("participantLeases").collect()).length,
  }));
}

/** Runs cleanup every CLEANUP_INTERVAL_MS for `runs` runs, beating `beat` every 30 s so it stays live; returns the total repaired. */
async function cleanupRuns(t: Backend, runs: number, beat?: () => Promise<unknown>) {
  let repaired = 0;
  for (let i = 0; i < runs; i++) {
    vi.advanceTimersByTime(CLEANUP_INTERVAL_MS);
    if (beat !== undefined && i % 2 === 0) await beat();
    repaired += (await runCleanup(t)).repaired;
  }
  return repaired;
}

describe("poison-proof paths", () => {
  useFakeClock();
  let warn: MockInstance<typeof console.warn>;
  beforeEach(() => {
    warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  /** The repairs logged so far, as the log stream shows them. */
  const logged = () => warn.mock.calls.filter(([line]) => line === "convex-heartbeat repair").map(([, repair]) => repair as { table: string; id: string; problem: string });

  test("a machine whose status document was deleted: cleanup keeps disconnecting the others in the same run, and the daemon re-registers into one status document", async () => {
    const t = makeBackend();
    await registerMachine(t, "m-1");
    await seedMachines(t, 20, T0, DAEMON_HEARTBEAT_TTL_MS);
    await deleteOutOfBand(t, "machines", (m) => m.machineId === "m-1");
    vi.setSystemTime(T0 + DAEMON_HEARTBEAT_TTL_MS + 1);
    expect(await runCleanup(t)).toMatchObject({ daemonsDisconnected: 20, repaired: 1 });
    expect(logged()).toContainEqual(expect.objectContaining({ table: "machineLeases", problem: "a lease without its status document" }));
    expect(await daemonBeat(t, "m-1")).toEqual({ status: "reregisterRequired" });
    await registerMachine(t, "m-1");
    expect((await machinesOf(t)).filter((m) => m.machineId === "m-1")).toEqual([{ machineId: "m-1", daemonConnected: true, instanceId: INSTANCE }]);
    expect((await counts(t)).machines).toBe(21);
  });

  test("a live machine whose status document was deleted is mended by anti-entropy within one pass, and its daemon heals", async () => {
    const t = makeBackend();
    await registerMachine(t, "m-1");
    await deleteOutOfBand(t, "machines", (m) => m.machineId === "m-1");
    // Beats go on; the beat reads only the lease, so it cannot see the damage.
    expect(await daemonBeat(t, "m-1")).toEqual({ status: "ok", recovered: false });
    expect(await cleanupRuns(t, 4, () => daemonBeat(t, "m-1"))).toBe(1);
    expect(await daemonBeat(t, "m-1")).toEqual({ status: "reregisterRequired" });
    await registerMachine(t, "m-1");
    expect(await machinesOf(t)).toEqual([{ machineId: "m-1", daemonConnected: true, instanceId: INSTANCE }]);
    expect(await counts(t)).toMatchObject({ machines: 1, machineLeases: 1 });
  });

  test("a machine whose lease was deleted no longer shows connected for good: anti-entropy disconnects it, and its next beat reconnects it", async () => {
    const t = makeBackend();
    await registerMachine(t, "m-1");
    await deleteOutOfBand(t, "machineLeases", (l) => l.machineId === "m-1");
    expect((await machinesOf(t))[0]).toMatchObject({ daemonConnected: true });
    expect(await cleanupRuns(t, 4)).toBe(1);
    expect((await machinesOf(t))[0]).toMatchObject({ daemonConnected: false });
    expect(logged()).toContainEqual(expect.objectContaining({ table: "machines", problem: "a status document without its lease" }));
    expect(await daemonBeat(t, "m-1")).toEqual({ status: "ok", recovered: true });
    expect(await counts(t)).toMatchObject({ machines: 1, machineLeases: 1 });
  });

  test("a machine whose lease was deleted: its beat asks to re-register, and register heals it without a second status document", async () => {
    const t = makeBackend();
    await registerMachine(t, "m-1", "host");
    await deleteOutOfBand(t, "machineLeases", (l) => l.machineId === "m-1");
    expect(await daemonBeat(t, "m-1")).toEqual({ status: "reregisterRequired" });
    await registerMachine(t, "m-1");
    expect(await machinesOf(t)).toEqual([{ machineId: "m-1", hostname: "host", daemonConnected: true, instanceId: INSTANCE }]);
    expect(await counts(t)).toMatchObject({ machines: 1, machineLeases: 1 });
    expect(await asOwner(t).mutation(api.machines.disconnect, { machineId: "m-1", instanceId: INSTANCE })).toEqual({ disconnected: true });
  });

  test("disconnect and remove of a machine missing one of its documents do not throw", async () => {
    const t = makeBackend();
    await registerMachine(t, "a");
    await registerMachine(t, "b");
    await deleteOutOfBand(t, "machines", (m) => m.machineId === "a");
    await deleteOutOfBand(t, "machineLeases", (l) => l.machineId === "b");
    expect(await asOwner(t).mutation(api.machines.disconnect, { machineId: "a", instanceId: INSTANCE })).toEqual({ disconnected: true });
    expect(await asOwner(t).mutation(api.machines.disconnect, { machineId: "b", instanceId: INSTANCE })).toEqual({ disconnected: false });
    expect(await asOwner(t).mutation(api.machines.remove, { machineId: "a" })).toEqual({ removed: true });
    expect(await asOwner(t).mutation(api.machines.remove, { machineId: "b" })).toEqual({ removed: true });
    expect(await counts(t)).toMatchObject({ machines: 0, machineLeases: 0 });
  });

  test("two leases for one machine: the beat keeps the newest, deletes the other, and logs it", async () => {
    const t = makeBackend();
    await registerMachine(t, "m-1");
    await duplicateLease(t, "machineLeases", { instanceId: "newer" });
    expect(await daemonBeat(t, "m-1", "newer")).toEqual({ status: "ok", recovered: false });
    expect((await counts(t)).machineLeases).toBe(1);
    expect(await daemonBeat(t, "m-1", INSTANCE)).toEqual({ status: "superseded" });
    expect(logged()).toContainEqual(expect.objectContaining({ table: "machineLeases", problem: "a second lease for one machine" }));
  });

  test("a stale lease restored from a backup loses to the live one: the live daemon is not superseded", async () => {
    const t = makeBackend();
    await registerMachine(t, "m-1", undefined, "old-process");
    const backup = await t.run(async (ctx) => (await ctx.db.query("machineLeases").first())!);
    vi.advanceTimersByTime(60_000);
    await registerMachine(t, "m-1", undefined, "live-process");
    // The backup's lease comes back as a newer document, but it was last renewed a minute earlier.
    await t.run(async (ctx) => {
      const { _id, _creationTime, ...fields } = backup;
      void _id;
      void _creationTime;
      await ctx.db.insert("machineLeases", fields);
    });
    expect(await daemonBeat(t, "m-1", "live-process")).toEqual({ status: "ok", recovered: false });
    expect(await daemonBeat(t, "m-1", "old-process")).toEqual({ status: "superseded" });
    expect((await counts(t)).machineLeases).toBe(1);
  });

  test("an outsider's beat on a room with a duplicate lease mends nothing and logs nothing", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    await asOwner(t).mutation(api.participants.join, { chatroomId, role: "builder", connectionId: "c-1" });
    await duplicateLease(t, "participantLeases", { connectionId: "c-2" });
    await expect(asOther(t).mutation(api.heartbeat.participantHeartbeat, { chatroomId, role: "builder", connectionId: "c-1" })).rejects.toMatchObject({
      data: { code: "NOT_FOUND" },
    });
    expect(logged()).toEqual([]);
    expect((await counts(t)).participantLeases).toBe(2);
  });

  describe("participants", () => {
    /** Alice's chatroom with `builder` held by connection c-1. */
    async function room(t: Backend): Promise<{ chatroomId: Id<"chatrooms">; me: { chatroomId: Id<"chatrooms">; role: string; connectionId: string } }> {
      const chatroomId = await createChatroom(t);
      const me = { chatroomId, role: "builder", connectionId: "c-1" };
      await asOwner(t).mutation(api.participants.join, me);
      return { chatroomId, me };
    }

    test("a participant whose status document was deleted: cleanup removes the other 49 stale ones in the same run, and join and leave on that role do not throw", async () => {
      const t = makeBackend();
      const { chatroomId, me } = await room(t);
      await seedParticipants(t, chatroomId, 49, T0);
      await deleteOutOfBand(t, "participants", (p) => p.role === "builder");
      expect(await asOwner(t).mutation(api.participants.leave, { ...me, connectionId: "someone-else" })).toEqual({ left: false });
      vi.setSystemTime(T0 + HEARTBEAT_TTL_MS + 1);
      expect(await runCleanup(t)).toMatchObject({ participantsRemoved: 49, repaired: 1 });
      expect(await asOwner(t).mutation(api.heartbeat.participantHeartbeat, me)).toEqual({ status: "rejoinRequired" });
      await asOwner(t).mutation(api.participants.join, me);
      expect(await rolesIn(t, chatroomId)).toEqual([{ role: "builder", connectionId: "c-1" }]);
      expect(await asOwner(t).mutation(api.participants.leave, me)).toEqual({ left: true });
      expect(await counts(t)).toMatchObject({ participants: 0, participantLeases: 0 });
    });

    test("a live participant whose status document was deleted is mended within one pass; the agent re-joins and is listed again", async () => {
      const t = makeBackend();
      const { chatroomId, me } = await room(t);
      await deleteOutOfBand(t, "participants", (p) => p.role === "builder");
      await asOwner(t).mutation(api.participants.join, me);
      expect(await rolesIn(t, chatroomId)).toEqual([{ role: "builder", connectionId: "c-1" }]);
      expect(await counts(t)).toMatchObject({ participants: 1, participantLeases: 1 });
      await deleteOutOfBand(t, "participants", (p) => p.role === "builder");
      const beat = () => asOwner(t).mutation(api.heartbeat.participantHeartbeat, me);
      expect(await beat()).toMatchObject({ status: "ok" });
      expect(await cleanupRuns(t, 4, beat)).toBe(1);
      expect(await beat()).toEqual({ status: "rejoinRequired" });
      await asOwner(t).mutation(api.participants.join, me);
      expect(await rolesIn(t, chatroomId)).toEqual([{ role: "builder", connectionId: "c-1" }]);
    });

    test("a participant whose lease was deleted: its beat asks to re-join, and join heals it without a second status document", async () => {
      const t = makeBackend();
      const { chatroomId, me } = await room(t);
      await deleteOutOfBand(t, "participantLeases", (l) => l.role === "builder");
      expect(await asOwner(t).mutation(api.heartbeat.participantHeartbeat, me)).toEqual({ status: "rejoinRequired" });
      await asOwner(t).mutation(api.participants.join, me);
      expect(await rolesIn(t, chatroomId)).toEqual([{ role: "builder", connectionId: "c-1" }]);
      expect(await counts(t)).toMatchObject({ participants: 1, participantLeases: 1 });
    });

    test("a participant whose lease was deleted is not listed for good: anti-entropy removes it within one pass", async () => {
      const t = makeBackend();
      const { chatroomId } = await room(t);
      await deleteOutOfBand(t, "participantLeases", (l) => l.role === "builder");
      expect(await cleanupRuns(t, 4)).toBe(1);
      expect(await rolesIn(t, chatroomId)).toEqual([]);
    });

    test("two leases for one role: the beat keeps the newest and deletes the other", async () => {
      const t = makeBackend();
      const { me } = await room(t);
      await duplicateLease(t, "participantLeases", { connectionId: "c-2" });
      expect(await asOwner(t).mutation(api.heartbeat.participantHeartbeat, { ...me, connectionId: "c-2" })).toMatchObject({ status: "ok" });
      expect((await counts(t)).participantLeases).toBe(1);
      expect(await asOwner(t).mutation(api.heartbeat.participantHeartbeat, me)).toEqual({ status: "superseded" });
    });

    test("a lease of a chatroom deleted out of band stops answering ok within one pass, and its agent is then told NOT_FOUND", async () => {
      const t = makeBackend();
      const { chatroomId, me } = await room(t);
      await t.run((ctx) => ctx.db.delete(chatroomId));
      const beat = () => asOwner(t).mutation(api.heartbeat.participantHeartbeat, me);
      expect(await beat()).toMatchObject({ status: "ok" });
      expect(await cleanupRuns(t, 4)).toBeGreaterThanOrEqual(1);
      await expect(beat()).rejects.toMatchObject({ data: { code: "NOT_FOUND", field: "chatroomId" } });
      expect(await counts(t)).toMatchObject({ participants: 0, participantLeases: 0 });
    });

    test("an expired lease of a chatroom deleted out of band is removed by the expiry walk without throwing", async () => {
      const t = makeBackend();
      const { chatroomId } = await room(t);
      await t.run((ctx) => ctx.db.delete(chatroomId));
      vi.setSystemTime(T0 + HEARTBEAT_TTL_MS + 1);
      expect(await runCleanup(t)).toMatchObject({ participantsRemoved: 1 });
      expect(await counts(t)).toMatchObject({ participants: 0, participantLeases: 0 });
    });
  });

  test("anti-entropy reaches every record within one pass: damage at the far end of a 200-record fleet is mended", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    await seedMachines(t, 100, T0 + 3_600_000, DAEMON_HEARTBEAT_TTL_MS);
    await seedParticipants(t, chatroomId, 100, T0 + 3_600_000);
    await deleteOutOfBand(t, "machines", (m) => m.machineId === "machine-00099");
    await deleteOutOfBand(t, "participantLeases", (l) => l.role === "agent-99");
    // One pass: every table once, ANTI_ENTROPY_BATCH records per run.
    const pass = 2 * Math.ceil(100 / ANTI_ENTROPY_BATCH) + 2 * Math.ceil(101 / ANTI_ENTROPY_BATCH);
    expect(await cleanupRuns(t, pass)).toBe(2);
    expect(await counts(t)).toEqual({ machines: 99, machineLeases: 99, participants: 99, participantLeases: 99 });
  });
});
