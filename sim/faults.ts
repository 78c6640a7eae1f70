// Plays the fault schedule on the fake clock (each fault kind becomes timers acting on the network, the
// fleet, the identities or the database) and records how each fault played out.
import type { EmbeddedBackend } from "./backend";
import type { FaultSchedule } from "./config";
import { strikeStrays, type DamageTracker } from "./damage";
import type { Fleet, Seat, SimProcess } from "./fleet";
import type { Identities } from "./identity";
import type { SimulatedNetwork } from "./network";
import { sample } from "./rng";
import type { FaultEffect, Impairment, RecordKey, Timeline } from "./timeline";

/** What the fault schedule acts on. */
export type FaultStage = {
  faults: FaultSchedule;
  startedAt: number;
  backend: EmbeddedBackend;
  network: SimulatedNetwork;
  identities: Identities;
  fleet: Fleet;
  timeline: Timeline;
  damages: DamageTracker;
  random: () => number;
  /** Runs `action` `ms` from now on the fake clock. */
  at(ms: number, action: () => void | Promise<void>): void;
  /** Starts a process (impaired, if the backend is down). */
  start(id: string, seat: Seat): SimProcess;
  /** A fresh generation number for a new process id. */
  nextGeneration(): number;
  /** Seats whose crashed process has not restarted yet. */
  pendingRestarts: Set<RecordKey>;
  /** When the current backend outage ends, if one is on. */
  outageEndsAt: number | undefined;
};

/** The seat name part of a process id (`agent-7.g0` -> `agent-7`). */
const baseOf = (id: string) => id.split(".")[0] ?? id;

/** How many of `processes` are daemons and agents. */
function kinds(processes: SimProcess[]): { daemons: number; agents: number } {
  const daemons = processes.filter((p) => p.seat.kind === "daemon").length;
  return { daemons, agents: processes.length - daemons };
}

/** Counts overlapping windows per process, so a process leaves a state only when the last window holding it ends. */
function overlapping(enter: (id: string) => void, leave: (id: string) => void) {
  const open = new Map<string, number>();
  return {
    enter(id: string) {
      open.set(id, (open.get(id) ?? 0) + 1);
      enter(id);
    },
    leave(id: string) {
      const left = (open.get(id) ?? 1) - 1;
      if (left > 0) open.set(id, left);
      else {
        open.delete(id);
        leave(id);
      }
    },
  };
}

