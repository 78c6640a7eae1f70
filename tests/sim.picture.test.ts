// The timeline picture tells the run without the text: every fault kind drawn with a label that
// overlaps no other, the start-up ramp and cleanup runs marked, and the verdict with its four clauses.
import { describe, expect, test } from "vitest";
import { defaultConfig, NO_FAULTS, type SimulationConfig } from "../sim/config";
import { measure } from "../sim/metrics";
import { placeInLanes } from "../sim/picture/lanes";
import { timelinePicture } from "../sim/picture/svg";
import { textWidth } from "../sim/picture/text";
import { simulateOnFakeClock, useFakeClock } from "./setup";

/** A small fleet under every fault kind at once. */
const EVERY_FAULT: SimulationConfig = defaultConfig({
  seed: 5,
  daemons: 3,
  agents: 6,
  agentsPerRoom: 3,
  durationMs: 420_000,
  sampleEveryMs: 5_000,
  faults: {
    ...NO_FAULTS,
    latencyMs: 200,
    lossRate: 0.05,
    partitions: [{ atMs: 60_000, durationMs: 60_000, fraction: 0.5 }],
    outages: [{ atMs: 150_000, durationMs: 45_000 }],
    crashes: [{ atMs: 200_000, downtimeMs: 40_000, fraction: 0.3 }],
    duplicates: [{ atMs: 100_000, count: 1 }],
    twinDaemons: [{ atMs: 110_000, count: 1 }],
    strays: [{ atMs: 120_000, count: 2 }],
    authLosses: [{ atMs: 250_000, durationMs: 60_000, fraction: 0.3, mode: "token" }],
  },
});

/** Two label boxes (lane, x range) overlap. */
const overlap = (a: { lane: number; from: number; to: number }, b: { lane: number; from: number; to: number }) => a.lane === b.lane && a.from < b.to && b.from < a.to;

describe("the timeline picture", () => {
  useFakeClock();

  test("draws every fault kind with a label, each in a lane where it overlaps no other bar or label", async () => {
    const timeline = await simulateOnFakeClock(EVERY_FAULT);
    const measures = measure(timeline, EVERY_FAULT.faults.latencyMs);
    const { svg, items, placements } = timelinePicture(EVERY_FAULT, timeline, measures, "every fault");
    for (const kind of ["startup", "latency", "lossy", "partition", "outage", "crash", "duplicate", "twin", "stray", "auth"]) {
      expect(svg, kind).toContain(`data-kind="${kind}"`);
    }
    expect(svg).toContain("start-up: processes start during the first 30 s");
    expect(svg).toContain("the lines show the server's stored view");
    expect(items.find((i) => i.kind === "partition")?.label).toMatch(/\d\/3 daemons and \d\/6 agents cut off/);
    const boxes = placements.map((p) => ({ lane: p.lane, ...p.span }));
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlap(a, b), `${items[i]!.label} / ${JSON.stringify(b)}`).toBe(false)));
    expect(svg).toMatch(/VERDICT: the self-healing invariant (HOLDS|is VIOLATED)/);
    for (const id of ["a", "b", "c", "d"]) expect(svg).toMatch(new RegExp(`\\(${id}\\)</tspan> <tspan[^>]*>(HOLDS|VIOLATED)`));
    // Every cleanup run is a mark: a tick for a run that found nothing, a bar for one that acted.
    expect((svg.match(/<line x1="[\d.]+" x2="[\d.]+" y1="\d+" y2="\d+" stroke="#b0b0b0"\/>/g) ?? []).length).toBe(timeline.cleanups.filter((r) => r.cleaned + r.repaired === 0).length);
  });

  test("crowded faults go to separate lanes and no label leaves the plot", () => {
    const items = Array.from({ length: 8 }, (_, i) => ({ x0: 500 + i * 5, x1: 520 + i * 5, point: i % 2 === 0, labelWidth: textWidth(`fault number ${i} with a long label`, 11) }));
    items.push({ x0: 1_150, x1: 1_170, point: false, labelWidth: 300 });
    const placed = placeInLanes(items, 72, 1_172);
    expect(new Set(placed.slice(0, 8).map((p) => p.lane)).size).toBe(8);
    placed.forEach((a, i) => placed.slice(i + 1).forEach((b) => expect(overlap({ lane: a.lane, ...a.span }, { lane: b.lane, ...b.span })).toBe(false)));
    for (const p of placed) {
      expect(p.labelX).toBeGreaterThanOrEqual(72);
      expect(p.span.to).toBeLessThanOrEqual(1_172 + 7);
    }
    expect(placed[8]!.labelX + 300).toBeLessThanOrEqual(1_150);
  });
});
