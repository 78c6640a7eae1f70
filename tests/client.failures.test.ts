// Every failure a transport can report lands in exactly one place: fatal (a code retrying cannot fix, a
// function the deployment lacks), authFailing, or a visible retry of a named kind, bounded by maxFailureMs.
import { ConvexError } from "convex/values";
import { getFunctionName, makeFunctionReference } from "convex/server";
import { describe, expect, expectTypeOf, test, vi } from "vitest";
import { api } from "../convex/_generated/api";
import { DAEMON_HEARTBEAT_INTERVAL_MS } from "../convex/reliability";
import {
  DEFAULT_DAEMON_FUNCTIONS,
  DEFAULT_PARTICIPANT_FUNCTIONS,
  startDaemonHeartbeat,
  type DaemonFunctions,
  type HeartbeatClient,
  type HeartbeatEvent,
  type MutationRef,
  type ParticipantFunctions,
} from "../src";
import { classifyFailure } from "../src/client/failures";
import { RETRY_CAP_MS } from "../src/client/timing";
import { NetworkError, SimulatedNetwork } from "../sim/network";
import { asOwner, makeBackend, useFakeClock, type Backend, machinesOf } from "./setup";

const HOUR = 60 * 60_000;

/** Alice's client, except that heartbeats throw `failure()` while `failing` is set. */
function failingBeats(t: Backend, failure: () => unknown) {
  const state = { failing: false, calls: 0 };
  const client: HeartbeatClient = {
    async mutation(fn, args) {
      state.calls++;
      if (state.failing && getFunctionName(fn) === "heartbeat:daemonHeartbeat") throw failure();
      return asOwner(t).mutation(fn, args);
    },
  };
  return { client, state };
}

