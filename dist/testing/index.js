// Test helpers for apps that mount convex-heartbeat (`convex-heartbeat/testing`): a convex-test backend
// holding the module's tables, and a clock that runs cleanup the way the cron does, which convex-test
// never does by itself.
import { convexTest } from "convex-test";
import { defineSchema } from "convex/server";
import { CLEANUP_INTERVAL_MS } from "../reliability.js";
import { heartbeatTables } from "../server/schema.js";
/** The module's tables alone, for a test backend of an app that has no other tables. */
const moduleSchema = defineSchema(heartbeatTables);
export function heartbeatTest(modules, schema) {
    return convexTest({ schema: schema ?? moduleSchema, modules });
}
/**
 * Starts the cron for a test. Move time only through it: cleanup treats a gap of more than
 * OUTAGE_GAP_MS (45 s) between two of its runs as a backend outage and spares the leases that expired
 * meanwhile for OUTAGE_GRACE_MS, so a test that jumps the clock by hand and then runs cleanup once sees
 * nobody removed.
 */
export function cleanupClock(t, { cleanup, advanceTimers }) {
    let untilTick = CLEANUP_INTERVAL_MS;
    /**
     * Runs a tick's continuation chain to its end at the same moment, each continuation its own
     * transaction as on a deployment. (The continuations the scheduler also holds then find their chain
     * over and do nothing when the clock next moves.)
     */
    async function finishChain() {
        for (let run = 0; run < 10_000; run++) {
            const state = await t.run((ctx) => ctx.db.query("cleanupState").first());
            const chain = state?.["chain"]?.id;
            if (chain === undefined)
                return;
            await t.mutation(cleanup, { chain });
        }
        throw new Error("cleanupClock: the cleanup chain did not end after 10,000 continuations");
    }
    async function tick() {
        const result = await t.mutation(cleanup, {});
        if (result.hasMore)
            await finishChain();
        return result;
    }
    return {
        tick,
        async advance(ms) {
            if (!Number.isFinite(ms) || ms < 0)
                throw new TypeError(`advance(ms): ms must be a finite number >= 0, got ${ms}`);
            for (let left = ms; left > 0;) {
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
