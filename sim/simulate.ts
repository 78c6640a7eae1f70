// Runs one simulation: a fleet of real SDK loops against the module in the embedded backend, the
// cleanup cron on its interval, and the fault schedule, all on a fake clock. Returns the timeline.
import { api, internal } from "../convex/_generated/api";
import { CLEANUP_INTERVAL_MS, HEARTBEAT_INTERVAL_MS } from "../convex/reliability";
import type { DatabaseReader } from "../convex/_generated/server";
import { accounted } from "./accounting";
import type { EmbeddedBackend } from "./backend";
import type { SimulationConfig } from "./config";
import { Fleet, recordOf, type Seat } from "./fleet";
import { nextSequence, SimulatedNetwork } from "./network";
import { sample, seededRandom } from "./rng";
import type { RecordKey, Timeline } from "./timeline";

/** What a run needs from its host: the backend and a way to move the fake clock. */
export type SimulationHost = {
  backend: EmbeddedBackend;
  /** Advances the fake clock by `ms`, running every timer due on the way. */
  advance(ms: number): Promise<void>;
  /** Called after each simulated step with the simulated time elapsed. */
  onProgress?(elapsedMs: number, timeline: Timeline): void;
  /** Simulated time per step (default 1 s): progress granularity; larger steps run faster. */
  stepMs?: number;
};

/** The identity every simulated process runs as. */
const OWNER = { subject: "fleet-owner", issuer: "https://sim.local", tokenIdentifier: "https://sim.local|fleet-owner" };


/** Runs `config` to completion and returns everything it recorded. */
export async function simulate(config: SimulationConfig, host: SimulationHost): Promise<Timeline> {
  const random = seededRandom(config.seed);
  const { backend } = host;
  const owner = backend.withIdentity(OWNER);
  const network = new SimulatedNetwork(random);
  network.latencyMs = config.faults.latencyMs;
  network.lossRate = config.faults.lossRate;
  const startedAt = Date.now();
  const timeline: Timeline = {
    startedAt,
    endedAt: startedAt,
    delivered: [],
    cleaned: [],
    processes: [],
    impairments: [],
    outages: [],
    samples: [],
    cleanups: [],
    finalHealth: [],
  };
  const fleet = new Fleet(network, owner, timeline, random);
  const timers: ReturnType<typeof setTimeout>[] = [];
  /** Runs `action` `ms` from now on the fake clock. */
  const at = (ms: number, action: () => void) => timers.push(setTimeout(action, ms));
  let generation = 0;

  // The fleet: daemons, and agents spread over chatrooms, starting at random points of one interval.
  const rooms: string[] = [];
  for (let r = 0; r < Math.ceil(config.agents / config.agentsPerRoom); r++) {
    rooms.push(await owner.mutation(api.chatrooms.create, { name: `room-${r}` }));
  }
  const seats: { id: string; seat: Seat }[] = [
    ...Array.from({ length: config.daemons }, (_, i) => ({ id: `daemon-${i}`, seat: { kind: "daemon", machineId: `machine-${i}` } as Seat })),
    ...Array.from({ length: config.agents }, (_, i) => ({
      id: `agent-${i}`,
      seat: { kind: "agent", chatroomId: rooms[i % rooms.length], role: `role-${Math.floor(i / rooms.length)}` } as Seat,
    })),
  ];
  let outageEndsAt: number | undefined;
  const pendingRestarts = new Set<RecordKey>();
  /** Starts a process; one started while the backend is down is impaired until the outage ends. */
  const start = (id: string, seat: Seat) => {
    const started = fleet.start(id, seat);
    if (outageEndsAt !== undefined) timeline.impairments.push({ process: id, from: Date.now(), to: outageEndsAt, cause: "outage" });
    return started;
  };
  for (const { id, seat } of seats) at(Math.floor(random() * HEARTBEAT_INTERVAL_MS), () => start(`${id}.g0`, seat));

  // The fault schedule.
  const cutOff = (from: number, durationMs: number, cause: "partition" | "outage", ids: string[]) => {
    for (const process of ids) timeline.impairments.push({ process, from: startedAt + from, to: startedAt + from + durationMs, cause });
  };
  for (const { atMs, durationMs, fraction } of config.faults.partitions) {
    at(atMs, () => {
      const ids = sample([...fleet.live.keys()], Math.round(fraction * fleet.live.size), random);
      for (const id of ids) network.partitioned.add(id);
      cutOff(atMs, durationMs, "partition", ids);
      at(durationMs, () => ids.forEach((id) => network.partitioned.delete(id)));
    });
  }
  for (const { atMs, durationMs } of config.faults.outages) {
    at(atMs, () => {
      network.outage = true;
      outageEndsAt = Math.max(outageEndsAt ?? 0, startedAt + atMs + durationMs);
      timeline.outages.push({ from: startedAt + atMs, to: startedAt + atMs + durationMs });
      cutOff(atMs, durationMs, "outage", [...fleet.live.keys()]);
    });
    at(atMs + durationMs, () => {
      if (Date.now() < (outageEndsAt ?? 0)) return;
      network.outage = false;
      outageEndsAt = undefined;
    });
  }
  for (const { atMs, downtimeMs, fraction } of config.faults.crashes) {
    at(atMs, () => {
      const victims = sample([...fleet.live.values()], Math.round(fraction * fleet.live.size), random);
      for (const victim of victims) {
        fleet.crash(victim.life.id);
        const id = `${victim.life.id.split(".")[0]}.g${++generation}`;
        timeline.impairments.push({ process: id, from: Date.now(), to: Date.now() + downtimeMs, cause: "crash" });
        pendingRestarts.add(victim.life.record);
        at(downtimeMs, () => {
          pendingRestarts.delete(victim.life.record);
          start(id, victim.seat);
        });
      }
    });
  }
  for (const { atMs, count } of config.faults.duplicates) {
    at(atMs, () => {
      const agents = [...fleet.live.values()].filter((p) => p.seat.kind === "agent");
      for (const original of sample(agents, count, random)) {
        const holders = [...fleet.live.values()].filter((p) => p.life.record === original.life.record).map((p) => p.life.id);
        start(`${original.life.id.split(".")[0]}.dup${++generation}`, original.seat).life.replaces = holders;
      }
    });
  }

  // The cron, paused while the backend is down, and the samples for the picture.
  const cron = setInterval(() => {
    if (!network.outage) void cleanupOnce(backend, timeline);
  }, CLEANUP_INTERVAL_MS);
  const sampler = setInterval(() => void sampleCounts(backend, timeline), config.sampleEveryMs);

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
  timeline.finalHealth = await finalHealth(backend, seats.map((s) => s.seat), holders, pendingRestarts);
  for (const id of fleet.live.keys()) network.dead.add(id);
  return timeline;
}

