// Parses the CLI's command line and environment into a run plan, or a usage error with a clear
// message. Pure, so every message is tested without a process or a network.
import { findTimingProblem, type LoopKind, type TimingOptions } from "../client/options.js";

/** What the CLI was asked to run. */
export type CliPlan =
  | ({ kind: "daemon"; url: string; token: TokenSource; machineId: string; hostname?: string | undefined; instanceId?: string | undefined } & TimingOptions)
  | ({ kind: "agent"; url: string; token: TokenSource; chatroomId: string; role: string; connectionId?: string | undefined } & TimingOptions)
  | { kind: "help" };

/** Where the auth token comes from: a fixed value, or a file re-read before every call (rotated by a sidecar). */
export type TokenSource = { value: string } | { file: string };

/** The usage text printed for --help and after a usage error. */
export const USAGE = `usage:
  convex-heartbeat daemon --machine-id ID [--hostname NAME] [--instance-id ID] [timing flags]
  convex-heartbeat agent --chatroom CHATROOM_ID --role ROLE [--connection-id ID] [timing flags]

timing flags (milliseconds):
  --interval-ms N       beat period: 1000 to half the TTL (daemon 60000, agent 45000); default 30000
  --auth-grace-ms N     exit 1 once authentication has failed this long; default 600000 (10 minutes)
  --max-failure-ms N    exit 1 once every call has failed this long; default: keep retrying

environment:
  CONVEX_URL         the deployment URL, e.g. https://happy-animal-123.convex.cloud
  CONVEX_AUTH_TOKEN       a JWT from the deployment's auth provider (the caller's identity)
  CONVEX_AUTH_TOKEN_FILE  instead: a file holding the JWT, re-read before every call, for tokens that rotate`;

/** A command line the CLI cannot run; `message` says what to fix. */
export class UsageError extends Error {}

/** Each timing flag and the loop option it sets. */
const TIMING_FLAGS = [
  ["interval-ms", "intervalMs"],
  ["auth-grace-ms", "authGraceMs"],
  ["max-failure-ms", "maxFailureMs"],
] as const;

/** Reads `--name value` pairs; rejects unknown flags and flags without a value. */
function readFlags(argv: string[], allowed: readonly string[]): Map<string, string> {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (!flag.startsWith("--") || !allowed.includes(flag.slice(2))) {
      throw new UsageError(`unknown argument '${flag}' (expected one of ${allowed.map((a) => `--${a}`).join(", ")})`);
    }
    if (value === undefined || value.startsWith("--")) throw new UsageError(`${flag} needs a value`);
    flags.set(flag.slice(2), value);
  }
  return flags;
}

/** Returns the value of a required flag or says which one is missing. */
function required(flags: Map<string, string>, name: string): string {
  const value = flags.get(name);
  if (value === undefined) throw new UsageError(`missing --${name}`);
  return value;
}

/** The timing flags given, each checked by the SDK's own rule (the range a loop enforces at start). */
function timingFlags(flags: Map<string, string>, kind: LoopKind): TimingOptions {
  const given: TimingOptions = {};
  for (const [flag, option] of TIMING_FLAGS) {
    const text = flags.get(flag);
    if (text === undefined) continue;
    const value = text.trim() === "" ? NaN : Number(text);
    const options: TimingOptions = {};
    options[option] = value;
    const problem = findTimingProblem(kind, options);
    if (problem !== undefined) throw new UsageError(`--${flag} must be ${problem.allowed}, got '${text}'`);
    given[option] = value;
  }
  return given;
}

/** Turns argv (without node and script) and the environment into a plan; throws UsageError. */
export function parseCli(argv: string[], env: Record<string, string | undefined>): CliPlan {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") return { kind: "help" };
  if (command !== "daemon" && command !== "agent") throw new UsageError(`unknown command '${command}' (expected 'daemon' or 'agent')`);
  const own = command === "daemon" ? ["machine-id", "hostname", "instance-id"] : ["chatroom", "role", "connection-id"];
  const flags = readFlags(rest, [...own, ...TIMING_FLAGS.map(([flag]) => flag)]);
  const url = env.CONVEX_URL;
  if (!url) throw new UsageError("CONVEX_URL is not set: export the deployment URL, e.g. CONVEX_URL=https://happy-animal-123.convex.cloud");
  if (!/^https?:\/\//.test(url)) throw new UsageError(`CONVEX_URL must be an http(s) URL, got '${url}'`);
  const value = env.CONVEX_AUTH_TOKEN?.trim();
  const token: TokenSource | undefined = env.CONVEX_AUTH_TOKEN_FILE ? { file: env.CONVEX_AUTH_TOKEN_FILE } : value ? { value } : undefined;
  if (token === undefined) {
    throw new UsageError("CONVEX_AUTH_TOKEN is not set: export a JWT from the deployment's auth provider (or CONVEX_AUTH_TOKEN_FILE, a file holding one)");
  }
  if (command === "daemon") {
    const machineId = required(flags, "machine-id");
    return { kind: "daemon", url, token, machineId, hostname: flags.get("hostname"), instanceId: flags.get("instance-id"), ...timingFlags(flags, "daemon") };
  }
  const [chatroomId, role] = [required(flags, "chatroom"), required(flags, "role")];
  return { kind: "agent", url, token, chatroomId, role, connectionId: flags.get("connection-id"), ...timingFlags(flags, "participant") };
}
