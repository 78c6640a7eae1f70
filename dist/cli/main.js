// The `convex-heartbeat` executable: wires the CLI to the real world (ConvexHttpClient over fetch with
// a per-call timeout, process signals, stdout) and turns the outcome into an exit code.
import { ConvexHttpClient } from "convex/browser";
import { readFileSync } from "node:fs";
import { parseCli, UsageError, USAGE } from "./args";
import { runPlan } from "./run";
/** A call that has not answered in this long is abandoned (aborted) and retried: a dead network must not hang the loop. */
export const CALL_TIMEOUT_MS = 10_000;
/** A ConvexHttpClient whose requests abort after CALL_TIMEOUT_MS, authenticated from `token`. */
function connect(url, token) {
    const client = new ConvexHttpClient(url, {
        fetch: (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(CALL_TIMEOUT_MS) }),
    });
    const readToken = () => ("value" in token ? token.value : readFileSync(token.file, "utf8").trim());
    return {
        mutation(fn, args) {
            client.setAuth(readToken());
            return client.mutation(fn, args);
        },
    };
}
/** Runs the CLI with this process's arguments and environment; resolves with the exit code. */
export async function main(argv, env) {
    let plan;
    try {
        plan = parseCli(argv, env);
    }
    catch (error) {
        if (!(error instanceof UsageError))
            throw error;
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
            for (const signal of ["SIGINT", "SIGTERM"])
                process.once(signal, () => handler(signal));
        },
    });
}
process.exitCode = await main(process.argv.slice(2), process.env);
//# sourceMappingURL=main.js.map