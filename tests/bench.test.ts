// The benchmark's smoke test: every scenario of `npm run bench` at tiny sizes, so the benchmark cannot
// silently rot. It checks structural facts of the two designs, never timings, and writes no files.
import { describe, expect, test, vi } from "vitest";
import { baselineModules } from "../bench/baselineModules";
import { baselineDesign } from "../bench/designs/baseline";
import { oursDesign } from "../bench/designs/ours";
import { textTable } from "../bench/report";
import type { BenchEnv, Row } from "../bench/scenario";
import { antiEntropyPass } from "../bench/scenarios/antiEntropyPass";
import { cleanupGrowth } from "../bench/scenarios/cleanupGrowth";
import { herd } from "../bench/scenarios/herd";
import { peerComparison } from "../bench/scenarios/peerComparison";
import { simulatorThroughput } from "../bench/scenarios/simulatorThroughput";
import { staleBacklog } from "../bench/scenarios/staleBacklog";
import { statusWrites } from "../bench/scenarios/statusWrites";
import { unitCosts } from "../bench/scenarios/unitCosts";
import { ANTI_ENTROPY_BATCH, CLEANUP_INTERVAL_MS } from "../convex/reliability";
import { makeBackend, useFakeClock } from "./setup";

const env: BenchEnv = {
  designs: {
    ours: oursDesign(makeBackend),
    baseline: baselineDesign(baselineModules),
  },
  clock: { setSystemTime: (ms) => vi.setSystemTime(ms) },
};

/** The row whose figure starts with `prefix`. */
function row(rows: Row[], prefix: string): Row {
  const found = rows.find((r) => r.figure.startsWith(prefix));
  if (found === undefined) throw new Error(`no row starting with "${prefix}"`);
  return found;
}

describe("benchmark (smoke, tiny sizes)", () => {
  useFakeClock();

  test("one call: a participant beat reads its lease only; cleanup with nothing stale reads its state and one anti-entropy slice here, the whole fleet in the baseline", async () => {
    const { rows } = await unitCosts({ fleet: 20 }).run(env);
    expect(row(rows, "routine daemon heartbeat: documents written")).toMatchObject({ ours: 1, baseline: 1 });
    expect(row(rows, "routine participant heartbeat: documents read")).toMatchObject({ ours: 2, baseline: 3 });
    expect(row(rows, "routine participant heartbeat: documents written")).toMatchObject({ ours: 1, baseline: 1 });
    const cleanup = row(rows, "cleanup run (not the first), 20 live, none stale: documents read");
    expect(cleanup.ours as number).toBeGreaterThan(2);
    expect(cleanup.ours as number).toBeLessThanOrEqual(2 + 3 * ANTI_ENTROPY_BATCH);
    expect(cleanup.baseline).toBeGreaterThanOrEqual(20);
    expect(row(rows, "cleanup run (not the first), 20 live, none stale: documents written")).toMatchObject({ ours: 1, baseline: 0 });
  });

  test("cleanup vs fleet: the baseline's reads grow with the fleet, this module's stay the same", async () => {
    // Both fleets hold more than two anti-entropy slices of each table, so the slice read is a full one at both.
    const scenario = cleanupGrowth({ fleetSizes: [100, 400], stale: 4 });
    const { rows } = await scenario.run(env);
    const [small, large] = rows as [Row, Row];
    expect(large.ours).toBe(small.ours);
    expect(large.baseline as number).toBeGreaterThan((small.baseline as number) + 250);
    expect(textTable([{ number: 2, title: scenario.title, rows }])).toMatch(/baseline\/ours[\s\S]*\d+\.\d+/);
  });

  test("status writes: a routine heartbeat writes no status document here and one in the baseline", async () => {
    const { rows } = await statusWrites({ fleet: 10 }).run(env);
    expect(row(rows, "routine daemon heartbeat: status-document writes")).toMatchObject({ ours: 0, baseline: 1 });
    expect(row(rows, "routine participant heartbeat: status-document writes")).toMatchObject({ ours: 0, baseline: 1 });
    expect(row(rows, "routine daemon heartbeat: tables written")).toMatchObject({ ours: "machineLeases", baseline: "machines" });
    expect(row(rows, "1 min of routine beats")).toMatchObject({ ours: 0, baseline: 20 });
  });

  test("stale backlog: the baseline fails past the read limit, this module cleans more through its continuations", async () => {
    const limits = { documentsRead: 2_200 };
    const { rows } = await staleBacklog({ limits, oursBacklog: 1_200, baselineLadder: [400, 800, 1_600], resolution: 50 }).run(env);
    const largest = row(rows, "largest stale backlog cleaned");
    expect(largest.ours).toBe(1_200);
    expect(largest.baseline as number).toBeGreaterThanOrEqual(800);
    expect(largest.baseline as number).toBeLessThan(1_200);
    expect(row(rows, "smallest stale backlog that failed").note).toMatch(/too many documents/i);
    expect((row(rows, "cleanup transactions").ours as number) > 1).toBe(true);
    expect(row(rows, "most documents read by one of them").ours as number).toBeLessThanOrEqual(limits.documentsRead);
    expect(row(rows, "stale records left afterwards").ours).toBe(0);
    // Only cleanup's own state document and one anti-entropy slice; the baseline re-reads its tables.
    expect(row(rows, "next cleanup run afterwards: documents read").ours as number).toBeLessThanOrEqual(2 + 3 * ANTI_ENTROPY_BATCH);
    expect(row(rows, "next cleanup run afterwards: documents read").baseline as number).toBeGreaterThanOrEqual(400);
    // A cron tick during the chain reads cleanup's state document and does nothing else.
    expect(row(rows, "a cron tick landing during the chain")).toMatchObject({ ours: "1 / 0 / 0", baseline: null });
  });
});

