// Draws a run as one self-contained SVG that tells it without the text report: verdict, every fault in
// its lane, the shares connected and held, cleanup runs as marks, and the four clauses.
import { CLEANUP_INTERVAL_MS, HEARTBEAT_INTERVAL_MS } from "../../convex/reliability";
import type { SimulationConfig } from "../config";
import { duration, plural, seconds } from "../labels";
import type { Measures } from "../metrics";
import { verdictLine } from "../report";
import type { Timeline } from "../timeline";
import { ITEM_COLORS, timelineItems, type TimelineItem } from "./items";
import { placeInLanes, type Placement } from "./lanes";
import { esc, textWidth, wrapText } from "./text";

const W = 1200;
const LEFT = 72;
const RIGHT = W - 28;
const LANE_H = 22;
const CHART_H = 240;
const CLEANUP_H = 44;
const FONT = 11;
const COLORS = { daemons: "#1f5fbf", roles: "#2a9d55", repair: "#e07b39", idle: "#b0b0b0", holds: "#1e7d32", violated: "#c62828" };

/** The drawn picture and where its time axis lies, so the HTML page can map the pointer to a moment. */
export type Picture = { svg: string; plot: { left: number; right: number; top: number; bottom: number }; items: TimelineItem[]; placements: Placement[] };

/** A one-line clause summary for the picture: its verdict and its headline figure. */
function clauseLines(measures: Measures, timeline: Timeline): { id: string; holds: boolean; text: string }[] {
  const m = measures;
  const records = m.cleanup.daemonsDisconnected + m.cleanup.participantsRemoved;
  const slack = m.healBound.parts.map((p) => (p.why === "one beat interval" ? p.why : `${p.term} latency`)).join(" + ");
  const b = `every client healed by itself within ${seconds(m.healBound.ms)} (${slack}); ${m.finalHealthy.healthy}/${m.finalHealthy.of} seats whole at the end`;
  const damage = m.damage.damaged === 0 ? "" : `; ${m.damage.healed}/${m.damage.damaged} damaged records mended and healed`;
  const detected = m.detectionLatency.count === 0 ? "no silence to detect" : `last renewal to cleaned at most ${seconds(m.detectionLatency.max)}`;
  const r = m.rejoins;
  const takeovers = m.duplicates.pairs + m.twins.pairs;
  const stopped = takeovers === 0 ? "" : `; ${m.duplicates.stopped + m.twins.stopped}/${takeovers} superseded processes stopped`;
  const summary = { a: `no false cleanup: ${plural(m.falseCleanups, "false cleanup")} among ${plural(records, "record")} cleaned`, b: b + damage, c: `silence past TTL + ${duration(CLEANUP_INTERVAL_MS)} is cleaned: ${detected}`, d: `no needless re-join: ${plural(r.rejoins + r.reregistrations, "re-join")} over ${plural(r.outagesSeen + timeline.damages.length, "outage or damage", "outages or damages")}${stopped}` };
  return m.clauses.map((c) => ({ id: c.id, holds: c.holds, text: summary[c.id] }));
}

/** Lays legend entries left to right, wrapping to a new row when one would cross the right edge. */
function legend(entries: { swatch: string; label: string }[], top: number): { svg: string; bottom: number } {
  let x = LEFT;
  let y = top;
  const parts: string[] = [];
  for (const { swatch, label } of entries) {
    const width = 22 + textWidth(label, FONT) + 18;
    if (x + width > RIGHT) {
      x = LEFT;
      y += 18;
    }
    parts.push(`<g transform="translate(${x},${y})">${swatch}<text x="22" y="4">${esc(label)}</text></g>`);
    x += width;
  }
  return { svg: parts.join("\n"), bottom: y + 10 };
}

