// Shared arithmetic of the checks: percentile summaries, and each process's impairments merged into
// spans, so a network that never stayed up in between counts as one outage.
import type { Impairment } from "../timeline";

/** Summary statistics of a list of durations (ms). */
export type Stats = { count: number; p50: number; p95: number; max: number };

/** Percentile summary of `values`. */
export function stats(values: number[]): Stats {
  const sorted = [...values].sort((x, y) => x - y);
  const pick = (q: number) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!);
  return { count: sorted.length, p50: pick(0.5), p95: pick(0.95), max: sorted.length === 0 ? 0 : sorted[sorted.length - 1]! };
}

/** A merged span of impairments of one process, with the causes it holds. */
type Span = { from: number; to: number; causes: Set<Impairment["cause"]> };

/** Merges each process's impairments into spans; two closer than `gapMs` count as one (the network never stayed up). */
export function mergedImpairments(impairments: Impairment[], gapMs: number): Map<string, Span[]> {
  const byProcess = new Map<string, Span[]>();
  for (const { process, from, to, cause } of [...impairments].sort((x, y) => x.from - y.from)) {
    const spans = byProcess.get(process) ?? [];
    const last = spans[spans.length - 1];
    if (last !== undefined && from < last.to + gapMs) {
      last.to = Math.max(last.to, to);
      last.causes.add(cause);
    } else spans.push({ from, to, causes: new Set([cause]) });
    byProcess.set(process, spans);
  }
  return byProcess;
}
