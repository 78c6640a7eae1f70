// The peer comparison's table rows: one figure per row with ours, the baseline and presence at 10 s
// and 30 s side by side, one row for all fleet sizes when the figure is the same at each.
import { costCell } from "../measure";
import type { Cell, Row } from "../scenario";
import type { PeerFigures, TimeoutFigures, Work } from "./figures";

/** Every design's figures at one fleet size. */
export type PeerAtN = { n: number; ours: PeerFigures; baseline: PeerFigures; presence10s: PeerFigures; presence30s: PeerFigures };

/** "transactions: read / written / scheduled". */
const workCell = (w: Work) => `${w.transactions}: ${w.documentsRead} / ${w.documentsWritten} / ${w.functionsScheduled}`;

/** "min / median / max" delay in seconds. */
function delayCell(t: TimeoutFigures): string {
  const sorted = [...t.delaysMs].sort((a, b) => a - b);
  const s = (ms: number) => String(Number((ms / 1000).toFixed(1)));
  return `${s(sorted[0]!)} / ${s(sorted[Math.floor(sorted.length / 2)]!)} / ${s(sorted.at(-1)!)}`;
}

/** A figure as a function of one design's figures. */
type Figure = { figure: string; cell: (f: PeerFigures) => Cell; note?: string };

/** The figures of the comparison, in table order. */
const FIGURES: Figure[] = [
  { figure: "routine beat: documents read / written / functions scheduled", cell: (f) => costCell(f.beat) },
  { figure: "routine beat: writes to the tables the design's list queries read", cell: (f) => f.beatWritesToListTables },
  { figure: "tables the list queries read", cell: (f) => f.listTables.join(", ") },
  {
    figure: "join (a new client's first call): read / written / scheduled, + work it sets off",
    cell: (f) => `${costCell(f.join)}${f.joinFollowOn.transactions > 0 ? ` + ${workCell(f.joinFollowOn)}` : ""}`,
    note: "presence: its join pings the worker, which runs once within presence's 1 s debounce (transactions: read / written / scheduled)",
  },
  {
    figure: "time out 10 silent clients, deadlines spread evenly over one interval: transactions: read / written / scheduled, first deadline → last removal",
    cell: (f) => workCell(f.timeout.fromFirstDeadline),
    note: "deadlines 3 s apart at a 30 s interval (ours, baseline, presence at 30 s), 1 s apart at presence's 10 s; ours and the baseline: cleanup cron runs; presence: its worker's runs",
  },
  { figure: "… the same, from one interval before the first silent client's last beat to the last removal", cell: (f) => workCell(f.timeout.fromSilence) },
  { figure: "… delay from deadline to removal: min / median / max (s)", cell: (f) => delayCell(f.timeout) },
  {
    figure: "time out 10 silent clients, deadlines 4.5 s apart (the earlier measurement's setting), one interval before the first last beat → last removal",
    cell: (f) => workCell(f.timeoutEarlierSetting.fromSilence),
    note: "issue 11's earlier measurement: presence 23 transactions, 234 / 77 documents, 24 scheduled; ours 10 cron runs, 50 / 30, none",
  },
  { figure: "… live clients removed by mistake (both time-outs)", cell: (f) => f.timeout.liveRemoved + f.timeoutEarlierSetting.liveRemoved },
  { figure: "idle, nobody expiring: transactions per minute", cell: (f) => f.idlePerMinute.transactions },
  { figure: "… documents read / written, functions scheduled, per minute", cell: (f) => `${f.idlePerMinute.documentsRead} / ${f.idlePerMinute.documentsWritten}, ${f.idlePerMinute.functionsScheduled}` },
  { figure: "… time between background runs (s): min / median / max", cell: (f) => [f.idleWakeGapsMs.min, f.idleWakeGapsMs.median, f.idleWakeGapsMs.max].map((ms) => ms / 1000).join(" / ") },
];

/** The cells of one figure at one fleet size. */
function cellsOf(figure: Figure, at: PeerAtN) {
  return { ours: figure.cell(at.ours), baseline: figure.cell(at.baseline), presence10s: figure.cell(at.presence10s), presence30s: figure.cell(at.presence30s) };
}

/** The rows: a figure the same at every fleet size is one row saying so; otherwise one row per size. */
export function peerRows(results: PeerAtN[]): Row[] {
  const sizes = results.map((r) => r.n.toLocaleString("en-US")).join(", ");
  return FIGURES.flatMap((figure) => {
    const cells = results.map((at) => cellsOf(figure, at));
    const same = cells.every((c) => JSON.stringify(c) === JSON.stringify(cells[0]));
    const note = figure.note === undefined ? {} : { note: figure.note };
    if (same) return [{ figure: `${figure.figure} (N = ${sizes}: the same at each)`, ...cells[0]!, ...note }];
    return cells.map((c, i) => ({ figure: `${figure.figure}, N = ${results[i]!.n.toLocaleString("en-US")}`, ...c, ...(i === 0 ? note : {}) }));
  });
}
