// The human-readable report of a run: the fleet, the faults, each clause of the invariant with the
// figures behind it, per-operation cost from Convex's accounting, and one verdict line.
import { CLEANUP_INTERVAL_MS } from "../convex/reliability";
import type { SimulationConfig } from "./config";
import type { Stats } from "./metrics";
import type { SimulationRun } from "./run";

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const spread = (s: Stats) => (s.count === 0 ? "none" : `p50 ${seconds(s.p50)}, p95 ${seconds(s.p95)}, max ${seconds(s.max)} (n=${s.count})`);

/** One line per configured fault, in words. */
export function describeFaults(config: SimulationConfig): string[] {
  const f = config.faults;
  const lines = [
    ...f.partitions.map((p) => `partition: ${Math.round(p.fraction * 100)}% of processes cut off at ${seconds(p.atMs)} for ${seconds(p.durationMs)}`),
    ...f.outages.map((o) => `backend outage: at ${seconds(o.atMs)} for ${seconds(o.durationMs)} (cron paused too)`),
    ...f.crashes.map((c) => `crash: ${Math.round(c.fraction * 100)}% of processes killed at ${seconds(c.atMs)}, restarted ${seconds(c.downtimeMs)} later`),
    ...f.duplicates.map((d) => `duplicate: ${d.count} second processes started for held roles at ${seconds(d.atMs)}`),
  ];
  if (f.latencyMs > 0) lines.push(`latency: ${f.latencyMs} ms each way on every call`);
  if (f.lossRate > 0) lines.push(`lost responses: ${Math.round(f.lossRate * 100)}% of delivered calls`);
  return lines.length > 0 ? lines : ["none"];
}

/** The full report text. */
export function formatReport(config: SimulationConfig, run: SimulationRun, scenario: string): string {
  const { measures: m, wallMs } = run;
  const verdictFor = (id: string) => (m.clauses.find((c) => c.id === id)?.holds ? "HOLDS   " : "VIOLATED");
  const lines = [
    `convex-heartbeat fleet simulation: scenario '${scenario}', seed ${config.seed}`,
    `fleet: ${config.daemons} daemons, ${config.agents} agents (${config.agentsPerRoom} per chatroom); ${seconds(config.durationMs)} simulated in ${seconds(wallMs)} of wall time`,
    `faults:`,
    ...describeFaults(config).map((line) => `  - ${line}`),
    ``,
    `cleanup acted ${m.cleanups.daemonsDisconnected + m.cleanups.participantsRemoved} times: ${m.cleanups.daemonsDisconnected} daemons disconnected, ${m.cleanups.participantsRemoved} participants removed`,
    ``,
    `the self-healing invariant:`,
    `  (a) ${verdictFor("a")} no false cleanup while delivered beats stay within the TTL: ${m.falseCleanups} false cleanups`,
    `  (b) ${verdictFor("b")} ${m.clauses[1].statement}: heal time ${spread(m.healTime)}; healthy at the end ${m.finalHealthy.healthy}/${m.finalHealthy.of}`,
    `  (c) ${verdictFor("c")} silent longer than TTL + ${seconds(CLEANUP_INTERVAL_MS)} is cleaned: detection latency (last beat -> cleaned) ${spread(m.detectionLatency)}`,
    `  (d) ${verdictFor("d")} at most one re-join per outage: ${m.rejoins} re-joins, ${m.reregistrations} re-registrations, ${m.recoveries} daemon recoveries over ${m.outagesSeen} process outages; superseded processes stopped ${m.superseded.stopped}/${m.superseded.expected}`,
    ...m.clauses.flatMap((c) => c.violations.slice(0, 5).map((v) => `      (${c.id}) ${v}`)),
    ``,
    `documents per operation (Convex transaction accounting, as delivered in this run):`,
    `  ${"function".padEnd(32)}${"calls".padStart(7)}${"read mean/max".padStart(16)}${"written mean/max".padStart(19)}`,
    ...m.costs
      .sort((x, y) => x.fn.localeCompare(y.fn))
      .map((c) => `  ${c.fn.padEnd(32)}${String(c.calls).padStart(7)}${`${c.meanRead.toFixed(2)}/${c.maxRead}`.padStart(16)}${`${c.meanWritten.toFixed(2)}/${c.maxWritten}`.padStart(19)}`),
    `  ${"cleanup:cleanupStaleAgents".padEnd(32)}${String(m.cleanupCost.runs).padStart(7)}${`max ${m.cleanupCost.maxRead}`.padStart(16)}${`max ${m.cleanupCost.maxWritten}`.padStart(19)}`,
    ``,
    `throughput: ${run.agentHoursPerWallSecond.toFixed(2)} simulated agent-hours per wall-clock second (convex-test scans its in-memory store; not a production latency)`,
    ``,
    m.holds ? `VERDICT: the self-healing invariant HOLDS` : `VERDICT: the self-healing invariant is VIOLATED`,
  ];
  return lines.join("\n");
}
