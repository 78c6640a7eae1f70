// The simulator's inputs: fleet size, duration, seed, and the fault schedule. Plain JSON, so a run,
// and a failing property-test schedule, can be written down and replayed exactly.

/** Faults to inject; each list may be empty and all of them combine. Times are ms from the start. */
export type FaultSchedule = {
  /** Cut a fraction of the live processes off the network for a while. */
  partitions: { atMs: number; durationMs: number; fraction: number }[];
  /** The whole backend is unreachable for a while (a redeploy); the cron does not run either. */
  outages: { atMs: number; durationMs: number }[];
  /** One-way delay added to every call. */
  latencyMs: number;
  /** Probability that a delivered call's response is lost (the mutation committed, the client saw an error). */
  lossRate: number;
  /** Kill a fraction of the live processes abruptly and start each again after a downtime, with a new connectionId. */
  crashes: { atMs: number; downtimeMs: number; fraction: number }[];
  /** Start a second process for `count` roles that are already held. */
  duplicates: { atMs: number; count: number }[];
};

/** One simulation run. */
export type SimulationConfig = {
  seed: number;
  daemons: number;
  agents: number;
  /** Agents per chatroom (one role each). */
  agentsPerRoom: number;
  durationMs: number;
  /** How often the picture's counts are sampled. */
  sampleEveryMs: number;
  faults: FaultSchedule;
};

/** A schedule with no faults. */
export const NO_FAULTS: FaultSchedule = { partitions: [], outages: [], latencyMs: 0, lossRate: 0, crashes: [], duplicates: [] };

/** The named scenarios `npm start -- --scenario NAME` runs; `partition` is the default. */
export const SCENARIOS: Record<string, Partial<FaultSchedule>> = {
  /** 30% of the fleet cut off for 3 minutes: longer than both TTLs plus a cleanup interval. */
  partition: { partitions: [{ atMs: 120_000, durationMs: 180_000, fraction: 0.3 }] },
  /** A 2.5-minute backend outage, as in a redeploy. */
  outage: { outages: [{ atMs: 120_000, durationMs: 150_000 }] },
  /** 1.5 s each way on every call. */
  latency: { latencyMs: 1_500, partitions: [{ atMs: 120_000, durationMs: 180_000, fraction: 0.3 }] },
  /** One response in five lost after the mutation committed. */
  lossy: { lossRate: 0.2 },
  /** 20% of processes crash and restart 2 minutes later with a new connectionId. */
  crash: { crashes: [{ atMs: 120_000, downtimeMs: 120_000, fraction: 0.2 }] },
  /** 10 duplicate processes started for roles that are already held. */
  duplicate: { duplicates: [{ atMs: 120_000, count: 10 }] },
  /** Everything at once. */
  chaos: {
    latencyMs: 500,
    lossRate: 0.05,
    partitions: [{ atMs: 90_000, durationMs: 180_000, fraction: 0.25 }],
    outages: [{ atMs: 360_000, durationMs: 60_000 }],
    crashes: [{ atMs: 150_000, downtimeMs: 100_000, fraction: 0.1 }],
    duplicates: [{ atMs: 200_000, count: 5 }],
  },
};

/** The default run: a few dozen daemons, a couple of hundred agents, ten simulated minutes, a partition. */
export function defaultConfig(overrides: Partial<SimulationConfig> = {}): SimulationConfig {
  return {
    seed: 1,
    daemons: 30,
    agents: 200,
    agentsPerRoom: 20,
    durationMs: 600_000,
    sampleEveryMs: 5_000,
    faults: { ...NO_FAULTS, ...SCENARIOS.partition },
    ...overrides,
  };
}
