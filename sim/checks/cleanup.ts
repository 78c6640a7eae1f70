// Clauses (a) and (c): cleanup acts only on records silent past their TTL, and does act on every record
// silent past TTL + CLEANUP_INTERVAL_MS; what it discards of a damaged record is a repair, counted apart.
import { CLEANUP_INTERVAL_MS, DAEMON_HEARTBEAT_TTL_MS, HEARTBEAT_TTL_MS, OUTAGE_GRACE_MS } from "../../convex/reliability";
import { clock, recordLabel, seconds } from "../labels";
import type { RecordKey, Timeline } from "../timeline";
import type { CallIndex } from "./calls";
import { stats, type Stats } from "./stats";

/** A record's TTL: daemons and participants differ. */
const ttlOf = (record: RecordKey) => (record.startsWith("machine:") ? DAEMON_HEARTBEAT_TTL_MS : HEARTBEAT_TTL_MS);

/** Clause (a): every record cleanup disconnected or removed had gone longer than its TTL without a delivered renewal. */
export function checkFalseCleanups(timeline: Timeline, calls: CallIndex): { violations: string[]; detection: Stats } {
  const renewals = calls.renewalsByRecord;
  const violations: string[] = [];
  const detection: number[] = [];
  for (const c of timeline.cleaned) {
    if (c.cause === "damage") continue;
    const last = (renewals.get(c.record) ?? []).filter((r) => r.seq < c.seq).at(-1);
    const silentFor = last === undefined ? Infinity : c.at - last.at;
    const what = `${recordLabel(c.record, timeline.rooms)} was ${c.kind === "daemon" ? "disconnected" : "removed"} at ${clock(c.at - timeline.startedAt)}`;
    if (silentFor <= ttlOf(c.record)) violations.push(`${what} after only ${seconds(silentFor)} of silence (TTL ${seconds(ttlOf(c.record))})`);
    else if (last !== undefined) detection.push(silentFor);
  }
  return { violations, detection: stats(detection) };
}

/**
 * Clause (c): a gap between renewals longer than TTL + CLEANUP_INTERVAL_MS holds a cleanup of the record,
 * or a stray delete of it. Gaps that overlap a backend outage or its grace are exempt: the cron is down,
 * and then spares leases on purpose.
 */
export function checkDetection(timeline: Timeline, calls: CallIndex): string[] {
  const shadow = OUTAGE_GRACE_MS + CLEANUP_INTERVAL_MS;
  const overlapsOutage = (from: number, to: number) => timeline.outages.some((o) => o.from < to && from < o.to + shadow);
  const violations = timeline.cleanupFailures.map((f) => `cleanup failed at ${clock(f.at - timeline.startedAt)}: ${f.error}`);
  for (const [record, renewals] of calls.renewalsByRecord) {
    const points: { at: number; seq: number }[] = [...renewals, { at: timeline.endedAt, seq: Infinity }];
    for (let i = 0; i + 1 < points.length; i++) {
      const [from, to] = [points[i]!, points[i + 1]!];
      const deadline = from.at + ttlOf(record) + CLEANUP_INTERVAL_MS;
      if (to.at <= deadline || overlapsOutage(from.at, deadline)) continue;
      const cleaned = timeline.cleaned.some((x) => x.record === record && x.seq > from.seq && x.at <= deadline);
      const struck = timeline.damages.some((x) => x.record === record && x.seq > from.seq && x.at <= deadline);
      if (cleaned || struck) continue;
      const start = timeline.startedAt;
      violations.push(`${recordLabel(record, timeline.rooms)} was silent from ${clock(from.at - start)} to ${clock(to.at - start)} but not cleaned by ${clock(deadline - start)}`);
    }
  }
  return violations;
}
