// Sorts every failed call into what the loop does about it: stop (a code retrying cannot fix, or a
// function the deployment lacks), wait for auth to return, or retry. The codes are repeated here
// because clients never import server code.
import { field, stringField } from "./answers.js";
import { isMissingFunction, isNetworkFault, isTransportAuthFailure } from "./transportErrors.js";
import type { RetryKind } from "./types.js";

/** The module's failure codes after which a loop stops at once instead of retrying. */
export const FATAL_CODES: ReadonlySet<string> = new Set(["INVALID_ARGUMENT", "NOT_FOUND", "QUOTA_EXCEEDED"]);

/** The module's code for a caller without a (valid) identity: retried until `authGraceMs` runs out. */
export const UNAUTHENTICATED = "UNAUTHENTICATED";

/** The fatal code for a reference the deployment has no public mutation at (a wrong `functions` option). */
export const FUNCTION_NOT_FOUND = "FUNCTION_NOT_FOUND";

/** No credentials could be had (an empty token file, a `refreshAuth` that threw): an authentication failure. */
export class AuthUnavailableError extends Error {
  override name = "AuthUnavailableError";
}

/** What a failed call amounts to. */
export type Failure =
  | { kind: "fatal"; code: string; message: string }
  | { kind: "auth"; message: string }
  | { kind: RetryKind; message: string };

/** A one-line description of any thrown value, for events and logs. */
export function describeError(error: unknown): string {
  return stringField(error, "message") ?? String(error);
}

/**
 * Classifies a thrown value. A ConvexError's code decides (a code or data this module does not know is
 * retried); anything else is classified by what the transport reported.
 */
export function classifyFailure(error: unknown): Failure {
  if (error instanceof AuthUnavailableError) return { kind: "auth", message: error.message };
  const message = describeError(error);
  const data = field(error, "data");
  if (data !== undefined) {
    const code = stringField(data, "code");
    if (code === undefined) return { kind: "unknownCode", message };
    const text = stringField(data, "message") ?? code;
    if (code === UNAUTHENTICATED) return { kind: "auth", message: text };
    if (FATAL_CODES.has(code)) return { kind: "fatal", code, message: text };
    return { kind: "unknownCode", message: `${code}: ${text}` };
  }
  if (isMissingFunction(message)) return { kind: "fatal", code: FUNCTION_NOT_FOUND, message };
  if (isTransportAuthFailure(message)) return { kind: "auth", message };
  if (isNetworkFault(error)) return { kind: "network", message };
  return { kind: "server", message };
}
