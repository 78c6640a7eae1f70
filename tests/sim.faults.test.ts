// The simulator's new fault kinds on small fleets of real SDK loops against the module: each fault
// happens as configured, and the invariant's verdict holds through it.
import { describe, expect, test } from "vitest";
import { defaultConfig, NO_FAULTS, type FaultSchedule, type SimulationConfig } from "../sim/config";
import { measure } from "../sim/metrics";
import type { Timeline } from "../sim/timeline";
import { tooShort } from "../sim/validity";
import { simulateOnFakeClock, useFakeClock } from "./setup";

/** A small fleet with `faults`, long enough (checked) for them to play out and heal. */
function small(faults: Partial<FaultSchedule>, durationMs = 360_000): SimulationConfig {
  const config = defaultConfig({ seed: 3, daemons: 3, agents: 6, agentsPerRoom: 3, durationMs, sampleEveryMs: 60_000, faults: { ...NO_FAULTS, ...faults } });
  expect(tooShort(config)).toBeUndefined();
  return config;
}

/** The violations found, clause by clause. */
const violated = (timeline: Timeline, latencyMs = 0) => measure(timeline, latencyMs).clauses.filter((c) => !c.holds).map((c) => `(${c.id}) ${c.violations.join("; ")}`);

describe("fault kinds in the simulator", () => {
  useFakeClock();

  test("twin-daemon: each older instance is superseded and stops, and the newer one holds the machine, connected, to the end", async () => {
    const timeline = await simulateOnFakeClock(small({ twinDaemons: [{ atMs: 60_000, count: 2 }] }));
    expect(violated(timeline)).toEqual([]);
    const twins = timeline.processes.filter((p) => p.id.includes(".twin"));
    expect(twins).toHaveLength(2);
    for (const twin of twins) {
      const older = timeline.processes.find((p) => p.id === twin.replaces?.[0])!;
      expect(older.end).toBe("superseded");
      expect(timeline.delivered.filter((d) => d.process === older.id && d.at > older.endedAt!)).toEqual([]);
      expect(timeline.finalHealth.find((h) => h.record === twin.record)).toMatchObject({ process: twin.id, healthy: true });
    }
    expect(measure(timeline).twins).toEqual({ pairs: 2, stopped: 2, heldByNewest: 2 });
  });

  test("stray: documents deleted out of band are mended within one anti-entropy pass and their clients heal them", async () => {
    const timeline = await simulateOnFakeClock(small({ strays: [{ atMs: 60_000, count: 3 }, { atMs: 90_000, count: 3 }] }));
    expect(violated(timeline)).toEqual([]);
    expect(timeline.damages).toHaveLength(6);
    for (const damage of timeline.damages) {
      expect(damage.mendedAt, `${damage.table} of ${damage.record}`).toBeDefined();
      expect(damage.healedAt, `${damage.table} of ${damage.record}`).toBeGreaterThanOrEqual(damage.mendedAt!);
    }
    expect(timeline.repairLog.length).toBeGreaterThan(0);
    expect(timeline.finalHealth.every((h) => h.healthy)).toBe(true);
  });

  test("overlapping windows: a process cut off by two partitions stays cut off until the later one ends", async () => {
    const timeline = await simulateOnFakeClock(small({ partitions: [{ atMs: 60_000, durationMs: 120_000, fraction: 1 }, { atMs: 90_000, durationMs: 20_000, fraction: 1 }] }));
    const start = timeline.startedAt;
    expect(timeline.delivered.filter((d) => d.at > start + 60_000 && d.at < start + 180_000)).toEqual([]);
    expect(violated(timeline)).toEqual([]);
  });

  test("auth: clients whose identity or token source goes away keep their place and heal once it returns", async () => {
    const timeline = await simulateOnFakeClock(
      small({
        authLosses: [
          { atMs: 60_000, durationMs: 45_000, fraction: 0.5, mode: "identity" },
          { atMs: 150_000, durationMs: 120_000, fraction: 0.5, mode: "token" },
        ],
      }, 420_000),
    );
    expect(timeline.processes.some((p) => p.failedCalls.length > 0)).toBe(true);
    expect(violated(timeline)).toEqual([]);
    expect(measure(timeline).heal.auth.count).toBeGreaterThan(0);
  });
});
