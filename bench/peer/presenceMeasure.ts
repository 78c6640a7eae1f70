// The peer figures for @convex-dev/presence: a staggered fleet on a fake clock that fires the worker's
// timers when due, every transaction counted by the ledger, client calls measured by the same probe
// as the other designs (sim/accounting.ts's measure).
import { tableAccess, writesTo, type TableAccess } from "../../sim/accounting";
import { measure } from "../measure";
import { PRESENCE_LIST_TABLES, presenceBackend } from "../designs/presence";
import { installClock, T0 } from "../scenario";
import { runInComponent } from "./componentDb";
import { gapsOf, perMinute, workOf, type PeerFigures, type TimeoutFigures } from "./figures";
import { attributed, installLedger, isBookkeeping, isWorkerRun, ledger } from "./ledger";
import { DEADLINE_INTERVALS, PresenceFleet, presenceApi, ROOM, type PresenceClient } from "./presenceFleet";

/** presence pings its worker with a 1 s debounce (`{ debounceMs: 1000 }`): a join's follow-on lands within it. */
const JOIN_DEBOUNCE_MS = 1_000;

/** What to measure: fleet size, beat interval, silent clients, idle window and the earlier measurement's gap. */
type PresenceRun = { n: number; intervalMs: number; k: number; idleMinutes: number; earlierGapMs: number; warmupMs?: number };

/** The tables read, by table name (an index read "sessions.by_x" counts for "sessions"), sorted. */
function tablesRead(access: TableAccess): string[] {
  return [...new Set(Object.keys(access.reads).map((key) => key.split(/[. ]/)[0]!))].sort();
}

/** The online flag and last disconnect time of every user. */
async function presenceOf(fleet: PresenceFleet) {
  const docs = await attributed("setup", () =>
    runInComponent(fleet.t, "presence", async (ctx) =>
      (await ctx.db.query("presence").collect()).map((d) => ({ userId: d["userId"] as string, online: d["online"] as boolean, lastDisconnected: d["lastDisconnected"] as number })),
    ),
  );
  return new Map(docs.map(({ userId, ...state }) => [userId, state]));
}

/**
 * k silent clients: client j's last beat is the fleet beat nearest B + j × gap (B one interval from
 * now), so their deadlines come about `gap` apart. Runs until one interval past the last deadline.
 */
async function timeOut(fleet: PresenceFleet, probe: PresenceClient, k: number, gapMs: number): Promise<TimeoutFigures> {
  const interval = fleet.interval;
  const silentAt = fleet.clock.now;
  const candidates = fleet.clients.filter((c) => c !== probe && c.silentFrom === Infinity);
  const deadlines = new Map<PresenceClient, number>();
  for (let j = 0; j < k; j++) {
    const target = silentAt + interval + j * gapMs;
    let best: { client: PresenceClient; beat: number } | undefined;
    for (const client of candidates) {
      if (deadlines.has(client)) continue;
      const next = client.phase + Math.ceil((silentAt + 1 - client.phase) / interval) * interval;
      const beat = next + interval * Math.max(0, Math.round((target - next) / interval));
      if (best === undefined || Math.abs(beat - target) < Math.abs(best.beat - target)) best = { client, beat };
    }
    best!.client.silentFrom = best!.beat + 1;
    deadlines.set(best!.client, best!.beat + DEADLINE_INTERVALS * interval);
  }
  const offlineBefore = new Set([...(await presenceOf(fleet)).entries()].filter(([, p]) => !p.online).map(([user]) => user));
  const first = Math.min(...deadlines.values());
  const last = Math.max(...deadlines.values());
  const from = ledger.records.length;
  await fleet.advanceTo(last + interval);
  const worker = ledger.records.slice(from).filter(isWorkerRun);
  const users = await presenceOf(fleet);
  const removedAt = [...deadlines.keys()].map((c) => (users.get(c.userId)!.online ? NaN : users.get(c.userId)!.lastDisconnected));
  const lastRemoval = Math.max(...removedAt);
  const silent = new Set([...deadlines.keys()].map((c) => c.userId));
  return {
    k,
    gapMs: Math.round(gapMs),
    fromFirstDeadline: workOf(worker.filter((r) => r.at >= first && r.at <= lastRemoval)),
    fromSilence: workOf(worker.filter((r) => r.at <= lastRemoval)),
    delaysMs: [...deadlines.values()].map((deadline, i) => removedAt[i]! - deadline),
    removed: removedAt.filter((at) => !Number.isNaN(at)).length,
    liveRemoved: [...users.entries()].filter(([user, p]) => !silent.has(user) && !offlineBefore.has(user) && !p.online).length,
  };
}

