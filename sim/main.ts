// `npm start`: runs a fleet scenario on the embedded backend and a simulated clock, reports and draws it.
// Exit 0: the invariant held; 1: it was violated; 2: the run was not valid (usage, replay, too short).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseCommandLine, usage } from "./cli";
import { clock, plural } from "./labels";
import { formatReport } from "./report";
import { timelineHtml } from "./picture/html";
import { timelinePicture } from "./picture/svg";
import { tooShort } from "./validity";

/** Prints a one-line reason the run is not valid and exits 2. */
function notValid(message: string): never {
  console.error(`npm start: ${message} (npm start -- --help shows the options)`);
  process.exit(2);
}

const command = parseCommandLine(process.argv.slice(2), (path) => readFileSync(path, "utf8"));
if (command.kind === "help") {
  console.log(usage());
  process.exit(0);
}
if (command.kind === "usage") notValid(command.message);
const { config, scenario, outDir, replayed } = command;
const short = tooShort(config, replayed);
if (short !== undefined) notValid(short);

// Loaded only for a valid run, so a usage error answers at once.
const { runSimulation } = await import("./run");
console.log(
  `simulating ${plural(config.daemons, "daemon")} and ${plural(config.agents, "agent")} for ${clock(config.durationMs)} (scenario '${scenario}', seed ${config.seed})`,
);
const run = await runSimulation(config, (elapsedMs, t) => {
  if (elapsedMs % 60_000 !== 0) return;
  const last = t.samples.at(-1);
  const state = last === undefined ? "" : `daemons connected ${last.connectedDaemons}/${config.daemons}, roles held ${last.presentParticipants}/${config.agents}`;
  const cleaned = t.cleaned.length;
  console.log(`  t=${clock(elapsedMs).padStart(5)}  ${state}  (${plural(t.delivered.length, "call")} delivered; cleanup: ${plural(t.cleanups.length, "run")}, ${plural(cleaned, "record")} cleaned)`);
}).catch((error: unknown) => {
  // A failure of the simulator itself gives no verdict either way.
  console.error(`npm start: the simulation could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(2);
});

mkdirSync(outDir, { recursive: true });
const picture = join(outDir, "timeline.svg");
const title = `convex-heartbeat fleet simulation: scenario '${scenario}'`;
const drawn = timelinePicture(config, run.timeline, run.measures, title);
writeFileSync(picture, drawn.svg);
const page = join(outDir, "timeline.html");
writeFileSync(page, timelineHtml(config, run.timeline, run.measures, drawn, title));
writeFileSync(join(outDir, "report.json"), JSON.stringify({ scenario, config, measures: run.measures, wallMs: run.wallMs }, null, 2));
console.log(`\n${formatReport(config, run, scenario)}`);
writeFileSync(join(outDir, "config.json"), JSON.stringify(config, null, 2));
console.log(`timeline: ${picture} and ${page} (hover it in a browser); figures: ${join(outDir, "report.json")}; replay: npm start -- --replay ${join(outDir, "config.json")}`);
process.exit(run.measures.holds ? 0 : 1);
