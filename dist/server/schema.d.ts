import { type DataModelFromSchemaDefinition, type DocumentByName, type GenericDatabaseReader, type GenericDatabaseWriter, type GenericMutationCtx, type GenericQueryCtx, type TableNamesInDataModel } from "convex/server";
import { type GenericId } from "convex/values";
/** The module's tables: spread them into the app's schema, `defineSchema({ ...heartbeatTables, ...yours })`. */
export declare const heartbeatTables: {
    /** A daemon's identity and connection status, in its owner's namespace; written on transitions only. */
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
        /** The daemon process that holds the machine now (the newest registration). */
        instanceId: import("convex/values").VString<string, "required">;
    }, "required", "machineId" | "hostname" | "instanceId" | "ownerId" | "daemonConnected">, {
        by_ownerId_and_machineId: ["ownerId", "machineId", "_creationTime"];
        by_ownerId_and_daemonConnected_and_machineId: ["ownerId", "daemonConnected", "machineId", "_creationTime"];
    }, {}, {}>;
    /** A daemon's liveness: rewritten by every beat. Cleanup finds expired ones, and retired ones, by `expiresAt`. */
    machineLeases: import("convex/server").TableDefinition<import("convex/values").VObject<{
        machineId: string;
        instanceId: string;
        ownerId: string;
        machine: GenericId<"machines">;
        lastSeenAt: number;
        expiresAt: number;
        connected: boolean;
    }, {
        machine: import("convex/values").VId<GenericId<"machines">, "required">;
        ownerId: import("convex/values").VString<string, "required">;
        machineId: import("convex/values").VString<string, "required">;
        instanceId: import("convex/values").VString<string, "required">;
        lastSeenAt: import("convex/values").VFloat64<number, "required">;
        /** While connected: when the lease runs out. Once disconnected: when the machine stopped being live. */
        expiresAt: import("convex/values").VFloat64<number, "required">;
        connected: import("convex/values").VBoolean<boolean, "required">;
    }, "required", "machineId" | "instanceId" | "ownerId" | "machine" | "lastSeenAt" | "expiresAt" | "connected">, {
        by_ownerId_and_machineId: ["ownerId", "machineId", "_creationTime"];
        by_connected_and_expiresAt: ["connected", "expiresAt", "_creationTime"];
    }, {}, {}>;
    /** A room that CLI agents join, one participant per role. */
    chatrooms: import("convex/server").TableDefinition<import("convex/values").VObject<{
        name: string;
        ownerId: string;
    }, {
        ownerId: import("convex/values").VString<string, "required">;
        name: import("convex/values").VString<string, "required">;
    }, "required", "name" | "ownerId">, {
        by_ownerId: ["ownerId", "_creationTime"];
    }, {}, {}>;
    /** Who holds a role in a chatroom; written on join, take-over, leave and removal only. */
    participants: import("convex/server").TableDefinition<import("convex/values").VObject<{
        chatroomId: GenericId<"chatrooms">;
        role: string;
        connectionId: string;
    }, {
        chatroomId: import("convex/values").VId<GenericId<"chatrooms">, "required">;
        role: import("convex/values").VString<string, "required">;
        connectionId: import("convex/values").VString<string, "required">;
    }, "required", "chatroomId" | "role" | "connectionId">, {
        by_chatroomId_and_role: ["chatroomId", "role", "_creationTime"];
    }, {}, {}>;
    /** A participant's liveness: rewritten by every beat; it carries the chatroom's owner, so a beat reads only it. */
    participantLeases: import("convex/server").TableDefinition<import("convex/values").VObject<{
        participant: GenericId<"participants">;
        chatroomId: GenericId<"chatrooms">;
        role: string;
        connectionId: string;
        ownerId: string;
        readyUntil: number;
    }, {
        participant: import("convex/values").VId<GenericId<"participants">, "required">;
        chatroomId: import("convex/values").VId<GenericId<"chatrooms">, "required">;
        ownerId: import("convex/values").VString<string, "required">;
        role: import("convex/values").VString<string, "required">;
        connectionId: import("convex/values").VString<string, "required">;
        readyUntil: import("convex/values").VFloat64<number, "required">;
    }, "required", "participant" | "chatroomId" | "role" | "connectionId" | "ownerId" | "readyUntil">, {
        by_chatroomId_and_role: ["chatroomId", "role", "_creationTime"];
        by_readyUntil: ["readyUntil", "_creationTime"];
    }, {}, {}>;
    /** One document: cleanup's clock, its outage grace, the continuation chain it runs, and anti-entropy's cursor. */
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
};
declare const schema: import("convex/server").SchemaDefinition<{
    /** A daemon's identity and connection status, in its owner's namespace; written on transitions only. */
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
        /** The daemon process that holds the machine now (the newest registration). */
        instanceId: import("convex/values").VString<string, "required">;
    }, "required", "machineId" | "hostname" | "instanceId" | "ownerId" | "daemonConnected">, {
        by_ownerId_and_machineId: ["ownerId", "machineId", "_creationTime"];
        by_ownerId_and_daemonConnected_and_machineId: ["ownerId", "daemonConnected", "machineId", "_creationTime"];
    }, {}, {}>;
    /** A daemon's liveness: rewritten by every beat. Cleanup finds expired ones, and retired ones, by `expiresAt`. */
    machineLeases: import("convex/server").TableDefinition<import("convex/values").VObject<{
        machineId: string;
        instanceId: string;
        ownerId: string;
        machine: GenericId<"machines">;
        lastSeenAt: number;
        expiresAt: number;
        connected: boolean;
    }, {
        machine: import("convex/values").VId<GenericId<"machines">, "required">;
        ownerId: import("convex/values").VString<string, "required">;
        machineId: import("convex/values").VString<string, "required">;
        instanceId: import("convex/values").VString<string, "required">;
        lastSeenAt: import("convex/values").VFloat64<number, "required">;
        /** While connected: when the lease runs out. Once disconnected: when the machine stopped being live. */
        expiresAt: import("convex/values").VFloat64<number, "required">;
        connected: import("convex/values").VBoolean<boolean, "required">;
    }, "required", "machineId" | "instanceId" | "ownerId" | "machine" | "lastSeenAt" | "expiresAt" | "connected">, {
        by_ownerId_and_machineId: ["ownerId", "machineId", "_creationTime"];
        by_connected_and_expiresAt: ["connected", "expiresAt", "_creationTime"];
    }, {}, {}>;
    /** A room that CLI agents join, one participant per role. */
    chatrooms: import("convex/server").TableDefinition<import("convex/values").VObject<{
        name: string;
        ownerId: string;
    }, {
        ownerId: import("convex/values").VString<string, "required">;
        name: import("convex/values").VString<string, "required">;
    }, "required", "name" | "ownerId">, {
        by_ownerId: ["ownerId", "_creationTime"];
    }, {}, {}>;
    /** Who holds a role in a chatroom; written on join, take-over, leave and removal only. */
    participants: import("convex/server").TableDefinition<import("convex/values").VObject<{
        chatroomId: GenericId<"chatrooms">;
        role: string;
        connectionId: string;
    }, {
        chatroomId: import("convex/values").VId<GenericId<"chatrooms">, "required">;
        role: import("convex/values").VString<string, "required">;
        connectionId: import("convex/values").VString<string, "required">;
    }, "required", "chatroomId" | "role" | "connectionId">, {
        by_chatroomId_and_role: ["chatroomId", "role", "_creationTime"];
    }, {}, {}>;
    /** A participant's liveness: rewritten by every beat; it carries the chatroom's owner, so a beat reads only it. */
    participantLeases: import("convex/server").TableDefinition<import("convex/values").VObject<{
        participant: GenericId<"participants">;
        chatroomId: GenericId<"chatrooms">;
        role: string;
        connectionId: string;
        ownerId: string;
        readyUntil: number;
    }, {
        participant: import("convex/values").VId<GenericId<"participants">, "required">;
        chatroomId: import("convex/values").VId<GenericId<"chatrooms">, "required">;
        ownerId: import("convex/values").VString<string, "required">;
        role: import("convex/values").VString<string, "required">;
        connectionId: import("convex/values").VString<string, "required">;
        readyUntil: import("convex/values").VFloat64<number, "required">;
    }, "required", "participant" | "chatroomId" | "role" | "connectionId" | "ownerId" | "readyUntil">, {
        by_chatroomId_and_role: ["chatroomId", "role", "_creationTime"];
        by_readyUntil: ["readyUntil", "_creationTime"];
    }, {}, {}>;
    /** One document: cleanup's clock, its outage grace, the continuation chain it runs, and anti-entropy's cursor. */
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
/** The module's own data model; an app's data model holds it (same table names), so its functions run there. */
export type HeartbeatDataModel = DataModelFromSchemaDefinition<typeof schema>;
/** A table of the module. */
export type TableName = TableNamesInDataModel<HeartbeatDataModel>;
/** A document of one of the module's tables. */
export type Doc<T extends TableName> = DocumentByName<HeartbeatDataModel, T>;
/** An id in one of the module's tables. */
export type Id<T extends TableName> = GenericId<T>;
/** Read access to the module's tables. */
export type DatabaseReader = GenericDatabaseReader<HeartbeatDataModel>;
/** Write access to the module's tables. */
export type DatabaseWriter = GenericDatabaseWriter<HeartbeatDataModel>;
/** A mutation's context over the module's tables. */
export type MutationCtx = GenericMutationCtx<HeartbeatDataModel>;
/** A query's context over the module's tables. */
export type QueryCtx = GenericQueryCtx<HeartbeatDataModel>;
export {};
