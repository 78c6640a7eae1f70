// Text measurement and escaping for the picture: labels are placed by their estimated width, so the
// estimate errs wide (DejaVu Sans, the widest common sans-serif, which Debian renders by default).

/** Advance widths in em of DejaVu Sans for the characters labels use; anything else counts as 0.7 em. */
const ADVANCE: Record<string, number> = {
  a: 0.613, b: 0.635, c: 0.55, d: 0.635, e: 0.615, f: 0.352, g: 0.635, h: 0.634, i: 0.278, j: 0.278, k: 0.579, l: 0.278, m: 0.974,
  n: 0.634, o: 0.612, p: 0.635, q: 0.635, r: 0.411, s: 0.521, t: 0.392, u: 0.634, v: 0.592, w: 0.818, x: 0.592, y: 0.592, z: 0.525,
  " ": 0.318, ".": 0.318, ",": 0.318, ":": 0.337, ";": 0.337, "'": 0.275, "(": 0.39, ")": 0.39, "/": 0.337, "-": 0.361, "%": 0.95,
  "+": 0.838, "×": 0.838, "→": 0.838, "=": 0.838, I: 0.295, M: 0.863, W: 0.989,
};

/** Estimated width in px of `text` at `fontSize` px (bold is about 10% wider). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += ADVANCE[ch] ?? (/[0-9]/.test(ch) ? 0.636 : /[A-Z]/.test(ch) ? 0.7 : 0.7);
  return Math.ceil(em * fontSize * (bold ? 1.1 : 1));
}

/** Escapes text for SVG and HTML. */
export function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Splits `text` at spaces into lines no wider than `maxWidth` px at `fontSize` (a single word wider than that keeps its own line). */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(" ")) {
    const next = current === "" ? word : `${current} ${word}`;
    if (current !== "" && textWidth(next, fontSize) > maxWidth) {
      lines.push(current);
      current = word;
    } else current = next;
  }
  if (current !== "") lines.push(current);
  return lines;
}
