// The human-readable report of a run: fleet, faults as they played out, cleanup runs apart from records,
// each clause with the figures behind it and what they measure, costs, and one verdict line.
import { CLEANUP_INTERVAL_MS } from "../convex/reliability";
import type { SimulationConfig } from "./config";
import { describeBound } from "./checks/bounds";
import { clock, duration, plural, seconds } from "./labels";
import type { Stats } from "./checks/stats";
import type { SimulationRun } from "./run";
import type { FaultEffect, Timeline } from "./timeline";

/** "p50 2.1 s, p95 4.1 s, max 4.3 s (n=69)", or "none measured". */
export const spread = (s: Stats) => (s.count === 0 ? "none measured" : `p50 ${seconds(s.p50)}, p95 ${seconds(s.p95)}, max ${seconds(s.max)} (n=${s.count})`);

/** "9 of 30 daemons, 60 of 200 agents": how many of each kind a fault hit. */
function hit(effect: FaultEffect | undefined, config: SimulationConfig): string {
  if (effect === undefined) return "did not happen in this run";
  const parts = [];
  if (config.daemons > 0) parts.push(`${effect.daemons} of ${plural(config.daemons, "daemon")}`);
  if (config.agents > 0) parts.push(`${effect.agents} of ${plural(config.agents, "agent")}`);
  return parts.join(", ");
}

/** One line per configured fault, in words, with how many processes of each kind it hit when the timeline is given. */
function describeFaults(config: SimulationConfig, timeline?: Timeline): string[] {
  const f = config.faults;
  const effect = (kind: FaultEffect["kind"], index: number) => timeline?.faults.find((e) => e.kind === kind && e.index === index);
  const share = (fraction: number) => `${Math.round(fraction * 100)}%`;
  const of = (kind: FaultEffect["kind"], index: number) => (timeline === undefined ? "" : ` (${hit(effect(kind, index), config)})`);
  const timed: { atMs: number; text: string }[] = [
    ...f.partitions.map((p, i) => ({ atMs: p.atMs, text: `partition at ${clock(p.atMs)} for ${duration(p.durationMs)}: ${share(p.fraction)} of live processes cut off${of("partition", i)}` })),
    ...f.outages.map((o, i) => ({ atMs: o.atMs, text: `backend outage at ${clock(o.atMs)} for ${duration(o.durationMs)}, cron paused too${of("outage", i)}` })),
    ...f.crashes.map((c, i) => ({
      atMs: c.atMs,
      text: `crash at ${clock(c.atMs)}: ${share(c.fraction)} of live processes killed, restarted ${duration(c.downtimeMs)} later with a new id${of("crash", i)}`,
    })),
    ...f.duplicates.map((d, i) => ({ atMs: d.atMs, text: `duplicate at ${clock(d.atMs)}: a second process started for ${plural(d.count, "held role")}${of("duplicate", i)}` })),
    ...f.twinDaemons.map((d, i) => ({
      atMs: d.atMs,
      text: `twin daemon at ${clock(d.atMs)}: a second daemon process (a new instanceId) started for ${plural(d.count, "held machine")}${of("twin", i)}`,
    })),
    ...f.strays.map((s, i) => {
      const deleted = effect("stray", i)?.deleted;
      const tables = deleted === undefined ? "" : ` (${Object.entries(deleted).map(([table, n]) => `${n} from ${table}`).join(", ")})`;
      return { atMs: s.atMs, text: `stray deletes at ${clock(s.atMs)}: ${plural(s.count, "document")} deleted out of band${tables}` };
    }),
    ...f.authLosses.map((a, i) => {
      const how = a.mode === "identity" ? "lose their identity (calls go out unauthenticated)" : "have their auth cleared and their token source yield nothing";
      return { atMs: a.atMs, text: `auth loss at ${clock(a.atMs)} for ${duration(a.durationMs)}: ${share(a.fraction)} of live processes ${how}${of("auth", i)}` };
    }),
  ];
  const lines = timed.sort((x, y) => x.atMs - y.atMs).map((t) => t.text);
  if (f.latencyMs > 0) lines.push(`latency: ${duration(f.latencyMs)} each way on every call, the whole run`);
  if (f.lossRate > 0) lines.push(`lost responses: ${Math.round(f.lossRate * 100)}% of delivered calls, the whole run`);
  return lines.length > 0 ? lines : ["none"];
}

/** The cleanup line: runs and the records they acted on, named apart. */
function cleanupLine(run: SimulationRun): string {
  const c = run.measures.cleanup;
  const records = c.daemonsDisconnected + c.participantsRemoved;
  const acted = `${c.runsThatActed} of them acted: ${plural(c.daemonsDisconnected, "daemon")} disconnected and ${plural(c.participantsRemoved, "participant")} removed (${plural(records, "record")})`;
  const repairs = c.repaired + c.damagedDiscarded === 0 ? "" : `; ${plural(c.repaired, "repair")} reported by cleanup (damaged records mended)`;
  return `cleanup: ${plural(c.runs, "run")}, one every ${duration(CLEANUP_INTERVAL_MS)}; ${acted}${repairs}`;
}

