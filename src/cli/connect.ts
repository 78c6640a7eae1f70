// How the CLI reaches a deployment: a ConvexHttpClient whose calls abort after CALL_TIMEOUT_MS, with the
// token read before every call and never sent empty. The client factory and file reader are injectable.
import { ConvexHttpClient } from "convex/browser";
import { readFileSync } from "node:fs";
import { AuthUnavailableError, describeError } from "../client/failures.js";
import type { HeartbeatClient } from "../client/types.js";
import type { TokenSource } from "./args.js";

/** A call that has not answered in this long is abandoned (aborted) and retried: a dead network must not hang the loop. */
export const CALL_TIMEOUT_MS = 10_000;

/** A client that is handed a token before each call, as ConvexHttpClient is. */
export interface TokenClient extends HeartbeatClient {
  /** Sets the JWT the next calls carry. */
  setAuth(token: string): void;
}

/** What `connect` builds on. */
export interface ConnectDeps {
  /** Builds the client for the deployment. */
  createClient(url: string): TokenClient;
  /** Reads a file as UTF-8 text; throws when it cannot. */
  readFile(path: string): string;
}

/** The real world: ConvexHttpClient over fetch with a per-call timeout, and the file system. */
const NODE_DEPS: ConnectDeps = {
  createClient: (url) =>
    new ConvexHttpClient(url, {
      fetch: (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(CALL_TIMEOUT_MS) }),
    }),
  readFile: (path) => readFileSync(path, "utf8"),
};

/**
 * The token to send now. A token file that is empty, whitespace-only (a non-atomic rewrite caught
 * half-way) or unreadable throws AuthUnavailableError, so the loop retries shortly and reads it again.
 */
function readToken(source: TokenSource, readFile: (path: string) => string): string {
  if ("value" in source) return source.value;
  let text: string;
  try {
    text = readFile(source.file);
  } catch (error) {
    throw new AuthUnavailableError(`token file ${source.file} is unreadable: ${describeError(error)}`);
  }
  const token = text.trim();
  if (token === "") throw new AuthUnavailableError(`token file ${source.file} is empty`);
  return token;
}

/** A HeartbeatClient for the deployment at `url`, authenticated from `token` before every call. */
export function connect(url: string, token: TokenSource, deps: ConnectDeps = NODE_DEPS): HeartbeatClient {
  const client = deps.createClient(url);
  return {
    async mutation(fn, args) {
      client.setAuth(readToken(token, deps.readFile));
      return client.mutation(fn, args);
    },
  };
}
