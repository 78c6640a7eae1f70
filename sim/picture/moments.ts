// The run's events as short sentences at their moment, for the HTML timeline's hover: faults, cleanup
// runs that acted, damaged records mended and healed, and what processes reported.
import { plural, processLabel, recordLabel } from "../labels";
import type { Timeline } from "../timeline";
import type { TimelineItem } from "./items";

/** One event: when (ms from the start) and what happened. */
type Moment = { at: number; text: string };

/** What the end of a windowed fault is called. */
const ENDING: Partial<Record<TimelineItem["kind"], string>> = {
  partition: "partition ends: the network is back",
  outage: "backend back up, cron running again",
  crash: "the crashed processes start again with new ids",
  auth: "auth returns",
};

/** "a, b, c (+4 more)". */
function names(list: string[], most = 4): string {
  return list.length <= most ? list.join(", ") : `${list.slice(0, most).join(", ")} (+${list.length - most} more)`;
}

/** Every event of the run, in time order. */
export function moments(timeline: Timeline, items: TimelineItem[]): Moment[] {
  const start = timeline.startedAt;
  const label = (record: string) => recordLabel(record, timeline.rooms);
  const out: Moment[] = [];
  for (const item of items) {
    if (item.kind === "startup" || item.kind === "latency" || item.kind === "lossy") continue;
    out.push({ at: item.from, text: item.starts ?? item.label });
    const ending = ENDING[item.kind];
    if (ending !== undefined) out.push({ at: item.to, text: ending });
  }
  for (const run of timeline.cleanups) {
    const cleaned = timeline.cleaned.filter((c) => c.seq === run.seq);
    const disconnected = cleaned.filter((c) => c.cause === "expiry" && c.kind === "daemon").map((c) => label(c.record));
    const removed = cleaned.filter((c) => c.cause === "expiry" && c.kind === "participant").map((c) => label(c.record));
    const parts = [];
    if (disconnected.length > 0) parts.push(`disconnected ${names(disconnected)}`);
    if (removed.length > 0) parts.push(`removed ${names(removed)}`);
    if (run.repaired > 0) parts.push(`repaired ${plural(run.repaired, "damaged record")}`);
    if (parts.length > 0) out.push({ at: run.at - start, text: `cleanup run: ${parts.join("; ")}` });
  }
  for (const d of timeline.damages) {
    out.push({ at: d.at - start, text: `stray delete: the ${d.table} document of ${label(d.record)}` });
    const by = d.mendedBy === "cleanup" ? "by a cleanup run" : d.mendedBy === "call" ? "by its client's call" : "by a second delete";
    if (d.mendedAt !== undefined) out.push({ at: d.mendedAt - start, text: `${label(d.record)} mended ${by}` });
    if (d.healedAt !== undefined) out.push({ at: d.healedAt - start, text: `${label(d.record)} whole again, held by ${processLabel(d.healedBy ?? "")}` });
  }
  const grouped = new Map<string, { at: number; who: string[] }>();
  for (const life of timeline.processes) {
    for (const e of life.events) {
      if (e.type === "superseded") out.push({ at: e.at - start, text: `${processLabel(life.id)} superseded: stopped for good` });
      else if (e.type === "fatal") out.push({ at: e.at - start, text: `${processLabel(life.id)} stopped: fatal ${e.code ?? "error"}` });
      else if (e.type === "rejoined" || e.type === "reregistered" || e.type === "recovered") {
        const key = `${e.type}@${Math.floor((e.at - start) / 1000)}`;
        const group = grouped.get(key) ?? { at: e.at - start, who: [] };
        group.who.push(processLabel(life.id));
        grouped.set(key, group);
      }
    }
  }
  for (const [key, { at, who }] of grouped) out.push({ at, text: `${key.split("@")[0]}: ${names(who)}` });
  return out.sort((x, y) => x.at - y.at).map((m) => ({ ...m, text: m.text.replace(/\s+/g, " ").trim() }));
}
