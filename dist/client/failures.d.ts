import type { RetryKind } from "./types.js";
/** The module's failure codes after which a loop stops at once instead of retrying. */
export declare const FATAL_CODES: ReadonlySet<string>;
/** The module's code for a caller without a (valid) identity: retried until `authGraceMs` runs out. */
export declare const UNAUTHENTICATED = "UNAUTHENTICATED";
/** The fatal code for a reference the deployment has no public mutation at (a wrong `functions` option). */
export declare const FUNCTION_NOT_FOUND = "FUNCTION_NOT_FOUND";
/** No credentials could be had (an empty token file, a `refreshAuth` that threw): an authentication failure. */
export declare class AuthUnavailableError extends Error {
    name: string;
}
/** What a failed call amounts to. */
export type Failure = {
    kind: "fatal";
    code: string;
    message: string;
} | {
    kind: "auth";
    message: string;
} | {
    kind: RetryKind;
    message: string;
};
/** A one-line description of any thrown value, for events and logs. */
export declare function describeError(error: unknown): string;
/** Classifies a thrown value: the module's ConvexError codes first, then what the transport reported. */
export declare function classifyFailure(error: unknown): Failure;
