/** A call that has not answered in this long is abandoned (aborted) and retried: a dead network must not hang the loop. */
export declare const CALL_TIMEOUT_MS = 10000;
/** Runs the CLI with this process's arguments and environment; resolves with the exit code. */
export declare function main(argv: string[], env: Record<string, string | undefined>): Promise<number>;
//# sourceMappingURL=main.d.ts.map