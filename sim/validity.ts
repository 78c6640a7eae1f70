// Whether a run is long enough to judge: every fault must happen and heal before the run ends, or the
// verdict would speak of faults that never played out. A run too short is not valid (exit 2).
import { ANTI_ENTROPY_BATCH, CLEANUP_INTERVAL_MS } from "../convex/reliability";
import { ANTI_ENTROPY_TABLES } from "../src/server/lib/antiEntropy";
import { healBound } from "./checks/bounds";
import type { SimulationConfig } from "./config";
import { clock, duration, plural } from "./labels";

/** A fault, and the moment (ms from the start) by which it has played out and healed. */
type Settling = { fault: string; settledByMs: number; why: string };

/** Rows anti-entropy walks in `table` for this fleet: one status document and one lease per machine or role. */
function rowsOf(config: SimulationConfig, table: (typeof ANTI_ENTROPY_TABLES)[number]): number {
  return table.startsWith("machine") ? config.daemons : config.agents;
}

/**
 * Cleanup runs until anti-entropy has walked every table from its start to its end after a delete: the
 * rest of the table it is in, then each table once (ANTI_ENTROPY_BATCH records a run, one more run for a
 * table's end).
 */
export function fullPassRuns(config: SimulationConfig): number {
  const runs = ANTI_ENTROPY_TABLES.map((table) => Math.floor(rowsOf(config, table) / ANTI_ENTROPY_BATCH) + 1);
  return runs.reduce((sum, n) => sum + n, 0) + Math.max(...runs) + 1;
}

/** Backend downtime (no cron) within [fromMs, fromMs + spanMs), stretched by the downtime itself. */
function cronPausedMs(config: SimulationConfig, fromMs: number, spanMs: number): number {
  let paused = 0;
  for (const o of [...config.faults.outages].sort((x, y) => x.atMs - y.atMs)) {
    if (o.atMs + o.durationMs > fromMs && o.atMs < fromMs + spanMs + paused) paused += o.durationMs;
  }
  return paused;
}

/** When each configured fault has played out and its clients have healed. */
function settlings(config: SimulationConfig): Settling[] {
  const f = config.faults;
  const bound = healBound(f.latencyMs).ms;
  const heal = `its end plus the heal bound of ${duration(bound)}`;
  const passMs = fullPassRuns(config) * CLEANUP_INTERVAL_MS;
  return [
    ...f.partitions.map((p) => ({ fault: `the partition at ${clock(p.atMs)} for ${duration(p.durationMs)}`, settledByMs: p.atMs + p.durationMs + bound, why: heal })),
    ...f.outages.map((o) => ({ fault: `the backend outage at ${clock(o.atMs)} for ${duration(o.durationMs)}`, settledByMs: o.atMs + o.durationMs + bound, why: heal })),
    ...f.crashes.map((c) => ({ fault: `the crash at ${clock(c.atMs)} with ${duration(c.downtimeMs)} downtime`, settledByMs: c.atMs + c.downtimeMs + bound, why: heal })),
    ...f.duplicates.map((d) => ({ fault: `the duplicates at ${clock(d.atMs)}`, settledByMs: d.atMs + 2 * bound, why: `the older process's next beat and the re-join, twice the heal bound of ${duration(bound)}` })),
    ...f.twinDaemons.map((d) => ({ fault: `the twin daemons at ${clock(d.atMs)}`, settledByMs: d.atMs + 2 * bound, why: `the older instance's next beat and the re-registration, twice the heal bound of ${duration(bound)}` })),
    ...f.strays.map((s) => ({
      fault: `the stray deletes at ${clock(s.atMs)}`,
      settledByMs: s.atMs + passMs + cronPausedMs(config, s.atMs, passMs) + bound,
      why: `a full anti-entropy pass of up to ${plural(fullPassRuns(config), "cleanup run")} for this fleet, plus the heal bound of ${duration(bound)}`,
    })),
    ...f.authLosses.map((a) => ({ fault: `the auth loss at ${clock(a.atMs)} for ${duration(a.durationMs)}`, settledByMs: a.atMs + a.durationMs + bound, why: heal })),
  ];
}

/** Why the run is too short to judge, in one line, or undefined when every fault plays out and heals in it; `replayed` words the fix for a config file. */
export function tooShort(config: SimulationConfig, replayed = false): string | undefined {
  const late = settlings(config).filter((s) => s.settledByMs > config.durationMs);
  if (late.length === 0) return undefined;
  const needed = Math.ceil(Math.max(...late.map((s) => s.settledByMs)) / 1000);
  const what = late.map((s) => `${s.fault} (by ${clock(s.settledByMs)}: ${s.why})`).join("; ");
  return `the run is too short to judge: it ends at ${clock(config.durationMs)}, before these faults play out and heal: ${what}; ${replayed ? `give it a durationMs of ${needed * 1000} or more` : `use --duration ${needed} or more`}`;
}
