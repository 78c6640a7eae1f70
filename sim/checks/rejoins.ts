// Clause (d), re-joins: a client re-joins (re-registers) only when the server asked it to, and at most
// once per outage it went through (a network, backend or auth outage, or a damage to its record).
import { clock, processLabel } from "../labels";
import type { Delivered, Timeline } from "../timeline";
import { mergedImpairments } from "./stats";

/** How often clients re-established, and how many outages they went through. */
export type RejoinCounts = { rejoins: number; reregistrations: number; recoveries: number; outagesSeen: number };

/** The calls that take a seat: join and register (the newest of them wins the seat). */
export const ESTABLISH_CALLS: ReadonlySet<string> = new Set(["participants:join", "machines:register"]);
const ASKED = new Set(["rejoinRequired", "reregisterRequired"]);

/** Each delivered join / register after a process's first must follow a server request to re-join, or a first attempt whose answer was lost. */
function needlessEstablishes(timeline: Timeline): string[] {
  const byProcess = new Map<string, Delivered[]>();
  for (const d of [...timeline.delivered].sort((x, y) => x.seq - y.seq)) byProcess.set(d.process, [...(byProcess.get(d.process) ?? []), d]);
  const violations: string[] = [];
  for (const [process, calls] of byProcess) {
    let previous: Delivered | undefined;
    let asked = false;
    for (const call of calls) {
      if (ASKED.has(call.outcome)) asked = true;
      if (!ESTABLISH_CALLS.has(call.fn)) continue;
      if (previous !== undefined && !asked && !previous.answerLost) {
        const what = call.fn === "machines:register" ? "re-registered" : "re-joined";
        violations.push(`${processLabel(process)} ${what} at ${clock(call.at - timeline.startedAt)} though the server never asked it to`);
      }
      previous = call;
      asked = false;
    }
  }
  return violations;
}

/** Checks clause (d)'s re-join half and counts re-joins, re-registrations and recoveries. */
export function checkRejoins(timeline: Timeline): { violations: string[]; counts: RejoinCounts } {
  const violations = needlessEstablishes(timeline);
  const outagesByProcess = mergedImpairments(timeline.impairments, 0);
  const counts: RejoinCounts = { rejoins: 0, reregistrations: 0, recoveries: 0, outagesSeen: 0 };
  for (const life of timeline.processes) {
    counts.rejoins += life.events.filter((e) => e.type === "rejoined").length;
    counts.reregistrations += life.events.filter((e) => e.type === "reregistered").length;
    counts.recoveries += life.events.filter((e) => e.type === "recovered").length;
    const spans = outagesByProcess.get(life.id) ?? [];
    counts.outagesSeen += spans.length;
    // What may cost a re-join: each outage of the process, and each stray delete of its record.
    const causes = [...spans.map((s) => s.from), ...timeline.damages.filter((d) => d.record === life.record).map((d) => d.at)].sort((x, y) => x - y);
    const perCause = new Map<number, number>();
    for (const event of life.events.filter((e) => e.type === "rejoined" || e.type === "reregistered")) {
      const cause = causes.reduce((found, from, i) => (from <= event.at ? i : found), -1);
      if (cause < 0) violations.push(`${processLabel(life.id)} ${event.type} at ${clock(event.at - timeline.startedAt)} with no outage or damage before it`);
      else perCause.set(cause, (perCause.get(cause) ?? 0) + 1);
    }
    for (const [cause, count] of perCause) {
      if (count > 1) violations.push(`${processLabel(life.id)} re-joined ${count} times after one outage (at ${clock(causes[cause]! - timeline.startedAt)})`);
    }
  }
  return { violations, counts };
}
