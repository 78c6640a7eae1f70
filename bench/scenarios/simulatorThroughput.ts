// Scenario 5: how fast the fleet simulator runs the default fleet (real SDK loops against this module
// in convex-test), in simulated agent-hours per wall-clock second. Informational only.
import { defaultConfig, type SimulationConfig } from "../../sim/config";
import { runSimulation } from "../../sim/run";
import type { Scenario } from "../scenario";

const CAVEAT =
  "convex-test scans its whole in-memory store on every query, so wall times here are not production latencies; the baseline has no simulator";

/** Runs `npm start`'s default scenario once (or a smaller fleet, for the smoke test) and reports its throughput. */
export function simulatorThroughput(overrides: Partial<SimulationConfig> = {}): Scenario {
  return {
    id: "simulatorThroughput",
    title: "simulator",
    ownsClock: true,
    async run() {
      const config = defaultConfig(overrides);
      const run = await runSimulation(config);
      const agents = config.daemons + config.agents;
      return {
        rows: [
          {
            figure: `${Object.keys(overrides).length === 0 ? "default fleet" : "fleet"} (${config.daemons} daemons + ${config.agents} agents, ${config.durationMs / 60_000} simulated min): agent-hours per wall second`,
            ours: Number(run.agentHoursPerWallSecond.toFixed(2)),
            baseline: null,
            note: CAVEAT,
          },
          { figure: "calls delivered to the backend in that run", ours: run.timeline.delivered.length, baseline: null },
          { figure: "invariant verdict of that run", ours: run.measures.holds ? "holds" : "VIOLATED", baseline: null },
        ],
        details: { agents, wallMs: Math.round(run.wallMs), measures: run.measures },
      };
    },
  };
}