describe("benchmark (smoke, tiny sizes): anti-entropy", () => {
  useFakeClock();

  test("anti-entropy: a full pass is a run per slice of each table, its cost per run is bounded, and damage at the end of every table is mended within it", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const { rows } = await antiEntropyPass({ records: 400 }).run(env);
    // One repair line per planted damage, as a deployment's log stream would show them.
    expect(warn.mock.calls.filter(([line]) => line === "convex-heartbeat repair")).toHaveLength(4);
    warn.mockRestore();
    // 100 records a table less the planted damage: 5 slices of 20 each, 4 tables.
    expect(row(rows, "full pass over 400 records").ours).toBe(4 * Math.ceil(100 / ANTI_ENTROPY_BATCH));
    expect(row(rows, "… simulated time").ours).toBe(5);
    const [fewest, most] = String(row(rows, "cleanup run, nothing stale or damaged").ours).split(" / ").map(Number);
    expect(fewest).toBeGreaterThan(2);
    expect(most).toBeLessThanOrEqual(2 + 3 * ANTI_ENTROPY_BATCH);
    expect(row(rows, "… documents written / functions scheduled").ours).toBe("1 / 0");
    expect(row(rows, "damage planted").ours).toBe("4 of 4");
    expect(row(rows, "… the run that mended the last").ours).toBe(20);
  });
});

