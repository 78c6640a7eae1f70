/** Failure codes after which a loop stops instead of retrying. */
export declare const FATAL_CODES: ReadonlySet<string>;
/** The code and message of a ConvexError the server threw on purpose, or undefined for anything else. */
export declare function expectedFailure(error: unknown): {
    code: string;
    message: string;
} | undefined;
/** The fatal failure inside `error`, or undefined when the call should be retried. */
export declare function fatalFailure(error: unknown): {
    code: string;
    message: string;
} | undefined;
/** A one-line description of any thrown value, for retry events and logs. */
export declare function describeError(error: unknown): string;
//# sourceMappingURL=failures.d.ts.map