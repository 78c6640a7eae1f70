// `npm run bench`: every scenario against this module, the seed's baseline and @convex-dev/presence, in
// one run on the embedded backend; prints the tables and writes bench/results.json and BENCHMARKS.md's.
import FakeTimers from "@sinonjs/fake-timers";
import { cpus } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { embeddedBackend } from "../sim/backend";
import { baselineModules } from "./baselineModules";
import { baselineDesign } from "./designs/baseline";
import { oursDesign } from "./designs/ours";
import { updateGeneratedSection, writeResults } from "./output";
import { MAIN_COLUMNS, markdownTable, PEER_COLUMNS, ratioValue, textTable, type Section } from "./report";
import { T0, type BenchEnv, type Scenario } from "./scenario";
import { antiEntropyPass } from "./scenarios/antiEntropyPass";
import { cleanupGrowth } from "./scenarios/cleanupGrowth";
import { herd } from "./scenarios/herd";
import { peerComparison } from "./scenarios/peerComparison";
import { simulatorThroughput } from "./scenarios/simulatorThroughput";
import { staleBacklog } from "./scenarios/staleBacklog";
import { statusWrites } from "./scenarios/statusWrites";
import { unitCosts } from "./scenarios/unitCosts";

/** The timers the program fakes for a scenario, as the tests do: Date and the timer functions. */
const FAKED_TIMERS = ["Date", "setTimeout", "clearTimeout", "setInterval", "clearInterval"] as const;

/** The scenarios, in table order. */
const scenarios: Scenario[] = [
  unitCosts({ fleet: 100 }),
  cleanupGrowth({ fleetSizes: [100, 1_000, 5_000, 10_000, 20_000, 30_000, 40_000, 100_000], stale: 10 }),
  statusWrites({ fleet: 100 }),
  staleBacklog({ limits: true, oursBacklog: 60_000 }),
  simulatorThroughput(),
  antiEntropyPass({ records: 10_000 }),
  ...peerComparison({ sizes: [100, 1_000, 10_000], k: 10, idleMinutes: 10 }),
  herd({ clients: 1_000 }),
];

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const startedAt = new Date().toISOString();
const started = performance.now();
const designs = { ours: oursDesign(embeddedBackend), baseline: baselineDesign(baselineModules) };

/** Runs one scenario on a fresh fake clock (unless it brings its own) and returns its table section. */
async function runScenario(scenario: Scenario, number: number) {
  // Mutations read Date.now(); timers stay still, so functions a mutation schedules run only when
  // the scenario runs them, and each cleanup transaction is measured by the scenario itself.
  const clock = scenario.ownsClock ? undefined : FakeTimers.install({ now: T0, toFake: [...FAKED_TIMERS] });
  const env: BenchEnv = {
    designs,
    clock: {
      setSystemTime(ms) {
        if (clock === undefined) throw new Error(`${scenario.id} owns its clock; it cannot use the program's`);
        clock.setSystemTime(ms);
      },
    },
  };
  const began = performance.now();
  try {
    const { rows, details } = await scenario.run(env);
    const wallSeconds = Number(((performance.now() - began) / 1000).toFixed(1));
    return { number, id: scenario.id, title: scenario.title, peer: scenario.peer === true, rows, wallSeconds, ...(details ? { details } : {}) };
  } finally {
    clock?.uninstall();
  }
}

const sections: (Section & { id: string; peer: boolean; wallSeconds: number; details?: Record<string, unknown> })[] = [];
for (const [i, scenario] of scenarios.entries()) {
  process.stderr.write(`scenario ${i + 1}/${scenarios.length}: ${scenario.title} ... `);
  const section = await runScenario(scenario, i + 1);
  process.stderr.write(`${section.wallSeconds} s\n`);
  sections.push(section);
}

const wallSeconds = Number(((performance.now() - started) / 1000).toFixed(1));
const machine = `${process.platform} ${process.arch}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? "unknown CPU"}`;
const main = sections.filter((s) => !s.peer);
const peer = sections.filter((s) => s.peer);
console.log(`\n${textTable(main, MAIN_COLUMNS)}\n\n${textTable(peer, PEER_COLUMNS)}\n\nwall time ${wallSeconds} s on ${machine}, Node ${process.version}`);

writeResults(join(root, "bench", "results.json"), {
  command: "npm run bench",
  startedAt,
  node: process.version,
  machine,
  wallSeconds,
  scenarios: sections.map((section) => ({
    ...section,
    rows: section.rows.map((row) => ({ ...row, baselineOverOurs: ratioValue(row) })),
  })),
});
updateGeneratedSection(
  join(root, "BENCHMARKS.md"),
  [
    `Latest run: ${startedAt.slice(0, 10)}, Node ${process.version}, ${machine}; the whole run took ${wallSeconds} s of wall time.`,
    "",
    markdownTable(main, MAIN_COLUMNS),
    "",
    "### Against @convex-dev/presence, and the projection",
    "",
    markdownTable(peer, PEER_COLUMNS),
  ].join("\n"),
);
console.log("wrote bench/results.json and BENCHMARKS.md");
