// The projection table: steady-state load for 1k to 1M agents, computed from measured unit costs (a
// routine beat, and the background work per minute with nobody expiring). Arithmetic, not a load test.
import type { Cell, Row } from "../scenario";
import type { PeerFigures } from "./figures";
import type { PeerAtN } from "./rows";

/** The fleet sizes projected. */
const PROJECTED = [1_000, 10_000, 100_000, 1_000_000];

const SECONDS_PER_MONTH = 30 * 24 * 60 * 60;

/** Background work per second as a linear function of N, fitted through the two largest measured sizes. */
function background(at: PeerFigures[], pick: (f: PeerFigures) => number): (n: number) => number {
  const [a, b] = at.slice(-2) as [PeerFigures, PeerFigures];
  const slope = (pick(b) - pick(a)) / (b.n - a.n);
  return (n) => (pick(b) + slope * (n - b.n)) / 60;
}

/** One design's projected load at `n` agents. */
function project(at: PeerFigures[], n: number) {
  const unit = at.at(-1)!;
  const beats = n / (unit.intervalMs / 1000);
  const tx = background(at, (f) => f.idlePerMinute.transactions)(n);
  return {
    calls: beats + tx,
    reads: beats * unit.beat.documentsRead + background(at, (f) => f.idlePerMinute.documentsRead)(n),
    writes: beats * unit.beat.documentsWritten + background(at, (f) => f.idlePerMinute.documentsWritten)(n),
    // Reads of one background run (a cleanup run, for the baseline): a minute's reads over its runs.
    perRunReads: background(at, (f) => f.idlePerMinute.documentsRead)(n) / tx,
    month: (beats + tx) * SECONDS_PER_MONTH,
  };
}

/** A rate as printed: whole numbers past 100, one decimal below. */
const rate = (x: number): Cell => (x >= 100 ? Math.round(x) : Number(x.toFixed(1)));

/** The projection rows; a baseline cleanup run that would read more than `readLimit` documents fails. */
export function projectionRows(results: PeerAtN[], readLimit: number): Row[] {
  const designs = { ours: results.map((r) => r.ours), baseline: results.map((r) => r.baseline), presence10s: results.map((r) => r.presence10s), presence30s: results.map((r) => r.presence30s) };
  const failNote = `baseline: its cleanup reads every record, so a run past ${readLimit.toLocaleString("en-US")} documents fails (Convex's read limit) and nobody is ever removed; the figures are what it would cost if it could run`;
  return PROJECTED.flatMap((n) => {
    const p = Object.fromEntries(Object.entries(designs).map(([key, at]) => [key, project(at, n)])) as Record<keyof typeof designs, ReturnType<typeof project>>;
    const label = `${n.toLocaleString("en-US")} agents`;
    const fails = p.baseline.perRunReads > readLimit;
    const row = (figure: string, pick: (x: ReturnType<typeof project>) => number, month = false): Row => ({
      figure: `${label}: ${figure}`,
      ours: month ? Math.round(pick(p.ours)) : rate(pick(p.ours)),
      baseline: month ? Math.round(pick(p.baseline)) : rate(pick(p.baseline)),
      presence10s: month ? Math.round(pick(p.presence10s)) : rate(pick(p.presence10s)),
      presence30s: month ? Math.round(pick(p.presence30s)) : rate(pick(p.presence30s)),
      ...(fails && figure.startsWith("calls") ? { note: failNote } : {}),
    });
    return [
      row("calls per second (beats + background runs)", (x) => x.calls),
      row("documents read per second", (x) => x.reads),
      row("documents written per second", (x) => x.writes),
      row("function calls per 30-day month", (x) => x.month, true),
    ];
  });
}
