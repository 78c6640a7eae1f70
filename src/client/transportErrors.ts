// Recognises what Convex's transports throw when there is no module answer to read: a network fault,
// an authentication failure, a function missing from the deployment. Each rule quotes the source text.

import { field, stringField } from "./answers.js";

/**
 * Codes of the JSON body `{"code", "message"}` a deployment answers with a non-OK HTTP status when it
 * rejects the token; ConvexHttpClient throws that body as `new Error(await response.text())`. From the
 * backend's authentication code: InvalidAuthHeader (malformed, or "Could not validate token: Token
 * expired ..."), NoAuthProvider (no configured provider matches the token's issuer/audience),
 * IdTokenExpired, Unauthenticated ("Could not verify token claim"), TokenExpired (a session identity that
 * expired). AuthError is the name of the WebSocket's auth failure message, accepted for transports
 * that forward it.
 */
const TRANSPORT_AUTH_CODES: ReadonlySet<string> = new Set([
  "Unauthenticated",
  "InvalidAuthHeader",
  "NoAuthProvider",
  "IdTokenExpired",
  "TokenExpired",
  "AuthError",
]);

/**
 * Texts that say the deployment has no public mutation at the reference called:
 * - a real deployment (HTTP and WebSocket): "Could not find public function for 'machines:register'.
 *   Did you forget to run `npx convex dev` or `npx convex deploy`?" (also for an internal function);
 * - a real deployment, wrong kind: "Trying to execute heartbeat:x as Mutation, but it is defined as Query.";
 * - convex-test: `Could not find module for: "machines"`, `Expected a Convex function exported from
 *   module "machines" as \`nope\`, but there is no such export.`, and `Expected a mutation function, but
 *   the function exported from module "m" as \`f\` is not a mutation.`
 */
const MISSING_FUNCTION = [
  /Could not find public function for '/,
  /Trying to execute \S+ as Mutation, but it is defined as /,
  /Could not find module for: "/,
  /Expected a Convex function exported from module "[^"]*" as `[^`]*`, but /,
  /Expected a mutation function, but the function exported from module /,
];

/** Messages of the TypeError that `fetch` throws when the request never got a response, per runtime. */
const FETCH_FAILED = new Set([
  "fetch failed", // Node (undici)
  "Failed to fetch", // Chromium
  "NetworkError when attempting to fetch resource.", // Firefox
  "Load failed", // Safari
]);

/** Socket-level error codes (Node's and undici's) that mean the network, not the server, failed. */
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENETDOWN",
  "UND_ERR_SOCKET",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
  "UND_ERR_CLOSED",
]);

/**
 * Whether the call failed before any answer came back: fetch's TypeError, an abort or timeout
 * (AbortError, TimeoutError), a socket error code (also as the `cause` fetch wraps it in), or an error
 * named NetworkError (the simulator's, and some browsers').
 */
export function isNetworkFault(error: unknown): boolean {
  const name = field(error, "name");
  if (name === "AbortError" || name === "TimeoutError" || name === "NetworkError") return true;
  if (error instanceof TypeError && FETCH_FAILED.has(error.message)) return true;
  const code = field(error, "code") ?? field(field(error, "cause"), "code");
  return typeof code === "string" && NETWORK_CODES.has(code);
}

/** Whether a thrown message is the deployment rejecting the token at the HTTP layer (a JSON body with an auth code). */
export function isTransportAuthFailure(message: string): boolean {
  const text = message.trim();
  if (!text.startsWith("{")) return false;
  try {
    const code = stringField(JSON.parse(text), "code");
    return code !== undefined && TRANSPORT_AUTH_CODES.has(code);
  } catch {
    return false;
  }
}

/** Whether a thrown message says the deployment has no public mutation at the reference that was called. */
export function isMissingFunction(message: string): boolean {
  return MISSING_FUNCTION.some((pattern) => pattern.test(message));
}
