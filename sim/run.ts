// Runs one simulation as a program does: installs a fake clock (Date and timers), builds a fresh
// embedded backend, runs the fleet, and measures the timeline. Used by `npm start` and the benchmark.
import { embeddedBackend } from "./backend";
import { installClock } from "./clock";
import type { SimulationConfig } from "./config";
import { measure, type Measures } from "./metrics";
import { simulate } from "./simulate";
import type { Timeline } from "./timeline";

/** A finished run: what happened, what it measures, and how long it took on the wall clock. */
export type SimulationRun = { timeline: Timeline; measures: Measures; wallMs: number; agentHoursPerWallSecond: number };

/** Simulates `config` on a fake clock starting at 2026-01-01 and returns the measured run. */
export async function runSimulation(config: SimulationConfig, onProgress?: (elapsedMs: number, timeline: Timeline) => void): Promise<SimulationRun> {
  const clock = installClock();
  const wallStart = performance.now();
  try {
    const timeline = await simulate(config, {
      backend: embeddedBackend(),
      advance: async (ms) => {
        await clock.tickAsync(ms);
      },
      onProgress,
    });
    const wallMs = performance.now() - wallStart;
    const agentHours = ((config.daemons + config.agents) * config.durationMs) / 3_600_000;
    return { timeline, measures: measure(timeline, config.faults.latencyMs), wallMs, agentHoursPerWallSecond: agentHours / (wallMs / 1000) };
  } finally {
    clock.uninstall();
  }
}
