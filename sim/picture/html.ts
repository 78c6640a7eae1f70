// The same timeline as an HTML page that needs no network: the SVG inline, and a hover that shows, for
// the moment under the pointer, the counts as the server stored them and the events around it.
import type { SimulationConfig } from "../config";
import { clock } from "../labels";
import type { Measures } from "../metrics";
import type { Timeline } from "../timeline";
import { moments } from "./moments";
import type { Picture } from "./svg";
import { esc } from "./text";

/** What the page's script reads: the samples, the events, the fleet size and the plot's geometry. */
type PageData = {
  spanMs: number;
  daemons: number;
  agents: number;
  plot: Picture["plot"];
  samples: { at: number; daemons: number; roles: number }[];
  events: { at: number; text: string }[];
};

/** The hover: maps the pointer to a moment, and shows the nearest sample before it and the events within a few pixels. */
const SCRIPT = `
const data = JSON.parse(document.getElementById("timeline-data").textContent);
const svg = document.querySelector("#chart svg");
const hover = document.getElementById("hover");
const cursor = document.getElementById("cursor");
const clock = (ms) => { const s = Math.max(0, Math.floor(ms / 1000)); return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0"); };
const pct = (n, of) => of === 0 ? "" : " (" + Math.round((100 * n) / of) + "%)";
function show(clientX) {
  const box = svg.getBoundingClientRect();
  const scale = box.width / svg.viewBox.baseVal.width;
  const px = (clientX - box.left) / scale;
  if (px < data.plot.left || px > data.plot.right) return;
  const at = ((px - data.plot.left) / (data.plot.right - data.plot.left)) * data.spanMs;
  const window = Math.max(1000, (6 * data.spanMs) / (data.plot.right - data.plot.left));
  let sample = null;
  for (const s of data.samples) if (s.at <= at) sample = s;
  const counts = sample === null ? "no sample yet" : "daemons connected " + sample.daemons + "/" + data.daemons + pct(sample.daemons, data.daemons) + ", roles held " + sample.roles + "/" + data.agents + pct(sample.roles, data.agents) + " (sampled at " + clock(sample.at) + ")";
  const near = data.events.filter((e) => Math.abs(e.at - at) <= window);
  hover.replaceChildren();
  const head = document.createElement("p");
  head.className = "moment";
  head.textContent = "at " + clock(at) + ": " + counts;
  hover.append(head);
  const list = document.createElement("ul");
  for (const e of near.slice(0, 12)) { const li = document.createElement("li"); li.textContent = clock(e.at) + " " + e.text; list.append(li); }
  if (near.length > 12) { const li = document.createElement("li"); li.textContent = "... and " + (near.length - 12) + " more events"; list.append(li); }
  if (near.length === 0) { const li = document.createElement("li"); li.textContent = "no events within " + clock(window) + " of this moment"; list.append(li); }
  hover.append(list);
  cursor.setAttribute("x1", px); cursor.setAttribute("x2", px); cursor.setAttribute("visibility", "visible");
}
svg.addEventListener("mousemove", (event) => show(event.clientX));
`;

/** The HTML page of a run's timeline. */
export function timelineHtml(config: SimulationConfig, timeline: Timeline, measures: Measures, picture: Picture, title: string): string {
  const start = timeline.startedAt;
  const data: PageData = {
    spanMs: timeline.endedAt - start,
    daemons: config.daemons,
    agents: config.agents,
    plot: picture.plot,
    samples: timeline.samples.map((s) => ({ at: s.at - start, daemons: s.connectedDaemons, roles: s.presentParticipants })),
    events: moments(timeline, picture.items),
  };
  const { plot } = picture;
  const cursor = `<line id="cursor" x1="0" x2="0" y1="${plot.top}" y2="${plot.bottom}" stroke="#000" stroke-width="1" visibility="hidden" pointer-events="none"/>`;
  const svg = picture.svg.replace("</svg>", `${cursor}\n</svg>`);
  const events = data.events.map((e) => `<li><time>${clock(e.at)}</time> ${esc(e.text)}</li>`).join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(title)}: ${measures.holds ? "HOLDS" : "VIOLATED"}</title>
<style>
body { font-family: "DejaVu Sans", Verdana, sans-serif; margin: 16px; color: #222; }
#chart svg { max-width: 100%; height: auto; cursor: crosshair; }
#hover { position: sticky; bottom: 0; min-height: 5em; border: 1px solid #ccc; border-radius: 4px; padding: 4px 12px; background: #fafafa; }
#hover ul, #events { font-size: 13px; }
time { color: #666; font-variant-numeric: tabular-nums; }
</style>
</head>
<body>
<div id="chart">${svg}</div>
<div id="hover" role="status"><p class="moment">Hover over the timeline: the counts and the events at that moment show here.</p></div>
<h2>Events</h2>
<ol id="events">
${events}
</ol>
<script type="application/json" id="timeline-data">${JSON.stringify(data).replace(/</g, "\\u003c")}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
