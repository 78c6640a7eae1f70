// @vitest-environment node
// `npm start`'s exit codes: every wrong call is a one-line usage error (exit 2), a replay is checked by a
// schema before it runs, and a run too short for its faults is not judged (exit 2).
import { spawnSync } from "node:child_process";
import { describe, expect, test } from "vitest";
import { parseCommandLine, usage } from "../sim/cli";
import { defaultConfig } from "../sim/config";
import { SCENARIOS } from "../sim/scenarios";
import { fullPassRuns, tooShort } from "../sim/validity";

/** A file system holding one replay file, `saved.json`. */
const files: Record<string, string> = { "saved.json": JSON.stringify(defaultConfig()) };
const readText = (path: string) => {
  const text = files[path];
  if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: "ENOENT" });
  return text;
};
const parse = (...argv: string[]) => parseCommandLine(argv, readText);

/** The usage message `argv` produces (fails the test when it parses). */
function usageError(...argv: string[]): string {
  const command = parse(...argv);
  if (command.kind !== "usage") throw new Error(`expected a usage error for ${argv.join(" ")}, got ${command.kind}`);
  expect(command.message).not.toContain("\n");
  return command.message;
}

describe("npm start's command line", () => {
  test("the default run is the partition scenario on the default fleet, written to out/", () => {
    expect(parse()).toEqual({ kind: "run", config: defaultConfig(), scenario: "partition", outDir: "out", replayed: false });
  });

  test("flags shape the run, and a scenario brings its own length when ten minutes are too short", () => {
    const command = parse("--scenario", "stray", "--daemons", "5", "--agents", "40", "--seed", "9", "--out", "/tmp/x");
    expect(command).toMatchObject({ kind: "run", scenario: "stray", outDir: "/tmp/x", config: { daemons: 5, agents: 40, seed: 9, durationMs: SCENARIOS.stray!.durationMs } });
    expect(parse("--scenario", "stray", "--duration", "1000")).toMatchObject({ config: { durationMs: 1_000_000 } });
  });

  test("--help asks for the usage text, which lists every scenario and the exit codes", () => {
    expect(parse("--help")).toEqual({ kind: "help" });
    for (const name of Object.keys(SCENARIOS)) expect(usage()).toContain(`  ${name} `);
    expect(usage()).toContain("2 the run was not valid");
  });

  test.each([
    [["--bogus"], "Unknown option '--bogus'"],
    [["--daemons", "-1"], "--daemons must be a whole number of at least 0, got '-1'"],
    [["--daemons=-1"], "--daemons must be a whole number of at least 0, got '-1'"],
    [["--agents", "many"], "--agents must be a whole number of at least 0, got 'many'"],
    [["--duration", "0"], "--duration must be a whole number of at least 1, got '0'"],
    [["--seed", "1.5"], "--seed must be a whole number of at least 0, got '1.5'"],
    [["--scenario"], "Option '--scenario <value>' argument missing"],
    [["--scenario", "nope"], "unknown scenario 'nope'"],
    [["extra"], "Unexpected argument 'extra'"],
    [["--daemons", "5000"], "--daemons: at most 1000 (MAX_MACHINES_PER_OWNER"],
    [["--daemons", "0", "--agents", "0"], "the fleet is empty"],
    [["--replay", "missing.json"], "cannot read replay file 'missing.json': no such file"],
    [["--replay", "{not json"], "replay JSON is not valid JSON"],
    [["--replay", '{"seed":1}'], "the replay is not a simulation config: daemons: Invalid input: expected number, received undefined"],
    [["--replay", "<config with lossRate 1>"], "faults.lossRate: below 1"],
    [["--replay", "<config with an unknown field>"], 'Unrecognized key: "extra"'],
    [["--replay", "saved.json", "--seed", "2"], "--replay runs the config as written; drop --seed"],
  ])("%j is a one-line usage error: %s", (argv, expected) => {
    const configs: Record<string, unknown> = {
      "<config with lossRate 1>": { ...defaultConfig(), faults: { lossRate: 1 } },
      "<config with an unknown field>": { ...defaultConfig(), extra: true },
    };
    expect(usageError(...argv.map((arg) => (arg in configs ? JSON.stringify(configs[arg]) : arg)))).toContain(expected);
  });

  test("a replay file runs as written; fault kinds it leaves out are none", () => {
    expect(parse("--replay", "saved.json")).toEqual({ kind: "run", config: defaultConfig(), scenario: "replay", outDir: "out", replayed: true });
    const { faults, ...rest } = defaultConfig();
    const older = { ...rest, faults: { partitions: faults.partitions, outages: [], latencyMs: 0, lossRate: 0, crashes: [], duplicates: [] } };
    expect(parse("--replay", JSON.stringify(older))).toMatchObject({ kind: "run", config: defaultConfig() });
  });
});

describe("runs too short to judge", () => {
  test("a run that ends before its partition starts, or in the middle of it, is not valid and says by when it would be", () => {
    expect(tooShort(defaultConfig({ durationMs: 60_000 }))).toContain("use --duration 330 or more");
    expect(tooShort(defaultConfig({ durationMs: 200_000 }))).toContain("the partition at 2:00 for 3 min (by 5:30: its end plus the heal bound of 30 s)");
    expect(tooShort(defaultConfig({ durationMs: 330_000 }))).toBeUndefined();
  });

  test("every named scenario is long enough to judge on the default fleet", () => {
    for (const [name, scenario] of Object.entries(SCENARIOS)) {
      const config = defaultConfig({ faults: { ...defaultConfig().faults, partitions: [], ...scenario.faults }, ...(scenario.durationMs === undefined ? {} : { durationMs: scenario.durationMs }) });
      expect(tooShort(config), name).toBeUndefined();
    }
  });

  test("stray deletes need a full anti-entropy pass, which grows with the fleet: 20 records a cleanup run", () => {
    expect(fullPassRuns(defaultConfig({ daemons: 30, agents: 200 }))).toBe(2 + 2 + 11 + 11 + 11 + 1);
    const strays = defaultConfig({ durationMs: 900_000, faults: { ...defaultConfig().faults, partitions: [], strays: [{ atMs: 60_000, count: 5 }] } });
    expect(tooShort(strays)).toBeUndefined();
    expect(tooShort({ ...strays, agents: 1_000 })).toContain("a full anti-entropy pass of up to 158 cleanup runs");
  });
});

describe("the real command's exit codes", () => {
  /** Runs `npm start`'s program with `args` and returns its exit code and output. */
  const start = (...args: string[]) => spawnSync("npx", ["tsx", "sim/main.ts", ...args], { encoding: "utf8", timeout: 60_000 });

  test("a usage error exits 2 with one line and no stack trace; a run too short exits 2 before simulating", () => {
    const partial = start("--replay", '{"seed":1}');
    expect(partial.status).toBe(2);
    expect(partial.stderr.trim().split("\n")).toHaveLength(1);
    expect(partial.stdout).not.toContain("simulating");
    const short = start("--duration", "200");
    expect(short.status).toBe(2);
    expect(short.stderr).toContain("the run is too short to judge");
    expect(short.stdout).toBe("");
  });
});
