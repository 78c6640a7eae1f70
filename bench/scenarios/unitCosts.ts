// Scenario 1: what one routine call costs each design in documents read and written, measured by
// Convex's transaction accounting inside a small live fleet (nothing stale, so cleanup has no work).
import { api, internal } from "../../convex/_generated/api";
import { DAEMON_HEARTBEAT_INTERVAL_MS } from "../../convex/reliability";
import { BENCH_INSTANCE, type Design } from "../design";
import { priorTick } from "../cron";
import { createChatroom, seedLive } from "../fleet";
import { measure, type Cost } from "../measure";
import { expectResult, T0, type BenchEnv, type Row, type Scenario } from "../scenario";

/** Measures each call once on a fresh backend of `design` holding `fleet` live agents; [call, cost] in table order. */
async function costsOf(design: Design, env: BenchEnv, fleet: number): Promise<[string, Cost][]> {
  env.clock.setSystemTime(T0);
  const instance = design.create(true);
  const chatroomId = await createChatroom(instance);
  await seedLive(instance, chatroomId, fleet);
  await instance.owner.mutation(api.machines.register, { machineId: "bench-daemon", instanceId: BENCH_INSTANCE });
  const agent = { chatroomId, role: "bench-agent", connectionId: "bench-conn" };
  const join = await measure(instance.owner, api.participants.join, agent);
  env.clock.setSystemTime(T0 + DAEMON_HEARTBEAT_INTERVAL_MS);
  const daemonBeat = await measure(instance.owner, api.heartbeat.daemonHeartbeat, { machineId: "bench-daemon", instanceId: BENCH_INSTANCE });
  expectResult("routine daemon heartbeat", daemonBeat.result, { status: "ok", recovered: false });
  const agentBeat = await measure(instance.owner, api.heartbeat.participantHeartbeat, agent);
  expectResult("routine participant heartbeat", agentBeat.result.status, "ok");
  await priorTick(instance, env.clock, T0 + DAEMON_HEARTBEAT_INTERVAL_MS);
  const cleanup = await measure(instance.t, internal.cleanup.cleanupStaleAgents, {});
  expectResult("cleanup with nothing stale", cleanup.result, { daemonsDisconnected: 0, participantsRemoved: 0, repaired: 0, hasMore: false });
  return [
    ["routine daemon heartbeat", daemonBeat.cost],
    ["routine participant heartbeat", agentBeat.cost],
    ["join (new participant)", join.cost],
    [`cleanup run (not the first), ${fleet.toLocaleString("en-US")} live, none stale`, cleanup.cost],
  ];
}

/** What a cleanup run with nothing stale reads, in either design (scenario 4's next run after the backlog too). */
export const ROUTINE_CLEANUP_NOTE =
  "ours: cleanup's state document (read, and re-read by its write) plus one anti-entropy slice (20 records of one table, at most 3 reads each), the same whatever the fleet; baseline: both tables whole";

/** The footnote a call's first row carries, if any. */
function noteFor(call: string): { note?: string } {
  return call.startsWith("cleanup run") ? { note: ROUTINE_CLEANUP_NOTE } : {};
}

/** Scenario 1, in a fleet of `fleet` live agents (half daemons, half CLI participants). */
export function unitCosts({ fleet = 100 }: { fleet?: number } = {}): Scenario {
  return {
    id: "unitCosts",
    title: "one call",
    async run(env) {
      const ours = await costsOf(env.designs.ours, env, fleet);
      const baseline = await costsOf(env.designs.baseline, env, fleet);
      const rows: Row[] = ours.flatMap(([call, cost], i) => [
        { figure: `${call}: documents read`, ours: cost.documentsRead, baseline: baseline[i]![1].documentsRead, ...noteFor(call) },
        { figure: `${call}: documents written`, ours: cost.documentsWritten, baseline: baseline[i]![1].documentsWritten },
      ]);
      return { rows, details: { fleet, ours: Object.fromEntries(ours), baseline: Object.fromEntries(baseline) } };
    },
  };
}
