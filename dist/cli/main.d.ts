/** Runs the CLI with this process's arguments and environment; resolves with the exit code. */
export declare function main(argv: string[], env: Record<string, string | undefined>): Promise<number>;
