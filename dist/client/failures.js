// Tells a failure worth retrying (network, server restart) from one that retrying cannot fix: the
// module's ConvexError codes. The codes are repeated here because clients never import server code.
/** Failure codes after which a loop stops instead of retrying. */
export const FATAL_CODES = new Set(["UNAUTHENTICATED", "INVALID_ARGUMENT", "NOT_FOUND", "QUOTA_EXCEEDED"]);
/** The code and message of a ConvexError the server threw on purpose, or undefined for anything else. */
export function expectedFailure(error) {
    if (typeof error !== "object" || error === null || !("data" in error))
        return undefined;
    const data = error.data;
    if (typeof data !== "object" || data === null || typeof data.code !== "string")
        return undefined;
    const { code, message } = data;
    return { code, message: typeof message === "string" ? message : code };
}
/** The fatal failure inside `error`, or undefined when the call should be retried. */
export function fatalFailure(error) {
    const failure = expectedFailure(error);
    return failure !== undefined && FATAL_CODES.has(failure.code) ? failure : undefined;
}
/** A one-line description of any thrown value, for retry events and logs. */
export function describeError(error) {
    return error instanceof Error ? error.message : String(error);
}
//# sourceMappingURL=failures.js.map