// Lays out the picture's fault lanes: each bar (or point) with its label goes to the first lane where it
// touches no other bar or label, so no label ever overlaps another.

/** An item to place: its bar's pixel span (a point has x0 === x1), whether a marker sits at its start, and its label's width. */
type LaneItem = { x0: number; x1: number; point: boolean; marker?: boolean; labelWidth: number };

/** Where an item went: its lane, where its label starts, and the span it occupies (bar and label). */
export type Placement = { lane: number; labelX: number; inside: boolean; span: { from: number; to: number } };

/** Space kept between neighbours in a lane, and around a label. */
const GAP = 8;
/** Room a point's marker takes on each side. */
const MARKER = 7;

/** Where an item's label goes: inside a bar wide enough, else after it, else before it, else flush with the plot's right edge. */
function labelPlace(item: LaneItem, left: number, right: number): { labelX: number; inside: boolean } {
  const start = item.point ? item.x0 + MARKER + 2 : item.x0;
  const pad = item.marker ? MARKER + 3 : 4;
  if (!item.point && item.x1 - item.x0 >= item.labelWidth + pad + 4) return { labelX: item.x0 + pad, inside: true };
  const after = (item.point ? start : item.x1 + 4);
  if (after + item.labelWidth <= right) return { labelX: after, inside: false };
  const before = (item.point ? item.x0 - MARKER - 2 : item.x0 - 4) - item.labelWidth;
  if (before >= left) return { labelX: before, inside: false };
  return { labelX: Math.max(left, right - item.labelWidth), inside: false };
}

/** Places `items` in lanes within the plot's [left, right]; returns one placement per item, in order. */
export function placeInLanes(items: LaneItem[], left: number, right: number): Placement[] {
  const placed = items.map((item) => {
    const { labelX, inside } = labelPlace(item, left, right);
    const barFrom = item.point || item.marker ? item.x0 - MARKER : item.x0;
    const barTo = item.point ? item.x0 + MARKER : item.x1;
    return { lane: -1, labelX, inside, span: { from: Math.min(barFrom, labelX), to: Math.max(barTo, labelX + item.labelWidth) } };
  });
  const laneEnds: number[] = [];
  const order = placed.map((_, i) => i).sort((a, b) => placed[a]!.span.from - placed[b]!.span.from);
  for (const i of order) {
    const p = placed[i]!;
    let lane = laneEnds.findIndex((end) => end + GAP <= p.span.from);
    if (lane < 0) lane = laneEnds.push(-Infinity) - 1;
    laneEnds[lane] = p.span.to;
    p.lane = lane;
  }
  return placed;
}