describe("failure classification, on the exact texts the transports throw", () => {
  const missing = "Could not find public function for 'machines:register'. Did you forget to run `npx convex dev` or `npx convex deploy`?";
  test.each([
    ["ConvexError QUOTA_EXCEEDED", new ConvexError({ code: "QUOTA_EXCEEDED", message: "too many" }), "fatal"],
    ["ConvexError FORBIDDEN (no longer in the contract)", new ConvexError({ code: "FORBIDDEN", message: "not yours" }), "unknownCode"],
    ["ConvexError NOT_FOUND", new ConvexError({ code: "NOT_FOUND", message: "no such chatroom" }), "fatal"],
    ["ConvexError INVALID_ARGUMENT", new ConvexError({ code: "INVALID_ARGUMENT", message: "machineId: bad" }), "fatal"],
    ["ConvexError QUOTA_EXCEEDED", new ConvexError({ code: "QUOTA_EXCEEDED", message: "1000 machines" }), "fatal"],
    ["ConvexError UNAUTHENTICATED", new ConvexError({ code: "UNAUTHENTICATED", message: "sign in first" }), "auth"],
    ["ConvexError with an unknown code", new ConvexError({ code: "RATE_LIMITED", message: "slow down" }), "unknownCode"],
    ["ConvexError with string data", new ConvexError("something odd"), "unknownCode"],
    ["ConvexError with object data and no code", new ConvexError({ reason: "odd" }), "unknownCode"],
    ["HTTP: missing function", new Error(`[Request ID: 70ff8c6e6a202263] Server Error\n${missing}`), "fatal"],
    ["WebSocket: missing function", new Error(`[CONVEX M(machines:register)] [Request ID: 10f5d9f8a27aec2f] Server Error\n${missing}\n\n  Called by client`), "fatal"],
    ["deployment: wrong kind", new Error("Trying to execute machines:register as Mutation, but it is defined as Query."), "fatal"],
    ["convex-test: missing module", new Error('Could not find module for: "machines"'), "fatal"],
    ["convex-test: missing export", new Error('Expected a Convex function exported from module "machines" as `nope`, but there is no such export.'), "fatal"],
    ["convex-test: wrong kind", new Error('Expected a mutation function, but the function exported from module "machines" as `list` is not a mutation.'), "fatal"],
    ["HTTP 401: expired token", new Error('{"code":"InvalidAuthHeader","message":"Could not validate token: Token expired 8 seconds ago"}'), "auth"],
    ["HTTP 401: no provider", new Error('{"code":"NoAuthProvider","message":"No auth provider found matching the given token"}'), "auth"],
    ["HTTP 401: unverifiable claim", new Error('{"code":"Unauthenticated","message":"Could not verify token claim"}'), "auth"],
    ["HTTP 401: expired id token", new Error('{"code":"IdTokenExpired","message":"Expired token"}'), "auth"],
    ["HTTP 401: session identity expired", new Error('{"code":"TokenExpired","message":"Convex token identity expired"}'), "auth"],
    ["HTTP error body with another code", new Error('{"code":"InternalServerError","message":"Your request couldn\'t be completed. Try again later."}'), "server"],
    ["HTTP 502 page from a proxy", new Error("<html><body>502 Bad Gateway</body></html>"), "server"],
    ["a server error", new Error("[Request ID: abc] Server Error"), "server"],
    ["an argument validator mismatch", new Error("ArgumentValidationError: Object contains extra field `x` that is not in the validator."), "server"],
    ["a thrown string", "boom", "server"],
    ["Node fetch: refused", new TypeError("fetch failed", { cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:3210"), { code: "ECONNREFUSED" }) }), "network"],
    ["Node fetch: DNS", new TypeError("fetch failed", { cause: Object.assign(new Error("getaddrinfo ENOTFOUND x"), { code: "ENOTFOUND" }) }), "network"],
    ["browser fetch", new TypeError("Failed to fetch"), "network"],
    ["the CLI's per-call timeout", new DOMException("The operation was aborted due to timeout", "TimeoutError"), "network"],
    ["an abort", new DOMException("This operation was aborted", "AbortError"), "network"],
    ["the simulator's network", new NetworkError("network unreachable"), "network"],
  ])("%s is %s", (_name, error, kind) => {
    expect(classifyFailure(error).kind).toBe(kind);
  });

  test("fatal failures carry the module's code and message, or FUNCTION_NOT_FOUND with the transport's text", () => {
    expect(classifyFailure(new ConvexError({ code: "QUOTA_EXCEEDED", message: "too many" }))).toEqual({ kind: "fatal", code: "QUOTA_EXCEEDED", message: "too many" });
    expect(classifyFailure(new Error(missing))).toEqual({ kind: "fatal", code: "FUNCTION_NOT_FOUND", message: missing });
  });
});

describe("retries that are never silent, and their limit", () => {
  useFakeClock();

  test.each([
    ["an unknown ConvexError code", () => new ConvexError({ code: "RATE_LIMITED", message: "slow down" }), "unknownCode", "RATE_LIMITED: slow down"],
    ["a ConvexError with string data", () => new ConvexError("odd"), "unknownCode", "odd"],
    ["a plain server error", () => new Error("[Request ID: abc] Server Error"), "server", "[Request ID: abc] Server Error"],
  ])("%s is retried for an hour with capped backoff, each retry reporting its attempt and kind", async (_name, failure, kind, error) => {
    const t = makeBackend();
    const { client, state } = failingBeats(t, failure);
    const events: HeartbeatEvent[] = [];
    const handle = startDaemonHeartbeat({ client, machineId: "m-1", onEvent: (e) => events.push(e) });
    await vi.advanceTimersByTimeAsync(0);
    state.failing = true;
    await vi.advanceTimersByTimeAsync(HOUR);
    const retries = events.filter((e) => e.type === "retrying");
    expect(retries.length).toBeGreaterThan(HOUR / RETRY_CAP_MS - 10);
    expect(retries.map((e) => e.attempt)).toEqual(retries.map((_, i) => i + 1));
    for (const retry of retries) expect(retry).toMatchObject({ kind, error, delayMs: expect.any(Number) });
    expect(Math.max(...retries.map((e) => e.delayMs))).toBeLessThanOrEqual(RETRY_CAP_MS);
    expect(events.some((e) => e.type === "fatal")).toBe(false);
    expect(handle.status).toBe("retrying");
    state.failing = false;
    await vi.advanceTimersByTimeAsync(RETRY_CAP_MS);
    expect(handle.status).toBe("healthy");
  });

  test("maxFailureMs: a loop whose every call has failed that long stops with fatal FAILING_TOO_LONG, on the dot", async () => {
    const t = makeBackend();
    const network = new SimulatedNetwork(() => 0.5);
    const client = network.link("p", asOwner(t), () => undefined, () => undefined);
    const events: HeartbeatEvent[] = [];
    const handle = startDaemonHeartbeat({ client, machineId: "m-1", maxFailureMs: 120_000, onEvent: (e) => events.push(e) });
    await vi.advanceTimersByTimeAsync(0);
    network.outage = true;
    await vi.advanceTimersByTimeAsync(DAEMON_HEARTBEAT_INTERVAL_MS);
    const firstFailure = events.find((e) => e.type === "retrying")!.at;
    await vi.advanceTimersByTimeAsync(firstFailure + 120_000 - 1 - Date.now());
    expect(handle.status).toBe("retrying");
    await vi.advanceTimersByTimeAsync(1);
    expect(handle.status).toBe("fatal");
    expect(events.at(-1)).toMatchObject({ type: "fatal", code: "FAILING_TOO_LONG", at: firstFailure + 120_000 });
    expect((events.at(-1) as { message: string }).message).toMatch(/every call has failed for 120 s \(maxFailureMs 120000\); last: network unreachable/);
  });

  test("a success resets the maxFailureMs clock: failures spread over a longer time are not one streak", async () => {
    const t = makeBackend();
    const { client, state } = failingBeats(t, () => new Error("[Request ID: abc] Server Error"));
    const events: HeartbeatEvent[] = [];
    const handle = startDaemonHeartbeat({ client, machineId: "m-1", maxFailureMs: 60_000, onEvent: (e) => events.push(e) });
    for (let i = 0; i < 4; i++) {
      state.failing = true;
      await vi.advanceTimersByTimeAsync(50_000);
      state.failing = false;
      await vi.advanceTimersByTimeAsync(RETRY_CAP_MS);
    }
    expect(events.filter((e) => e.type === "retrying").length).toBeGreaterThan(20);
    expect(handle.status).toBe("healthy");
  });
});

describe("function references", () => {
  useFakeClock();

  test("an app's own api references are accepted as the functions to call", async () => {
    expectTypeOf(api.machines.register).toExtend<MutationRef>();
    const daemon: DaemonFunctions = { register: api.machines.register, heartbeat: api.heartbeat.daemonHeartbeat, disconnect: api.machines.disconnect };
    const agent: ParticipantFunctions = { join: api.participants.join, heartbeat: api.heartbeat.participantHeartbeat, leave: api.participants.leave };
    expect(Object.values(daemon).map(getFunctionName)).toEqual(Object.values(DEFAULT_DAEMON_FUNCTIONS).map(getFunctionName));
    expect(Object.values(agent).map(getFunctionName)).toEqual(Object.values(DEFAULT_PARTICIPANT_FUNCTIONS).map(getFunctionName));
    const t = makeBackend();
    const handle = startDaemonHeartbeat({ client: asOwner(t), machineId: "m-1", functions: daemon });
    await vi.advanceTimersByTimeAsync(DAEMON_HEARTBEAT_INTERVAL_MS);
    expect(handle.status).toBe("healthy");
    expect(await machinesOf(t)).toEqual([{ machineId: "m-1", daemonConnected: true, instanceId: handle.instanceId }]);
  });

  test.each([
    ["a module the deployment lacks", "nope:register", 'Could not find module for: "nope"'],
    ["an export the module lacks", "machines:nope", "there is no such export"],
    ["a query where a mutation belongs", "machines:list", "is not a mutation"],
  ])("a reference to %s is fatal FUNCTION_NOT_FOUND after one call, not an endless retry", async (_name, path, text) => {
    const t = makeBackend();
    let calls = 0;
    const client: HeartbeatClient = {
      mutation: (fn, args) => {
        calls++;
        return asOwner(t).mutation(fn, args);
      },
    };
    const events: HeartbeatEvent[] = [];
    const register = makeFunctionReference<"mutation">(path);
    const handle = startDaemonHeartbeat({ client, machineId: "m-1", functions: { ...DEFAULT_DAEMON_FUNCTIONS, register }, onEvent: (e) => events.push(e) });
    await vi.advanceTimersByTimeAsync(10 * DAEMON_HEARTBEAT_INTERVAL_MS);
    expect(events).toEqual([{ type: "fatal", at: expect.any(Number), code: "FUNCTION_NOT_FOUND", message: expect.stringContaining(text) }]);
    expect(handle.status).toBe("fatal");
    expect(calls).toBe(1);
  });
});
