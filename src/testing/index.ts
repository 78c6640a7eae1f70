// Test helpers for apps that mount convex-heartbeat (`convex-heartbeat/testing`): a convex-test backend
// holding the module's tables, and a clock that runs cleanup the way the cron does, which convex-test
// never does by itself.
import { convexTest, type TestConvex } from "convex-test";
import { defineSchema, type FunctionReference, type GenericSchema, type SchemaDefinition } from "convex/server";
import { CLEANUP_INTERVAL_MS } from "../reliability.js";
import { heartbeatTables } from "../server/schema.js";
import type { CleanupArgs, CleanupResult } from "../server/cleanup.js";

/** convex-test's module map: what `import.meta.glob("./**\/*.*s")` returns in the app's convex/ folder. */
export type Modules = Record<string, () => Promise<unknown>>;

/** Where the app mounted the cleanup, e.g. `internal.cleanup.cleanupStaleAgents` or `internal.liveness.cleanup.cleanupStaleAgents`. */
export type CleanupFunction = FunctionReference<"mutation", "internal", CleanupArgs, CleanupResult>;

/** Any convex-test backend (the module's functions need only its tables to be there). */
type Backend = Pick<TestConvex<SchemaDefinition<GenericSchema, boolean>>, "mutation" | "run">;

/** The module's tables alone, for a test backend of an app that has no other tables. */
const moduleSchema = defineSchema(heartbeatTables);

/** A convex-test backend with the app's functions (`modules`) and its schema, which spreads in the module's tables. */
export function heartbeatTest<Schema extends GenericSchema>(modules: Modules, schema: SchemaDefinition<Schema, boolean>): TestConvex<SchemaDefinition<Schema, boolean>>;
/** A convex-test backend with the app's functions (`modules`) and the module's tables alone. */
export function heartbeatTest(modules: Modules): TestConvex<typeof moduleSchema>;
export function heartbeatTest(modules: Modules, schema?: SchemaDefinition<GenericSchema, boolean>) {
  return convexTest({ schema: schema ?? moduleSchema, modules });
}

/** What the clock needs from the test. */
export interface CleanupClockOptions {
  /** The cleanup mutation, where the app mounted it. */
  cleanup: CleanupFunction;
  /**
   * Moves the test's fake clock (Date and timers) forward, running the timers due on the way: with
   * vitest, `vi.advanceTimersByTimeAsync` (or `vi.advanceTimersByTime` when nothing awaits a timer).
   */
  advanceTimers: (ms: number) => unknown;
}

/** A test's clock: time passes as on a deployment, with the cleanup cron running every CLEANUP_INTERVAL_MS. */
export interface CleanupClock {
  /**
   * Lets `ms` pass: fake time moves in steps up to each cron tick, and at each tick cleanup runs (with
   * every continuation it schedules), exactly as the cron would. "30 minutes pass" is one call.
   */
  advance(ms: number): Promise<void>;
  /** Runs one cron tick now, and its continuations; returns what the tick did. */
  tick(): Promise<CleanupResult>;
}

/** The id of the cleanup continuation chain in progress (what a continuation passes as `{ chain }`), or undefined. */
export async function chainInProgress(t: Pick<Backend, "run">): Promise<number | undefined> {
  const state = await t.run((ctx) => ctx.db.query("cleanupState").first());
  return (state?.["chain"] as { id: number } | undefined)?.id;
}

/**
 * Starts the cron for a test. Move time only through it: cleanup treats a gap of more than
 * OUTAGE_GAP_MS (45 s) between two of its runs as a backend outage and spares the leases that expired
 * meanwhile for OUTAGE_GRACE_MS, so a test that jumps the clock by hand and then runs cleanup once sees
 * nobody removed.
 */
export function cleanupClock(t: Backend, { cleanup, advanceTimers }: CleanupClockOptions): CleanupClock {
  let untilTick = CLEANUP_INTERVAL_MS;

  /**
   * Runs a tick's continuation chain to its end at the same moment, each continuation its own
   * transaction as on a deployment. (The continuations the scheduler also holds then find their chain
   * over and do nothing when the clock next moves.)
   */
  async function finishChain(): Promise<void> {
    for (let run = 0; run < 10_000; run++) {
      const chain = await chainInProgress(t);
      if (chain === undefined) return;
      await t.mutation(cleanup, { chain });
    }
    throw new Error("cleanupClock: the cleanup chain did not end after 10,000 continuations");
  }

  async function tick(): Promise<CleanupResult> {
    const result = await t.mutation(cleanup, {});
    if (result.hasMore) await finishChain();
    return result;
  }

  return {
    tick,
    async advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new TypeError(`advance(ms): ms must be a finite number >= 0, got ${ms}`);
      for (let left = ms; left > 0; ) {
        const step = Math.min(left, untilTick);
        await advanceTimers(step);
        left -= step;
        untilTick -= step;
        if (untilTick === 0) {
          await tick();
          untilTick = CLEANUP_INTERVAL_MS;
        }
      }
    },
  };
}

export { CLEANUP_INTERVAL_MS, OUTAGE_GAP_MS, OUTAGE_GRACE_MS } from "../reliability.js";
