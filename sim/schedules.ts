// Random fault schedules for the property test: small fleets, every fault kind, combined at random,
// always ending early enough that the run can observe the recovery (each schedule is a valid run).
import fc from "fast-check";
import { HEARTBEAT_INTERVAL_MS } from "../convex/reliability";
import type { SimulationConfig } from "./config";

/** Simulated length of one property run. */
const PROPERTY_DURATION_MS = 480_000;

/** Faults end this long before the run does, so healing (one interval plus backoff) is inside the run. */
const QUIET_TAIL_MS = 3 * HEARTBEAT_INTERVAL_MS;

const start = fc.integer({ min: 30_000, max: 240_000 });
const length = fc.integer({ min: 1_000, max: PROPERTY_DURATION_MS - QUIET_TAIL_MS - 240_000 });
/** Stray deletes start early enough for a full anti-entropy pass (5 runs for these fleets), even behind an outage. */
const strayStart = fc.integer({ min: 30_000, max: 180_000 });

/** An arbitrary small-fleet simulation with a random, combinable fault schedule. */
export const arbitraryConfig: fc.Arbitrary<SimulationConfig> = fc.record({
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  daemons: fc.integer({ min: 1, max: 3 }),
  agents: fc.integer({ min: 1, max: 6 }),
  agentsPerRoom: fc.integer({ min: 1, max: 4 }),
  durationMs: fc.constant(PROPERTY_DURATION_MS),
  sampleEveryMs: fc.constant(60_000),
  faults: fc.record({
    partitions: fc.array(fc.record({ atMs: start, durationMs: length, fraction: fc.double({ min: 0.1, max: 1, noNaN: true }) }), { maxLength: 2 }),
    outages: fc.array(fc.record({ atMs: start, durationMs: length }), { maxLength: 1 }),
    latencyMs: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 2_000 })),
    lossRate: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.3, noNaN: true })),
    crashes: fc.array(fc.record({ atMs: start, downtimeMs: length, fraction: fc.double({ min: 0.1, max: 1, noNaN: true }) }), { maxLength: 1 }),
    duplicates: fc.array(fc.record({ atMs: start, count: fc.integer({ min: 1, max: 2 }) }), { maxLength: 1 }),
    twinDaemons: fc.array(fc.record({ atMs: start, count: fc.integer({ min: 1, max: 2 }) }), { maxLength: 1 }),
    strays: fc.array(fc.record({ atMs: strayStart, count: fc.integer({ min: 1, max: 3 }) }), { maxLength: 1 }),
    authLosses: fc.array(
      fc.record({ atMs: start, durationMs: length, fraction: fc.double({ min: 0.1, max: 1, noNaN: true }), mode: fc.constantFrom("identity" as const, "token" as const) }),
      { maxLength: 1 },
    ),
  }),
});
