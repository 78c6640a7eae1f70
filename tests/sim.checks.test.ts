// The simulator's checks on hand-made timelines: each new fault kind's check passes a run that
// behaved and fails one that did not, so a verdict of HOLDS means something.
import { describe, expect, test } from "vitest";
import { fullPassAfter } from "../sim/checks/damage";
import { measure } from "../sim/metrics";
import { emptyTimeline, type CleanupRun, type Damage, type Delivered, type ProcessLife, type Timeline } from "../sim/timeline";

const MACHINE = "machine:machine-1";
const ROLE = "role:room1/role-0";
let seq = 0;

/** A timeline of ten minutes starting at 0, holding `parts`. */
function timeline(parts: Partial<Timeline>): Timeline {
  return { ...emptyTimeline(0), endedAt: 600_000, rooms: { room1: "room-1" }, ...parts };
}

/** A process life for `record`. */
const life = (id: string, record: string, extra: Partial<ProcessLife> = {}): ProcessLife => ({
  id,
  kind: record.startsWith("machine:") ? "daemon" : "agent",
  record,
  startedAt: 0,
  events: [],
  failedCalls: [],
  ...extra,
});

/** A delivered call; renewals are register, join and ok beats. */
function call(process: string, record: string, fn: string, outcome: string, at: number, extra: Partial<Delivered> = {}): Delivered {
  return { at, seq: ++seq, process, record, fn, outcome, renews: ["registered", "joined", "ok", "recovered"].includes(outcome), documentsRead: 1, documentsWritten: 1, ...extra };
}

/** A daemon's beats from `from` to `to`, every 30 s. */
function beats(process: string, from: number, to: number): Delivered[] {
  const calls = [];
  for (let at = from; at <= to; at += 30_000) calls.push(call(process, MACHINE, "heartbeat:daemonHeartbeat", "ok", at));
  return calls;
}

/** A cleanup run at `at` whose anti-entropy walked `table`. */
function run(at: number, table: string, fresh: boolean, finished: boolean): CleanupRun {
  return { at, seq: ++seq, daemonsDisconnected: 0, participantsRemoved: 0, repaired: 0, documentsRead: 0, documentsWritten: 0, cleaned: 0, antiEntropy: { table, fresh, finished } };
}

/** The violations of clause `id`. */
const violations = (t: Timeline, id: "a" | "b" | "c" | "d") => measure(t).clauses.find((c) => c.id === id)!.violations;

const whole = (record: string, process: string) => ({ record, process, healthy: true, restartPending: false });

describe("twin daemons (clause d)", () => {
  const pair = (oldCallsAfterSuperseded: number) => {
    const register = call("daemon-0.g0", MACHINE, "machines:register", "registered", 1_000);
    const twin = call("daemon-0.twin1", MACHINE, "machines:register", "registered", 120_000);
    const superseded = call("daemon-0.g0", MACHINE, "heartbeat:daemonHeartbeat", "superseded", 130_000);
    const after = Array.from({ length: oldCallsAfterSuperseded }, (_, i) => call("daemon-0.g0", MACHINE, "heartbeat:daemonHeartbeat", "superseded", 160_000 + i * 30_000));
    return timeline({
      delivered: [register, ...beats("daemon-0.g0", 31_000, 91_000), twin, superseded, ...after, ...beats("daemon-0.twin1", 150_000, 590_000)],
      processes: [life("daemon-0.g0", MACHINE, { end: "superseded", endedAt: 130_000 }), life("daemon-0.twin1", MACHINE, { startedAt: 120_000, replaces: ["daemon-0.g0"] })],
      finalHealth: [whole(MACHINE, "daemon-0.twin1")],
    });
  };

  test("an older instance that stops at its superseded answer holds, and the machine ends with the newer one", () => {
    const t = pair(0);
    expect(violations(t, "d")).toEqual([]);
    expect(measure(t).twins).toEqual({ pairs: 1, stopped: 1, heldByNewest: 1 });
  });

  test("an older instance that calls again after its superseded answer violates (d)", () => {
    expect(violations(pair(2), "d")).toEqual(["daemon-0 made 2 calls after it was superseded"]);
  });

  test("a pair in which neither instance was superseded violates (d)", () => {
    const t = pair(0);
    t.processes[0] = life("daemon-0.g0", MACHINE);
    expect(violations(t, "d")).toContain("daemon-0 and daemon-0's twin both still run: neither was superseded");
  });
});

