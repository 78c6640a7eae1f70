// What the picture draws for the run's faults: one item per fault and one for the start-up ramp, each
// with its span and a label built from how the fault actually played out.
import { HEARTBEAT_INTERVAL_MS } from "../../convex/reliability";
import type { SimulationConfig } from "../config";
import { clock, duration, plural } from "../labels";
import type { FaultEffect, Timeline } from "../timeline";

/** What an item shows. */
type ItemKind = "startup" | "latency" | "lossy" | FaultEffect["kind"];

/** A drawn fault: kind, span (ms from the start; a point when `point`), label, what its start is called, and for a partition the share cut off per kind. */
export type TimelineItem = {
  kind: ItemKind;
  from: number;
  to: number;
  point: boolean;
  label: string;
  /** The event of its start, for the HTML hover. */
  starts?: string;
  cutOff?: { daemons: number; agents: number };
};

/** Each kind's color: bars and shading. */
export const ITEM_COLORS: Record<ItemKind, string> = {
  startup: "#9e9e9e",
  partition: "#e0a100",
  outage: "#d9463e",
  crash: "#8e5cc9",
  duplicate: "#2a9d8f",
  twin: "#1d6fa5",
  stray: "#e07b39",
  auth: "#c2185b",
  latency: "#607d8b",
  lossy: "#8d6e63",
};

/** "11/30 daemons and 47/200 agents": a fault's reach per kind, leaving out a kind the fleet has none of. */
function reach(effect: FaultEffect, config: SimulationConfig): string {
  const parts = [];
  if (config.daemons > 0) parts.push(`${effect.daemons}/${plural(config.daemons, "daemon")}`);
  if (config.agents > 0) parts.push(`${effect.agents}/${plural(config.agents, "agent")}`);
  return parts.join(" and ");
}

/** The item of one fault as it played out. */
function itemOf(effect: FaultEffect, config: SimulationConfig, timeline: Timeline): TimelineItem {
  const span = { from: effect.from - timeline.startedAt, to: effect.to - timeline.startedAt };
  const f = config.faults;
  switch (effect.kind) {
    case "partition":
      return {
        kind: "partition",
        ...span,
        point: false,
        label: `partition, ${duration(span.to - span.from)}: ${reach(effect, config)} cut off`,
        starts: `partition starts: ${reach(effect, config)} cut off for ${duration(span.to - span.from)}`,
        cutOff: { daemons: config.daemons === 0 ? 0 : effect.daemons / config.daemons, agents: config.agents === 0 ? 0 : effect.agents / config.agents },
      };
    case "outage":
      return {
        kind: "outage",
        ...span,
        point: false,
        label: `backend outage, ${duration(span.to - span.from)}: cron paused; the lines show the server's stored view`,
        starts: `backend outage starts: every call fails and the cron pauses for ${duration(span.to - span.from)}`,
      };
    case "crash":
      return { kind: "crash", ...span, point: false, label: `crash: ${reach(effect, config)} killed, back after ${duration(span.to - span.from)}`, starts: `crash: ${reach(effect, config)} killed` };
    case "duplicate":
      return { kind: "duplicate", ...span, point: true, label: `${plural(effect.agents, "duplicate agent")} started` };
    case "twin":
      return { kind: "twin", ...span, point: true, label: `${plural(effect.daemons, "twin daemon")} started` };
    case "stray": {
      const damages = timeline.damages.filter((d) => d.at === effect.from);
      const healed = damages.filter((d) => d.healedAt !== undefined);
      const last = Math.max(effect.from, ...healed.map((d) => d.healedAt!)) - timeline.startedAt;
      const ending = healed.length === damages.length ? `all healed by ${clock(last)}` : `${damages.length - healed.length} not healed`;
      const label = `stray deletes: ${plural(damages.length, "document")}; ${ending}`;
      return { kind: "stray", from: span.from, to: last, point: last === span.from, label, starts: `stray deletes: ${plural(damages.length, "document")} deleted out of band` };
    }
    case "auth": {
      const mode = f.authLosses[effect.index]?.mode === "token" ? "token source empty" : "identity gone";
      const label = `auth lost (${mode}), ${duration(span.to - span.from)}: ${reach(effect, config)}`;
      return { kind: "auth", ...span, point: false, label, starts: `auth lost (${mode}) by ${reach(effect, config)} for ${duration(span.to - span.from)}` };
    }
  }
}

/** Every item the picture draws for this run, the start-up ramp and whole-run faults first. */
export function timelineItems(config: SimulationConfig, timeline: Timeline): TimelineItem[] {
  const end = timeline.endedAt - timeline.startedAt;
  const items: TimelineItem[] = [{ kind: "startup", from: 0, to: HEARTBEAT_INTERVAL_MS, point: false, label: `start-up: processes start during the first ${duration(HEARTBEAT_INTERVAL_MS)}` }];
  if (config.faults.latencyMs > 0) items.push({ kind: "latency", from: 0, to: end, point: false, label: `latency: ${duration(config.faults.latencyMs)} each way on every call, the whole run` });
  if (config.faults.lossRate > 0) items.push({ kind: "lossy", from: 0, to: end, point: false, label: `lossy: ${Math.round(config.faults.lossRate * 100)}% of responses lost after the call committed, the whole run` });
  return [...items, ...[...timeline.faults].sort((x, y) => x.from - y.from).map((effect) => itemOf(effect, config, timeline))];
}
