// The CLI under lasting failures: a summary line at most once a minute and one line on recovery, a token
// file never sent empty, and exit 1 once auth (authGraceMs) or every call (maxFailureMs) has failed too long.
import { getFunctionName } from "convex/server";
import { ConvexError } from "convex/values";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test, vi } from "vitest";
import { HEARTBEAT_INTERVAL_MS } from "../convex/reliability";
import type { CliPlan } from "../src/cli/args";
import { connect, type TokenClient } from "../src/cli/connect";
import { formatDuration } from "../src/cli/log";
import { runPlan } from "../src/cli/run";
import { RETRY_CAP_MS } from "../src/client/timing";
import type { HeartbeatClient } from "../src";
import { asOwner, createChatroom, makeBackend, T0, useFakeClock, type Backend, rolesIn } from "./setup";

const URL = "https://happy-animal-123.convex.cloud";
const MINUTE = 60_000;

/** The ISO stamp and the rest of a log line. */
const split = (line: string) => ({ at: Date.parse(line.slice(0, 24)), text: line.slice(25) });

/**
 * A stand-in for ConvexHttpClient on the embedded backend: the token "good" is Alice, any other token is
 * rejected as a deployment rejects it (HTTP 401, its JSON body thrown as the Error's message).
 */
function deployment(t: Backend) {
  let token: string | undefined;
  const sent: (string | undefined)[] = [];
  const client: TokenClient = {
    setAuth: (value) => (token = value),
    async mutation(fn, args) {
      sent.push(token);
      if (token !== "good") throw new Error('{"code":"InvalidAuthHeader","message":"Could not validate token: Token expired 8 seconds ago"}');
      return asOwner(t).mutation(fn, args);
    },
  };
  return { client, sent };
}

/** Runs `plan` on `client` with its output captured; `exit()` is the exit code once the run ended, else undefined. */
function run(plan: Exclude<CliPlan, { kind: "help" }>, client: HeartbeatClient) {
  const lines: string[] = [];
  let code: number | undefined;
  void runPlan(plan, { connect: () => client, log: (line) => lines.push(line), onSignal: () => undefined }).then((c) => (code = c));
  return { lines, exit: () => code };
}