describe("stray deletes (clauses a and b)", () => {
  const damage = (extra: Partial<Damage>): Damage => ({ at: 100_000, seq: 0, record: ROLE, table: "participants", ...extra });
  /** A full anti-entropy pass after the damage, ending at 180 s. */
  const pass = () => [
    run(105_000, "participantLeases", false, true),
    run(120_000, "participants", true, true),
    run(135_000, "machineLeases", true, true),
    run(150_000, "machines", true, true),
    run(165_000, "participantLeases", true, false),
    run(180_000, "participantLeases", false, true),
  ];

  test("a full pass is every table walked from its start to its end after the delete", () => {
    seq = 10;
    const runs = pass();
    expect(fullPassAfter(timeline({ cleanups: runs }), 10)).toEqual({ at: 180_000, runs: 6 });
    expect(fullPassAfter(timeline({ cleanups: runs.slice(0, 5) }), 10)).toBeUndefined();
  });

  test("a damaged record not mended by the end of a full anti-entropy pass violates (b)", () => {
    seq = 10;
    const t = timeline({ cleanups: pass(), damages: [damage({ seq: 10 })] });
    expect(violations(t, "b")).toEqual(["role-0 in room-1 (its participants document deleted at 1:40) was not mended by the end of a full anti-entropy pass (6 cleanup runs, by 3:00)"]);
    t.damages[0] = damage({ seq: 10, mendedAt: 165_000, mendedBy: "cleanup", healedAt: 170_000, healedBy: "agent-0.g0" });
    expect(violations(t, "b")).toEqual([]);
  });

  test("a client that heals its mended record later than the heal bound violates (b), unless it was cut off meanwhile", () => {
    seq = 10;
    const late = damage({ seq: 10, mendedAt: 120_000, mendedBy: "cleanup", healedAt: 160_000, healedBy: "agent-0.g0" });
    const t = timeline({ cleanups: pass(), damages: [late], processes: [life("agent-0.g0", ROLE)] });
    expect(violations(t, "b")).toEqual(["role-0 in room-1 (its participants document deleted at 1:40) was mended at 2:00 but healed only 40.0 s after its client could (bound 30.0 s)"]);
    t.impairments.push({ process: "agent-0.g0", from: 110_000, to: 140_000, cause: "partition" });
    expect(violations(t, "b")).toEqual([]);
  });

  test("cleanup discarding what is left of a damaged record is a repair, not a false cleanup", () => {
    const join = call("agent-0.g0", ROLE, "participants:join", "joined", 1_000);
    const beat = call("agent-0.g0", ROLE, "heartbeat:participantHeartbeat", "ok", 100_000);
    const cleaned = { at: 105_000, seq: ++seq, record: ROLE, kind: "participant" as const, cause: "damage" as const };
    const t = timeline({ delivered: [join, beat], cleaned: [cleaned] });
    expect(violations(t, "a")).toEqual([]);
    t.cleaned[0] = { ...cleaned, cause: "expiry" };
    expect(violations(t, "a")).toEqual(["role-0 in room-1 was removed at 1:45 after only 5.0 s of silence (TTL 90.0 s)"]);
  });
});

