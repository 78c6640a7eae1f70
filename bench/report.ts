// Turns the scenarios' rows into the one results table: aligned plain text for the terminal and
// markdown for BENCHMARKS.md, with notes as numbered footnotes next to their figures.
import type { Cell, Row } from "./scenario";

/** A scenario's rows with its place and title in the table. */
export type Section = { number: number; title: string; rows: Row[] };

const HEADER = ["#", "scenario", "figure", "ours", "baseline", "baseline/ours"] as const;

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
function layout(sections: Section[]): { cells: string[][]; notes: string[] } {
  const notes: string[] = [];
  const cells: string[][] = [[...HEADER]];
  for (const { number, title, rows } of sections) {
    rows.forEach((row, i) => {
      let figure = row.figure;
      if (row.note !== undefined) figure += ` [${footnote(notes, row.note)}]`;
      cells.push([i === 0 ? String(number) : "", i === 0 ? title : "", figure, show(row.ours), show(row.baseline), ratioOf(row)]);
    });
  }
  return { cells, notes: notes.map((note, i) => `[${i + 1}] ${note}`) };
}

/** The aligned plain-text table, footnotes below it. */
export function textTable(sections: Section[]): string {
  const { cells, notes } = layout(sections);
  const widths = HEADER.map((_, col) => Math.max(...cells.map((line) => line[col]!.length)));
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
export function markdownTable(sections: Section[]): string {
  const { cells, notes } = layout(sections);
  const escape = (cell: string) => cell.replaceAll("|", "\\|");
  const lines = cells.map((line) => `| ${line.map(escape).join(" | ")} |`);
  lines.splice(1, 0, `|${HEADER.map((_, col) => (col >= 3 ? "---:" : "---")).join("|")}|`);
  return [...lines, "", ...notes.map((note) => `${note}  `)].join("\n");
}
