// `npm start`: runs a fleet scenario on the embedded backend and a simulated clock, prints progress
// and a report with a verdict against the self-healing invariant, and writes the timeline picture.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { defaultConfig, NO_FAULTS, type SimulationConfig } from "./config";
import { SCENARIOS } from "./scenarios";
import { formatReport } from "./report";
import { runSimulation } from "./run";
import { timelineSvg } from "./svg";

const USAGE = `usage: npm start -- [--scenario ${Object.keys(SCENARIOS).join("|")}] [--daemons N] [--agents N]
                    [--duration SECONDS] [--seed N] [--out DIR] [--replay CONFIG_JSON_OR_FILE]`;

const { values } = parseArgs({
  options: {
    scenario: { type: "string", default: "partition" },
    daemons: { type: "string" },
    agents: { type: "string" },
    duration: { type: "string" },
    seed: { type: "string" },
    out: { type: "string", default: "out" },
    replay: { type: "string" },
    help: { type: "boolean", default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

/** Reads a whole number flag, or exits with a usage message. */
function count(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name} must be a whole number, got '${raw}'\n${USAGE}`);
    process.exit(2);
  }
  return value;
}

/** The run's configuration: a replayed one, or the scenario with the flags applied. */
function configure(): { config: SimulationConfig; scenario: string } {
  if (values.replay !== undefined) {
    const text = values.replay.trim().startsWith("{") ? values.replay : readFileSync(values.replay, "utf8");
    return { config: JSON.parse(text) as SimulationConfig, scenario: "replay" };
  }
  const scenario = values.scenario ?? "partition";
  if (!(scenario in SCENARIOS)) {
    console.error(`unknown scenario '${scenario}'\n${USAGE}`);
    process.exit(2);
  }
  const chosen = SCENARIOS[scenario]!;
  const overrides: Partial<SimulationConfig> = { faults: { ...NO_FAULTS, ...chosen.faults }, ...(chosen.durationMs === undefined ? {} : { durationMs: chosen.durationMs }) };
  const [daemons, agents, duration, seed] = [count("daemons", values.daemons), count("agents", values.agents), count("duration", values.duration), count("seed", values.seed)];
  if (daemons !== undefined) overrides.daemons = daemons;
  if (agents !== undefined) overrides.agents = agents;
  if (duration !== undefined) overrides.durationMs = duration * 1000;
  if (seed !== undefined) overrides.seed = seed;
  return { config: defaultConfig(overrides), scenario };
}

const { config, scenario } = configure();
const outDir = values.out ?? "out";
console.log(`simulating ${config.daemons} daemons and ${config.agents} agents for ${config.durationMs / 1000} s (scenario '${scenario}', seed ${config.seed})`);
const run = await runSimulation(config, (elapsedMs, t) => {
  if (elapsedMs % 60_000 !== 0) return;
  const last = t.samples[t.samples.length - 1];
  const state = last === undefined ? "" : `daemons connected ${last.connectedDaemons}/${config.daemons}, roles held ${last.presentParticipants}/${config.agents}`;
  console.log(`  t=${String(elapsedMs / 1000).padStart(4)} s  ${state}  (${t.delivered.length} calls delivered; cleanup: ${t.cleanups.length} runs, ${t.cleaned.length} records cleaned)`);
});

mkdirSync(outDir, { recursive: true });
const picture = join(outDir, "timeline.svg");
writeFileSync(picture, timelineSvg(config, run.timeline, `convex-heartbeat: scenario '${scenario}', seed ${config.seed}`));
writeFileSync(join(outDir, "report.json"), JSON.stringify({ scenario, config, measures: run.measures, wallMs: run.wallMs }, null, 2));
console.log(`\n${formatReport(config, run, scenario)}`);
writeFileSync(join(outDir, "config.json"), JSON.stringify(config, null, 2));
console.log(`timeline picture: ${picture}; figures: ${join(outDir, "report.json")}; replay: npm start -- --replay ${join(outDir, "config.json")}`);
process.exit(run.measures.holds ? 0 : 1);
