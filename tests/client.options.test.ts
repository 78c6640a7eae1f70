// The loop's options are checked at start: an interval, grace or failure limit out of range throws a
// TypeError that names the option and its range, before any call goes out.
import { describe, expect, test } from "vitest";
import { startDaemonHeartbeat, startParticipantHeartbeat, type HeartbeatClient } from "../src";
import { useFakeClock } from "./setup";

/** A client that counts its calls and never answers (no call should ever reach it here). */
function counting() {
  let calls = 0;
  const client: HeartbeatClient = {
    mutation: () => {
      calls++;
      return new Promise(() => undefined);
    },
  };
  return { client, calls: () => calls };
}

describe("option checks at start", () => {
  useFakeClock();

  test.each([
    ["daemon", { intervalMs: 0 }, /intervalMs must be a finite number of ms from 1000 to 60000 .*got 0/],
    ["daemon", { intervalMs: NaN }, /intervalMs must be .* from 1000 to 60000 .*got NaN/],
    ["daemon", { intervalMs: -1 }, /intervalMs .*got -1/],
    ["daemon", { intervalMs: Infinity }, /intervalMs .*got Infinity/],
    ["daemon", { intervalMs: 999 }, /intervalMs .*got 999/],
    ["daemon", { intervalMs: 60_001 }, /intervalMs .*from 1000 to 60000 \(at most half the daemon TTL\), got 60001/],
    ["agent", { intervalMs: 45_001 }, /intervalMs .*from 1000 to 45000 \(at most half the participant TTL\), got 45001/],
    ["agent", { intervalMs: 180_000 }, /intervalMs .*got 180000/],
    ["daemon", { authGraceMs: 0 }, /authGraceMs must be a finite number of ms greater than 0, got 0/],
    ["agent", { authGraceMs: -5 }, /authGraceMs .*got -5/],
    ["daemon", { authGraceMs: Infinity }, /authGraceMs .*got Infinity/],
    ["agent", { maxFailureMs: 0 }, /maxFailureMs must be a finite number of ms greater than 0, got 0/],
    ["daemon", { maxFailureMs: NaN }, /maxFailureMs .*got NaN/],
  ] as const)("a %s with %o throws a TypeError naming the option and its range, before any call", (kind, options, message) => {
    const { client, calls } = counting();
    const start = () =>
      kind === "daemon"
        ? startDaemonHeartbeat({ client, machineId: "m-1", ...options })
        : startParticipantHeartbeat({ client, chatroomId: "room", role: "builder", ...options });
    expect(start).toThrow(TypeError);
    expect(start).toThrow(message);
    expect(calls()).toBe(0);
  });

  test("the range's ends are allowed: 1 s and half of each TTL", () => {
    const { client, calls } = counting();
    for (const intervalMs of [1_000, 60_000]) startDaemonHeartbeat({ client, machineId: "m-1", intervalMs, authGraceMs: 1, maxFailureMs: 1 });
    for (const intervalMs of [1_000, 45_000]) startParticipantHeartbeat({ client, chatroomId: "room", role: "builder", intervalMs });
    expect(calls()).toBe(4);
  });
});
