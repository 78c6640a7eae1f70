// The convex-heartbeat CLI: argument, environment and timing-flag errors in plain words, one log line
// per state change, and a graceful stop on a signal. Runs against the embedded backend on fake timers.
import { describe, expect, test, vi } from "vitest";
import { HEARTBEAT_INTERVAL_MS } from "../convex/reliability";
import { parseCli, UsageError } from "../src/cli/args";
import { formatDuration, formatEvent } from "../src/cli/log";
import { runPlan } from "../src/cli/run";
import { asOther, asOwner, createChatroom, makeBackend, useFakeClock, rolesIn } from "./setup";

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
    expect(parseCli(["agent", "--chatroom", "room", "--role", "r", "--interval-ms", "45000", "--auth-grace-ms", "120000", "--max-failure-ms", "3600000"], ENV)).toMatchObject({
      intervalMs: 45_000,
      authGraceMs: 120_000,
      maxFailureMs: 3_600_000,
    });
    expect(parseCli(["daemon", "--machine-id", "m-1", "--interval-ms", "60000"], ENV)).toMatchObject({ intervalMs: 60_000 });
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
    [["daemon", "--machine-id", "m"], { ...ENV, CONVEX_AUTH_TOKEN: "  " }, /CONVEX_AUTH_TOKEN is not set/],
    [["daemon", "--machine-id", "m", "--interval-ms", "0"], ENV, /--interval-ms must be a finite number of ms from 1000 to 60000 .*got '0'/],
    [["daemon", "--machine-id", "m", "--interval-ms", "abc"], ENV, /--interval-ms must be .*got 'abc'/],
    [["daemon", "--machine-id", "m", "--interval-ms", "60001"], ENV, /--interval-ms .*to 60000 \(at most half the daemon TTL\), got '60001'/],
    [["agent", "--chatroom", "c", "--role", "r", "--interval-ms", "50000"], ENV, /--interval-ms .*to 45000 \(at most half the participant TTL\), got '50000'/],
    [["agent", "--chatroom", "c", "--role", "r", "--auth-grace-ms", "-1"], ENV, /--auth-grace-ms must be a finite number of ms greater than 0, got '-1'/],
    [["daemon", "--machine-id", "m", "--max-failure-ms", "Infinity"], ENV, /--max-failure-ms must be a finite number of ms greater than 0, got 'Infinity'/],
    [["daemon", "--machine-id", "m", "--max-failure-ms", ""], ENV, /--max-failure-ms must be .*got ''/],
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
    expect(await rolesIn(t, chatroomId)).toEqual([{ role: "builder", connectionId: "cli-1" }]);
    signal?.("SIGTERM");
    await vi.advanceTimersByTimeAsync(0);
    expect(await exit).toBe(0);
    expect(lines.slice(1).map((l) => l.split(" ").slice(1).join(" "))).toEqual(["agent builder SIGTERM: stopping", "agent builder stopped"]);
    expect(await rolesIn(t, chatroomId)).toEqual([]);
  });

  test("a fatal answer ends the run with exit code 1 and a one-line reason", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    const lines: string[] = [];
    // Mallory names Alice's chatroom: to her it does not exist.
    const exit = runPlan(
      { kind: "agent", url: ENV.CONVEX_URL, token: { value: "mallory" }, chatroomId, role: "builder" },
      { connect: () => asOther(t), log: (line) => lines.push(line), onSignal: () => undefined },
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(await exit).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/agent builder fatal code=NOT_FOUND/);
  });

  test("repeated oks, retries and auth failures are not logged; every change is", () => {
    const at = Date.UTC(2026, 0, 1);
    const retrying = { type: "retrying", at, attempt: 2, delayMs: 900, kind: "server", error: "down" } as const;
    const authFailing = { type: "authFailing", at, attempt: 3, delayMs: 2000, error: "sign in first" } as const;
    expect(formatEvent("agent x", { type: "ok", at }, "ok")).toBeUndefined();
    expect(formatEvent("agent x", retrying, "retrying")).toBeUndefined();
    expect(formatEvent("agent x", authFailing, "authFailing")).toBeUndefined();
    expect(formatEvent("agent x", { type: "ok", at }, "retrying")).toBe("2026-01-01T00:00:00.000Z agent x ok");
    expect(formatEvent("agent x", retrying, "ok")).toBe('2026-01-01T00:00:00.000Z agent x retrying attempt=2 in=900ms kind=server error="down"');
    expect(formatEvent("agent x", authFailing, "retrying")).toBe('2026-01-01T00:00:00.000Z agent x authFailing attempt=3 in=2000ms error="sign in first"');
  });

  test.each([
    [5_000, "5s"],
    [192_000, "3m12s"],
    [3_725_000, "1h02m05s"],
  ])("a duration of %i ms reads %s", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
