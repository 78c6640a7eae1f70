// Turns the scenarios' rows into the one results table: aligned plain text for the terminal and
// markdown for BENCHMARKS.md, with notes as numbered footnotes next to their figures.
import type { Cell, Row } from "./scenario";

/** A scenario's rows with its place and title in the table. */
export type Section = { number: number; title: string; rows: Row[] };

/** A table's figure columns: a header and the cell it shows for a row. */
type Column = { header: string; cell: (row: Row) => string };

/** The main table: this module against the seed's baseline. */
export const MAIN_COLUMNS: Column[] = [
  { header: "ours", cell: (row) => show(row.ours) },
  { header: "baseline", cell: (row) => show(row.baseline) },
  { header: "baseline/ours", cell: (row) => ratioOf(row) },
];

/** The peer table: @convex-dev/presence too, at its default 10 s interval and at ours, 30 s. */
export const PEER_COLUMNS: Column[] = [
  { header: "ours", cell: (row) => show(row.ours) },
  { header: "baseline", cell: (row) => show(row.baseline) },
  { header: "presence (10 s)", cell: (row) => show(row.presence10s ?? null) },
  { header: "presence (30 s)", cell: (row) => show(row.presence30s ?? null) },
];

/** A cell as printed: counts with thousands separators, "-" where a figure does not apply. */
function show(cell: Cell): string {
  if (cell === null) return "-";
  return typeof cell === "number" ? cell.toLocaleString("en-US") : cell;
}

/** baseline/ours for rows that ask for it and hold two counts, ours non-zero; else null. */
export function ratioValue(row: Row): number | null {
  if (!row.ratio || typeof row.ours !== "number" || typeof row.baseline !== "number" || row.ours === 0) return null;
  return row.baseline / row.ours;
}

/** The ratio as printed: fewer decimals as it grows. */
function ratioOf(row: Row): string {
  const ratio = ratioValue(row);
  if (ratio === null) return row.ratio && row.ours === 0 ? "n/a (ours 0)" : "";
  const digits = ratio < 10 ? 2 : ratio < 100 ? 1 : 0;
  return ratio.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** The footnote number for `note`, reusing the number of an identical earlier note. */
function footnote(notes: string[], note: string): number {
  const known = notes.indexOf(note);
  return known === -1 ? notes.push(note) : known + 1;
}

/** The table's cells (header first) and its footnotes. */
function layout(sections: Section[], columns: Column[]): { cells: string[][]; notes: string[] } {
  const notes: string[] = [];
  const cells: string[][] = [["#", "scenario", "figure", ...columns.map((c) => c.header)]];
  for (const { number, title, rows } of sections) {
    rows.forEach((row, i) => {
      let figure = row.figure;
      if (row.note !== undefined) figure += ` [${footnote(notes, row.note)}]`;
      cells.push([i === 0 ? String(number) : "", i === 0 ? title : "", figure, ...columns.map((c) => c.cell(row))]);
    });
  }
  return { cells, notes: notes.map((note, i) => `[${i + 1}] ${note}`) };
}

/** The aligned plain-text table, footnotes below it. */
export function textTable(sections: Section[], columns: Column[] = MAIN_COLUMNS): string {
  const { cells, notes } = layout(sections, columns);
  const widths = cells[0]!.map((_, col) => Math.max(...cells.map((line) => line[col]!.length)));
  const numeric = (col: number) => col >= 3;
  const lines = cells.map((line) =>
    line
      .map((cell, col) => (numeric(col) ? cell.padStart(widths[col]!) : cell.padEnd(widths[col]!)))
      .join("  ")
      .trimEnd(),
  );
  lines.splice(1, 0, widths.map((w) => "-".repeat(w)).join("  "));
  return [...lines, "", ...notes].join("\n");
}

/** The same table in markdown, footnotes below it. */
export function markdownTable(sections: Section[], columns: Column[] = MAIN_COLUMNS): string {
  const { cells, notes } = layout(sections, columns);
  const escape = (cell: string) => cell.replaceAll("|", "\\|");
  const lines = cells.map((line) => `| ${line.map(escape).join(" | ")} |`);
  lines.splice(1, 0, `|${cells[0]!.map((_, col) => (col >= 3 ? "---:" : "---")).join("|")}|`);
  return [...lines, "", ...notes.map((note) => `${note}  `)].join("\n");
}
