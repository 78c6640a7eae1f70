/** The loop's timing flags, each present only when given (and then within its range). */
export type TimingFlags = {
    intervalMs?: number;
    authGraceMs?: number;
    maxFailureMs?: number;
};
/** What the CLI was asked to run. */
export type CliPlan = ({
    kind: "daemon";
    url: string;
    token: TokenSource;
    machineId: string;
    hostname?: string;
    instanceId?: string;
} & TimingFlags) | ({
    kind: "agent";
    url: string;
    token: TokenSource;
    chatroomId: string;
    role: string;
    connectionId?: string;
} & TimingFlags) | {
    kind: "help";
};
/** Where the auth token comes from: a fixed value, or a file re-read before every call (rotated by a sidecar). */
export type TokenSource = {
    value: string;
} | {
    file: string;
};
/** The usage text printed for --help and after a usage error. */
export declare const USAGE = "usage:\n  convex-heartbeat daemon --machine-id ID [--hostname NAME] [--instance-id ID] [timing flags]\n  convex-heartbeat agent --chatroom CHATROOM_ID --role ROLE [--connection-id ID] [timing flags]\n\ntiming flags (milliseconds):\n  --interval-ms N       beat period: 1000 to half the TTL (daemon 60000, agent 45000); default 30000\n  --auth-grace-ms N     exit 1 once authentication has failed this long; default 600000 (10 minutes)\n  --max-failure-ms N    exit 1 once every call has failed this long; default: keep retrying\n\nenvironment:\n  CONVEX_URL         the deployment URL, e.g. https://happy-animal-123.convex.cloud\n  CONVEX_AUTH_TOKEN       a JWT from the deployment's auth provider (the caller's identity)\n  CONVEX_AUTH_TOKEN_FILE  instead: a file holding the JWT, re-read before every call, for tokens that rotate";
/** A command line the CLI cannot run; `message` says what to fix. */
export declare class UsageError extends Error {
}
/** Turns argv (without node and script) and the environment into a plan; throws UsageError. */
export declare function parseCli(argv: string[], env: Record<string, string | undefined>): CliPlan;
