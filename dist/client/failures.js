// Sorts every failed call into what the loop does about it: stop (a code retrying cannot fix, or a
// function the deployment lacks), wait for auth to return, or retry. The codes are repeated here
// because clients never import server code.
import { isMissingFunction, isNetworkFault, transportAuthCode } from "./transportErrors.js";
/** The module's failure codes after which a loop stops at once instead of retrying. */
export const FATAL_CODES = new Set(["INVALID_ARGUMENT", "NOT_FOUND", "QUOTA_EXCEEDED"]);
/** The module's code for a caller without a (valid) identity: retried until `authGraceMs` runs out. */
export const UNAUTHENTICATED = "UNAUTHENTICATED";
/** The fatal code for a reference the deployment has no public mutation at (a wrong `functions` option). */
export const FUNCTION_NOT_FOUND = "FUNCTION_NOT_FOUND";
/** No credentials could be had (an empty token file, a `refreshAuth` that threw): an authentication failure. */
export class AuthUnavailableError extends Error {
    name = "AuthUnavailableError";
}
/** A one-line description of any thrown value, for events and logs. */
export function describeError(error) {
    if (error instanceof Error)
        return error.message;
    const message = typeof error === "object" && error !== null && "message" in error ? error.message : undefined;
    return typeof message === "string" ? message : String(error);
}
/** The `data` of a ConvexError, or undefined when `error` is not one. */
function convexErrorData(error) {
    if (typeof error !== "object" || error === null || !("data" in error))
        return undefined;
    return { data: error.data };
}
/** The failure a ConvexError amounts to: its code decides, and a code (or data) this module does not know is retried. */
function classifyConvexError(data, error) {
    const code = typeof data === "object" && data !== null && "code" in data ? data.code : undefined;
    if (typeof code !== "string")
        return { kind: "unknownCode", message: describeError(error) };
    const text = typeof data === "object" && data !== null && "message" in data ? data.message : undefined;
    const message = typeof text === "string" ? text : code;
    if (code === UNAUTHENTICATED)
        return { kind: "auth", message };
    if (FATAL_CODES.has(code))
        return { kind: "fatal", code, message };
    return { kind: "unknownCode", message: `${code}: ${message}` };
}
/** Classifies a thrown value: the module's ConvexError codes first, then what the transport reported. */
export function classifyFailure(error) {
    if (error instanceof AuthUnavailableError)
        return { kind: "auth", message: error.message };
    const convexError = convexErrorData(error);
    if (convexError !== undefined)
        return classifyConvexError(convexError.data, error);
    const message = describeError(error);
    if (isMissingFunction(error))
        return { kind: "fatal", code: FUNCTION_NOT_FOUND, message };
    if (transportAuthCode(error) !== undefined)
        return { kind: "auth", message };
    if (isNetworkFault(error))
        return { kind: "network", message };
    return { kind: "server", message };
}