/** Measures presence at one fleet size and interval, on its own backend and fake clock. */
export async function measurePresence({ n, intervalMs, k, idleMinutes, earlierGapMs, warmupMs = 60_000 }: PresenceRun): Promise<PeerFigures> {
  const began = performance.now();
  const clock = installClock();
  const uninstall = installLedger();
  try {
    const t = presenceBackend();
    const fleet = new PresenceFleet(t, clock, intervalMs);
    await fleet.seed(n, T0);
    await fleet.advanceTo(T0 + warmupMs);

    // A join: a new client's first heartbeat, then the worker run it pings, within presence's debounce.
    const probe: PresenceClient = { userId: "probe-user", sessionId: "probe-session", phase: clock.now, applied: -Infinity, silentFrom: Infinity, manual: true };
    fleet.clients.push(probe);
    const joinedAt = clock.now;
    const join = await attributed("client", () => measure(t, presenceApi.heartbeat!, fleet.beatArgs(probe)));
    probe.applied = joinedAt;
    const afterJoin = ledger.records.length;
    await fleet.advanceTo(joinedAt + JOIN_DEBOUNCE_MS);
    const joinFollowOn = workOf(ledger.records.slice(afterJoin).filter(isWorkerRun));

    // A routine beat of the same client one interval later, and the tables it writes.
    await fleet.advanceTo(joinedAt + intervalMs);
    let beat = join.cost;
    const beatAccess = await tableAccess(async () => {
      beat = (await attributed("client", () => measure(t, presenceApi.heartbeat!, fleet.beatArgs(probe)))).cost;
    });
    probe.applied = clock.now;
    probe.manual = false;
    await fleet.learnSessionDocs();
    const listAccess = await tableAccess(async () => {
      await t.query(presenceApi.list!, { roomToken: join.result.roomToken });
      await t.query(presenceApi.listRoom!, { roomId: ROOM });
    });

    // Idle: everyone beating, nobody expiring.
    const idleFrom = clock.now;
    const beforeIdle = ledger.records.length;
    await fleet.advanceTo(idleFrom + idleMinutes * 60_000);
    const idle = ledger.records.slice(beforeIdle).filter(isWorkerRun);

    const timeout = await timeOut(fleet, probe, k, intervalMs / k);
    const timeoutEarlierSetting = await timeOut(fleet, probe, k, earlierGapMs);

    // Self-check: every job the scheduler ran is one worker transaction in the ledger.
    const jobs = await attributed("setup", () =>
      runInComponent(t, "presence/batchWorker", async (ctx) => (await ctx.db.system.query("_scheduled_functions").collect()).map((j) => (j["state"] as { kind: string }).kind)),
    );
    const ran = jobs.filter((kind) => kind === "success" || kind === "failed").length;
    const workerRuns = ledger.records.filter(isWorkerRun).length;
    if (workerRuns !== ran) throw new Error(`ledger self-check: ${workerRuns} worker transactions recorded, ${ran} scheduled jobs ran`);
    if (ledger.records.filter(isBookkeeping).length < 2 * ran) throw new Error("ledger self-check: fewer bookkeeping transactions than 2 per job");

    return {
      n,
      intervalMs,
      beat,
      join: join.cost,
      joinFollowOn,
      listTables: tablesRead(listAccess),
      beatWritesToListTables: writesTo(beatAccess.writes, PRESENCE_LIST_TABLES),
      timeout,
      timeoutEarlierSetting,
      idlePerMinute: perMinute(workOf(idle), idleMinutes),
      idleWakeGapsMs: gapsOf(idle.filter((r) => r.fn?.endsWith(":loop:loop")).map((r) => r.at)),
      wallSeconds: Number(((performance.now() - began) / 1000).toFixed(1)),
    };
  } finally {
    uninstall();
    clock.uninstall();
  }
}
