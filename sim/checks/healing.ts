// Clause (b) for clients: renewed within the heal bound of their network, identity or process returning,
// never stopped on a fatal error, and every seat whole at the end of the run.
import { clock, processLabel, recordLabel, seconds } from "../labels";
import type { Timeline } from "../timeline";
import type { Bound } from "./bounds";
import { callsOf, type CallIndex } from "./calls";
import { mergedImpairments, stats, type Stats } from "./stats";

/** Heal times, by what the client came back from. */
export type HealTimes = {
  /** From the end of a partition or backend outage to the first renewed lease. */
  network: Stats;
  /** From the end of an auth loss to the first renewed lease. */
  auth: Stats;
  /** From a crashed process's restart to its first renewed lease (its register / join at start). */
  restart: Stats;
};

/** Checks that every process that noticed an impairment healed within `bound` of it ending. */
export function checkHealing(timeline: Timeline, bound: Bound, calls: CallIndex): { violations: string[]; heal: HealTimes } {
  const violations: string[] = [];
  const times = { network: [] as number[], auth: [] as number[], restart: [] as number[] };
  const lives = new Map(timeline.processes.map((p) => [p.id, p]));
  const start = timeline.startedAt;
  for (const [process, spans] of mergedImpairments(timeline.impairments, bound.ms)) {
    const life = lives.get(process);
    if (life === undefined) continue;
    const replacedAt = life.end === "crashed" || life.end === "superseded" ? life.endedAt : undefined;
    for (const span of spans) {
      const restart = span.causes.has("crash");
      const noticed = restart || life.failedCalls.some((t) => t >= span.from && t <= span.to);
      if (!noticed || span.to + bound.ms > timeline.endedAt || (replacedAt !== undefined && replacedAt <= span.to + bound.ms)) continue;
      // A call the server answered `superseded` ends the process's claim: another process holds its seat
      // (its answer may still be lost, so the process itself may learn it only later).
      const next = callsOf(calls, process).find((d) => (d.renews || d.outcome === "superseded") && d.at >= span.to);
      if (next?.outcome === "superseded") continue;
      // A call that failed after the span (a lost answer on a lossy network) means the network had not
      // stayed up yet: the bound runs from the last such failure before the renewal.
      const until = next?.at ?? timeline.endedAt;
      const lastFailure = Math.max(span.to, ...life.failedCalls.filter((t) => t > span.to && t <= until));
      if (lastFailure + bound.ms > timeline.endedAt) continue;
      const healedIn = next === undefined ? Infinity : next.at - lastFailure;
      const cause = restart ? "restart" : span.causes.has("auth") ? "auth" : "network";
      if (healedIn > bound.ms) {
        const from = restart ? "its restart" : cause === "auth" ? "its identity returning" : "its network returning";
        const took = next === undefined ? "no renewal at all" : `took ${seconds(healedIn)}`;
        violations.push(`${processLabel(process)} was not healthy within ${seconds(bound.ms)} of ${from} at ${clock(span.to - start)} (${took})`);
      } else times[cause].push(healedIn);
    }
  }
  for (const life of timeline.processes) {
    if (life.end !== "fatal") continue;
    const code = life.events.find((e) => e.type === "fatal")?.code;
    violations.push(`${processLabel(life.id)} stopped for good on a fatal ${code ?? "error"} at ${clock((life.endedAt ?? 0) - start)}`);
  }
  for (const h of timeline.finalHealth.filter((x) => !x.healthy && !x.restartPending)) {
    const holder = h.process === undefined ? "no live process holds it" : `held by ${processLabel(h.process)}`;
    violations.push(`${recordLabel(h.record, timeline.rooms)} is not whole at the end of the run (${holder})`);
  }
  return { violations, heal: { network: stats(times.network), auth: stats(times.auth), restart: stats(times.restart) } };
}
