// The client SDK on fake timers against the embedded backend: establish-then-beat, jitter, each
// server answer, retries with capped backoff, desync after healing, fatal codes, single flight,
// beatNow and graceful stop (with no ghost left by a join that lands after it).
import type { ConvexClient, ConvexHttpClient } from "convex/browser";
import { getFunctionName } from "convex/server";
import { describe, expect, expectTypeOf, test, vi } from "vitest";
import { api, internal } from "../convex/_generated/api";
import { DAEMON_HEARTBEAT_INTERVAL_MS, HEARTBEAT_INTERVAL_MS, HEARTBEAT_TTL_MS, MAX_ROLES_PER_CHATROOM } from "../convex/reliability";
import { seedParticipants } from "./seed";
import { startDaemonHeartbeat, startParticipantHeartbeat, type HeartbeatClient, type HeartbeatEvent } from "../src";
import { RETRY_CAP_MS, STOP_WAIT_MS } from "../src/client/timing";
import { SimulatedNetwork } from "../sim/network";
import { seededRandom } from "../sim/rng";
import { asOwner, createChatroom, makeBackend, type Backend, useFakeClock, T0, rolesIn, machinesOf } from "./setup";


/** A client that records every call (function, args, time) and how many are in flight at once. */
function recording(inner: HeartbeatClient) {
  const calls: { fn: string; args: Record<string, unknown>; at: number }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const client: HeartbeatClient = {
    async mutation(fn, args) {
      calls.push({ fn: getFunctionName(fn), args, at: Date.now() - T0 });
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        return await inner.mutation(fn, args);
      } finally {
        inFlight--;
      }
    },
  };
  return { client, calls, maxInFlight: () => maxInFlight };
}

/** Alice's client through a simulated network the test can cut. */
function networked(t: Backend) {
  const network = new SimulatedNetwork(() => 0.5);
  const link = network.link("p", asOwner(t), () => undefined, () => undefined);
  return { network, ...recording(link) };
}

/** Lets in-flight calls finish without moving the clock. */
const settle = () => vi.advanceTimersByTimeAsync(0);