/** Runs the cleanup nested in one probe transaction that looks before and after, so each removal is attributed exactly. */
async function cleanupOnce(backend: EmbeddedBackend, timeline: Timeline): Promise<void> {
  const run = await backend.mutation(async (ctx) => {
    const seq = nextSequence();
    const before = await healthyRecords(ctx.db);
    const { cost } = await accounted(ctx, () => ctx.runMutation(internal.cleanup.cleanupStaleAgents, {}));
    const after = new Set(await healthyRecords(ctx.db));
    return { seq, cleaned: before.filter((record) => !after.has(record)), documentsRead: cost.documentsRead, documentsWritten: cost.documentsWritten };
  });
  const at = Date.now();
  for (const record of run.cleaned) {
    timeline.cleaned.push({ at, seq: run.seq, record, kind: record.startsWith("machine:") ? "daemon" : "participant" });
  }
  timeline.cleanups.push({ at, documentsRead: run.documentsRead, documentsWritten: run.documentsWritten, cleaned: run.cleaned.length });
}

/** The records that are connected (daemons) or held (participants); a simulator-only full read. */
async function healthyRecords(db: DatabaseReader): Promise<string[]> {
  const machines = await db.query("machineLeases").collect();
  const roles = await db.query("participantLeases").collect();
  return [
    ...machines.filter((m) => m.connected).map((m) => recordOf({ kind: "daemon", machineId: m.machineId })),
    ...roles.map((p) => recordOf({ kind: "agent", chatroomId: p.chatroomId, role: p.role })),
  ];
}

/** Records the picture's counts: connected daemons and present participants. */
async function sampleCounts(backend: EmbeddedBackend, timeline: Timeline): Promise<void> {
  const healthy = await backend.run((ctx) => healthyRecords(ctx.db));
  const connectedDaemons = healthy.filter((r) => r.startsWith("machine:")).length;
  timeline.samples.push({ at: Date.now(), connectedDaemons, presentParticipants: healthy.length - connectedDaemons });
}

/** For every seat: the live process holding it, and whether its record is healthy (connected, or held by it and unexpired). */
async function finalHealth(
  backend: EmbeddedBackend,
  seats: Seat[],
  holders: Map<RecordKey, string>,
  pendingRestarts: Set<RecordKey>,
): Promise<Timeline["finalHealth"]> {
  return backend.run(async (ctx) => {
    const now = Date.now();
    const health: Timeline["finalHealth"] = [];
    for (const seat of seats) {
      const record = recordOf(seat);
      const process = holders.get(record);
      let healthy = false;
      if (process !== undefined && seat.kind === "daemon") {
        const lease = await ctx.db
          .query("machineLeases")
          .withIndex("by_ownerId_and_machineId", (q) => q.eq("ownerId", OWNER.tokenIdentifier).eq("machineId", seat.machineId))
          .unique();
        const machine = lease && (await ctx.db.get(lease.machine));
        healthy = lease !== null && lease.connected && lease.instanceId === process && machine?.daemonConnected === true;
      } else if (process !== undefined && seat.kind === "agent") {
        const chatroomId = ctx.db.normalizeId("chatrooms", seat.chatroomId);
        const lease =
          chatroomId &&
          (await ctx.db
            .query("participantLeases")
            .withIndex("by_chatroomId_and_role", (q) => q.eq("chatroomId", chatroomId).eq("role", seat.role))
            .unique());
        healthy = !!lease && lease.connectionId === process && lease.readyUntil >= now;
      }
      health.push({ record, ...(process === undefined ? {} : { process }), healthy, restartPending: pendingRestarts.has(record) });
    }
    return health;
  });
}
