import { type Crons, type FunctionReference } from "convex/server";
/** What one cleanup transaction did, and whether it left records for a continuation it scheduled. */
export type CleanupResult = {
    daemonsDisconnected: number;
    participantsRemoved: number;
    repaired: number;
    hasMore: boolean;
};
/** The arguments: none from the cron; `chain` from a continuation, naming the chain it belongs to. */
export type CleanupArgs = {
    chain?: number;
};
/** A reference to the cleanup mutation wherever the app mounted it. */
export type CleanupReference = FunctionReference<"mutation", "internal", CleanupArgs, CleanupResult>;
/** The cleanup function, for an app to re-export from one of its files (this repository: convex/cleanup.ts). */
export declare const cleanupFunctions: {
    cleanupStaleAgents: import("convex/server").RegisteredMutation<"internal", {
        chain?: number;
    }, Promise<CleanupResult>>;
};
/** Registers the cleanup in the app's cron table, every CLEANUP_INTERVAL_MS; pass where the app mounted cleanupStaleAgents. */
export declare function registerCleanupCron(crons: Crons, cleanup: CleanupReference): void;
