// Scenario 9: the herd after an outage (issue 9 item 3): 1,000 SDK loops against a stub backend, a
// 3-minute outage, peak calls per second after recovery against the steady-state peak; and the same
// with the loop's timing before the desync, so the reader sees what changed.
import { measureHerd, type HerdFigures, type HerdOptions } from "../herd/herdMeasure";
import type { Row, Scenario } from "../scenario";

const NOTE =
  "a stub backend answers like the server (ok beats) and fails every call with fetch's network error during the outage: the clients' timing is under test. Clients start at random points of the first interval; calls counted per 1 s; failed calls count. The baseline is a server design: its clients are the same";

const HEAL_NOTE =
  "every client's next retry (at most 5 s apart during the outage) succeeds within seconds of recovery, with or without the desync: the desync spreads the beats that follow, not the heal itself";

/** The rows of one loop's run. */
function rowsOf(label: string, f: HerdFigures, first: boolean): Row[] {
  const rate = (r: { peak: number; mean: number }) => `${r.peak} / ${r.mean}`;
  return [
    { figure: `${label}: calls per second, peak / mean, 2 min until the outage (steady state)`, ours: rate(f.steady), baseline: null, ...(first ? { note: NOTE } : {}) },
    { figure: `${label}: … first 30 s after recovery (the heal)`, ours: rate(f.heal), baseline: null, ...(first ? { note: HEAL_NOTE } : {}) },
    { figure: `${label}: … 30 s to 5 min after recovery`, ours: rate(f.afterRecovery), baseline: null },
    { figure: `${label}: … 5 to 10 min after recovery`, ours: rate(f.later), baseline: null },
    { figure: `${label}: herd ratio, peak 30 s-5 min after recovery / steady-state peak (target ≤ 1.5)`, ours: f.ratio, baseline: null },
  ];
}

/** Scenario 9 with `clients` clients (1,000 in `npm run bench`). */
export function herd(options: HerdOptions = {}): Scenario {
  return {
    id: "herd",
    title: "herd after outage",
    ownsClock: true,
    async run() {
      const sdk = await measureHerd("sdk", options);
      const legacy = await measureHerd("legacy", options);
      const clients = sdk.clients.toLocaleString("en-US");
      return {
        rows: [
          ...rowsOf(`${clients} SDK loops (src/client, with the desync), 3-min outage`, sdk, true),
          ...rowsOf(`${clients} pre-desync loops (bench/herd/legacyLoop.ts), same seed and outage`, legacy, false),
        ],
        details: { sdk, legacy },
      };
    },
  };
}
