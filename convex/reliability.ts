// This app's timing constants and quotas: the module's own (src/reliability.ts), re-exported where the
// server's files and this repository's tests look for them.
export * from "../src/reliability";
