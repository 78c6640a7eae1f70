// Scenario 2: documents one cleanup run reads as the live fleet grows, with the same 10 stale agents
// each time. The baseline reads the fleet; this module reads what expired. Limits are Convex's defaults.
import { internal } from "../../convex/_generated/api";
import type { Design } from "../design";
import { priorTick } from "../cron";
import { createChatroom, seedLive, seedStale, split } from "../fleet";
import { measure, messageOf } from "../measure";
import { T0, type BenchEnv, type Cell, type Row, type Scenario } from "../scenario";

/** One design's cleanup at one fleet size: documents read, or the error that stopped it. */
type Outcome = { documentsRead: number; documentsWritten: number } | { error: string };

/** Seeds `live` live and `stale` stale agents on a fresh backend and measures one steady-state cleanup run (the cron ran before). */
async function cleanupAt(design: Design, env: BenchEnv, live: number, stale: number): Promise<Outcome> {
  env.clock.setSystemTime(T0);
  const instance = design.create(true);
  const chatroomId = await createChatroom(instance);
  await seedLive(instance, chatroomId, live);
  await seedStale(instance, chatroomId, stale);
  try {
    await priorTick(instance, env.clock, T0);
    const { result, cost } = await measure(instance.t, internal.cleanup.cleanupStaleAgents, {});
    const expected = split(stale);
    if (result.daemonsDisconnected !== expected.daemons || result.participantsRemoved !== expected.participants) {
      throw new Error(`cleanup cleaned ${JSON.stringify(result)}, expected ${JSON.stringify(expected)}`);
    }
    return { documentsRead: cost.documentsRead, documentsWritten: cost.documentsWritten };
  } catch (error) {
    if (!/too many|too much/i.test(messageOf(error))) throw error;
    return { error: messageOf(error) };
  }
}

/** The table cell for an outcome. */
const cellOf = (outcome: Outcome): Cell => ("error" in outcome ? "fails" : outcome.documentsRead);

const OURS_NOTE =
  "ours: the stale records (each lease and status document, read and re-read by its write), cleanup's state document (2) and one anti-entropy slice (20 records of one table), the last two the same whatever the fleet";

/** Scenario 2 over `fleetSizes` live agents (half daemons, half participants), each with `stale` stale ones. */
export function cleanupGrowth({ fleetSizes = [100, 1_000, 5_000], stale = 10 }: { fleetSizes?: number[]; stale?: number } = {}): Scenario {
  return {
    id: "cleanupGrowth",
    title: "cleanup vs fleet",
    async run(env) {
      const rows: Row[] = [];
      const details: Record<string, { ours: Outcome; baseline: Outcome }> = {};
      for (const live of fleetSizes) {
        const ours = await cleanupAt(env.designs.ours, env, live, stale);
        const baseline = await cleanupAt(env.designs.baseline, env, live, stale);
        details[String(live)] = { ours, baseline };
        const failure = "error" in baseline ? `baseline: ${baseline.error}` : "error" in ours ? `ours: ${ours.error}` : OURS_NOTE;
        rows.push({
          figure: `cleanup run, ${live.toLocaleString("en-US")} live + ${stale} stale: documents read`,
          ours: cellOf(ours),
          baseline: cellOf(baseline),
          ratio: true,
          ...(failure === undefined ? {} : { note: failure }),
        });
      }
      return { rows, details: { stale, byFleetSize: details } };
    },
  };
}
