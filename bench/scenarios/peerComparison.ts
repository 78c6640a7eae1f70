// Scenarios 7 and 8: this module, the seed's baseline and @convex-dev/presence side by side on what a
// user compares (beat, join, timing out silent clients, idle cost, list-table writes), then the
// steady-state load they project to at 1k to 1M agents. Presence runs at its default 10 s and at 30 s.
import { documentLimits } from "../measure";
import { measureContract } from "../peer/contractMeasure";
import { measurePresence } from "../peer/presenceMeasure";
import { projectionRows } from "../peer/projection";
import { peerRows, type PeerAtN } from "../peer/rows";
import type { Row, Scenario } from "../scenario";

/** Fleet sizes, silent clients, idle window. */
type PeerOptions = { sizes?: number[]; k?: number; idleMinutes?: number };

/** The earlier measurement's gap between silent clients' deadlines (issue 11), reproduced as a setting. */
const EARLIER_GAP_MS = 4_500;

/** Runs every design at every size; shared by the two scenarios so the run measures once. */
function measured({ sizes = [100, 1_000, 10_000], k = 10, idleMinutes = 10 }: PeerOptions) {
  let results: Promise<PeerAtN[]> | undefined;
  return (env: Parameters<Scenario["run"]>[0]) =>
    (results ??= (async () => {
      const all: PeerAtN[] = [];
      for (const n of sizes) {
        const run = { n, k, idleMinutes, earlierGapMs: EARLIER_GAP_MS };
        all.push({
          n,
          ours: await measureContract(env.designs.ours, run),
          baseline: await measureContract(env.designs.baseline, run),
          presence10s: await measurePresence({ ...run, intervalMs: 10_000 }),
          presence30s: await measurePresence({ ...run, intervalMs: 30_000 }),
        });
      }
      return all;
    })());
}

/** Scenarios 7 (the comparison) and 8 (the projection), measured once. */
export function peerComparison(options: PeerOptions = {}): [Scenario, Scenario] {
  const results = measured(options);
  const wall = (all: PeerAtN[]) =>
    Object.fromEntries(all.map((r) => [r.n, { ours: r.ours.wallSeconds, baseline: r.baseline.wallSeconds, presence10s: r.presence10s.wallSeconds, presence30s: r.presence30s.wallSeconds }]));
  return [
    {
      id: "peerComparison",
      title: "vs presence",
      ownsClock: true,
      peer: true,
      async run(env) {
        const all = await results(env);
        const rows: Row[] = peerRows(all);
        return { rows, details: { sizes: all.map((r) => r.n), wallSeconds: wall(all), figures: all } };
      },
    },
    {
      id: "projection",
      title: "projection",
      ownsClock: true,
      peer: true,
      async run(env) {
        const all = await results(env);
        const limit = (await documentLimits(env.designs.baseline.create(true).t)).documentsRead;
        return { rows: projectionRows(all, limit), details: { from: all.map((r) => r.n), baselineReadLimit: limit } };
      },
    },
  ];
}
