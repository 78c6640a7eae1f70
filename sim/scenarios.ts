// The named fault scenarios of `npm start -- --scenario NAME`: one per fault kind, and `chaos` with all
// of them. A scenario whose faults need longer than the default ten minutes to play out says so.
import { DEFAULT_FAULTS, type FaultSchedule } from "./config";

/** A named scenario: its faults and, when ten minutes are too short for them to heal, its own length. */
export type Scenario = { summary: string; faults: Partial<FaultSchedule>; durationMs?: number };

/** The default scenario's name. */
export const DEFAULT_SCENARIO = "partition";

/** Every named scenario; `partition` is the default. */
export const SCENARIOS: Record<string, Scenario> = {
  partition: { summary: "30% of processes cut off for 3 minutes", faults: DEFAULT_FAULTS },
  outage: { summary: "the backend down for 2.5 minutes, cron too (a redeploy)", faults: { outages: [{ atMs: 120_000, durationMs: 150_000 }] } },
  latency: {
    summary: "1.5 s each way on every call, and the default partition",
    faults: { latencyMs: 1_500, partitions: [{ atMs: 120_000, durationMs: 180_000, fraction: 0.3 }] },
  },
  lossy: { summary: "one response in five lost after the mutation committed", faults: { lossRate: 0.2 } },
  crash: { summary: "20% of processes killed, restarted 2 minutes later with a new id", faults: { crashes: [{ atMs: 120_000, downtimeMs: 120_000, fraction: 0.2 }] } },
  duplicate: { summary: "a second process started for 10 held roles", faults: { duplicates: [{ atMs: 120_000, count: 10 }] } },
  "twin-daemon": { summary: "a second daemon process started for 5 held machines", faults: { twinDaemons: [{ atMs: 120_000, count: 5 }] } },
  stray: {
    summary: "12 status documents and leases deleted out of band, in two rounds",
    // One anti-entropy pass over the default fleet's 460 records takes up to 27 cleanup runs (6.75 min).
    faults: { strays: [{ atMs: 90_000, count: 6 }, { atMs: 240_000, count: 6 }] },
    durationMs: 900_000,
  },
  auth: {
    summary: "20% of processes lose their identity for 1 minute, then 20% lose their token source for 2.5 minutes",
    faults: {
      authLosses: [
        { atMs: 120_000, durationMs: 60_000, fraction: 0.2, mode: "identity" },
        { atMs: 300_000, durationMs: 150_000, fraction: 0.2, mode: "token" },
      ],
    },
  },
  chaos: {
    summary: "every fault kind at once",
    faults: {
      latencyMs: 500,
      lossRate: 0.05,
      partitions: [{ atMs: 90_000, durationMs: 180_000, fraction: 0.25 }],
      outages: [{ atMs: 360_000, durationMs: 60_000 }],
      crashes: [{ atMs: 150_000, downtimeMs: 100_000, fraction: 0.1 }],
      duplicates: [{ atMs: 200_000, count: 5 }],
      twinDaemons: [{ atMs: 220_000, count: 3 }],
      strays: [{ atMs: 200_000, count: 8 }],
      authLosses: [{ atMs: 480_000, durationMs: 100_000, fraction: 0.1, mode: "token" }],
    },
    durationMs: 900_000,
  },
};
