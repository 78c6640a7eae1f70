// Scenario 4: the largest stale backlog each design cleans with no transaction over Convex's limits.
// The baseline gets one transaction per run, so it is tried at growing sizes until one fails; this
// module is given a backlog past the read limit and driven through its continuations to the end.
import { internal } from "../../convex/_generated/api";
import type { TransactionLimits } from "../../sim/backend";
import type { CleanupArgs } from "../../src/server/index.js";
import type { Design } from "../design";
import { createChatroom, seedStale } from "../fleet";
import { costCell, documentLimits, measure, messageOf, type Cost } from "../measure";
import { expectResult, T0, type BenchEnv, type Row, type Scenario } from "../scenario";
import { ROUTINE_CLEANUP_NOTE } from "./unitCosts";

/** Scenario 4's sizes and limits. */
type BacklogOptions = {
  /** Limits every transaction runs under (default: Convex's). */
  limits?: TransactionLimits;
  /** Stale records this module is given (half daemons, half participants). */
  oursBacklog?: number;
  /** Growing backlogs tried on the baseline until one fails. */
  baselineLadder?: number[];
  /** Bisect between the last success and the first failure until they are this close. */
  resolution?: number;
};

/** How one design fared on one backlog: every cleanup transaction's cost, or where it failed. */
type Attempt = { backlog: number; runs: Cost[]; cleaned: number; error?: string; tickDuringChain?: Cost; nextRun?: Cost };

/**
 * Seeds `backlog` stale records on a fresh backend and runs cleanup to the end: a cron tick, then each
 * continuation as the scheduler would run it (the same function with the chain's arguments, its own
 * transaction). While a chain is in progress, one more cron tick lands and is measured.
 */
async function attempt(design: Design, env: BenchEnv, limits: TransactionLimits, backlog: number): Promise<Attempt> {
  env.clock.setSystemTime(T0);
  const instance = design.create(limits);
  await seedStale(instance, await createChatroom(instance), backlog);
  const runs: Cost[] = [];
  let cleaned = 0;
  let tickDuringChain: Cost | undefined;
  for (let hasMore = true, args: CleanupArgs = {}; hasMore; ) {
    try {
      const { result, cost } = await measure(instance.t, internal.cleanup.cleanupStaleAgents, args);
      runs.push(cost);
      cleaned += result.daemonsDisconnected + result.participantsRemoved;
      hasMore = result.hasMore;
    } catch (error) {
      if (!/too many|too much/i.test(messageOf(error))) throw error;
      return { backlog, runs, cleaned, error: messageOf(error) };
    }
    if (!hasMore) break;
    args = await instance.continuationArgs();
    if (tickDuringChain === undefined) {
      const tick = await measure(instance.t, internal.cleanup.cleanupStaleAgents, {});
      expectResult("a cron tick during a chain", tick.result, { daemonsDisconnected: 0, participantsRemoved: 0, repaired: 0, hasMore: false });
      tickDuringChain = tick.cost;
    }
  }
  const next = await measure(instance.t, internal.cleanup.cleanupStaleAgents, {});
  cleaned += next.result.daemonsDisconnected + next.result.participantsRemoved;
  return { backlog, runs, cleaned, ...(tickDuringChain === undefined ? {} : { tickDuringChain }), nextRun: next.cost };
}

/** Tries the ladder until a backlog fails, then bisects down to `resolution`; returns every attempt in order. */
async function searchBaseline(design: Design, env: BenchEnv, limits: TransactionLimits, ladder: number[], resolution: number) {
  const attempts: Attempt[] = [];
  const tryBacklog = async (backlog: number) => {
    const result = await attempt(design, env, limits, backlog);
    attempts.push(result);
    return result.error === undefined;
  };
  let largestOk = 0;
  let firstFailed: number | undefined;
  for (const backlog of ladder) {
    if (await tryBacklog(backlog)) largestOk = backlog;
    else {
      firstFailed = backlog;
      break;
    }
  }
  while (firstFailed !== undefined && firstFailed - largestOk > resolution) {
    const middle = Math.floor((largestOk + firstFailed) / 2);
    if (await tryBacklog(middle)) largestOk = middle;
    else firstFailed = middle;
  }
  return { attempts, largestOk, firstFailed };
}

/** The largest value of `pick` over the runs. */
const most = (runs: Cost[], pick: (cost: Cost) => number) => runs.reduce((max, cost) => Math.max(max, pick(cost)), 0);

