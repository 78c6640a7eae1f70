// The simulator's inputs: fleet size, duration, seed, and the fault schedule. Plain JSON, so a run,
// and a failing property-test schedule, can be written down and replayed exactly.

/** How a client loses its identity: `identity` (calls go out unauthenticated until the window ends), `token` (its auth is cleared and its token source yields nothing until then; a refresh afterwards restores it). */
export type AuthLossMode = "identity" | "token";

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
  /** Start a second daemon process (a fresh instanceId) for `count` machines that are already held: the newest registration wins. */
  twinDaemons: { atMs: number; count: number }[];
  /** Delete `count` documents out of band, as from the dashboard: status documents and leases, each from a table picked at random. */
  strays: { atMs: number; count: number }[];
  /** Take the identity of a fraction of the live processes away for a while (see AuthLossMode). */
  authLosses: { atMs: number; durationMs: number; fraction: number; mode: AuthLossMode }[];
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
export const NO_FAULTS: FaultSchedule = {
  partitions: [],
  outages: [],
  latencyMs: 0,
  lossRate: 0,
  crashes: [],
  duplicates: [],
  twinDaemons: [],
  strays: [],
  authLosses: [],
};

/** The default partition: 30% of the fleet cut off for 3 minutes, longer than both TTLs plus a cleanup interval. */
export const DEFAULT_FAULTS: Partial<FaultSchedule> = { partitions: [{ atMs: 120_000, durationMs: 180_000, fraction: 0.3 }] };

/** The default run: a few dozen daemons, a couple of hundred agents, ten simulated minutes, a partition. */
export function defaultConfig(overrides: Partial<SimulationConfig> = {}): SimulationConfig {
  return {
    seed: 1,
    daemons: 30,
    agents: 200,
    agentsPerRoom: 20,
    durationMs: 600_000,
    sampleEveryMs: 5_000,
    faults: { ...NO_FAULTS, ...DEFAULT_FAULTS },
    ...overrides,
  };
}
