// Turns a recorded timeline into the measures the invariant is stated in, and checks each clause:
// (a) no false cleanup, (b) healing within one interval, (c) silence detected within TTL + cleanup
// interval, (d) at most one re-join per outage and superseded processes stop.
import {
  CLEANUP_INTERVAL_MS,
  DAEMON_HEARTBEAT_TTL_MS,
  HEARTBEAT_INTERVAL_MS,
  HEARTBEAT_TTL_MS,
  OUTAGE_GRACE_MS,
} from "../convex/reliability";
import type { Impairment, ProcessLife, RecordKey, Timeline } from "./timeline";

/** Summary statistics of a list of durations (ms). */
export type Stats = { count: number; p50: number; p95: number; max: number };

/** Cost of one kind of call, from Convex's accounting. */
export type OperationCost = { fn: string; calls: number; meanRead: number; maxRead: number; meanWritten: number; maxWritten: number };

/** One clause of the invariant, with what was measured and the violations found. */
export type Clause = { id: "a" | "b" | "c" | "d"; statement: string; holds: boolean; violations: string[] };

/** Everything the report prints. */
export type Measures = {
  falseCleanups: number;
  cleanups: { daemonsDisconnected: number; participantsRemoved: number };
  detectionLatency: Stats;
  healTime: Stats;
  rejoins: number;
  reregistrations: number;
  recoveries: number;
  outagesSeen: number;
  superseded: { expected: number; stopped: number };
  finalHealthy: { healthy: number; of: number };
  costs: OperationCost[];
  cleanupCost: { runs: number; maxRead: number; maxWritten: number };
  clauses: Clause[];
  holds: boolean;
};

/** Percentile summary of `values`. */
export function stats(values: number[]): Stats {
  const sorted = [...values].sort((x, y) => x - y);
  const pick = (q: number) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]);
  return { count: sorted.length, p50: pick(0.5), p95: pick(0.95), max: sorted.length === 0 ? 0 : sorted[sorted.length - 1] };
}

const ttlOf = (record: RecordKey) => (record.startsWith("machine:") ? DAEMON_HEARTBEAT_TTL_MS : HEARTBEAT_TTL_MS);

/** Merges each process's impairments into spans; two closer than `gapMs` count as one (the network never stayed up). */
function mergedImpairments(impairments: Impairment[], gapMs: number): Map<string, { from: number; to: number }[]> {
  const byProcess = new Map<string, { from: number; to: number }[]>();
  for (const { process, from, to } of [...impairments].sort((x, y) => x.from - y.from)) {
    const spans = byProcess.get(process) ?? [];
    const last = spans[spans.length - 1];
    if (last !== undefined && from < last.to + gapMs) last.to = Math.max(last.to, to);
    else spans.push({ from, to });
    byProcess.set(process, spans);
  }
  return byProcess;
}