/** Functions the runs scheduled: this module's continuations. */
const scheduled = (a: Attempt) => a.runs.reduce((n, cost) => n + cost.functionsScheduled, 0);

const TICK_NOTE = "ours: the tick reads cleanup's state document, sees the chain at work and returns; the baseline has no chains (each run is a whole run)";

/** Scenario 4. */
export function staleBacklog({
  limits = true,
  oursBacklog = 40_000,
  baselineLadder = [5_000, 10_000, 15_000, 20_000, 25_000, 30_000, 35_000, 40_000],
  resolution = 1,
}: BacklogOptions = {}): Scenario {
  return {
    id: "staleBacklog",
    title: "stale backlog",
    async run(env) {
      const oursLimit = await documentLimits(env.designs.ours.create(limits).t);
      const baselineLimit = await documentLimits(env.designs.baseline.create(limits).t);
      const ours = await attempt(env.designs.ours, env, limits, oursBacklog);
      const search = await searchBaseline(env.designs.baseline, env, limits, baselineLadder, resolution);
      const baselineOk = search.attempts.find((a) => a.backlog === search.largestOk);
      const baselineFailed = search.attempts.find((a) => a.backlog === search.firstFailed);
      const fmt = (n: number) => n.toLocaleString("en-US");
      const limitsCell = (limit: typeof oursLimit) => `${fmt(limit.documentsRead)} / ${fmt(limit.documentsWritten)}`;
      const searched =
        search.firstFailed === undefined
          ? `${search.attempts.length} backlogs tried, none failed`
          : `${search.attempts.length} backlogs tried, growing until one failed, then bisected`;
      const rows: Row[] = [
        {
          figure: "limits per transaction: documents read / written",
          ours: limitsCell(oursLimit),
          baseline: limitsCell(baselineLimit),
        },
        {
          figure: "largest stale backlog cleaned, no transaction over the limits",
          ours: ours.error === undefined ? ours.backlog : "fails",
          baseline: search.largestOk,
          note: ours.error === undefined ? `ours: the one backlog it was given; baseline: ${searched}` : `ours: ${ours.error}`,
        },
        {
          figure: "smallest stale backlog that failed",
          ours: ours.error === undefined ? null : ours.backlog,
          baseline: search.firstFailed ?? null,
          ...(baselineFailed?.error === undefined ? {} : { note: `baseline at ${fmt(baselineFailed.backlog)}: ${baselineFailed.error}` }),
        },
        {
          figure: "cleanup transactions for the largest backlog cleaned",
          ours: ours.runs.length,
          baseline: baselineOk?.runs.length ?? null,
        },
        {
          figure: "continuations the cleanup scheduled itself",
          ours: scheduled(ours),
          baseline: baselineOk ? scheduled(baselineOk) : null,
        },
        {
          figure: "most documents read by one of them",
          ours: most(ours.runs, (c) => c.documentsRead),
          baseline: baselineOk ? most(baselineOk.runs, (c) => c.documentsRead) : null,
        },
        {
          figure: "most documents written by one of them",
          ours: most(ours.runs, (c) => c.documentsWritten),
          baseline: baselineOk ? most(baselineOk.runs, (c) => c.documentsWritten) : null,
        },
        {
          figure: "stale records left afterwards",
          ours: ours.backlog - ours.cleaned,
          baseline: baselineOk ? baselineOk.backlog - baselineOk.cleaned : null,
        },
        {
          figure: "next cleanup run afterwards: documents read",
          ours: ours.nextRun?.documentsRead ?? null,
          baseline: baselineOk?.nextRun?.documentsRead ?? null,
          note: ROUTINE_CLEANUP_NOTE,
        },
        {
          figure: "a cron tick landing during the chain: documents read / written / functions scheduled",
          ours: ours.tickDuringChain === undefined ? null : costCell(ours.tickDuringChain),
          baseline: null,
          note: TICK_NOTE,
        },
      ];
      const summary = (a: Attempt) => ({
        backlog: a.backlog,
        transactions: a.runs.length,
        cleaned: a.cleaned,
        error: a.error,
        tickDuringChain: a.tickDuringChain,
        nextRun: a.nextRun,
      });
      return {
        rows,
        details: {
          limits: { ours: oursLimit, baseline: baselineLimit },
          ours: { ...summary(ours), runs: ours.runs },
          baseline: { largestCleaned: search.largestOk, firstFailed: search.firstFailed, attempts: search.attempts.map(summary) },
        },
      };
    },
  };
}
