// Authentication failures are transient until proven otherwise: the loop keeps its place, retries with
// backoff (refreshing its token first when it can), heals with no restart, and is fatal only after authGraceMs.
import { getFunctionName } from "convex/server";
import { describe, expect, test, vi } from "vitest";
import { DAEMON_HEARTBEAT_INTERVAL_MS, HEARTBEAT_INTERVAL_MS } from "../convex/reliability";
import { AUTH_GRACE_MS, startDaemonHeartbeat, startParticipantHeartbeat, type HeartbeatClient, type HeartbeatEvent, type HeartbeatStatus } from "../src";
import { RETRY_CAP_MS } from "../src/client/timing";
import { asOwner, createChatroom, makeBackend, useFakeClock, type Backend, rolesIn, machinesOf } from "./setup";

/** Alice's client, whose identity can vanish: while `lost`, calls go out as the anonymous `t`. */
function losableIdentity(t: Backend) {
  const state = { lost: false };
  const calls: string[] = [];
  const client: HeartbeatClient = {
    mutation(fn, args) {
      calls.push(getFunctionName(fn));
      return (state.lost ? t : asOwner(t)).mutation(fn, args);
    },
  };
  return { client, state, calls };
}

describe("authentication failures", () => {
  useFakeClock();

  test("a 40-second identity loss heals with no restart: the agent never re-joins and the daemon never re-registers", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    const { client, state, calls } = losableIdentity(t);
    const events: HeartbeatEvent[] = [];
    const statuses = new Set<HeartbeatStatus>();
    const random = () => 0.5;
    const agent = startParticipantHeartbeat({ client, chatroomId, role: "builder", random, onEvent: (e) => events.push(e) });
    const daemon = startDaemonHeartbeat({ client, machineId: "m-1", random });
    await vi.advanceTimersByTimeAsync(HEARTBEAT_INTERVAL_MS + 5_000);
    state.lost = true;
    for (let ms = 0; ms < 40_000; ms += 1_000) {
      await vi.advanceTimersByTimeAsync(1_000);
      statuses.add(agent.status).add(daemon.status);
    }
    state.lost = false;
    await vi.advanceTimersByTimeAsync(RETRY_CAP_MS);
    expect(statuses).toEqual(new Set(["healthy", "authFailing"]));
    expect([agent.status, daemon.status]).toEqual(["healthy", "healthy"]);
    expect(calls.filter((fn) => fn === "participants:join")).toHaveLength(1);
    expect(calls.filter((fn) => fn === "machines:register")).toHaveLength(1);
    const failing = events.filter((e) => e.type === "authFailing");
    expect(failing.length).toBeGreaterThan(0);
    expect(failing.map((e) => e.attempt)).toEqual(failing.map((_, i) => i + 1));
    expect(failing[0]).toMatchObject({ error: expect.stringMatching(/sign in first/) });
    expect(events.map((e) => e.type).filter((type) => type !== "authFailing")).toEqual(["ok", "ok", "ok"]);
    expect(await rolesIn(t, chatroomId)).toEqual([{ role: "builder", connectionId: agent.connectionId }]);
    expect(await machinesOf(t)).toEqual([{ machineId: "m-1", daemonConnected: true, instanceId: daemon.instanceId }]);
  });

  test("refreshAuth runs before each retry while auth fails, and never while the loop is healthy", async () => {
    const t = makeBackend();
    const { client, state, calls } = losableIdentity(t);
    const log: string[] = [];
    const recorded: HeartbeatClient = {
      mutation: (fn, args) => {
        log.push("call");
        return client.mutation(fn, args);
      },
    };
    let refreshes = 0;
    const refreshAuth = async () => {
      log.push("refresh");
      if (++refreshes === 3) state.lost = false; // the third token fetched is valid
    };
    const events: HeartbeatEvent["type"][] = [];
    const handle = startDaemonHeartbeat({ client: recorded, machineId: "m-1", refreshAuth, random: () => 0.5, onEvent: (e) => events.push(e.type) });
    await vi.advanceTimersByTimeAsync(0);
    state.lost = true;
    await vi.advanceTimersByTimeAsync(DAEMON_HEARTBEAT_INTERVAL_MS + RETRY_CAP_MS * 3);
    expect(log.slice(0, 8)).toEqual(["call", "call", "refresh", "call", "refresh", "call", "refresh", "call"]);
    expect(events.slice(0, 5)).toEqual(["ok", "authFailing", "authFailing", "authFailing", "ok"]);
    await vi.advanceTimersByTimeAsync(5 * DAEMON_HEARTBEAT_INTERVAL_MS);
    expect(refreshes).toBe(3);
    expect(handle.status).toBe("healthy");
    expect(calls.filter((fn) => fn === "machines:register")).toHaveLength(1);
  });

  test("a refreshAuth that throws is one more auth failure: no call goes out on it, and the loop keeps retrying", async () => {
    const t = makeBackend();
    const { client, state, calls } = losableIdentity(t);
    const events: HeartbeatEvent[] = [];
    const handle = startDaemonHeartbeat({
      client,
      machineId: "m-1",
      refreshAuth: () => {
        throw new Error("token endpoint down");
      },
      onEvent: (e) => events.push(e),
    });
    await vi.advanceTimersByTimeAsync(0);
    state.lost = true;
    await vi.advanceTimersByTimeAsync(DAEMON_HEARTBEAT_INTERVAL_MS + 60_000);
    const failing = events.filter((e) => e.type === "authFailing");
    expect(failing.length).toBeGreaterThan(5);
    expect(failing.slice(1).every((e) => e.error === "refreshAuth failed: token endpoint down")).toBe(true);
    expect(calls).toEqual(["machines:register", "heartbeat:daemonHeartbeat"]);
    expect(handle.status).toBe("authFailing");
  });

  test("auth failing continuously for authGraceMs stops the loop with fatal UNAUTHENTICATED, on the dot", async () => {
    const t = makeBackend();
    const events: HeartbeatEvent[] = [];
    const handle = startDaemonHeartbeat({ client: t, machineId: "m-1", authGraceMs: 90_000, onEvent: (e) => events.push(e) });
    await vi.advanceTimersByTimeAsync(90_000 - 1);
    expect(handle.status).toBe("authFailing");
    await vi.advanceTimersByTimeAsync(1);
    expect(handle.status).toBe("fatal");
    expect(events.at(-1)).toMatchObject({ type: "fatal", code: "UNAUTHENTICATED", at: Date.now() });
    expect((events.at(-1) as { message: string }).message).toMatch(/authentication has failed for 90 s \(authGraceMs 90000\); last: sign in first/);
  });

  test("the default grace is AUTH_GRACE_MS, ten minutes", async () => {
    const t = makeBackend();
    const handle = startParticipantHeartbeat({ client: t, chatroomId: "room", role: "builder" });
    await vi.advanceTimersByTimeAsync(AUTH_GRACE_MS - 1);
    expect(handle.status).toBe("authFailing");
    await vi.advanceTimersByTimeAsync(1);
    expect(handle.status).toBe("fatal");
    expect(AUTH_GRACE_MS).toBe(10 * 60_000);
  });

  test("the transport's own auth failure (ConvexHttpClient's 401 body) is authFailing too, and heals", async () => {
    const t = makeBackend();
    let expired = false;
    const client: HeartbeatClient = {
      mutation: async (fn, args) => {
        if (expired) throw new Error('{"code":"InvalidAuthHeader","message":"Could not validate token: Token expired 8 seconds ago"}');
        return asOwner(t).mutation(fn, args);
      },
    };
    const events: HeartbeatEvent[] = [];
    const handle = startDaemonHeartbeat({ client, machineId: "m-1", refreshAuth: () => (expired = false), random: () => 0.5, onEvent: (e) => events.push(e) });
    await vi.advanceTimersByTimeAsync(0);
    expired = true;
    await vi.advanceTimersByTimeAsync(DAEMON_HEARTBEAT_INTERVAL_MS + RETRY_CAP_MS);
    expect(events.map((e) => e.type)).toEqual(["ok", "authFailing", "ok"]);
    expect(handle.status).toBe("healthy");
  });
});
