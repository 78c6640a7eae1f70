// Draws a run's timeline as a self-contained SVG: the share of daemons connected and of roles held
// over time, with fault windows shaded, so an outage and its recovery can be seen at a glance.
import type { SimulationConfig } from "./config";
import type { Timeline } from "./timeline";

const W = 960;
const H = 360;
const PAD = { left: 56, right: 20, top: 48, bottom: 56 };

/** Escapes text for SVG. */
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/** The SVG picture of `timeline`. */
export function timelineSvg(config: SimulationConfig, timeline: Timeline, title: string): string {
  const span = Math.max(1, timeline.endedAt - timeline.startedAt);
  const x = (at: number) => PAD.left + ((at - timeline.startedAt) / span) * (W - PAD.left - PAD.right);
  const y = (share: number) => PAD.top + (1 - share) * (H - PAD.top - PAD.bottom);
  const line = (values: [number, number][]) => values.map(([at, share], i) => `${i === 0 ? "M" : "L"}${x(at).toFixed(1)},${y(share).toFixed(1)}`).join(" ");
  const daemons = timeline.samples.map((s) => [s.at, config.daemons === 0 ? 0 : s.connectedDaemons / config.daemons] as [number, number]);
  const roles = timeline.samples.map((s) => [s.at, config.agents === 0 ? 0 : s.presentParticipants / config.agents] as [number, number]);
  const f = config.faults;
  const start = timeline.startedAt;
  const windows = [
    ...f.partitions.map((p) => ({ from: start + p.atMs, to: start + p.atMs + p.durationMs, label: `partition ${Math.round(p.fraction * 100)}%`, color: "#f6c343" })),
    ...f.outages.map((o) => ({ from: start + o.atMs, to: start + o.atMs + o.durationMs, label: "backend outage", color: "#e8615a" })),
    ...f.crashes.map((c) => ({ from: start + c.atMs, to: start + c.atMs + c.downtimeMs, label: `crash ${Math.round(c.fraction * 100)}%`, color: "#b38cd9" })),
  ];
  const ticks: string[] = [];
  for (let t = 0; t <= span; t += 60_000) {
    ticks.push(`<line x1="${x(start + t)}" y1="${H - PAD.bottom}" x2="${x(start + t)}" y2="${H - PAD.bottom + 5}" stroke="#555"/>`);
    ticks.push(`<text x="${x(start + t)}" y="${H - PAD.bottom + 18}" text-anchor="middle">${t / 60_000}m</text>`);
  }
  for (const share of [0, 0.25, 0.5, 0.75, 1]) {
    ticks.push(`<line x1="${PAD.left}" y1="${y(share)}" x2="${W - PAD.right}" y2="${y(share)}" stroke="#ddd"/>`);
    ticks.push(`<text x="${PAD.left - 8}" y="${y(share) + 4}" text-anchor="end">${share * 100}%</text>`);
  }
  const cleanups = timeline.cleaned.map((c) => `<line x1="${x(c.at)}" y1="${H - PAD.bottom}" x2="${x(c.at)}" y2="${H - PAD.bottom - 8}" stroke="${c.kind === "daemon" ? "#1f5fbf" : "#2a9d55"}" stroke-width="1"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">
<rect width="${W}" height="${H}" fill="white"/>
<text x="${PAD.left}" y="20" font-size="15" font-weight="bold">${esc(title)}</text>
<text x="${PAD.left}" y="38" fill="#444">share connected / held over simulated time; ticks at the bottom mark each cleanup action</text>
${windows.map((w) => `<rect x="${x(w.from)}" y="${PAD.top}" width="${Math.max(1, x(w.to) - x(w.from))}" height="${H - PAD.top - PAD.bottom}" fill="${w.color}" opacity="0.25"/><text x="${x(w.from) + 4}" y="${PAD.top + 14}" fill="#333">${esc(w.label)}</text>`).join("\n")}
${ticks.join("\n")}
<line x1="${PAD.left}" y1="${H - PAD.bottom}" x2="${W - PAD.right}" y2="${H - PAD.bottom}" stroke="#333"/>
<path d="${line(daemons)}" fill="none" stroke="#1f5fbf" stroke-width="2"/>
<path d="${line(roles)}" fill="none" stroke="#2a9d55" stroke-width="2" stroke-dasharray="6 3"/>
${cleanups.join("\n")}
<g transform="translate(${PAD.left},${H - 14})"><rect width="14" height="3" y="-4" fill="#1f5fbf"/><text x="20">daemons connected (${config.daemons})</text>
<rect x="200" width="14" height="3" y="-4" fill="#2a9d55"/><text x="220">roles held by a participant (${config.agents})</text></g>
</svg>
`;
}
