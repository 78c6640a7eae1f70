// The shape every benchmark scenario shares: it gets the two designs and the clock, and returns rows
// of measured figures. bench/main.ts runs a list of them; adding one is one import and one entry.
import { EPOCH } from "../sim/clock";
import type { Design } from "./design";

/** A measured figure: a count, a label, or null where it does not apply to that design. */
export type Cell = number | string | null;

/** One line of the results table: the same figure for both designs. */
export interface Row {
  /** What was measured, in words. */
  figure: string;
  /** This module's figure. */
  ours: Cell;
  /** The seed baseline's figure. */
  baseline: Cell;
  /** @convex-dev/presence's figure at its default 10 s interval (peer tables only). */
  presence10s?: Cell;
  /** @convex-dev/presence's figure at a 30 s interval, ours (peer tables only). */
  presence30s?: Cell;
  /** Print baseline/ours for this row. */
  ratio?: boolean;
  /** A caveat printed as a footnote next to the figure (an error message, say). */
  note?: string;
}

/** What a scenario returns: its rows, plus raw data for results.json. */
interface ScenarioResult {
  /** The table rows. */
  rows: Row[];
  /** Everything else measured along the way, machine-readable. */
  details?: Record<string, unknown>;
}

/**
 * The simulated clock: mutations read Date.now(), so time moves only through it. setTimeout is faked
 * too, so functions a mutation schedules never run on their own: a scenario runs what it measures.
 */
export interface Clock {
  /** Sets the fake system time (ms since the epoch). */
  setSystemTime(ms: number): void;
}

/** What every scenario runs against. */
export interface BenchEnv {
  /** This module and the seed baseline. */
  designs: { ours: Design; baseline: Design };
  /** The fake clock the program installed. */
  clock: Clock;
}

/** A benchmark scenario. */
export interface Scenario {
  /** Stable key in results.json. */
  id: string;
  /** Short title for the table. */
  title: string;
  /** Measures and returns the rows. */
  run(env: BenchEnv): Promise<ScenarioResult>;
  /** True when the scenario installs its own fake clock (as sim's runSimulation does): the program then installs none. */
  ownsClock?: boolean;
  /** True when its rows compare with @convex-dev/presence too: they go in the peer table. */
  peer?: boolean;
}

/** The simulated epoch every scenario starts at (the simulator's). */
export const T0 = EPOCH;

/** The fake clock the benchmark installs, the simulator's own. */
export { installClock, type InstalledClock } from "../sim/clock";

/** JSON with object keys sorted, so that equal values compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** Fails the run when a workload did not take the path it was meant to measure. */
export function expectResult(what: string, actual: unknown, expected: unknown): void {
  if (canonical(actual) !== canonical(expected)) {
    throw new Error(`${what}: expected ${canonical(expected)}, got ${canonical(actual)}`);
  }
}