describe("benchmark (smoke, tiny sizes): against @convex-dev/presence", () => {
  // Each design's measurement installs its own fake clock (presence's worker needs one that fires timers).
  test("presence: a beat reads more and removes at the deadline; ours: a lease-only beat, no scheduled functions, removal within one cron interval; the projection has every size", async () => {
    const [comparison, projection] = peerComparison({ sizes: [40, 60], k: 10, idleMinutes: 1 });
    const { rows } = await comparison.run(env);
    expect(row(rows, "routine beat: documents read / written / functions scheduled")).toMatchObject({ ours: "2 / 1 / 0", presence10s: "5 / 1 / 0", presence30s: "5 / 1 / 0" });
    expect(row(rows, "routine beat: writes to the tables")).toMatchObject({ ours: 0, baseline: 1, presence10s: 0, presence30s: 0 });
    expect(row(rows, "tables the list queries read")).toMatchObject({ presence10s: "presence, roomTokens" });
    // Presence's worker: 2 transactions per timed-out client, each scheduling its successor; ours: cron runs, nothing scheduled.
    const timeout = row(rows, "time out 10 silent clients, deadlines spread evenly");
    expect(String(timeout.presence30s)).toMatch(/^20: \d+ \/ \d+ \/ 2\d$/);
    expect(String(timeout.ours)).toMatch(/^[1-3]: \d+ \/ \d+ \/ 0$/);
    const delays = row(rows, "… delay from deadline to removal");
    expect(delays.presence10s).toBe("0 / 0 / 0");
    const [, , oursMax] = String(delays.ours).split(" / ").map(Number);
    expect(oursMax).toBeGreaterThan(0);
    expect(oursMax).toBeLessThanOrEqual(CLEANUP_INTERVAL_MS / 1000);
    expect(row(rows, "… live clients removed by mistake")).toMatchObject({ ours: 0, baseline: 0, presence10s: 0, presence30s: 0 });
    expect(row(rows, "idle, nobody expiring: transactions per minute").ours).toBe(4);
    const projected = (await projection.run(env)).rows;
    expect(projected).toHaveLength(4 * 4);
    expect(row(projected, "1,000,000 agents: calls per second").note).toMatch(/read limit/);
  });
});

describe("benchmark (smoke, small fleet): herd after an outage", () => {
  // Each run installs its own fake clock, as `npm run bench` lets it. 200 clients, issue 9's outage
  // (3 min, at 5 min) and seed 11: SDK 1.07, pre-desync 3.87; over seeds 1-5, 11, 42 and 99 the SDK's
  // ratio stays within 0.84-1.21 and the pre-desync loop's within 2.95-3.87, so the bound is no fluke.
  test("herd: a fleet that healed together spreads out with the SDK's desync (ratio ≤ 1.5) and beats in step with the pre-desync loop (ratio > 1.5)", async () => {
    const { rows } = await herd({ clients: 200 }).run(env);
    const sdk = "200 SDK loops (src/client, with the desync), 3-min outage";
    const legacy = "200 pre-desync loops (bench/herd/legacyLoop.ts), same seed and outage";
    const steady = String(row(rows, `${sdk}: calls per second`).ours).split(" / ").map(Number);
    // 200 clients beating about every 28.5 s: about 7 calls a second on average.
    expect(steady[1]).toBeGreaterThan(6);
    expect(steady[1]).toBeLessThan(8);
    // Until the outage nothing has failed, so both loops make the same calls, second for second.
    expect(row(rows, `${legacy}: calls per second`).ours).toBe(row(rows, `${sdk}: calls per second`).ours);
    expect(row(rows, `${sdk}: herd ratio`).ours as number).toBeLessThanOrEqual(1.5);
    expect(row(rows, `${legacy}: herd ratio`).ours as number).toBeGreaterThan(1.5);
    expect(rows).toHaveLength(10);
  });
});

describe("benchmark (smoke): simulator throughput", () => {
  // runSimulation installs its own fake clock, as `npm run bench` lets it; no vitest clock here.
  test("a small fleet's run reports a positive throughput and a verdict that holds", async () => {
    const { rows } = await simulatorThroughput({ daemons: 2, agents: 4, durationMs: 120_000 }).run(env);
    expect(row(rows, "fleet (").ours as number).toBeGreaterThan(0);
    expect(row(rows, "calls delivered").ours as number).toBeGreaterThan(6);
    expect(row(rows, "invariant verdict")).toMatchObject({ ours: "holds", baseline: null });
  });
});
