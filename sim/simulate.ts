// Runs one simulation: a fleet of real SDK loops against the module in the embedded backend, the
// cleanup cron on its interval, and the fault schedule, all on a fake clock. Returns the timeline.
import { api, internal } from "../convex/_generated/api";
import { CLEANUP_INTERVAL_MS, HEARTBEAT_INTERVAL_MS } from "../convex/reliability";
import type { EmbeddedBackend } from "./backend";
import type { SimulationConfig } from "./config";
import { Fleet, recordOf, type Seat } from "./fleet";
import { measuredCall, SimulatedNetwork } from "./network";
import { sample, seededRandom } from "./rng";
import type { Timeline } from "./timeline";

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
  /** Starts a process; one started while the backend is down is impaired until the outage ends. */
  const start = (id: string, seat: Seat) => {
    fleet.start(id, seat);
    if (outageEndsAt !== undefined) timeline.impairments.push({ process: id, from: Date.now(), to: outageEndsAt, cause: "outage" });
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
        at(downtimeMs, () => start(id, victim.seat));
      }
    });
  }
  for (const { atMs, count } of config.faults.duplicates) {
    at(atMs, () => {
      const agents = [...fleet.live.values()].filter((p) => p.seat.kind === "agent");
      for (const original of sample(agents, count, random)) start(`${original.life.id.split(".")[0]}.dup${++generation}`, original.seat);
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
  timeline.finalHealth = await finalHealth(backend, [...fleet.live.values()].map((p) => ({ seat: p.seat, id: p.life.id })));
  for (const id of fleet.live.keys()) network.dead.add(id);
  return timeline;
}

/** Runs the cleanup once, in one transaction with a before/after look, so each removal is attributed. */
async function cleanupOnce(backend: EmbeddedBackend, timeline: Timeline): Promise<void> {
  const healthyBefore = await healthyRecords(backend);
  const run = await measuredCall(backend, internal.cleanup.cleanupStaleAgents, {});
  const healthyAfter = await healthyRecords(backend);
  const now = Date.now();
  let cleaned = 0;
  for (const record of healthyBefore) {
    if (healthyAfter.has(record)) continue;
    cleaned++;
    timeline.cleaned.push({ at: now, record, kind: record.startsWith("machine:") ? "daemon" : "participant" });
  }
  timeline.cleanups.push({ at: now, documentsRead: run.documentsRead, documentsWritten: run.documentsWritten, cleaned });
}

/** The records that are connected (daemons) or present (participants) right now; simulator-only full read. */
async function healthyRecords(backend: EmbeddedBackend): Promise<Set<string>> {
  const records = await backend.run(async (ctx) => {
    const machines = await ctx.db.query("machineLeases").collect();
    const roles = await ctx.db.query("participantLeases").collect();
    return [
      ...machines.filter((m) => m.connected).map((m) => recordOf({ kind: "daemon", machineId: m.machineId })),
      ...roles.map((p) => recordOf({ kind: "agent", chatroomId: p.chatroomId, role: p.role })),
    ];
  });
  return new Set(records);
}

/** Records the picture's counts: connected daemons and present participants. */
async function sampleCounts(backend: EmbeddedBackend, timeline: Timeline): Promise<void> {
  const healthy = await healthyRecords(backend);
  const connectedDaemons = [...healthy].filter((r) => r.startsWith("machine:")).length;
  timeline.samples.push({ at: Date.now(), connectedDaemons, presentParticipants: healthy.size - connectedDaemons });
}

/** Whether each live process's record is healthy at the end: connected, or held by that process and unexpired. */
async function finalHealth(backend: EmbeddedBackend, live: { seat: Seat; id: string }[]): Promise<Timeline["finalHealth"]> {
  return backend.run(async (ctx) => {
    const now = Date.now();
    const health: Timeline["finalHealth"] = [];
    for (const { seat, id } of live) {
      let healthy: boolean;
      if (seat.kind === "daemon") {
        const lease = await ctx.db.query("machineLeases").withIndex("by_machineId", (q) => q.eq("machineId", seat.machineId)).unique();
        const machine = lease && (await ctx.db.get(lease.machine));
        healthy = lease !== null && lease.connected && machine?.daemonConnected === true;
      } else {
        const chatroomId = ctx.db.normalizeId("chatrooms", seat.chatroomId);
        const lease =
          chatroomId &&
          (await ctx.db
            .query("participantLeases")
            .withIndex("by_chatroomId_and_role", (q) => q.eq("chatroomId", chatroomId).eq("role", seat.role))
            .unique());
        healthy = !!lease && lease.connectionId === id && lease.readyUntil >= now;
      }
      health.push({ record: recordOf(seat), healthy });
    }
    return health;
  });
}