describe("auth losses (clauses b and d)", () => {
  test("a client stopped for good on UNAUTHENTICATED violates (b)", () => {
    const t = timeline({ processes: [life("agent-0.g0", ROLE, { end: "fatal", endedAt: 130_000, events: [{ at: 130_000, type: "fatal", code: "UNAUTHENTICATED" }] })] });
    expect(violations(t, "b")).toEqual(["agent-0 stopped for good on a fatal UNAUTHENTICATED at 2:10"]);
  });

  test("a client must renew within the heal bound of its identity returning", () => {
    const t = timeline({
      processes: [life("agent-0.g0", ROLE, { failedCalls: [125_000, 150_000] })],
      impairments: [{ process: "agent-0.g0", from: 120_000, to: 180_000, cause: "auth" }],
      delivered: [call("agent-0.g0", ROLE, "heartbeat:participantHeartbeat", "ok", 183_000)],
    });
    expect(violations(t, "b")).toEqual([]);
    expect(measure(t).heal.auth).toMatchObject({ count: 1, max: 3_000 });
    t.delivered[0] = call("agent-0.g0", ROLE, "heartbeat:participantHeartbeat", "ok", 215_000);
    expect(violations(t, "b")).toEqual(["agent-0 was not healthy within 30.0 s of its identity returning at 3:00 (took 35.0 s)"]);
  });

  test("a re-join the server never asked for violates (d); one after rejoinRequired, or after a lost answer, does not", () => {
    const needless = timeline({
      delivered: [call("agent-0.g0", ROLE, "participants:join", "joined", 1_000), call("agent-0.g0", ROLE, "heartbeat:participantHeartbeat", "ok", 31_000), call("agent-0.g0", ROLE, "participants:join", "joined", 61_000)],
    });
    expect(violations(needless, "d")).toEqual(["agent-0 re-joined at 1:01 though the server never asked it to"]);
    const asked = timeline({
      processes: [life("agent-0.g0", ROLE)],
      impairments: [{ process: "agent-0.g0", from: 5_000, to: 25_000, cause: "auth" }],
      delivered: [call("agent-0.g0", ROLE, "participants:join", "joined", 1_000), call("agent-0.g0", ROLE, "heartbeat:participantHeartbeat", "rejoinRequired", 31_000), call("agent-0.g0", ROLE, "participants:join", "joined", 31_000)],
    });
    expect(violations(asked, "d")).toEqual([]);
    // A second re-join for the same outage is one too many.
    asked.delivered.push(call("agent-0.g0", ROLE, "heartbeat:participantHeartbeat", "rejoinRequired", 61_000), call("agent-0.g0", ROLE, "participants:join", "joined", 61_000));
    expect(violations(asked, "d")).toEqual(["agent-0 re-joined 2 times after one outage or damage (at 0:05)"]);
    const lost = timeline({
      delivered: [call("agent-0.g0", ROLE, "participants:join", "joined", 1_000, { answerLost: true }), call("agent-0.g0", ROLE, "participants:join", "joined", 2_000)],
    });
    expect(violations(lost, "d")).toEqual([]);
  });
});

describe("healing after a network fault (clause b)", () => {
  test("a lost answer after the network returns restarts the heal bound: the network had not stayed up", () => {
    const t = timeline({
      processes: [life("agent-0.g0", ROLE, { failedCalls: [130_000, 185_000, 200_000] })],
      impairments: [{ process: "agent-0.g0", from: 120_000, to: 180_000, cause: "partition" }],
      delivered: [
        call("agent-0.g0", ROLE, "heartbeat:participantHeartbeat", "rejoinRequired", 183_000),
        call("agent-0.g0", ROLE, "heartbeat:participantHeartbeat", "rejoinRequired", 198_000),
        call("agent-0.g0", ROLE, "participants:join", "joined", 225_000),
      ],
    });
    expect(violations(t, "b")).toEqual([]);
    expect(measure(t).heal.network).toMatchObject({ count: 1, max: 25_000 });
    t.delivered[2] = call("agent-0.g0", ROLE, "participants:join", "joined", 240_000);
    expect(violations(t, "b")).toEqual(["agent-0 was not healthy within 30.0 s of its network returning at 3:00 (took 40.0 s)"]);
  });

  test("a process the server answered `superseded` owes no healing: another process holds its seat", () => {
    const t = timeline({
      processes: [life("agent-0.dup1", ROLE, { failedCalls: [130_000, 190_000] })],
      impairments: [{ process: "agent-0.dup1", from: 120_000, to: 180_000, cause: "partition" }],
      delivered: [call("agent-0.dup1", ROLE, "heartbeat:participantHeartbeat", "superseded", 188_000)],
    });
    expect(violations(t, "b")).toEqual([]);
    t.delivered = [];
    expect(violations(t, "b")).toEqual(["agent-0's duplicate was not healthy within 30.0 s of its network returning at 3:00 (no renewal at all)"]);
  });
});
