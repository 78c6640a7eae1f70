// The peer figures for the designs that answer this module's contract (ours and the seed's baseline):
// a staggered fleet of CLI participants, the cleanup cron every CLEANUP_INTERVAL_MS on a fake clock,
// every call and every cron run measured by Convex's accounting (sim/accounting.ts's measure).
//
// A live lease's exact expiry never enters cleanup's reads (ours reads only the expired end of an index;
// the baseline reads every record whatever it holds), so live clients' leases are seeded past the
// measurement and their beats are not replayed; the silent clients' leases hold exactly what their last
// beat left (last beat + HEARTBEAT_TTL_MS), their last beats staggered like presence's fleet.
import { api, internal } from "../../convex/_generated/api";
import type { Id } from "../../convex/_generated/dataModel";
import { CLEANUP_INTERVAL_MS, HEARTBEAT_INTERVAL_MS, HEARTBEAT_TTL_MS } from "../../convex/reliability";
import { tableAccess, writesTo } from "../../sim/accounting";
import type { Design, DesignInstance } from "../design";
import { measure, type Cost } from "../measure";
import { installClock, T0, type InstalledClock } from "../scenario";
import { gapsOf, perMinute, workOf, type PeerFigures, type TimeoutFigures } from "./figures";

/** Agents per chatroom: a team, half of MAX_ROLES_PER_CHATROOM, so a join's quota check reads a real room. */
const ROOM_SIZE = 50;

/** Live leases expire after this: past anything measured. */
const LIVE_UNTIL = T0 + 24 * 60 * 60 * 1000;

/** What to measure: fleet size, silent clients, idle window and the earlier measurement's gap. */
type ContractRun = { n: number; k: number; idleMinutes: number; earlierGapMs: number; warmupMs?: number };

/** One cron run: when, what it cost and what it removed. */
type CronRun = { at: number; cost: Cost; removed: number };

/** The fleet and cron on one backend. */
class ContractFleet {
  readonly runs: CronRun[] = [];
  private nextTick: number;

  constructor(
    readonly instance: DesignInstance,
    readonly clock: InstalledClock,
  ) {
    // The cron's phase is independent of the clients': offset by a tenth of its interval, so the delays
    // from deadline to removal fall evenly over the interval rather than at its end.
    this.nextTick = clock.now + CLEANUP_INTERVAL_MS / 10;
  }

  /** A client that beats every interval with the fleet, as a real call (its beats are not cron work). */
  probe?: { args: { chatroomId: Id<"chatrooms">; role: string; connectionId: string }; nextBeat: number };

  /** Runs every cron tick and probe beat due up to `target` at its own time, then moves the clock to `target`. */
  async advanceTo(target: number): Promise<void> {
    for (;;) {
      const beat = this.probe?.nextBeat ?? Infinity;
      const next = Math.min(this.nextTick, beat);
      if (next > target) break;
      this.clock.setSystemTime(next);
      if (next === beat) {
        await this.instance.owner.mutation(api.heartbeat.participantHeartbeat, this.probe!.args);
        this.probe!.nextBeat += HEARTBEAT_INTERVAL_MS;
        continue;
      }
      const { result, cost } = await measure(this.instance.t, internal.cleanup.cleanupStaleAgents, {});
      if (result.hasMore) throw new Error("the peer fleet never needs a continuation");
      this.runs.push({ at: next, cost, removed: result.participantsRemoved });
      this.nextTick += CLEANUP_INTERVAL_MS;
    }
    this.clock.setSystemTime(target);
  }
}

/** The deadlines of k silent clients whose last beats are the fleet beats nearest silentAt + interval + j × gap. */
function silentDeadlines(n: number, silentAt: number, k: number, gapMs: number): number[] {
  const phaseStep = HEARTBEAT_INTERVAL_MS / n;
  return Array.from({ length: k }, (_, j) => {
    const target = silentAt + HEARTBEAT_INTERVAL_MS + j * gapMs;
    const lastBeat = T0 + Math.round(Math.round((target - T0) / phaseStep) * phaseStep);
    return lastBeat + HEARTBEAT_TTL_MS;
  });
}

/**
 * Runs the cron until every silent client is removed and one interval past the last deadline. Cleanup
 * removes expired participants in deadline order (ours walks its readyUntil index; the baseline's table
 * scan meets them in creation order, which is deadline order here) and nobody else expires, so the i-th
 * removal is the i-th deadline.
 */