/** Measures a timeline and checks the invariant; `latencyMs` widens (b)'s bound by the calls' travel time. */
export function measure(timeline: Timeline, latencyMs = 0): Measures {
  const renewals = new Map<RecordKey, { at: number; seq: number }[]>();
  for (const d of timeline.delivered) if (d.renews) renewals.set(d.record, [...(renewals.get(d.record) ?? []), { at: d.at, seq: d.seq }]);
  for (const list of renewals.values()) list.sort((x, y) => x.seq - y.seq);
  /** The last renewal of `record` committed before transaction `seq`. */
  const lastRenewalBefore = (record: RecordKey, seq: number) => {
    let last: { at: number; seq: number } | undefined;
    for (const r of renewals.get(record) ?? []) if (r.seq < seq) last = r;
    return last;
  };
  const outageShadow = OUTAGE_GRACE_MS + CLEANUP_INTERVAL_MS;
  const overlapsOutage = (from: number, to: number) => timeline.outages.some((o) => o.from < to && from < o.to + outageShadow);

  // (a) No false cleanup: every cleaned record had been silent for longer than its TTL.
  const a: string[] = [];
  const detection: number[] = [];
  for (const c of timeline.cleaned) {
    const last = lastRenewalBefore(c.record, c.seq);
    const silentFor = last === undefined ? Infinity : c.at - last.at;
    if (silentFor <= ttlOf(c.record)) a.push(`${c.record} cleaned at +${c.at - timeline.startedAt} ms after only ${silentFor} ms of silence`);
    else if (last !== undefined) detection.push(silentFor);
  }

  // (c) Silence is detected: a gap between renewals longer than TTL + cleanup interval holds a cleanup.
  const c: string[] = [];
  for (const [record, times] of renewals) {
    const points = [...times, { at: timeline.endedAt, seq: Infinity }];
    for (let i = 0; i + 1 < points.length; i++) {
      const [from, to] = [points[i], points[i + 1]];
      const deadline = from.at + ttlOf(record) + CLEANUP_INTERVAL_MS;
      if (to.at <= deadline || overlapsOutage(from.at, deadline)) continue;
      const cleaned = timeline.cleaned.some((x) => x.record === record && x.seq > from.seq && x.at <= deadline);
      if (!cleaned) c.push(`${record} silent from +${from.at - timeline.startedAt} ms to +${to.at - timeline.startedAt} ms but not cleaned by +${deadline - timeline.startedAt} ms`);
    }
  }

  // (b) Healing: once its network returns and stays up, a process that noticed the fault renews its
  // record within one interval; no process ever stops on a fatal error; every seat is healthy at the end.
  const b: string[] = [];
  const heal: number[] = [];
  const bound = HEARTBEAT_INTERVAL_MS + 3 * latencyMs;
  const spansByProcess = mergedImpairments(timeline.impairments, bound);
  const lives = new Map(timeline.processes.map((p) => [p.id, p]));
  for (const [process, spans] of spansByProcess) {
    const life = lives.get(process);
    if (life === undefined) continue;
    const replacedBy = life.end === "crashed" || life.end === "superseded" ? life.endedAt : undefined;
    for (const span of spans) {
      const noticed =
        life.failedCalls.some((t) => t >= span.from && t <= span.to) ||
        timeline.impairments.some((i) => i.process === process && i.cause === "crash" && i.from >= span.from && i.to <= span.to);
      if (!noticed || span.to + bound > timeline.endedAt || (replacedBy !== undefined && replacedBy <= span.to + bound)) continue;
      const next = timeline.delivered.find((d) => d.process === process && d.renews && d.at >= span.to);
      const healedIn = next === undefined ? Infinity : next.at - span.to;
      if (healedIn > bound) b.push(`${process} not healthy within ${bound} ms of its network returning at +${span.to - timeline.startedAt} ms (${healedIn} ms)`);
      else heal.push(healedIn);
    }
  }
  for (const life of timeline.processes) if (life.end === "fatal") b.push(`${life.id} stopped on a fatal error at +${(life.endedAt ?? 0) - timeline.startedAt} ms`);
  const unhealthy = timeline.finalHealth.filter((h) => !h.healthy && !h.restartPending);
  for (const h of unhealthy) b.push(`${h.record} is not healthy at the end of the run (${h.process === undefined ? "no live process holds it" : `held by ${h.process}`})`);

  // (d) At most one re-join (re-register) per outage, and none without one.
  const d: string[] = [];
  const outagesByProcess = mergedImpairments(timeline.impairments, 0);
  let rejoins = 0;
  let reregistrations = 0;
  let recoveries = 0;
  let outagesSeen = 0;
  for (const life of timeline.processes) {
    rejoins += life.events.filter((e) => e.type === "rejoined").length;
    reregistrations += life.events.filter((e) => e.type === "reregistered").length;
    recoveries += life.events.filter((e) => e.type === "recovered").length;
    const spans = outagesByProcess.get(life.id) ?? [];
    outagesSeen += spans.length;
    const perSpan = new Map<number, number>();
    for (const event of life.events.filter((e) => e.type === "rejoined" || e.type === "reregistered")) {
      const span = spans.reduce((found, x, i) => (x.from <= event.at ? i : found), -1);
      if (span < 0) d.push(`${life.id} ${event.type} at +${event.at - timeline.startedAt} ms without any outage before it`);
      else perSpan.set(span, (perSpan.get(span) ?? 0) + 1);
    }
    for (const [span, count] of perSpan) if (count > 1) d.push(`${life.id} re-joined ${count} times after outage ${span + 1}`);
  }
  // Two processes for one role: whichever joined last wins, and the other must stop and call no more.
  let duplicates = 0;
  let supersededStopped = 0;
  for (const duplicate of timeline.processes.filter((p) => p.replaces !== undefined)) {
    for (const id of duplicate.replaces ?? []) {
      duplicates++;
      const pair = [lives.get(id), duplicate].filter((p): p is ProcessLife => p !== undefined);
      if (pair.some((p) => p.end === "crashed")) continue;
      const loser = pair.find((p) => p.end === "superseded");
      if (loser === undefined) {
        d.push(`${id} and its duplicate ${duplicate.id} both still run: neither was superseded`);
        continue;
      }
      const after = timeline.delivered.filter((x) => x.process === loser.id && x.at > (loser.endedAt ?? Infinity));
      if (after.length > 0) d.push(`${loser.id} kept calling after it was superseded`);
      else supersededStopped++;
    }
  }

  const byFn = new Map<string, { reads: number[]; writes: number[] }>();
  for (const x of timeline.delivered) {
    const entry = byFn.get(x.fn) ?? { reads: [], writes: [] };
    entry.reads.push(x.documentsRead);
    entry.writes.push(x.documentsWritten);
    byFn.set(x.fn, entry);
  }
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const costs = [...byFn].map(([fn, { reads, writes }]) => ({
    fn,
    calls: reads.length,
    meanRead: mean(reads),
    maxRead: Math.max(...reads),
    meanWritten: mean(writes),
    maxWritten: Math.max(...writes),
  }));

  const clauses: Clause[] = [
    { id: "a", statement: "no false cleanup while delivered beats stay within the TTL", holds: a.length === 0, violations: a },
    { id: "b", statement: `every client whose network returns is healthy within one interval (${bound / 1000} s)`, holds: b.length === 0, violations: b },
    { id: "c", statement: "a client silent longer than TTL + CLEANUP_INTERVAL_MS is cleaned", holds: c.length === 0, violations: c },
    { id: "d", statement: "at most one re-join per outage, and a superseded process stops", holds: d.length === 0, violations: d },
  ];
  return {
    falseCleanups: a.length,
    cleanups: {
      daemonsDisconnected: timeline.cleaned.filter((x) => x.kind === "daemon").length,
      participantsRemoved: timeline.cleaned.filter((x) => x.kind === "participant").length,
    },
    detectionLatency: stats(detection),
    healTime: stats(heal),
    rejoins,
    reregistrations,
    recoveries,
    outagesSeen,
    superseded: { expected: duplicates, stopped: supersededStopped },
    finalHealthy: { healthy: timeline.finalHealth.filter((h) => h.healthy).length, of: timeline.finalHealth.length },
    costs,
    cleanupCost: {
      runs: timeline.cleanups.length,
      maxRead: Math.max(0, ...timeline.cleanups.map((x) => x.documentsRead)),
      maxWritten: Math.max(0, ...timeline.cleanups.map((x) => x.documentsWritten)),
    },
    clauses,
    holds: clauses.every((x) => x.holds),
  };
}