/** Schedules every fault of the stage's schedule. */
export function scheduleFaults(stage: FaultStage): void {
  const { faults, startedAt, network, fleet, timeline, random, at } = stage;
  const cutOff = overlapping((id) => network.partitioned.add(id), (id) => network.partitioned.delete(id));
  const signedOut = {
    identity: overlapping((id) => stage.identities.lose(id, "identity"), (id) => stage.identities.restore(id, "identity")),
    token: overlapping((id) => stage.identities.lose(id, "token"), (id) => stage.identities.restore(id, "token")),
  };
  const effect = (e: FaultEffect) => timeline.faults.push(e);
  const impair = (processes: string[], from: number, to: number, cause: Impairment["cause"]) => {
    for (const process of processes) timeline.impairments.push({ process, from, to, cause });
  };

  faults.partitions.forEach(({ atMs, durationMs, fraction }, index) =>
    at(atMs, () => {
      const victims = sample([...fleet.live.values()], Math.round(fraction * fleet.live.size), random);
      const ids = victims.map((p) => p.life.id);
      ids.forEach(cutOff.enter);
      impair(ids, startedAt + atMs, startedAt + atMs + durationMs, "partition");
      effect({ kind: "partition", index, from: startedAt + atMs, to: startedAt + atMs + durationMs, ...kinds(victims) });
      at(durationMs, () => ids.forEach(cutOff.leave));
    }),
  );

  faults.outages.forEach(({ atMs, durationMs }, index) => {
    at(atMs, () => {
      network.outage = true;
      const [from, to] = [startedAt + atMs, startedAt + atMs + durationMs];
      stage.outageEndsAt = Math.max(stage.outageEndsAt ?? 0, to);
      timeline.outages.push({ from, to });
      impair([...fleet.live.keys()], from, to, "outage");
      effect({ kind: "outage", index, from, to, ...kinds([...fleet.live.values()]) });
    });
    at(atMs + durationMs, () => {
      if (Date.now() < (stage.outageEndsAt ?? 0)) return;
      network.outage = false;
      stage.outageEndsAt = undefined;
    });
  });

  faults.crashes.forEach(({ atMs, downtimeMs, fraction }, index) =>
    at(atMs, () => {
      const victims = sample([...fleet.live.values()], Math.round(fraction * fleet.live.size), random);
      effect({ kind: "crash", index, from: startedAt + atMs, to: startedAt + atMs + downtimeMs, ...kinds(victims) });
      for (const victim of victims) {
        fleet.crash(victim.life.id);
        const id = `${baseOf(victim.life.id)}.g${stage.nextGeneration()}`;
        impair([id], Date.now(), Date.now() + downtimeMs, "crash");
        stage.pendingRestarts.add(victim.life.record);
        at(downtimeMs, () => {
          stage.pendingRestarts.delete(victim.life.record);
          stage.start(id, victim.seat);
        });
      }
    }),
  );

  /** Starts a second process for `count` held seats of `kind`; each must supersede the seat's holders. */
  const second = (kind: "agent" | "daemon", count: number, label: "dup" | "twin") => {
    const held = [...fleet.live.values()].filter((p) => p.seat.kind === kind);
    const originals = sample(held, count, random);
    for (const original of originals) {
      const holders = fleet.holdersOf(original.life.record).map((p) => p.life.id);
      stage.start(`${baseOf(original.life.id)}.${label}${stage.nextGeneration()}`, original.seat).life.replaces = holders;
    }
    return originals;
  };
  faults.duplicates.forEach(({ atMs, count }, index) =>
    at(atMs, () => {
      const originals = second("agent", count, "dup");
      effect({ kind: "duplicate", index, from: startedAt + atMs, to: startedAt + atMs, ...kinds(originals) });
    }),
  );
  faults.twinDaemons.forEach(({ atMs, count }, index) =>
    at(atMs, () => {
      const originals = second("daemon", count, "twin");
      effect({ kind: "twin", index, from: startedAt + atMs, to: startedAt + atMs, ...kinds(originals) });
    }),
  );

  faults.strays.forEach(({ atMs, count }, index) =>
    at(atMs, async () => {
      const strikes = await strikeStrays(stage.backend, count, random);
      const now = Date.now();
      stage.damages.add(strikes, now);
      await stage.backend.run((ctx) => stage.damages.inspect(ctx.db, now, "stray"));
      const deleted: FaultEffect["deleted"] = {};
      for (const { table } of strikes) deleted[table] = (deleted[table] ?? 0) + 1;
      const daemons = strikes.filter((s) => s.record.startsWith("machine:")).length;
      effect({ kind: "stray", index, from: now, to: now, daemons, agents: strikes.length - daemons, deleted });
    }),
  );

  faults.authLosses.forEach(({ atMs, durationMs, fraction, mode }, index) =>
    at(atMs, () => {
      const victims = sample([...fleet.live.values()], Math.round(fraction * fleet.live.size), random);
      const ids = victims.map((p) => p.life.id);
      ids.forEach(signedOut[mode].enter);
      impair(ids, startedAt + atMs, startedAt + atMs + durationMs, "auth");
      effect({ kind: "auth", index, from: startedAt + atMs, to: startedAt + atMs + durationMs, ...kinds(victims) });
      at(durationMs, () => ids.forEach(signedOut[mode].leave));
    }),
  );
}
