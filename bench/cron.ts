// The cron as the scenarios run it before a measured cleanup: one tick a cleanup interval earlier, so
// the measured run is a deployment's steady-state run (its state document exists), not its first.
import { internal } from "../convex/_generated/api";
import { CLEANUP_INTERVAL_MS } from "../convex/reliability";
import type { DesignInstance } from "./design";
import type { Clock } from "./scenario";

/** Runs one cron tick at `at - CLEANUP_INTERVAL_MS` (it must find nothing stale), then sets the clock to `at`. */
export async function priorTick(instance: DesignInstance, clock: Clock, at: number): Promise<void> {
  clock.setSystemTime(at - CLEANUP_INTERVAL_MS);
  const result = await instance.t.mutation(internal.cleanup.cleanupStaleAgents, {});
  if (result.daemonsDisconnected + result.participantsRemoved + result.repaired > 0 || result.hasMore) {
    throw new Error(`the tick before the measured run was meant to find nothing to do, got ${JSON.stringify(result)}`);
  }
  clock.setSystemTime(at);
}
