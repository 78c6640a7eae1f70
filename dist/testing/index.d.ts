import { type TestConvex } from "convex-test";
import { type FunctionReference, type GenericSchema, type SchemaDefinition } from "convex/server";
import type { CleanupArgs, CleanupResult } from "../server/cleanup.js";
/** convex-test's module map: what `import.meta.glob("./**\/*.*s")` returns in the app's convex/ folder. */
export type Modules = Record<string, () => Promise<unknown>>;
/** Where the app mounted the cleanup, e.g. `internal.cleanup.cleanupStaleAgents` or `internal.liveness.cleanup.cleanupStaleAgents`. */
export type CleanupFunction = FunctionReference<"mutation", "internal", CleanupArgs, CleanupResult>;
/** Any convex-test backend (the module's functions need only its tables to be there). */
type Backend = Pick<TestConvex<SchemaDefinition<GenericSchema, boolean>>, "mutation" | "run">;
/** The module's tables alone, for a test backend of an app that has no other tables. */
declare const moduleSchema: SchemaDefinition<{
    machines: import("convex/server").TableDefinition<import("convex/values").VObject<{
        hostname?: string;
        machineId: string;
        instanceId: string;
        ownerId: string;
        daemonConnected: boolean;
    }, {
        ownerId: import("convex/values").VString<string, "required">;
        machineId: import("convex/values").VString<string, "required">;
        hostname: import("convex/values").VString<string | undefined, "optional">;
        daemonConnected: import("convex/values").VBoolean<boolean, "required">;
        instanceId: import("convex/values").VString<string, "required">;
    }, "required", "machineId" | "hostname" | "instanceId" | "ownerId" | "daemonConnected">, {
        by_ownerId_and_machineId: ["ownerId", "machineId", "_creationTime"];
        by_ownerId_and_daemonConnected_and_machineId: ["ownerId", "daemonConnected", "machineId", "_creationTime"];
    }, {}, {}>;
    machineLeases: import("convex/server").TableDefinition<import("convex/values").VObject<{
        machineId: string;
        instanceId: string;
        ownerId: string;
        machine: import("convex/values").GenericId<"machines">;
        lastSeenAt: number;
        expiresAt: number;
        connected: boolean;
    }, {
        machine: import("convex/values").VId<import("convex/values").GenericId<"machines">, "required">;
        ownerId: import("convex/values").VString<string, "required">;
        machineId: import("convex/values").VString<string, "required">;
        instanceId: import("convex/values").VString<string, "required">;
        lastSeenAt: import("convex/values").VFloat64<number, "required">;
        expiresAt: import("convex/values").VFloat64<number, "required">;
        connected: import("convex/values").VBoolean<boolean, "required">;
    }, "required", "machineId" | "instanceId" | "ownerId" | "machine" | "lastSeenAt" | "expiresAt" | "connected">, {
        by_ownerId_and_machineId: ["ownerId", "machineId", "_creationTime"];
        by_connected_and_expiresAt: ["connected", "expiresAt", "_creationTime"];
    }, {}, {}>;
    chatrooms: import("convex/server").TableDefinition<import("convex/values").VObject<{
        name: string;
        ownerId: string;
    }, {
        ownerId: import("convex/values").VString<string, "required">;
        name: import("convex/values").VString<string, "required">;
    }, "required", "name" | "ownerId">, {
        by_ownerId: ["ownerId", "_creationTime"];
    }, {}, {}>;
    participants: import("convex/server").TableDefinition<import("convex/values").VObject<{
        chatroomId: import("convex/values").GenericId<"chatrooms">;
        role: string;
        connectionId: string;
    }, {
        chatroomId: import("convex/values").VId<import("convex/values").GenericId<"chatrooms">, "required">;
        role: import("convex/values").VString<string, "required">;
        connectionId: import("convex/values").VString<string, "required">;
    }, "required", "chatroomId" | "role" | "connectionId">, {
        by_chatroomId_and_role: ["chatroomId", "role", "_creationTime"];
    }, {}, {}>;
    participantLeases: import("convex/server").TableDefinition<import("convex/values").VObject<{
        participant: import("convex/values").GenericId<"participants">;
        chatroomId: import("convex/values").GenericId<"chatrooms">;
        role: string;
        connectionId: string;
        ownerId: string;
        readyUntil: number;
    }, {
        participant: import("convex/values").VId<import("convex/values").GenericId<"participants">, "required">;
        chatroomId: import("convex/values").VId<import("convex/values").GenericId<"chatrooms">, "required">;
        ownerId: import("convex/values").VString<string, "required">;
        role: import("convex/values").VString<string, "required">;
        connectionId: import("convex/values").VString<string, "required">;
        readyUntil: import("convex/values").VFloat64<number, "required">;
    }, "required", "participant" | "chatroomId" | "role" | "connectionId" | "ownerId" | "readyUntil">, {
        by_chatroomId_and_role: ["chatroomId", "role", "_creationTime"];
        by_readyUntil: ["readyUntil", "_creationTime"];
    }, {}, {}>;
    cleanupState: import("convex/server").TableDefinition<import("convex/values").VObject<{
        grace?: {
            until: number;
            expiredBefore: number;
        };
        chain?: {
            id: number;
            lastRunAt: number;
        };
        antiEntropy?: {
            table: string;
            cursor: string | null;
        };
        lastRunAt: number;
    }, {
        lastRunAt: import("convex/values").VFloat64<number, "required">;
        grace: import("convex/values").VObject<{
            until: number;
            expiredBefore: number;
        } | undefined, {
            until: import("convex/values").VFloat64<number, "required">;
            expiredBefore: import("convex/values").VFloat64<number, "required">;
        }, "optional", "until" | "expiredBefore">;
        chain: import("convex/values").VObject<{
            id: number;
            lastRunAt: number;
        } | undefined, {
            id: import("convex/values").VFloat64<number, "required">;
            lastRunAt: import("convex/values").VFloat64<number, "required">;
        }, "optional", "id" | "lastRunAt">;
        antiEntropy: import("convex/values").VObject<{
            table: string;
            cursor: string | null;
        } | undefined, {
            table: import("convex/values").VString<string, "required">;
            cursor: import("convex/values").VUnion<string | null, [import("convex/values").VString<string, "required">, import("convex/values").VNull<null, "required">], "required", never>;
        }, "optional", "table" | "cursor">;
    }, "required", "lastRunAt" | "grace" | "chain" | "antiEntropy" | "grace.until" | "grace.expiredBefore" | "chain.id" | "chain.lastRunAt" | "antiEntropy.table" | "antiEntropy.cursor">, {}, {}, {}>;
}, true>;
/** A convex-test backend with the app's functions (`modules`) and its schema, which spreads in the module's tables. */
export declare function heartbeatTest<Schema extends GenericSchema>(modules: Modules, schema: SchemaDefinition<Schema, boolean>): TestConvex<SchemaDefinition<Schema, boolean>>;
/** A convex-test backend with the app's functions (`modules`) and the module's tables alone. */
export declare function heartbeatTest(modules: Modules): TestConvex<typeof moduleSchema>;
/** What the clock needs from the test. */
export interface CleanupClockOptions {
    /** The cleanup mutation, where the app mounted it. */
    cleanup: CleanupFunction;
    /**
     * Moves the test's fake clock (Date and timers) forward, running the timers due on the way: with
     * vitest, `vi.advanceTimersByTimeAsync` (or `vi.advanceTimersByTime` when nothing awaits a timer).
     */
    advanceTimers: (ms: number) => unknown;
}
/** A test's clock: time passes as on a deployment, with the cleanup cron running every CLEANUP_INTERVAL_MS. */
export interface CleanupClock {
    /**
     * Lets `ms` pass: fake time moves in steps up to each cron tick, and at each tick cleanup runs (with
     * every continuation it schedules), exactly as the cron would. "30 minutes pass" is one call.
     */
    advance(ms: number): Promise<void>;
    /** Runs one cron tick now, and its continuations; returns what the tick did. */
    tick(): Promise<CleanupResult>;
}
/**
 * Starts the cron for a test. Move time only through it: cleanup treats a gap of more than
 * OUTAGE_GAP_MS (45 s) between two of its runs as a backend outage and spares the leases that expired
 * meanwhile for OUTAGE_GRACE_MS, so a test that jumps the clock by hand and then runs cleanup once sees
 * nobody removed.
 */
export declare function cleanupClock(t: Backend, { cleanup, advanceTimers }: CleanupClockOptions): CleanupClock;
export { CLEANUP_INTERVAL_MS, OUTAGE_GAP_MS, OUTAGE_GRACE_MS } from "../reliability.js";
