// The self-healing invariant as a property: random fault schedules over small fleets, each run on
// the embedded backend with real SDK loops, must satisfy clauses (a)-(d). A failure prints the
// schedule; PROPERTY_REPLAY='<json>' runs exactly that schedule again in this same harness.
import fc from "fast-check";
import { expect, test, vi } from "vitest";
import type { SimulationConfig } from "../sim/config";
import { measure } from "../sim/metrics";
import { arbitraryConfig } from "../sim/schedules";
import { simulate } from "../sim/simulate";
import { makeBackend, T0, useFakeClock } from "./setup";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);
const REPLAY = process.env.PROPERTY_REPLAY;

/** Runs one schedule and returns the violated clauses (empty when the invariant holds). */
async function violations(config: SimulationConfig): Promise<string[]> {
  vi.setSystemTime(T0);
  const timeline = await simulate(config, {
    backend: makeBackend(),
    advance: (ms) => vi.advanceTimersByTimeAsync(ms).then(() => undefined),
    stepMs: 60_000,
  });
  vi.clearAllTimers();
  const measures = measure(timeline, config.faults.latencyMs);
  return measures.clauses.filter((c) => !c.holds).map((c) => `(${c.id}) ${c.statement}: ${c.violations.slice(0, 3).join("; ")}`);
}

/** Throws with the violations and the commands that replay `config`. */
async function check(config: SimulationConfig): Promise<void> {
  const found = await violations(config);
  if (found.length === 0) return;
  const json = JSON.stringify(config);
  throw new Error(
    `${found.join("\n")}\nreplay: PROPERTY_REPLAY='${json}' npx vitest run tests/invariant.property.test.ts\npicture: npm start -- --replay '${json}'`,
  );
}

useFakeClock();

test.runIf(REPLAY === undefined)(`the self-healing invariant holds over ${RUNS} random fault schedules`, { timeout: 600_000 }, async () => {
  await fc.assert(fc.asyncProperty(arbitraryConfig, check), {
    numRuns: RUNS,
    seed: process.env.PROPERTY_SEED === undefined ? undefined : Number(process.env.PROPERTY_SEED),
  });
  expect(RUNS).toBeGreaterThan(0);
});

test.runIf(REPLAY !== undefined)("the self-healing invariant holds for the replayed schedule", async () => {
  await check(JSON.parse(REPLAY ?? "{}") as SimulationConfig);
});
