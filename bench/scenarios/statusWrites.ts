// Scenario 3: writes to status documents (the ones dashboards subscribe to) per routine heartbeat.
// Each such write re-runs every dashboard query that read the document; a lease write re-runs none.
import { api } from "../../convex/_generated/api";
import type { Id } from "../../convex/_generated/dataModel";
import { HEARTBEAT_INTERVAL_MS } from "../../convex/reliability";
import { BENCH_INSTANCE, type Design, type DesignInstance } from "../design";
import { createChatroom, seedLive, split } from "../fleet";
import { expectResult, T0, type BenchEnv, type Row, type Scenario } from "../scenario";
import { writesByTable, writesTo } from "../../sim/accounting";

/** Document writes per table made by `work`, and how many of them hit status documents. */
async function watch(design: Design, work: () => Promise<unknown>) {
  const byTable = await writesByTable(design.tables, work);
  return { byTable, statusWrites: writesTo(byTable, design.statusTables) };
}

/** The tables with at least one write, comma-separated. */
const tablesOf = (byTable: Record<string, number>) =>
  Object.keys(byTable)
    .filter((table) => (byTable[table] ?? 0) > 0)
    .join(", ");

/** Every live agent beats once at the clock's current time; throws if any beat was not routine. */
async function beatAll(instance: DesignInstance, chatroomId: Id<"chatrooms">, fleet: number) {
  const { daemons, participants } = split(fleet);
  for (let i = 0; i < daemons; i++) {
    const beat = await instance.owner.mutation(api.heartbeat.daemonHeartbeat, { machineId: `machine-${i}`, instanceId: BENCH_INSTANCE });
    expectResult(`daemon machine-${i} beat`, beat.status, "ok");
  }
  for (let i = 0; i < participants; i++) {
    const beat = await instance.owner.mutation(api.heartbeat.participantHeartbeat, {
      chatroomId,
      role: `agent-${i}`,
      connectionId: `conn-${i}`,
    });
    expectResult(`participant agent-${i} beat`, beat.status, "ok");
  }
}

/** Measures one routine beat of each kind, then one minute of routine beats by `fleet` live agents. */
async function writesOf(design: Design, env: BenchEnv, fleet: number) {
  env.clock.setSystemTime(T0);
  const instance = design.create(true);
  const chatroomId = await createChatroom(instance);
  await seedLive(instance, chatroomId, fleet);
  env.clock.setSystemTime(T0 + HEARTBEAT_INTERVAL_MS);
  const daemonBeat = await watch(design, () =>
    instance.owner.mutation(api.heartbeat.daemonHeartbeat, { machineId: "machine-0", instanceId: BENCH_INSTANCE }),
  );
  const agent = { chatroomId, role: "agent-0", connectionId: "conn-0" };
  const agentBeat = await watch(design, () => instance.owner.mutation(api.heartbeat.participantHeartbeat, agent));
  const minute = await watch(design, async () => {
    for (const at of [T0 + 2 * HEARTBEAT_INTERVAL_MS, T0 + 3 * HEARTBEAT_INTERVAL_MS]) {
      env.clock.setSystemTime(at);
      await beatAll(instance, chatroomId, fleet);
    }
  });
  return { daemonBeat, agentBeat, minute };
}

/** Scenario 3, with a fleet of `fleet` live agents for the one-minute figure. */
export function statusWrites({ fleet = 100 }: { fleet?: number } = {}): Scenario {
  return {
    id: "statusWrites",
    title: "status writes",
    async run(env) {
      const ours = await writesOf(env.designs.ours, env, fleet);
      const baseline = await writesOf(env.designs.baseline, env, fleet);
      const beats = 2 * fleet;
      const rows: Row[] = [
        {
          figure: "routine daemon heartbeat: status-document writes",
          ours: ours.daemonBeat.statusWrites,
          baseline: baseline.daemonBeat.statusWrites,
        },
        {
          figure: "routine daemon heartbeat: tables written",
          ours: tablesOf(ours.daemonBeat.byTable),
          baseline: tablesOf(baseline.daemonBeat.byTable),
        },
        {
          figure: "routine participant heartbeat: status-document writes",
          ours: ours.agentBeat.statusWrites,
          baseline: baseline.agentBeat.statusWrites,
        },
        {
          figure: "routine participant heartbeat: tables written",
          ours: tablesOf(ours.agentBeat.byTable),
          baseline: tablesOf(baseline.agentBeat.byTable),
        },
        {
          figure: `1 min of routine beats, ${fleet.toLocaleString("en-US")} live (${beats.toLocaleString("en-US")} beats): status-document writes`,
          ours: ours.minute.statusWrites,
          baseline: baseline.minute.statusWrites,
        },
      ];
      return { rows, details: { fleet, ours, baseline } };
    },
  };
}