describe("CLI under lasting failures", () => {
  useFakeClock();

  test("an unknown error code is retried, with a summary line once a minute and one line when it recovers", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    let failing = false;
    const failures: number[] = [];
    const client: HeartbeatClient = {
      async mutation(fn, args) {
        if (failing && getFunctionName(fn) === "heartbeat:participantHeartbeat") {
          failures.push(Date.now());
          throw new ConvexError({ code: "RATE_LIMITED", message: "slow down" });
        }
        return asOwner(t).mutation(fn, args);
      },
    };
    const { lines, exit } = run({ kind: "agent", url: URL, token: { value: "good" }, chatroomId, role: "builder" }, client);
    await vi.advanceTimersByTimeAsync(0);
    failing = true;
    await vi.advanceTimersByTimeAsync(HEARTBEAT_INTERVAL_MS + 3.5 * MINUTE);
    failing = false;
    await vi.advanceTimersByTimeAsync(RETRY_CAP_MS + 3 * MINUTE);

    const since = new Date(failures[0]).toISOString().slice(11, 19);
    const summaries = lines.map(split).filter((l) => l.text.includes("still retrying"));
    expect(summaries).toHaveLength(3);
    summaries.forEach((summary, i) => {
      const count = failures.filter((at) => at <= summary.at).length;
      expect(summary.text).toBe(`agent builder still retrying: ${count} failures since ${since}, last: RATE_LIMITED: slow down`);
      const previous = i === 0 ? failures[0] : summaries[i - 1].at;
      expect(summary.at - previous).toBeGreaterThanOrEqual(MINUTE);
      expect(summary.at - previous).toBeLessThanOrEqual(MINUTE + RETRY_CAP_MS);
    });
    const texts = lines.map((l) => split(l).text);
    const recoveredAt = split(lines.at(-1)!).at;
    expect(texts[0]).toBe("agent builder ok");
    expect(texts[1]).toMatch(/^agent builder retrying attempt=1 in=\d+ms kind=unknownCode error="RATE_LIMITED: slow down"$/);
    expect(texts.slice(2, 5).every((text) => text.includes("still retrying"))).toBe(true);
    expect(texts.slice(5)).toEqual([
      "agent builder ok",
      `agent builder recovered after ${failures.length} failures over ${formatDuration(recoveredAt - failures[0])}`,
    ]);
    expect(recoveredAt - T0).toBeLessThanOrEqual(HEARTBEAT_INTERVAL_MS + 3.5 * MINUTE + RETRY_CAP_MS);
    expect(exit()).toBeUndefined();
  });

  test("a token file that is empty for one read heals: no call goes out without a token, and the agent never re-joins", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    const file = join(mkdtempSync(join(tmpdir(), "convex-heartbeat-")), "token");
    writeFileSync(file, "good\n");
    const { client: http, sent } = deployment(t);
    let reads = 0;
    const readFile = (path: string) => {
      reads++;
      const text = readFileSync(path, "utf8");
      if (text === "") writeFileSync(path, "good\n"); // the sidecar finishes its non-atomic rewrite
      return text;
    };
    const client = connect(URL, { file }, { createClient: () => http, readFile });
    const { lines, exit } = run({ kind: "agent", url: URL, token: { file }, chatroomId, role: "builder", connectionId: "cli-1" }, client);
    await vi.advanceTimersByTimeAsync(0);
    writeFileSync(file, ""); // `echo "$TOKEN" > file` truncates first
    await vi.advanceTimersByTimeAsync(HEARTBEAT_INTERVAL_MS + RETRY_CAP_MS);

    const texts = lines.map((l) => split(l).text);
    expect(texts[0]).toBe("agent builder ok");
    expect(texts[1]).toMatch(/^agent builder authFailing attempt=1 in=\d+ms error=/);
    expect(texts[1].endsWith(`error="token file ${file} is empty"`)).toBe(true);
    expect(texts.slice(2)).toEqual(["agent builder ok", expect.stringMatching(/^agent builder recovered after 1 failure over \d+s$/)]);
    expect(sent.every((token) => token === "good")).toBe(true);
    expect(sent.length).toBe(reads - 1);
    expect(await rolesIn(t, chatroomId)).toEqual([{ role: "builder", connectionId: "cli-1" }]);
    expect(exit()).toBeUndefined();
  });

  test.each([
    ["the default grace", undefined, 10 * MINUTE],
    ["--auth-grace-ms 120000", 120_000, 2 * MINUTE],
  ])("a token that stays invalid ends fatal UNAUTHENTICATED after %s, and the CLI exits 1 then", async (_name, authGraceMs, grace) => {
    const t = makeBackend();
    const { client: http, sent } = deployment(t);
    const token = { value: "expired-jwt" };
    const client = connect(URL, token, { createClient: () => http, readFile: () => "" });
    const { lines, exit } = run({ kind: "daemon", url: URL, token, machineId: "m-1", ...(authGraceMs === undefined ? {} : { authGraceMs }) }, client);
    await vi.advanceTimersByTimeAsync(grace - 1);
    expect(exit()).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(exit()).toBe(1);
    expect(split(lines.at(-1)!).text).toBe(
      `daemon m-1 fatal code=UNAUTHENTICATED ${JSON.stringify(
        `authentication has failed for ${grace / 1000} s (authGraceMs ${grace}); last: {"code":"InvalidAuthHeader","message":"Could not validate token: Token expired 8 seconds ago"}`,
      )}`,
    );
    expect(lines.filter((l) => l.includes("still retrying"))).toHaveLength(grace / MINUTE - 1);
    expect(sent.length).toBeLessThanOrEqual(grace / (RETRY_CAP_MS / 2) + 1);
  });

  test("--max-failure-ms ends a run whose every call keeps failing: exit 1 with FAILING_TOO_LONG", async () => {
    const client: HeartbeatClient = {
      mutation: async () => {
        throw new Error("[Request ID: abc] Server Error");
      },
    };
    const { lines, exit } = run({ kind: "daemon", url: URL, token: { value: "good" }, machineId: "m-1", maxFailureMs: 5 * MINUTE }, client);
    await vi.advanceTimersByTimeAsync(5 * MINUTE - 1);
    expect(exit()).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(exit()).toBe(1);
    expect(split(lines.at(-1)!).text).toMatch(/^daemon m-1 fatal code=FAILING_TOO_LONG "every call has failed for 300 s \(maxFailureMs 300000\); last: \[Request ID: abc\] Server Error"$/);
  });
});
