// The bounds the checks hold the run to, each with the parts it is made of, so the report can print
// where a bound's slack comes from instead of a bare number.
import { HEARTBEAT_INTERVAL_MS } from "../../convex/reliability";
import { RETRY_CAP_MS } from "../../src/client/timing";
import { duration, seconds } from "../labels";

/** A bound and the parts it adds up from: each part's size as written ("3 × 0.5 s") and what it is for. */
export type Bound = { ms: number; parts: { ms: number; term: string; why: string }[] };

/**
 * How soon a client must be healthy after whatever kept it away returns: one beat interval (its next
 * beat is due by then; a failing one retries sooner), plus three one-way latencies: the beat, the
 * re-join it may trigger, and the answer's trip back.
 */
export function healBound(latencyMs: number): Bound {
  const parts = [{ ms: HEARTBEAT_INTERVAL_MS, term: duration(HEARTBEAT_INTERVAL_MS), why: "one beat interval" }];
  if (latencyMs > 0) parts.push({ ms: 3 * latencyMs, term: `3 × ${duration(latencyMs)}`, why: "one-way latency of the beat, the re-join and the answer" });
  return { ms: parts.reduce((sum, p) => sum + p.ms, 0), parts };
}

/**
 * How soon a client must make its record whole once the server mended it: the client does not know,
 * so it takes its next routine beat, which reaches the server at most one interval plus two one-way
 * latencies after the previous one (that beat's answer back, this beat out), then the re-join's round
 * trip: one beat interval plus four one-way latencies.
 */
export function mendedHealBound(latencyMs: number): Bound {
  const parts = [{ ms: HEARTBEAT_INTERVAL_MS, term: duration(HEARTBEAT_INTERVAL_MS), why: "one beat interval" }];
  if (latencyMs > 0) parts.push({ ms: 4 * latencyMs, term: `4 × ${duration(latencyMs)}`, why: "one-way latency of the previous beat's answer, the next beat, its answer and the re-join" });
  return { ms: parts.reduce((sum, p) => sum + p.ms, 0), parts };
}

/** Extra time a heal may take per call the network or the server failed on the way: one retry delay at most, and the call's two trips. */
export function retrySlackPerFailure(latencyMs: number): number {
  return RETRY_CAP_MS + 2 * latencyMs;
}

/** "34.5 s = 30 s (one beat interval) + 3 × 1.5 s (one-way latency of ...)", or "30 s (one beat interval)". */
export function describeBound(bound: Bound): string {
  const terms = bound.parts.map((p) => `${p.term} (${p.why})`);
  return terms.length === 1 ? terms[0]! : `${seconds(bound.ms)} = ${terms.join(" + ")}`;
}
