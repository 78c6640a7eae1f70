/** What the CLI was asked to run. */
export type CliPlan = {
    kind: "daemon";
    url: string;
    token: TokenSource;
    machineId: string;
    hostname?: string;
} | {
    kind: "agent";
    url: string;
    token: TokenSource;
    chatroomId: string;
    role: string;
    connectionId?: string;
} | {
    kind: "help";
};
/** Where the auth token comes from: a fixed value, or a file re-read before every call (rotated by a sidecar). */
export type TokenSource = {
    value: string;
} | {
    file: string;
};
/** The usage text printed for --help and after a usage error. */
export declare const USAGE = "usage:\n  convex-heartbeat daemon --machine-id ID [--hostname NAME]\n  convex-heartbeat agent --chatroom CHATROOM_ID --role ROLE [--connection-id ID]\n\nenvironment:\n  CONVEX_URL         the deployment URL, e.g. https://happy-animal-123.convex.cloud\n  CONVEX_AUTH_TOKEN       a JWT from the deployment's auth provider (the caller's identity)\n  CONVEX_AUTH_TOKEN_FILE  instead: a file holding the JWT, re-read before every call, for tokens that rotate";
/** A command line the CLI cannot run; `message` says what to fix. */
export declare class UsageError extends Error {
}
/** Turns argv (without node and script) and the environment into a plan; throws UsageError. */
export declare function parseCli(argv: string[], env: Record<string, string | undefined>): CliPlan;
//# sourceMappingURL=args.d.ts.map