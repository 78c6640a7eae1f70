// `npm run bench`: every scenario against this module, the seed's baseline and @convex-dev/presence, in
// one run on the embedded backend; prints the tables and writes bench/results.json and BENCHMARKS.md's.
// `npm run bench -- --only herd` (ids comma-separated) runs only those and prints them, writing nothing.
import { cpus } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { embeddedBackend } from "../sim/backend";
import { baselineModules } from "./baselineModules";
import { baselineDesign } from "./designs/baseline";
import { oursDesign } from "./designs/ours";
import { updateGeneratedSection, writeResults } from "./output";
import { MAIN_COLUMNS, markdownTable, PEER_COLUMNS, ratioValue, textTable, type Section } from "./report";
import { installClock, type BenchEnv, type Scenario } from "./scenario";
import { antiEntropyPass } from "./scenarios/antiEntropyPass";
import { cleanupGrowth } from "./scenarios/cleanupGrowth";
import { herd } from "./scenarios/herd";
import { peerComparison } from "./scenarios/peerComparison";
import { simulatorThroughput } from "./scenarios/simulatorThroughput";
import { staleBacklog } from "./scenarios/staleBacklog";
import { statusWrites } from "./scenarios/statusWrites";
import { unitCosts } from "./scenarios/unitCosts";

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

/**
 * The scenario ids after `--only` (`--only herd`, `--only=herd,unitCosts`), or undefined for a full run.
 * Published figures come from a full run only, so a partial run writes no file.
 */
function onlyIds(argv: readonly string[]): Set<string> | undefined {
  const at = argv.findIndex((arg) => arg === "--only" || arg.startsWith("--only="));
  if (at === -1) return undefined;
  const flag = argv[at] ?? "";
  const value = flag.startsWith("--only=") ? flag.slice("--only=".length) : argv[at + 1];
  const ids = new Set((value ?? "").split(",").filter((id) => id !== ""));
  const unknown = [...ids].filter((id) => !scenarios.some((scenario) => scenario.id === id));
  if (ids.size === 0 || unknown.length > 0) {
    console.error(`--only takes scenario ids, comma-separated${unknown.length > 0 ? ` (unknown: ${unknown.join(", ")})` : ""}; ids: ${scenarios.map((scenario) => scenario.id).join(", ")}`);
    process.exit(2);
  }
  return ids;
}

const only = onlyIds(process.argv.slice(2));
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const startedAt = new Date().toISOString();
const started = performance.now();
const designs = { ours: oursDesign(embeddedBackend), baseline: baselineDesign(baselineModules) };

/** Runs one scenario on a fresh fake clock (unless it brings its own) and returns its table section. */
async function runScenario(scenario: Scenario, number: number) {
  // Mutations read Date.now(); timers stay still, so functions a mutation schedules run only when
  // the scenario runs them, and each cleanup transaction is measured by the scenario itself.
  const clock = scenario.ownsClock ? undefined : installClock();
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
  if (only !== undefined && !only.has(scenario.id)) continue;
  process.stderr.write(`scenario ${i + 1}/${scenarios.length}: ${scenario.title} ... `);
  const section = await runScenario(scenario, i + 1);
  process.stderr.write(`${section.wallSeconds} s\n`);
  sections.push(section);
}

const wallSeconds = Number(((performance.now() - started) / 1000).toFixed(1));
const machine = `${process.platform} ${process.arch}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? "unknown CPU"}`;
const main = sections.filter((s) => !s.peer);
const peer = sections.filter((s) => s.peer);
const tables = [main.length > 0 ? textTable(main, MAIN_COLUMNS) : undefined, peer.length > 0 ? textTable(peer, PEER_COLUMNS) : undefined];
console.log(`\n${tables.filter((table) => table !== undefined).join("\n\n")}\n\nwall time ${wallSeconds} s on ${machine}, Node ${process.version}`);
if (only !== undefined) {
  console.log(`only ${[...only].join(", ")} ran: bench/results.json and BENCHMARKS.md are left as the last full run wrote them`);
} else {
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
}