/** The figures under clause (b), one line each, each saying what it measured. */
function healingLines(run: SimulationRun): string[] {
  const m = run.measures;
  const lines: string[] = [];
  if (m.heal.network.count > 0) lines.push(`after a partition or outage: network back -> first renewed lease ${spread(m.heal.network)}`);
  if (m.heal.auth.count > 0) lines.push(`after an auth loss: identity back -> first renewed lease ${spread(m.heal.auth)}`);
  if (m.heal.restart.count > 0) lines.push(`after a crash: restart -> first renewed lease (the new process registers or joins as it starts) ${spread(m.heal.restart)}`);
  if (m.authRejected.processes > 0) lines.push(`auth failures: ${plural(m.authRejected.calls, "attempt")} by ${plural(m.authRejected.processes, "process", "processes")} failed authentication`);
  const d = m.damage;
  if (d.damaged > 0) {
    const by = `${d.mended.byCleanup} by a cleanup run, ${d.mended.byCall} by the client's own call, ${d.mended.byStray} by a second delete`;
    lines.push(`damaged records: ${plural(d.damaged, "document")} deleted; ${d.mended.byCleanup + d.mended.byCall + d.mended.byStray} mended (${by})`);
    lines.push(`  delete -> mended ${spread(d.mendTime)}; a full anti-entropy pass (every table walked, 20 records a run) took at most ${plural(d.longestPassRuns, "cleanup run")}`);
    lines.push(`  mended -> whole and held again ${spread(d.healTime)}; ${d.healed} of ${d.damaged} healed; the server logged ${plural(d.repairsLogged, "repair")}`);
    lines.push(`  bound after a mend: ${describeBound(d.healBound)}, plus one retry for each call that failed meanwhile`);
  }
  lines.push(`seats whole and held by their newest live process at the end: ${m.finalHealthy.healthy}/${m.finalHealthy.of}`);
  return lines;
}

/** The figures under clause (d). */
function rejoinLines(run: SimulationRun): string[] {
  const { rejoins: r, duplicates, twins } = run.measures;
  const lines = [
    `${plural(r.rejoins, "re-join")}, ${plural(r.reregistrations, "re-registration")} and ${plural(r.recoveries, "daemon recovery", "daemon recoveries")} over ${plural(r.outagesSeen, "process outage")}${run.measures.damage.damaged === 0 ? "" : ` and ${plural(run.measures.damage.damaged, "damaged record")}`}`,
  ];
  if (duplicates.pairs > 0) {
    lines.push(`duplicate agents: of ${plural(duplicates.pairs, "pair")}, ${duplicates.stopped} ended with the superseded process stopped and silent; ${plural(duplicates.heldByNewest, "role")} held by the newer process at the end`);
  }
  if (twins.pairs > 0) {
    lines.push(`twin daemons: of ${plural(twins.pairs, "pair")}, ${twins.stopped} ended with the superseded instance stopped and silent; ${plural(twins.heldByNewest, "machine")} held by the newer instance and connected at the end`);
  }
  return lines;
}

/** The full report text. */
export function formatReport(config: SimulationConfig, run: SimulationRun, scenario: string): string {
  const { measures: m, wallMs, timeline } = run;
  const verdictFor = (id: string) => (m.clauses.find((c) => c.id === id)?.holds ? "HOLDS   " : "VIOLATED");
  const clause = (id: "a" | "b" | "c" | "d") => m.clauses.find((c) => c.id === id)!;
  const indent = (lines: string[]) => lines.map((line) => `               ${line}`);
  const rooms = Math.ceil(config.agents / config.agentsPerRoom);
  const lines = [
    `convex-heartbeat fleet simulation: scenario '${scenario}', seed ${config.seed}`,
    `fleet: ${plural(config.daemons, "daemon")} and ${plural(config.agents, "agent")} (${config.agentsPerRoom} per chatroom, ${plural(rooms, "chatroom")}); ${duration(config.durationMs)} simulated in ${seconds(wallMs)} of wall time`,
    `faults:`,
    ...describeFaults(config, timeline).map((line) => `  - ${line}`),
    ``,
    cleanupLine(run),
    ``,
    `the self-healing invariant:`,
    `  (a) ${verdictFor("a")} ${clause("a").statement}: ${plural(m.falseCleanups, "false cleanup")}`,
    `  (b) ${verdictFor("b")} ${clause("b").statement}`,
    ...indent(healingLines(run)),
    `  (c) ${verdictFor("c")} ${clause("c").statement}: last renewal -> cleaned ${spread(m.detectionLatency)}`,
    `  (d) ${verdictFor("d")} ${clause("d").statement}`,
    ...indent(rejoinLines(run)),
    ...m.clauses.flatMap((c) => [
      ...c.violations.slice(0, 5).map((v) => `      (${c.id}) ${v}`),
      ...(c.violations.length > 5 ? [`      (${c.id}) ... and ${c.violations.length - 5} more (out/report.json lists all)`] : []),
    ]),
    ``,
    `documents per operation (Convex transaction accounting, as delivered in this run):`,
    `  ${"function".padEnd(32)}${"calls".padStart(7)}${"read mean/max".padStart(16)}${"written mean/max".padStart(19)}`,
    ...[...m.costs]
      .sort((x, y) => x.fn.localeCompare(y.fn))
      .map((c) => `  ${c.fn.padEnd(32)}${String(c.calls).padStart(7)}${`${c.meanRead.toFixed(2)}/${c.maxRead}`.padStart(16)}${`${c.meanWritten.toFixed(2)}/${c.maxWritten}`.padStart(19)}`),
    `  ${"cleanup:cleanupStaleAgents".padEnd(32)}${String(m.cleanupCost.runs).padStart(7)}${`max ${m.cleanupCost.maxRead}`.padStart(16)}${`max ${m.cleanupCost.maxWritten}`.padStart(19)}`,
    ``,
    `throughput: ${run.agentHoursPerWallSecond.toFixed(2)} simulated agent-hours per wall-clock second (convex-test scans its in-memory store; not a production latency)`,
    ``,
    verdictLine(m.holds),
  ];
  return lines.join("\n");
}

/** The last line of every valid run. */
export function verdictLine(holds: boolean): string {
  return holds ? `VERDICT: the self-healing invariant HOLDS` : `VERDICT: the self-healing invariant is VIOLATED`;
}
