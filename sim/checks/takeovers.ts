// Clause (d) take-overs: of two processes for one seat (duplicate agent, twin daemon) the last to join or
// register wins; the other is superseded and makes no call after its superseded answer.
import { processLabel, recordLabel } from "../labels";
import type { ProcessLife, Timeline } from "../timeline";
import { callsOf, type CallIndex } from "./calls";
import { ESTABLISH_CALLS } from "./rejoins";

/** Take-overs of one kind: how many pairs, how many losers stopped cleanly. */
export type TakeoverCounts = { pairs: number; stopped: number; heldByNewest: number };

/** Checks every take-over pair; duplicates are agents, twins are daemons. */
export function checkTakeovers(timeline: Timeline, calls: CallIndex): { violations: string[]; duplicates: TakeoverCounts; twins: TakeoverCounts } {
  const lives = new Map(timeline.processes.map((p) => [p.id, p]));
  const violations: string[] = [];
  const counts = { agent: { pairs: 0, stopped: 0, heldByNewest: 0 }, daemon: { pairs: 0, stopped: 0, heldByNewest: 0 } };
  for (const newcomer of timeline.processes.filter((p) => p.replaces !== undefined)) {
    const tally = counts[newcomer.kind];
    for (const id of newcomer.replaces ?? []) {
      tally.pairs++;
      const pair = [lives.get(id), newcomer].filter((p): p is ProcessLife => p !== undefined);
      if (pair.some((p) => p.end === "crashed")) continue;
      const loser = pair.find((p) => p.end === "superseded");
      if (loser === undefined) {
        violations.push(`${processLabel(id)} and ${processLabel(newcomer.id)} both still run: neither was superseded`);
        continue;
      }
      const after = callsOf(calls, loser.id).filter((x) => x.at > (loser.endedAt ?? Infinity));
      if (after.length > 0) violations.push(`${processLabel(loser.id)} made ${after.length} calls after it was superseded`);
      else tally.stopped++;
      // The older process wins only by joining (registering) again after the newcomer did: after cleanup or a stray delete took the seat.
      const joinedAt = (process: string) => callsOf(calls, process).filter((x) => ESTABLISH_CALLS.has(x.fn)).map((x) => x.seq);
      const newcomerFirst = Math.min(...joinedAt(newcomer.id));
      if (loser === newcomer && !joinedAt(id).some((seq) => seq > newcomerFirst)) {
        violations.push(`${processLabel(newcomer.id)}, the newest, was superseded by the older ${processLabel(id)}, which never joined again`);
      }
    }
    const final = timeline.finalHealth.find((h) => h.record === newcomer.record);
    if (final?.healthy && final.process === newcomer.id) tally.heldByNewest++;
    else if (newcomer.end === undefined && final !== undefined && !final.restartPending) {
      violations.push(`${recordLabel(newcomer.record, timeline.rooms)} is not whole and held by the surviving ${processLabel(newcomer.id)} at the end`);
    }
  }
  return { violations, duplicates: counts.agent, twins: counts.daemon };
}
