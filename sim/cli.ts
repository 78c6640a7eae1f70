// Reads `npm start`'s command line into a run, a help request or a usage error, without running
// anything or exiting, so every way to call it wrongly can be tested as a plain function.
import { parseArgs } from "node:util";
import { defaultConfig, NO_FAULTS, type SimulationConfig } from "./config";
import { DEFAULT_SCENARIO, SCENARIOS } from "./scenarios";
import { leastOf, parseSimulationConfig } from "./schema";

/** What the command line asks for: a run, the help text, or nothing runnable (a usage error: exit 2). */
type Command =
  | { kind: "run"; config: SimulationConfig; scenario: string; outDir: string; replayed: boolean }
  | { kind: "help" }
  | { kind: "usage"; message: string };

const OPTIONS = {
  scenario: { type: "string" },
  daemons: { type: "string" },
  agents: { type: "string" },
  duration: { type: "string" },
  seed: { type: "string" },
  out: { type: "string" },
  replay: { type: "string" },
  help: { type: "boolean" },
} as const;

/** The flags that set a whole-number field of the config; `unit`: the field's units in one of the flag's (--duration is in seconds, durationMs in ms). */
const NUMBER_FLAGS = [
  { flag: "daemons", field: "daemons", unit: 1 },
  { flag: "agents", field: "agents", unit: 1 },
  { flag: "duration", field: "durationMs", unit: 1000 },
  { flag: "seed", field: "seed", unit: 1 },
] as const;

/** The flags that shape a run, which a replay (a whole config) does not take. */
const RUN_FLAGS = ["scenario", ...NUMBER_FLAGS.map((f) => f.flag)] as const;

/** The flag that sets each config field, to name schema problems by the flag the user typed. */
const FLAG_OF: Record<string, string> = Object.fromEntries(NUMBER_FLAGS.map((f) => [f.field, `--${f.flag}`]));

/** `npm start -- --help`. */
export function usage(): string {
  const width = Math.max(...Object.keys(SCENARIOS).map((name) => name.length));
  return [
    "usage: npm start -- [--scenario NAME] [--daemons N] [--agents N] [--duration SECONDS] [--seed N] [--out DIR]",
    "       npm start -- --replay CONFIG_JSON_OR_FILE [--out DIR]",
    "",
    "Runs real SDK loops against the module in the embedded backend on a simulated clock, under a fault",
    "schedule, and checks the self-healing invariant. Writes DIR/timeline.svg, DIR/timeline.html,",
    "DIR/report.json and DIR/config.json (DIR defaults to out).",
    "",
    `scenarios (default ${DEFAULT_SCENARIO}):`,
    ...Object.entries(SCENARIOS).map(([name, s]) => `  ${name.padEnd(width)}  ${s.summary}${s.durationMs === undefined ? "" : ` (runs ${s.durationMs / 60_000} min)`}`),
    "",
    "exit codes: 0 the invariant held; 1 it was violated; 2 the run was not valid (a usage error, a bad",
    "replay, or a run too short for its faults to play out and heal).",
  ].join("\n");
}

/** Joins `--flag -1` into `--flag=-1`, so a negative number reads as the flag's (invalid) value, not as an unknown option. */
function joinNegativeValues(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const [arg, next] = [argv[i]!, argv[i + 1]];
    if (arg.startsWith("--") && !arg.includes("=") && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

/** A whole number at least `min` from flag `name`, or the usage message saying what is wrong. */
function wholeNumber(name: string, raw: string, min: number): number | string {
  const value = /^-?\d+$/.test(raw.trim()) ? Number(raw) : NaN;
  return Number.isSafeInteger(value) && value >= min ? value : `--${name} must be a whole number of at least ${min}, got '${raw}'`;
}

/** Reads a replay: inline JSON, or a file holding it; a missing file or bad JSON is a usage message. */
function readReplay(source: string, readText: (path: string) => string): { value: unknown } | { problem: string } {
  let text = source;
  if (!source.trim().startsWith("{")) {
    try {
      text = readText(source);
    } catch (error) {
      const code = (error as { code?: string }).code;
      return { problem: `cannot read replay file '${source}'${code === "ENOENT" ? ": no such file" : `: ${String(error)}`}` };
    }
  }
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { problem: `replay ${source === text ? "JSON" : `file '${source}'`} is not valid JSON: ${(error as Error).message}` };
  }
}

/** The config a scenario and its flags describe. */
function fromFlags(values: Partial<Record<keyof typeof OPTIONS, string | boolean>>): { config?: SimulationConfig; scenario: string; problem?: string } {
  const scenario = typeof values.scenario === "string" ? values.scenario : DEFAULT_SCENARIO;
  const chosen = SCENARIOS[scenario];
  if (chosen === undefined) return { scenario, problem: `unknown scenario '${scenario}' (one of: ${Object.keys(SCENARIOS).join(", ")})` };
  const overrides: Partial<SimulationConfig> = { faults: { ...NO_FAULTS, ...chosen.faults }, ...(chosen.durationMs === undefined ? {} : { durationMs: chosen.durationMs }) };
  for (const { flag, field, unit } of NUMBER_FLAGS) {
    const raw = values[flag];
    if (typeof raw !== "string") continue;
    // The schema's least value, in the flag's unit: "--duration must be ... at least 1" (second).
    const value = wholeNumber(flag, raw, Math.ceil(leastOf(field) / unit));
    if (typeof value === "string") return { scenario, problem: value };
    overrides[field] = value * unit;
  }
  return { config: defaultConfig(overrides), scenario };
}

/** Reads `argv` (without node and the script) into a command; `readText` reads a replay file. */
export function parseCommandLine(argv: string[], readText: (path: string) => string): Command {
  let values: Partial<Record<keyof typeof OPTIONS, string | boolean>>;
  try {
    values = parseArgs({ args: joinNegativeValues(argv), options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    return { kind: "usage", message: (error as Error).message.split("\n")[0] ?? "unreadable command line" };
  }
  if (values.help === true) return { kind: "help" };
  const outDir = typeof values.out === "string" ? values.out : "out";
  if (outDir.trim() === "") return { kind: "usage", message: "--out must name a directory" };
  let config: unknown;
  let scenario = "replay";
  if (typeof values.replay === "string") {
    const mixed = RUN_FLAGS.filter((flag) => values[flag] !== undefined);
    if (mixed.length > 0) return { kind: "usage", message: `--replay runs the config as written; drop --${mixed.join(", --")}` };
    const replay = readReplay(values.replay, readText);
    if ("problem" in replay) return { kind: "usage", message: replay.problem };
    config = replay.value;
  } else {
    const built = fromFlags(values);
    if (built.problem !== undefined) return { kind: "usage", message: built.problem };
    [config, scenario] = [built.config, built.scenario];
  }
  const parsed = parseSimulationConfig(config);
  if (!parsed.ok) {
    const named = parsed.problems.map((p) => (scenario === "replay" ? p : p.replace(/^(\w+):/, (all, field: string) => (FLAG_OF[field] === undefined ? all : `${FLAG_OF[field]}:`))));
    const shown = named.slice(0, 3).join("; ") + (named.length > 3 ? `; and ${named.length - 3} more` : "");
    return { kind: "usage", message: scenario === "replay" ? `the replay is not a simulation config: ${shown}` : shown };
  }
  return { kind: "run", config: parsed.config, scenario, outDir, replayed: scenario === "replay" };
}