describe("client SDK", () => {
  useFakeClock();

  test("a daemon registers first, then beats every interval, jittered below it, sending no timestamps", async () => {
    const t = makeBackend();
    const { client, calls } = recording(asOwner(t));
    const handle = startDaemonHeartbeat({ client, machineId: "m-1", hostname: "host-1" });
    await vi.advanceTimersByTimeAsync(10 * DAEMON_HEARTBEAT_INTERVAL_MS);
    expect(calls[0]).toMatchObject({ fn: "machines:register", args: { machineId: "m-1", hostname: "host-1" }, at: 0 });
    const beats = calls.slice(1);
    expect(beats.every((c) => c.fn === "heartbeat:daemonHeartbeat")).toBe(true);
    expect(beats.length).toBeGreaterThanOrEqual(10);
    const gaps = calls.slice(1).map((c, i) => c.at - calls[i].at);
    for (const gap of gaps) {
      expect(gap).toBeLessThanOrEqual(DAEMON_HEARTBEAT_INTERVAL_MS);
      expect(gap).toBeGreaterThanOrEqual(DAEMON_HEARTBEAT_INTERVAL_MS * 0.9);
    }
    expect(new Set(gaps).size).toBeGreaterThan(1);
    for (const call of calls) expect(Object.keys(call.args).every((k) => ["machineId", "instanceId", "hostname"].includes(k))).toBe(true);
    expect(handle.status).toBe("healthy");
  });

  test("an agent joins first, then beats, and its readyUntil never lapses", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    const { client, calls } = recording(asOwner(t));
    const handle = startParticipantHeartbeat({ client, chatroomId, role: "builder" });
    for (let i = 0; i < 10; i++) {
      await vi.advanceTimersByTimeAsync(HEARTBEAT_INTERVAL_MS / 2);
      const held = await asOwner(t).query(api.participants.get, { chatroomId, role: "builder" });
      expect(held?.connectionId).toBe(handle.connectionId);
      expect(held!.readyUntil).toBeGreaterThan(Date.now() + HEARTBEAT_TTL_MS - HEARTBEAT_INTERVAL_MS - 1);
    }
    expect(calls[0].fn).toBe("participants:join");
    expect(calls.slice(1).every((c) => c.fn === "heartbeat:participantHeartbeat")).toBe(true);
  });

  test("rejoinRequired makes the agent re-join in the same tick and report it once", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    const events: HeartbeatEvent["type"][] = [];
    const { client, calls } = recording(asOwner(t));
    const handle = startParticipantHeartbeat({ client, chatroomId, role: "builder", onEvent: (e) => events.push(e.type) });
    await settle();
    await asOwner(t).mutation(api.participants.leave, { chatroomId, role: "builder", connectionId: handle.connectionId });
    await handle.beatNow();
    const [beat, join] = calls.slice(-2);
    expect([beat.fn, join.fn]).toEqual(["heartbeat:participantHeartbeat", "participants:join"]);
    expect(join.at).toBe(beat.at);
    expect(events).toEqual(["ok", "rejoined"]);
    expect(await rolesIn(t, chatroomId)).toEqual([{ role: "builder", connectionId: handle.connectionId }]);
  });

  test("reregisterRequired makes the daemon register again at once", async () => {
    const t = makeBackend();
    const events: HeartbeatEvent["type"][] = [];
    const handle = startDaemonHeartbeat({ client: asOwner(t), machineId: "m-1", onEvent: (e) => events.push(e.type) });
    await settle();
    await t.run(async (ctx) => {
      for (const doc of await ctx.db.query("machineLeases").collect()) await ctx.db.delete(doc._id);
      for (const doc of await ctx.db.query("machines").collect()) await ctx.db.delete(doc._id);
    });
    await handle.beatNow();
    expect(events).toEqual(["ok", "reregistered"]);
    expect(await machinesOf(t)).toEqual([{ machineId: "m-1", daemonConnected: true, instanceId: handle.instanceId }]);
  });

  test("a daemon marked disconnected reports its recovery on the next beat", async () => {
    const t = makeBackend();
    const events: HeartbeatEvent["type"][] = [];
    const handle = startDaemonHeartbeat({ client: asOwner(t), machineId: "m-1", onEvent: (e) => events.push(e.type) });
    await settle();
    await asOwner(t).mutation(api.machines.disconnect, { machineId: "m-1", instanceId: handle.instanceId });
    await vi.advanceTimersByTimeAsync(DAEMON_HEARTBEAT_INTERVAL_MS);
    expect(events).toEqual(["ok", "recovered"]);
    expect((await asOwner(t).query(api.machines.get, { machineId: "m-1" }))?.daemonConnected).toBe(true);
    expect(handle.status).toBe("healthy");
  });

  test("a superseded agent stops for good and never re-joins", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    const events: HeartbeatEvent["type"][] = [];
    const { client, calls } = recording(asOwner(t));
    const old = startParticipantHeartbeat({ client, chatroomId, role: "builder", connectionId: "old", onEvent: (e) => events.push(e.type) });
    await settle();
    await asOwner(t).mutation(api.participants.join, { chatroomId, role: "builder", connectionId: "new" });
    await vi.advanceTimersByTimeAsync(HEARTBEAT_INTERVAL_MS);
    expect(events).toEqual(["ok", "superseded"]);
    expect(old.status).toBe("superseded");
    const callsThen = calls.length;
    await vi.advanceTimersByTimeAsync(10 * HEARTBEAT_INTERVAL_MS);
    await old.beatNow();
    await old.stop();
    expect(calls.length).toBe(callsThen);
    expect(await rolesIn(t, chatroomId)).toEqual([{ role: "builder", connectionId: "new" }]);
  });

  test("failed calls are retried with capped exponential backoff, and the agent heals seconds after the network returns", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    const { network, client } = networked(t);
    const retries: number[] = [];
    const events: HeartbeatEvent["type"][] = [];
    startParticipantHeartbeat({
      client,
      chatroomId,
      role: "builder",
      random: () => 1,
      onEvent: (e) => {
        events.push(e.type);
        if (e.type === "retrying") retries.push(e.delayMs);
      },
    });
    await settle();
    network.partitioned.add("p");
    await vi.advanceTimersByTimeAsync(HEARTBEAT_TTL_MS + 60_000);
    expect(retries.slice(0, 6)).toEqual([500, 1000, 2000, 4000, RETRY_CAP_MS, RETRY_CAP_MS]);
    expect(Math.max(...retries)).toBe(RETRY_CAP_MS);
    // Cleanup removes the silent participant; the network returns; the next retry re-joins.
    await t.mutation(internal.cleanup.cleanupStaleAgents, {});
    expect(await rolesIn(t, chatroomId)).toEqual([]);
    network.partitioned.delete("p");
    await vi.advanceTimersByTimeAsync(RETRY_CAP_MS);
    expect(events[events.lastIndexOf("retrying") + 1]).toBe("rejoined");
    expect(await rolesIn(t, chatroomId)).toHaveLength(1);
  });

  test("a lost response is retried without harm: the committed join is simply repeated", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    const { network, client } = networked(t);
    network.lossRate = 1;
    const events: HeartbeatEvent["type"][] = [];
    startParticipantHeartbeat({ client, chatroomId, role: "builder", connectionId: "c-1", random: () => 0.5, onEvent: (e) => events.push(e.type) });
    await settle();
    expect(events).toEqual(["retrying"]);
    expect(await rolesIn(t, chatroomId)).toEqual([{ role: "builder", connectionId: "c-1" }]);
    network.lossRate = 0;
    await vi.advanceTimersByTimeAsync(RETRY_CAP_MS);
    expect(events).toEqual(["retrying", "ok"]);
  });

  test("a QUOTA_EXCEEDED answer (a join into a full chatroom) stops the loop with a fatal event and no retries", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    await seedParticipants(t, chatroomId, MAX_ROLES_PER_CHATROOM, T0 + 3_600_000);
    const events: HeartbeatEvent[] = [];
    const { client, calls } = recording(asOwner(t));
    const handle = startParticipantHeartbeat({ client, chatroomId, role: "one-too-many", onEvent: (e) => events.push(e) });
    await vi.advanceTimersByTimeAsync(5 * HEARTBEAT_INTERVAL_MS);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: "fatal", code: "QUOTA_EXCEEDED" });
    expect(handle.status).toBe("fatal");
    expect(calls).toHaveLength(1);
  });

  test("an INVALID_ARGUMENT answer is fatal too", async () => {
    const t = makeBackend();
    const events: HeartbeatEvent[] = [];
    startDaemonHeartbeat({ client: asOwner(t), machineId: "not valid!", onEvent: (e) => events.push(e) });
    await vi.advanceTimersByTimeAsync(DAEMON_HEARTBEAT_INTERVAL_MS);
    expect(events.map((e) => e.type)).toEqual(["fatal"]);
    expect(events[0]).toMatchObject({ code: "INVALID_ARGUMENT" });
  });

  test("never two calls in flight: beatNow during a slow call joins it instead of sending another", async () => {
    const t = makeBackend();
    const { network, client, calls, maxInFlight } = networked(t);
    network.latencyMs = 3_000;
    const handle = startDaemonHeartbeat({ client, machineId: "m-1" });
    const extra = [handle.beatNow(), handle.beatNow(), handle.beatNow()];
    await vi.advanceTimersByTimeAsync(10_000);
    await Promise.all(extra);
    expect(calls).toHaveLength(1);
    expect(maxInFlight()).toBe(1);
    await vi.advanceTimersByTimeAsync(5 * DAEMON_HEARTBEAT_INTERVAL_MS);
    expect(maxInFlight()).toBe(1);
  });

  test("beatNow beats at once and restarts the interval from there", async () => {
    const t = makeBackend();
    const { client, calls } = recording(asOwner(t));
    const handle = startDaemonHeartbeat({ client, machineId: "m-1", random: () => 0 });
    await settle();
    await vi.advanceTimersByTimeAsync(10_000);
    await handle.beatNow();
    expect(calls.map((c) => c.at)).toEqual([0, 10_000]);
    await vi.advanceTimersByTimeAsync(DAEMON_HEARTBEAT_INTERVAL_MS);
    expect(calls.map((c) => c.at)).toEqual([0, 10_000, 10_000 + DAEMON_HEARTBEAT_INTERVAL_MS]);
  });

  test("stop waits for the call in flight, then leaves; no call follows", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    const { network, client, calls } = networked(t);
    network.latencyMs = 2_000;
    const handle = startParticipantHeartbeat({ client, chatroomId, role: "builder" });
    const stopped = handle.stop();
    expect(handle.status).toBe("stopping");
    await vi.advanceTimersByTimeAsync(10_000);
    await stopped;
    expect(calls.map((c) => c.fn)).toEqual(["participants:join", "participants:leave"]);
    expect(handle.status).toBe("stopped");
    expect(await rolesIn(t, chatroomId)).toEqual([]);
    await vi.advanceTimersByTimeAsync(5 * HEARTBEAT_INTERVAL_MS);
    expect(calls).toHaveLength(2);
  });

  test("a daemon's stop disconnects it at once", async () => {
    const t = makeBackend();
    const events: HeartbeatEvent["type"][] = [];
    const handle = startDaemonHeartbeat({ client: asOwner(t), machineId: "m-1", onEvent: (e) => events.push(e.type) });
    await settle();
    await handle.stop();
    expect(events).toEqual(["ok", "stopped"]);
    expect(await machinesOf(t)).toEqual([{ machineId: "m-1", daemonConnected: false, instanceId: handle.instanceId }]);
  });

  test("ConvexClient, ConvexHttpClient and a convex-test accessor are all HeartbeatClients", () => {
    expectTypeOf<ConvexHttpClient>().toExtend<HeartbeatClient>();
    expectTypeOf<ConvexClient>().toExtend<HeartbeatClient>();
    expectTypeOf<ReturnType<Backend["withIdentity"]>>().toExtend<HeartbeatClient>();
  });

  test("a listener that throws changes nothing: the loop keeps its 30 s rhythm", async () => {
    const t = makeBackend();
    const { client, calls } = recording(asOwner(t));
    const quiet = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const handle = startDaemonHeartbeat({
      client,
      machineId: "m-1",
      onEvent: () => {
        throw new Error("listener bug");
      },
    });
    await vi.advanceTimersByTimeAsync(3 * DAEMON_HEARTBEAT_INTERVAL_MS);
    expect(calls.length).toBeLessThanOrEqual(4);
    expect(handle.status).toBe("healthy");
    expect(quiet).toHaveBeenCalled();
    quiet.mockRestore();
  });

  test("a second stop() waits for the same leave as the first", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    const { network, client, calls } = networked(t);
    const handle = startParticipantHeartbeat({ client, chatroomId, role: "builder" });
    await settle();
    network.latencyMs = 2_000;
    const first = handle.stop();
    let secondDone = false;
    const second = handle.stop().then(() => (secondDone = true));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(secondDone).toBe(false);
    await vi.advanceTimersByTimeAsync(5_000);
    await Promise.all([first, second]);
    expect(calls.map((c) => c.fn)).toEqual(["participants:join", "participants:leave"]);
  });

  test("stop() while a beat answers rejoinRequired leaves without re-joining first", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    const { network, client, calls } = networked(t);
    const handle = startParticipantHeartbeat({ client, chatroomId, role: "builder" });
    await settle();
    await asOwner(t).mutation(api.participants.leave, { chatroomId, role: "builder", connectionId: handle.connectionId });
    network.latencyMs = 1_000;
    void handle.beatNow();
    const stopping = handle.stop();
    await vi.advanceTimersByTimeAsync(5_000);
    await stopping;
    expect(calls.map((c) => c.fn)).toEqual(["participants:join", "heartbeat:participantHeartbeat"]);
    expect(await rolesIn(t, chatroomId)).toEqual([]);
  });

  test("stop() gives up on a call hung on a dead network after STOP_WAIT_MS", async () => {
    const t = makeBackend();
    const { network, client } = networked(t);
    const handle = startDaemonHeartbeat({ client, machineId: "m-1" });
    await settle();
    network.dead.add("p");
    await vi.advanceTimersByTimeAsync(DAEMON_HEARTBEAT_INTERVAL_MS);
    let done = false;
    const stopping = handle.stop().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(STOP_WAIT_MS - 1);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(STOP_WAIT_MS + 1);
    await stopping;
    expect(handle.status).toBe("stopped");
  });

  test("a call that answers after stop() gave up on it changes nothing: the loop stays stopped", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    const { network, client } = networked(t);
    const events: HeartbeatEvent["type"][] = [];
    const handle = startParticipantHeartbeat({ client, chatroomId, role: "builder", onEvent: (e) => events.push(e.type) });
    await settle();
    await asOwner(t).mutation(api.participants.join, { chatroomId, role: "builder", connectionId: "successor" });
    network.latencyMs = STOP_WAIT_MS * 2;
    void handle.beatNow();
    const stopping = handle.stop();
    await vi.advanceTimersByTimeAsync(4 * STOP_WAIT_MS);
    await stopping;
    expect(events).toEqual(["ok", "stopped"]);
    expect(handle.status).toBe("stopped");
  });

  test("a chatroom removed under a running agent is NOT_FOUND, which is fatal", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    const events: HeartbeatEvent[] = [];
    const handle = startParticipantHeartbeat({ client: asOwner(t), chatroomId, role: "builder", onEvent: (e) => events.push(e) });
    await settle();
    await asOwner(t).mutation(api.chatrooms.remove, { chatroomId });
    await vi.advanceTimersByTimeAsync(HEARTBEAT_INTERVAL_MS);
    expect(events.map((e) => e.type)).toEqual(["ok", "fatal"]);
    expect(events[1]).toMatchObject({ code: "NOT_FOUND" });
    expect(handle.status).toBe("fatal");
  });

  test.each([0, 0.25, 0.5, 0.75, 0.9999])(
    "after a failure streak the next beat goes out at interval × (1 − random), uniform in (0, interval]: random = %s",
    async (r) => {
      const t = makeBackend();
      const { network, client, calls } = networked(t);
      startDaemonHeartbeat({ client, machineId: "m-1", random: () => r });
      await settle();
      const routine = Math.round(DAEMON_HEARTBEAT_INTERVAL_MS * (1 - 0.1 * r));
      network.partitioned.add("p");
      await vi.advanceTimersByTimeAsync(routine + 20_000);
      network.partitioned.delete("p");
      const lifted = Date.now() - T0;
      await vi.advanceTimersByTimeAsync(RETRY_CAP_MS + 2 * DAEMON_HEARTBEAT_INTERVAL_MS);
      const healedAt = calls.find((c) => c.at >= lifted)!.at;
      const gaps = calls.map((c) => c.at - healedAt).filter((gap) => gap > 0);
      expect(calls[1].at).toBe(routine); // a routine beat keeps the small jitter
      expect(gaps[0]).toBe(Math.max(1, Math.ceil(DAEMON_HEARTBEAT_INTERVAL_MS * (1 - r))));
      expect(gaps[0]).toBeGreaterThan(0);
      expect(gaps[0]).toBeLessThanOrEqual(DAEMON_HEARTBEAT_INTERVAL_MS);
      expect(gaps[1] - gaps[0]).toBe(routine); // and the beat after it is routine again
    },
  );

  test("a fleet that heals together after an outage spreads its next beats over the whole interval", async () => {
    const t = makeBackend();
    const network = new SimulatedNetwork(() => 0.5);
    const random = seededRandom(7);
    const beats = new Map<string, number[]>();
    for (let i = 0; i < 100; i++) {
      const id = `m-${i}`;
      beats.set(id, []);
      const client = network.link(id, asOwner(t), () => beats.get(id)!.push(Date.now()), () => undefined);
      startDaemonHeartbeat({ client, machineId: id, random });
    }
    await settle();
    network.outage = true;
    await vi.advanceTimersByTimeAsync(3 * 60_000);
    network.outage = false;
    const back = Date.now();
    await vi.advanceTimersByTimeAsync(RETRY_CAP_MS + DAEMON_HEARTBEAT_INTERVAL_MS);
    const delays = [...beats.values()].map((times) => {
      const [healed, next] = times.filter((at) => at >= back);
      return next - healed;
    });
    expect(Math.max(...delays)).toBeLessThanOrEqual(DAEMON_HEARTBEAT_INTERVAL_MS);
    expect(Math.min(...delays)).toBeGreaterThan(0);
    const perTenth = Array.from({ length: 10 }, (_, k) => delays.filter((d) => Math.ceil((d / DAEMON_HEARTBEAT_INTERVAL_MS) * 10) === k + 1).length);
    for (const count of perTenth) expect(count).toBeLessThanOrEqual(20); // uniform: about 10 per tenth, where jitter alone would put all 100 in the last
  });

  test.each([
    ["agent", "participants:join", "participants:leave"],
    ["daemon", "machines:register", "machines:disconnect"],
  ])("stop() during a slow first call: the %s's late register/join is released once as soon as it lands, so nothing stays listed", async (kind, establish, release) => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    const { network, client, calls } = networked(t);
    network.latencyMs = 15_000; // the join reaches the server at 15 s and its answer returns at 30 s
    const events: HeartbeatEvent["type"][] = [];
    const onEvent = (e: HeartbeatEvent) => events.push(e.type);
    const handle =
      kind === "agent"
        ? startParticipantHeartbeat({ client, chatroomId, role: "builder", onEvent })
        : startDaemonHeartbeat({ client, machineId: "m-1", onEvent });
    const stopping = handle.stop();
    await vi.advanceTimersByTimeAsync(STOP_WAIT_MS);
    await stopping; // gave up on the join after STOP_WAIT_MS
    expect(handle.status).toBe("stopped");
    await vi.advanceTimersByTimeAsync(15_000 - STOP_WAIT_MS);
    const listed = () =>
      kind === "agent"
        ? rolesIn(t, chatroomId)
        : machinesOf(t).then((machines) => machines.filter((m) => m.daemonConnected));
    expect(await listed()).toHaveLength(1); // the ghost, for now
    await vi.advanceTimersByTimeAsync(15_000 + 15_000);
    expect(await listed()).toEqual([]);
    await vi.advanceTimersByTimeAsync(5 * HEARTBEAT_INTERVAL_MS);
    expect(calls.map((c) => c.fn)).toEqual([establish, release]);
    expect(calls[1].at).toBe(30_000);
    expect(events).toEqual(["stopped"]);
  });
});
