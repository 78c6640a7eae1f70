// The convex-heartbeat CLI: argument and environment errors in plain words, one log line per state
// change, and a graceful stop on a signal. Runs against the embedded backend on fake timers.
import { describe, expect, test, vi } from "vitest";
import { api } from "../convex/_generated/api";
import { HEARTBEAT_INTERVAL_MS } from "../convex/reliability";
import { parseCli, UsageError } from "../src/cli/args";
import { formatEvent, runPlan } from "../src/cli/run";
import { asOwner, createChatroom, makeBackend, useFakeClock } from "./setup";

const ENV = { CONVEX_URL: "https://happy-animal-123.convex.cloud", CONVEX_AUTH_TOKEN: "jwt" };

describe("CLI arguments", () => {
  test("daemon and agent commands parse into plans", () => {
    expect(parseCli(["daemon", "--machine-id", "m-1", "--hostname", "h"], ENV)).toEqual({
      kind: "daemon",
      url: ENV.CONVEX_URL,
      token: { value: "jwt" },
      machineId: "m-1",
      hostname: "h",
    });
    expect(parseCli(["agent", "--chatroom", "room", "--role", "builder"], ENV)).toEqual({
      kind: "agent",
      url: ENV.CONVEX_URL,
      token: { value: "jwt" },
      chatroomId: "room",
      role: "builder",
    });
    expect(parseCli(["daemon", "--machine-id", "m-1"], { CONVEX_URL: ENV.CONVEX_URL, CONVEX_AUTH_TOKEN_FILE: "/run/secrets/jwt" })).toMatchObject({
      token: { file: "/run/secrets/jwt" },
    });
    expect(parseCli([], ENV)).toEqual({ kind: "help" });
    expect(parseCli(["--help"], {})).toEqual({ kind: "help" });
  });

  test.each([
    [["daemon", "--machine-id", "m"], { CONVEX_AUTH_TOKEN: "jwt" }, /CONVEX_URL is not set/],
    [["daemon", "--machine-id", "m"], { CONVEX_URL: ENV.CONVEX_URL }, /CONVEX_AUTH_TOKEN is not set/],
    [["daemon", "--machine-id", "m"], { ...ENV, CONVEX_URL: "happy-animal" }, /must be an http\(s\) URL/],
    [["daemon"], ENV, /missing --machine-id/],
    [["agent", "--role", "r"], ENV, /missing --chatroom/],
    [["agent", "--chatroom", "c", "--role"], ENV, /--role needs a value/],
    [["daemon", "--machine", "m"], ENV, /unknown argument '--machine'/],
    [["deamon"], ENV, /unknown command 'deamon'/],
  ])("%j with a bad environment or flags is a usage error that says what to fix", (argv, env, message) => {
    expect(() => parseCli(argv as string[], env)).toThrow(UsageError);
    expect(() => parseCli(argv as string[], env)).toThrow(message);
  });
});

describe("CLI run", () => {
  useFakeClock();

  test("an agent logs its state changes once each and leaves on SIGTERM, exiting 0", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    const lines: string[] = [];
    let signal: ((name: string) => void) | undefined;
    const exit = runPlan(
      { kind: "agent", url: ENV.CONVEX_URL, token: { value: "jwt" }, chatroomId, role: "builder", connectionId: "cli-1" },
      { connect: () => asOwner(t), log: (line) => lines.push(line), onSignal: (handler) => (signal = handler) },
    );
    await vi.advanceTimersByTimeAsync(5 * HEARTBEAT_INTERVAL_MS);
    expect(lines).toEqual(["2026-01-01T00:00:00.000Z agent builder ok"]);
    expect(await asOwner(t).query(api.participants.list, { chatroomId })).toEqual([{ role: "builder", connectionId: "cli-1" }]);
    signal?.("SIGTERM");
    await vi.advanceTimersByTimeAsync(0);
    expect(await exit).toBe(0);
    expect(lines.slice(1).map((l) => l.split(" ").slice(1).join(" "))).toEqual(["agent builder SIGTERM: stopping", "agent builder stopped"]);
    expect(await asOwner(t).query(api.participants.list, { chatroomId })).toEqual([]);
  });

  test("a fatal answer ends the run with exit code 1 and a one-line reason", async () => {
    const t = makeBackend();
    const lines: string[] = [];
    const exit = runPlan(
      { kind: "daemon", url: ENV.CONVEX_URL, token: { value: "expired" }, machineId: "m-1" },
      { connect: () => t, log: (line) => lines.push(line), onSignal: () => undefined },
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(await exit).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/daemon m-1 fatal code=UNAUTHENTICATED/);
  });

  test("repeated oks and repeated retries are not logged; every change is", () => {
    const at = Date.UTC(2026, 0, 1);
    expect(formatEvent("agent x", { type: "ok", at }, "ok")).toBeUndefined();
    expect(formatEvent("agent x", { type: "retrying", at, attempt: 3, delayMs: 5000, error: "down" }, "retrying")).toBeUndefined();
    expect(formatEvent("agent x", { type: "ok", at }, "retrying")).toBe("2026-01-01T00:00:00.000Z agent x ok");
    expect(formatEvent("agent x", { type: "retrying", at, attempt: 2, delayMs: 900, error: "down" }, "ok")).toBe(
      '2026-01-01T00:00:00.000Z agent x retrying attempt=2 in=900ms error="down"',
    );
  });
});