/** The SVG picture of a run. */
export function timelinePicture(config: SimulationConfig, timeline: Timeline, measures: Measures, title: string): Picture {
  const span = Math.max(1, timeline.endedAt - timeline.startedAt);
  const x = (ms: number) => LEFT + (Math.min(span, Math.max(0, ms)) / span) * (RIGHT - LEFT);
  const items = timelineItems(config, timeline);
  const placements = placeInLanes(
    items.map((item) => ({
      x0: x(item.from),
      x1: item.point ? x(item.from) : Math.max(x(item.to), x(item.from) + 3),
      point: item.point,
      marker: item.kind === "stray",
      labelWidth: textWidth(item.label, FONT),
    })),
    LEFT,
    RIGHT,
  );
  const lanes = Math.max(1, ...placements.map((p) => p.lane + 1));
  const lanesTop = 96;
  const chartTop = lanesTop + lanes * LANE_H + 14;
  const chartBottom = chartTop + CHART_H;
  const y = (share: number) => chartTop + (1 - share) * CHART_H;
  const cleanupTop = chartBottom + 30;
  const cleanupBottom = cleanupTop + CLEANUP_H;
  const out: string[] = [];

  // Header and verdict.
  const subtitle = `${plural(config.daemons, "daemon")} and ${plural(config.agents, "agent")} (${config.agentsPerRoom} per chatroom) over ${duration(span)}; seed ${config.seed}`;
  out.push(`<text x="${LEFT}" y="26" font-size="16" font-weight="bold">${esc(title)}</text>`);
  out.push(`<text x="${LEFT}" y="46" fill="#444">${esc(subtitle)}</text>`);
  out.push(`<text id="verdict" x="${LEFT}" y="72" font-size="15" font-weight="bold" fill="${measures.holds ? COLORS.holds : COLORS.violated}">${esc(verdictLine(measures.holds))}</text>`);
  out.push(`<text x="${LEFT - 8}" y="${lanesTop + 14}" text-anchor="end" fill="#666">faults</text>`);

  // Fault windows shaded behind the chart, and each partition's share left connected, per kind.
  items.forEach((item) => {
    if (item.point || item.kind === "latency" || item.kind === "lossy" || item.kind === "stray") return;
    const [x0, x1] = [x(item.from), Math.max(x(item.to), x(item.from) + 2)];
    out.push(`<rect x="${x0.toFixed(1)}" y="${chartTop}" width="${(x1 - x0).toFixed(1)}" height="${CHART_H}" fill="${ITEM_COLORS[item.kind]}" opacity="0.13"/>`);
    if (item.cutOff !== undefined) {
      if (config.daemons > 0) out.push(`<line x1="${x0.toFixed(1)}" x2="${x1.toFixed(1)}" y1="${y(1 - item.cutOff.daemons).toFixed(1)}" y2="${y(1 - item.cutOff.daemons).toFixed(1)}" stroke="${COLORS.daemons}" stroke-dasharray="2 3" stroke-width="1.5"/>`);
      if (config.agents > 0) out.push(`<line x1="${x0.toFixed(1)}" x2="${x1.toFixed(1)}" y1="${y(1 - item.cutOff.agents).toFixed(1)}" y2="${y(1 - item.cutOff.agents).toFixed(1)}" stroke="${COLORS.roles}" stroke-dasharray="2 3" stroke-width="1.5"/>`);
    }
  });

  // Fault lanes: a bar (or a point) per fault, its label inside or beside it.
  items.forEach((item, i) => {
    const p = placements[i]!;
    const top = lanesTop + p.lane * LANE_H;
    const color = ITEM_COLORS[item.kind];
    const [x0, x1] = [x(item.from), Math.max(x(item.to), x(item.from) + 3)];
    if (item.point) {
      out.push(`<path d="M${x0.toFixed(1)},${top + 3} l6,8 l-6,8 l-6,-8 z" fill="${color}"/>`);
    } else {
      out.push(`<rect x="${x0.toFixed(1)}" y="${top + 3}" width="${(x1 - x0).toFixed(1)}" height="16" rx="3" fill="${color}" opacity="${p.inside ? 0.3 : 0.55}"/>`);
      if (item.kind === "stray") out.push(`<path d="M${x0.toFixed(1)},${top + 3} l6,8 l-6,8 l-6,-8 z" fill="${color}"/>`);
    }
    out.push(`<text class="fault" data-kind="${item.kind}" x="${p.labelX.toFixed(1)}" y="${top + 15}" fill="#222">${esc(item.label)}</text>`);
  });

  // The chart: grid, axis, and the two shares.
  for (const share of [0, 0.25, 0.5, 0.75, 1]) {
    out.push(`<line x1="${LEFT}" y1="${y(share)}" x2="${RIGHT}" y2="${y(share)}" stroke="#e2e2e2"/>`);
    out.push(`<text x="${LEFT - 8}" y="${y(share) + 4}" text-anchor="end" fill="#444">${share * 100}%</text>`);
  }
  const tickEvery = span > 20 * 60_000 ? 5 * 60_000 : span > 8 * 60_000 ? 2 * 60_000 : 60_000;
  for (let t = 0; t <= span; t += tickEvery) {
    out.push(`<line x1="${x(t)}" y1="${chartBottom}" x2="${x(t)}" y2="${chartBottom + 5}" stroke="#555"/>`);
    out.push(`<text x="${x(t)}" y="${chartBottom + 18}" text-anchor="middle" fill="#444">${t / 60_000} min</text>`);
  }
  out.push(`<line x1="${LEFT}" y1="${chartBottom}" x2="${RIGHT}" y2="${chartBottom}" stroke="#333"/>`);
  const path = (values: [number, number][]) => values.map(([at, share], i) => `${i === 0 ? "M" : "L"}${x(at - timeline.startedAt).toFixed(1)},${y(share).toFixed(1)}`).join(" ");
  const daemons = timeline.samples.map((s): [number, number] => [s.at, config.daemons === 0 ? 0 : s.connectedDaemons / config.daemons]);
  const roles = timeline.samples.map((s): [number, number] => [s.at, config.agents === 0 ? 0 : s.presentParticipants / config.agents]);
  if (config.daemons > 0) out.push(`<path d="${path(daemons)}" fill="none" stroke="${COLORS.daemons}" stroke-width="2"/>`);
  if (config.agents > 0) out.push(`<path d="${path(roles)}" fill="none" stroke="${COLORS.roles}" stroke-width="2" stroke-dasharray="7 3"/>`);

  // Cleanup runs: a grey tick for each, a bar for each that acted, as tall as the records it acted on.
  out.push(`<text x="${LEFT - 8}" y="${cleanupBottom - 4}" text-anchor="end" fill="#666">cleanup</text>`);
  out.push(`<line x1="${LEFT}" y1="${cleanupBottom}" x2="${RIGHT}" y2="${cleanupBottom}" stroke="#999"/>`);
  const most = Math.max(1, ...timeline.cleanups.map((r) => r.cleaned + r.repaired));
  for (const run of timeline.cleanups) {
    const cx = x(run.at - timeline.startedAt).toFixed(1);
    const cleaned = timeline.cleaned.filter((c) => c.seq === run.seq && c.cause === "expiry");
    const parts = [
      { n: cleaned.filter((c) => c.kind === "daemon").length, color: COLORS.daemons },
      { n: cleaned.filter((c) => c.kind === "participant").length, color: COLORS.roles },
      { n: run.repaired, color: COLORS.repair },
    ].filter((p) => p.n > 0);
    if (parts.length === 0) {
      out.push(`<line x1="${cx}" x2="${cx}" y1="${cleanupBottom}" y2="${cleanupBottom - 4}" stroke="${COLORS.idle}"/>`);
      continue;
    }
    let base = cleanupBottom;
    for (const part of parts) {
      const h = Math.max(3, (part.n / most) * (CLEANUP_H - 6));
      out.push(`<rect x="${(Number(cx) - 2).toFixed(1)}" y="${(base - h).toFixed(1)}" width="4" height="${h.toFixed(1)}" fill="${part.color}"/>`);
      base -= h;
    }
  }

  // Legend and the four clauses.
  const line = (color: string, dash = "") => `<line x1="0" x2="16" y1="0" y2="0" stroke="${color}" stroke-width="2"${dash === "" ? "" : ` stroke-dasharray="${dash}"`}/>`;
  const box = (color: string) => `<rect x="4" y="-6" width="8" height="10" fill="${color}"/>`;
  const entries = [
    ...(config.daemons > 0 ? [{ swatch: line(COLORS.daemons), label: `daemons connected (of ${config.daemons})` }] : []),
    ...(config.agents > 0 ? [{ swatch: line(COLORS.roles, "7 3"), label: `roles held by a participant (of ${config.agents})` }] : []),
    ...(items.some((i) => i.cutOff !== undefined) ? [{ swatch: line("#555", "2 3"), label: "share not cut off by a partition, per kind" }] : []),
    { swatch: box(COLORS.daemons), label: "cleanup: daemons disconnected" },
    { swatch: box(COLORS.roles), label: "participants removed" },
    ...(timeline.damages.length > 0 || measures.cleanup.repaired > 0 ? [{ swatch: box(COLORS.repair), label: "damaged records repaired" }] : []),
    { swatch: `<line x1="8" x2="8" y1="4" y2="-2" stroke="${COLORS.idle}"/>`, label: `a run that found nothing (one every ${duration(CLEANUP_INTERVAL_MS)})` },
  ];
  const key = legend(entries, cleanupBottom + 26);
  out.push(key.svg);
  const clausesTop = key.bottom + 24;
  out.push(`<text x="${LEFT}" y="${clausesTop}" font-weight="bold">the self-healing invariant</text>`);
  let cy = clausesTop + 2;
  for (const c of clauseLines(measures, timeline)) {
    const indent = textWidth("(b) VIOLATED ", FONT, true);
    const [first = "", ...rest] = wrapText(c.text, RIGHT - LEFT - indent, FONT);
    cy += 18;
    const verdict = `<tspan font-weight="bold" fill="${c.holds ? COLORS.holds : COLORS.violated}">${c.holds ? "HOLDS" : "VIOLATED"}</tspan>`;
    out.push(`<text class="clause" x="${LEFT}" y="${cy}"><tspan font-weight="bold">(${c.id})</tspan> ${verdict}</text>`);
    out.push(`<text class="clause" x="${LEFT + indent}" y="${cy}">${esc(first)}</text>`);
    for (const more of rest) {
      cy += 16;
      out.push(`<text class="clause" x="${LEFT + indent}" y="${cy}">${esc(more)}</text>`);
    }
  }
  const height = cy + 14;
  const plot = { left: LEFT, right: RIGHT, top: lanesTop, bottom: cleanupBottom };
  const overlay = `<rect id="timeline-plot" x="${LEFT}" y="${lanesTop}" width="${RIGHT - LEFT}" height="${cleanupBottom - lanesTop}" fill="transparent" data-span-ms="${span}" data-interval-ms="${HEARTBEAT_INTERVAL_MS}"/>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${height}" viewBox="0 0 ${W} ${height}" font-family="DejaVu Sans, Verdana, sans-serif" font-size="${FONT}">
<rect width="${W}" height="${height}" fill="white"/>
${out.join("\n")}
${overlay}
</svg>
`;
  return { svg, plot, items, placements };
}