async function timeOut(fleet: ContractFleet, silentAt: number, deadlines: number[], gapMs: number): Promise<TimeoutFigures> {
  const from = fleet.runs.length;
  const last = Math.max(...deadlines);
  const removedAt = () => fleet.runs.slice(from).flatMap((run) => Array<number>(run.removed).fill(run.at));
  for (let at = fleet.clock.now; removedAt().length < deadlines.length || at <= last + HEARTBEAT_INTERVAL_MS; ) {
    at += CLEANUP_INTERVAL_MS;
    await fleet.advanceTo(at);
  }
  const removed = removedAt();
  const lastRemoval = removed[deadlines.length - 1]!;
  const runs = fleet.runs.slice(from).filter((r) => r.at >= silentAt && r.at <= lastRemoval);
  return {
    k: deadlines.length,
    gapMs,
    fromFirstDeadline: workOf(runs.filter((r) => r.at >= Math.min(...deadlines))),
    fromSilence: workOf(runs),
    delaysMs: deadlines.map((deadline, i) => removed[i]! - deadline),
    removed: Math.min(removed.length, deadlines.length),
    liveRemoved: Math.max(0, removed.length - deadlines.length),
  };
}

/** Measures `design` at one fleet size: N participants beating every HEARTBEAT_INTERVAL_MS, the cron every CLEANUP_INTERVAL_MS. */
export async function measureContract(design: Design, { n, k, idleMinutes, earlierGapMs, warmupMs = 60_000 }: ContractRun): Promise<PeerFigures> {
  const began = performance.now();
  const clock = installClock();
  try {
    const instance = design.create(true);
    // N clients: N − 2k in team rooms, and the 2k that go silent later (as presence picks its silent among its N).
    const team = n - 2 * k;
    const rooms: Id<"chatrooms">[] = [];
    for (let i = 0; i < Math.ceil(team / ROOM_SIZE); i++) rooms.push(await instance.owner.mutation(api.chatrooms.create, { name: `team-${i}` }));
    for (const [i, room] of rooms.entries()) await instance.seedParticipants(room, Math.min(ROOM_SIZE, team - i * ROOM_SIZE), LIVE_UNTIL, i * ROOM_SIZE);

    // The timeline, fixed up front so the silent clients can be seeded with what their last beats leave.
    const joinAt = T0 + warmupMs;
    const idleFrom = joinAt + HEARTBEAT_INTERVAL_MS;
    const silentAt = idleFrom + idleMinutes * 60_000;
    const evenGap = HEARTBEAT_INTERVAL_MS / k;
    const firstRun = silentDeadlines(n, silentAt, k, evenGap);
    const secondAt = Math.max(...firstRun) + 2 * HEARTBEAT_INTERVAL_MS;
    const secondRun = silentDeadlines(n, secondAt, k, earlierGapMs);
    const silentRoom = await instance.owner.mutation(api.chatrooms.create, { name: "silent" });
    for (const [j, deadline] of [...firstRun, ...secondRun].entries()) await instance.seedParticipants(silentRoom, 1, deadline, 1_000_000 + j);
    const fleet = new ContractFleet(instance, clock);
    await fleet.advanceTo(joinAt);
    // A join into a team room (its quota check reads the room's roles), then its routine beat one interval later.
    const probe = { chatroomId: rooms[0]!, role: "probe", connectionId: "probe-conn" };
    const join = await measure(instance.owner, api.participants.join, probe);
    await fleet.advanceTo(idleFrom);
    const beat = await measure(instance.owner, api.heartbeat.participantHeartbeat, probe);
    if (beat.result.status !== "ok") throw new Error(`the probe's beat was not routine: ${JSON.stringify(beat.result)}`);
    const beatAccess = await tableAccess(() => instance.owner.mutation(api.heartbeat.participantHeartbeat, probe));
    fleet.probe = { args: probe, nextBeat: idleFrom + HEARTBEAT_INTERVAL_MS };

    // Idle: nobody expiring; the probe beats on with the fleet.
    const idleRuns = fleet.runs.length;
    await fleet.advanceTo(silentAt);
    const idle = fleet.runs.slice(idleRuns).filter((r) => r.at > idleFrom);
    if (idle.some((r) => r.removed > 0)) throw new Error("someone expired during the idle window");

    const timeout = await timeOut(fleet, silentAt, firstRun, evenGap);
    await fleet.advanceTo(secondAt);
    const timeoutEarlierSetting = await timeOut(fleet, secondAt, secondRun, earlierGapMs);
    return {
      n,
      intervalMs: HEARTBEAT_INTERVAL_MS,
      beat: beat.cost,
      join: join.cost,
      joinFollowOn: { transactions: 0, documentsRead: 0, documentsWritten: 0, functionsScheduled: join.cost.functionsScheduled },
      listTables: [...design.statusTables],
      beatWritesToListTables: writesTo(beatAccess.writes, design.statusTables),
      timeout,
      timeoutEarlierSetting,
      idlePerMinute: perMinute(workOf(idle), idleMinutes),
      idleWakeGapsMs: gapsOf(idle.map((r) => r.at)),
      wallSeconds: Number(((performance.now() - began) / 1000).toFixed(1)),
    };
  } finally {
    clock.uninstall();
  }
}
