// The self-healing invariant as a property: random schedules of every fault kind over small fleets of real
// SDK loops must satisfy clauses (a)-(d); PROPERTY_REPLAY='<json>' reruns a printed failing schedule.
import fc from "fast-check";
import { expect, test } from "vitest";
import type { SimulationConfig } from "../sim/config";
import { clock } from "../sim/labels";
import { measure } from "../sim/metrics";
import { arbitraryConfig } from "../sim/schedules";
import { parseSimulationConfig } from "../sim/schema";
import { tooShort } from "../sim/validity";
import { simulateOnFakeClock, useFakeClock } from "./setup";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);
const REPLAY = process.env.PROPERTY_REPLAY;
/** Progress lines while many schedules run (npm run verify): about twenty of them. */
const PROGRESS_EVERY = RUNS > 200 ? Math.ceil(RUNS / 20) : Infinity;
/** How long fast-check may shrink a failing schedule (each try is a whole simulation) before it reports the smallest so far. */
const SHRINK_BUDGET_MS = Number(process.env.PROPERTY_SHRINK_MS ?? 120_000);

/** Runs one schedule and returns the violated clauses (empty when the invariant holds). */
async function violations(config: SimulationConfig): Promise<string[]> {
  const timeline = await simulateOnFakeClock(config);
  const measures = measure(timeline, config.faults.latencyMs);
  return measures.clauses.filter((c) => !c.holds).map((c) => `(${c.id}) ${c.statement}: ${c.violations.slice(0, 3).join("; ")}`);
}

/** Throws with the violations and the commands that replay `config`; a schedule too short to judge is a bug of the generator. */
async function check(config: SimulationConfig): Promise<void> {
  const json = JSON.stringify(config);
  const invalid = tooShort(config, true);
  if (invalid !== undefined) throw new Error(`the generator made a schedule too short to judge: ${invalid}\n${json}`);
  const found = await violations(config);
  if (found.length === 0) return;
  throw new Error(
    `${found.join("\n")}\nreplay: PROPERTY_REPLAY='${json}' npx vitest run tests/invariant.property.test.ts\npicture: npm start -- --replay '${json}'`,
  );
}

useFakeClock();

test.runIf(REPLAY === undefined)(`the self-healing invariant holds over ${RUNS} random fault schedules`, { timeout: 900_000 }, async () => {
  const started = performance.now();
  let checked = 0;
  let failedAt: number | undefined;
  const counted = async (config: SimulationConfig) => {
    if (failedAt !== undefined) {
      // Shrinking: past its budget, every further candidate passes, so fast-check reports the smallest failure found.
      if (performance.now() - failedAt > SHRINK_BUDGET_MS) return;
      return check(config);
    }
    try {
      await check(config);
    } catch (error) {
      failedAt = performance.now();
      console.log(`property: schedule ${checked + 1} failed; shrinking it for up to ${clock(SHRINK_BUDGET_MS)}`);
      throw error;
    }
    checked += 1;
    if (checked % PROGRESS_EVERY === 0) console.log(`property: ${checked}/${RUNS} schedules hold (${clock(performance.now() - started)} elapsed)`);
  };
  await fc.assert(fc.asyncProperty(arbitraryConfig, counted), {
    numRuns: RUNS,
    seed: process.env.PROPERTY_SEED === undefined ? undefined : Number(process.env.PROPERTY_SEED),
  });
  expect(checked).toBeGreaterThanOrEqual(RUNS);
});

test.runIf(REPLAY !== undefined)("the self-healing invariant holds for the replayed schedule", async () => {
  const parsed = parseSimulationConfig(JSON.parse(REPLAY ?? "{}"));
  if (!parsed.ok) throw new Error(`PROPERTY_REPLAY is not a simulation config: ${parsed.problems.join("; ")}`);
  await check(parsed.config);
});
