// Clause (d), re-joins: a client re-joins (re-registers) only when the server asked it to, and at most
// once per outage it went through (a network, backend or auth outage, or a damage to its record).
import { clock, processLabel } from "../labels";
import type { Delivered, Timeline } from "../timeline";
import type { CallIndex } from "./calls";
import { mergedImpairments } from "./stats";

/** How often clients re-established, and how many outages they went through. */
export type RejoinCounts = { rejoins: number; reregistrations: number; recoveries: number; outagesSeen: number };

/** The calls that take a seat: join and register (the newest of them wins the seat). */
export const ESTABLISH_CALLS: ReadonlySet<string> = new Set(["participants:join", "machines:register"]);

/** The answers by which the server asks a client to join or register again. */
const ASKED = new Set(["rejoinRequired", "reregisterRequired"]);

/**
 * Walks each process's calls: a join / register after its first must answer a server request since
 * the previous one (or repeat one whose answer was lost); each re-join is set against the latest
 * outage or damage before the server asked for it, and no outage or damage may cost two.
 */
export function checkRejoins(timeline: Timeline, calls: CallIndex): { violations: string[]; counts: RejoinCounts } {
  const violations: string[] = [];
  const outagesByProcess = mergedImpairments(timeline.impairments, 0);
  const lives = new Map(timeline.processes.map((p) => [p.id, p]));
  const at = (ms: number) => clock(ms - timeline.startedAt);
  for (const [process, made] of calls.byProcess) {
    const life = lives.get(process);
    // What may cost a re-join: each outage of the process, and each stray delete of its record.
    const causes = [...(outagesByProcess.get(process) ?? []).map((s) => s.from), ...timeline.damages.filter((d) => d.record === life?.record).map((d) => d.at)].sort((x, y) => x - y);
    const perCause = new Map<number, number>();
    let previous: Delivered | undefined;
    let askedAt: number | undefined;
    for (const call of made) {
      if (ASKED.has(call.outcome)) askedAt ??= call.at;
      if (!ESTABLISH_CALLS.has(call.fn)) continue;
      const what = call.fn === "machines:register" ? "re-registered" : "re-joined";
      if (previous !== undefined && askedAt === undefined && !previous.answerLost) violations.push(`${processLabel(process)} ${what} at ${at(call.at)} though the server never asked it to`);
      if (askedAt !== undefined) {
        const cause = causes.reduce((found, from, i) => (from <= askedAt! ? i : found), -1);
        if (cause < 0) violations.push(`${processLabel(process)} was asked to re-join at ${at(askedAt)} with no outage or damage before it`);
        else perCause.set(cause, (perCause.get(cause) ?? 0) + 1);
      }
      previous = call;
      askedAt = undefined;
    }
    for (const [cause, count] of perCause) {
      if (count > 1) violations.push(`${processLabel(process)} re-joined ${count} times after one outage or damage (at ${at(causes[cause]!)})`);
    }
  }
  const counts: RejoinCounts = { rejoins: 0, reregistrations: 0, recoveries: 0, outagesSeen: 0 };
  for (const life of timeline.processes) {
    counts.rejoins += life.events.filter((e) => e.type === "rejoined").length;
    counts.reregistrations += life.events.filter((e) => e.type === "reregistered").length;
    counts.recoveries += life.events.filter((e) => e.type === "recovered").length;
    counts.outagesSeen += outagesByProcess.get(life.id)?.length ?? 0;
  }
  return { violations, counts };
}
