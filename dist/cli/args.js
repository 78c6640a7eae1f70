// Parses the CLI's command line and environment into a run plan, or a usage error with a clear
// message. Pure, so every message is tested without a process or a network.
/** The usage text printed for --help and after a usage error. */
export const USAGE = `usage:
  convex-heartbeat daemon --machine-id ID [--hostname NAME]
  convex-heartbeat agent --chatroom CHATROOM_ID --role ROLE [--connection-id ID]

environment:
  CONVEX_URL         the deployment URL, e.g. https://happy-animal-123.convex.cloud
  CONVEX_AUTH_TOKEN       a JWT from the deployment's auth provider (the caller's identity)
  CONVEX_AUTH_TOKEN_FILE  instead: a file holding the JWT, re-read before every call, for tokens that rotate`;
/** A command line the CLI cannot run; `message` says what to fix. */
export class UsageError extends Error {
}
/** Reads `--name value` pairs; rejects unknown flags and flags without a value. */
function readFlags(argv, allowed) {
    const flags = new Map();
    for (let i = 0; i < argv.length; i += 2) {
        const flag = argv[i];
        const value = argv[i + 1];
        if (!flag.startsWith("--") || !allowed.includes(flag.slice(2))) {
            throw new UsageError(`unknown argument '${flag}' (expected one of ${allowed.map((a) => `--${a}`).join(", ")})`);
        }
        if (value === undefined || value.startsWith("--"))
            throw new UsageError(`${flag} needs a value`);
        flags.set(flag.slice(2), value);
    }
    return flags;
}
/** Returns the value of a required flag or says which one is missing. */
function required(flags, name) {
    const value = flags.get(name);
    if (value === undefined)
        throw new UsageError(`missing --${name}`);
    return value;
}
/** Turns argv (without node and script) and the environment into a plan; throws UsageError. */
export function parseCli(argv, env) {
    const [command, ...rest] = argv;
    if (command === undefined || command === "--help" || command === "-h" || command === "help")
        return { kind: "help" };
    if (command !== "daemon" && command !== "agent")
        throw new UsageError(`unknown command '${command}' (expected 'daemon' or 'agent')`);
    const flags = readFlags(rest, command === "daemon" ? ["machine-id", "hostname"] : ["chatroom", "role", "connection-id"]);
    const url = env.CONVEX_URL;
    if (!url)
        throw new UsageError("CONVEX_URL is not set: export the deployment URL, e.g. CONVEX_URL=https://happy-animal-123.convex.cloud");
    if (!/^https?:\/\//.test(url))
        throw new UsageError(`CONVEX_URL must be an http(s) URL, got '${url}'`);
    const token = env.CONVEX_AUTH_TOKEN_FILE
        ? { file: env.CONVEX_AUTH_TOKEN_FILE }
        : env.CONVEX_AUTH_TOKEN
            ? { value: env.CONVEX_AUTH_TOKEN }
            : undefined;
    if (token === undefined) {
        throw new UsageError("CONVEX_AUTH_TOKEN is not set: export a JWT from the deployment's auth provider (or CONVEX_AUTH_TOKEN_FILE, a file holding one)");
    }
    if (command === "daemon") {
        const hostname = flags.get("hostname");
        return { kind: "daemon", url, token, machineId: required(flags, "machine-id"), ...(hostname === undefined ? {} : { hostname }) };
    }
    const connectionId = flags.get("connection-id");
    return {
        kind: "agent",
        url,
        token,
        chatroomId: required(flags, "chatroom"),
        role: required(flags, "role"),
        ...(connectionId === undefined ? {} : { connectionId }),
    };
}
//# sourceMappingURL=args.js.map