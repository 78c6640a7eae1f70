// The `convex-heartbeat` executable: wires the CLI to the real world (a ConvexHttpClient per
// connect.ts, process signals, stdout) and turns the outcome into an exit code.
import { parseCli, UsageError, USAGE } from "./args.js";
import { connect } from "./connect.js";
import { runPlan } from "./run.js";

/** Runs the CLI with this process's arguments and environment; resolves with the exit code. */
export async function main(argv: string[], env: Record<string, string | undefined>): Promise<number> {
  let plan;
  try {
    plan = parseCli(argv, env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`convex-heartbeat: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (plan.kind === "help") {
    console.log(USAGE);
    return 0;
  }
  return runPlan(plan, {
    connect,
    log: (line) => console.log(line),
    onSignal(handler) {
      for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => handler(signal));
    },
  });
}

process.exitCode = await main(process.argv.slice(2), process.env);
