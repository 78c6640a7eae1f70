// Runs one simulation: a fleet of real SDK loops against the module in the embedded backend, the
// cleanup cron on its interval, and the fault schedule, all on a fake clock. Returns the timeline.
import { api } from "../convex/_generated/api";
import { CLEANUP_INTERVAL_MS, HEARTBEAT_INTERVAL_MS } from "../convex/reliability";
import type { EmbeddedBackend } from "./backend";
import type { SimulationConfig } from "./config";
import { DamageTracker } from "./damage";
import { scheduleFaults, type FaultStage } from "./faults";
import { Fleet, type Seat } from "./fleet";
import { Identities, OWNER } from "./identity";
import { SimulatedNetwork } from "./network";
import { cleanupOnce, finalHealth, sampleCounts } from "./observe";
import { seededRandom } from "./rng";
import { emptyTimeline, type Timeline } from "./timeline";

/** What a run needs from its host: the backend and a way to move the fake clock. */
type SimulationHost = {
  backend: EmbeddedBackend;
  /** Advances the fake clock by `ms`, running every timer due on the way. */
  advance(ms: number): Promise<void>;
  /** Called after each simulated step with the simulated time elapsed. */
  onProgress?(elapsedMs: number, timeline: Timeline): void;
  /** Simulated time per step (default 1 s): progress granularity; larger steps run faster. */
  stepMs?: number;
};

/** Runs `work` with the server's repair log lines going to `log` instead of the console. */
async function capturingRepairs<T>(log: Timeline["repairLog"], work: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    const [tag, repair] = args as [unknown, { table?: unknown; problem?: unknown; action?: unknown } | undefined];
    if (tag !== "convex-heartbeat repair" || repair === undefined) return warn(...args);
    log.push({ at: Date.now(), table: String(repair.table), problem: String(repair.problem), action: String(repair.action) });
  };
  try {
    return await work();
  } finally {
    console.warn = warn;
  }
}

/** Runs `config` to completion and returns everything it recorded; the server's repair logs are recorded, not printed. */
export async function simulate(config: SimulationConfig, host: SimulationHost): Promise<Timeline> {
  const timeline = emptyTimeline(Date.now());
  return capturingRepairs(timeline.repairLog, () => run(config, host, timeline));
}

/** The run itself, recording into `timeline`. */
async function run(config: SimulationConfig, host: SimulationHost, timeline: Timeline): Promise<Timeline> {
  const random = seededRandom(config.seed);
  const { backend } = host;
  const owner = backend.withIdentity(OWNER);
  const network = new SimulatedNetwork(random);
  network.latencyMs = config.faults.latencyMs;
  network.lossRate = config.faults.lossRate;
  const identities = new Identities(owner, backend);
  const startedAt = timeline.startedAt;
  const failures: unknown[] = [];
  const timers: ReturnType<typeof setTimeout>[] = [];
  /** Runs `action` `ms` from now on the fake clock; a failure of the simulator itself fails the run. */
  const at = (ms: number, action: () => void | Promise<void>) =>
    timers.push(setTimeout(() => void Promise.resolve().then(action).catch((error: unknown) => failures.push(error)), ms));
  const damages = new DamageTracker(timeline.damages, (record) => fleet.holdersOf(record).map((p) => p.life.id));
  const fleet = new Fleet(network, identities, timeline, random, (delivered) => {
    if (damages.isOpen(delivered.record)) {
      void backend.run((ctx) => damages.inspect(ctx.db, Date.now(), "call", delivered.record)).catch((error: unknown) => failures.push(error));
    }
  });

  // The fleet: daemons, and agents spread over chatrooms, starting at random points of one interval.
  const rooms: string[] = [];
  for (let r = 0; r < Math.ceil(config.agents / config.agentsPerRoom); r++) {
    const chatroomId = await owner.mutation(api.chatrooms.create, { name: `room-${r}` });
    rooms.push(chatroomId);
    timeline.rooms[chatroomId] = `room-${r}`;
  }
  const seats: { id: string; seat: Seat }[] = [
    ...Array.from({ length: config.daemons }, (_, i): { id: string; seat: Seat } => ({ id: `daemon-${i}`, seat: { kind: "daemon", machineId: `machine-${i}` } })),
    ...Array.from({ length: config.agents }, (_, i): { id: string; seat: Seat } => ({
      id: `agent-${i}`,
      seat: { kind: "agent", chatroomId: rooms[i % rooms.length]!, role: `role-${Math.floor(i / rooms.length)}` },
    })),
  ];
  let generation = 0;
  const stage: FaultStage = {
    faults: config.faults,
    startedAt,
    backend,
    network,
    identities,
    fleet,
    timeline,
    damages,
    random,
    at,
    start: (id, seat) => {
      const started = fleet.start(id, seat);
      if (stage.outageEndsAt !== undefined) timeline.impairments.push({ process: id, from: Date.now(), to: stage.outageEndsAt, cause: "outage" });
      return started;
    },
    nextGeneration: () => ++generation,
    pendingRestarts: new Set(),
    outageEndsAt: undefined,
  };
  for (const { id, seat } of seats) at(Math.floor(random() * HEARTBEAT_INTERVAL_MS), () => void stage.start(`${id}.g0`, seat));
  scheduleFaults(stage);

  // The cron, paused while the backend is down, and the samples for the picture.
  const cron = setInterval(() => {
    if (network.outage) return;
    cleanupOnce(backend, timeline, damages).catch((error: unknown) => timeline.cleanupFailures.push({ at: Date.now(), error: String(error) }));
  }, CLEANUP_INTERVAL_MS);
  const sampler = setInterval(() => sampleCounts(backend, timeline).catch((error: unknown) => failures.push(error)), config.sampleEveryMs);

  const stepMs = host.stepMs ?? 1_000;
  for (let elapsed = 0; elapsed < config.durationMs; elapsed += stepMs) {
    const step = Math.min(stepMs, config.durationMs - elapsed);
    await host.advance(step);
    host.onProgress?.(elapsed + step, timeline);
  }
  clearInterval(cron);
  clearInterval(sampler);
  timers.forEach(clearTimeout);
  timeline.endedAt = Date.now();
  const holders = new Map([...fleet.live.values()].map((p) => [p.life.record, p.life.id]));
  timeline.finalHealth = await finalHealth(backend, seats.map((s) => s.seat), holders, stage.pendingRestarts);
  for (const id of fleet.live.keys()) network.dead.add(id);
  if (failures.length > 0) throw new Error(`the simulator itself failed: ${String(failures[0])}`);
  return timeline;
}
