/** A public mutation with an authenticated caller (`ctx.ownerId`) and zod-validated arguments. */
export declare const ownerMutation: import("convex-helpers/server/zod4").CustomBuilder<"mutation", {}, {
    ownerId: string;
}, {}, import("convex/server").GenericMutationCtx<{
    machines: {
        document: {
            _id: import("convex/values").GenericId<"machines">;
            _creationTime: number;
            hostname?: string;
            machineId: string;
            instanceId: string;
            ownerId: string;
            daemonConnected: boolean;
        };
        fieldPaths: "_id" | ("machineId" | "hostname" | "instanceId" | "_creationTime" | "ownerId" | "daemonConnected");
        indexes: {
            by_ownerId_and_machineId: ["ownerId", "machineId", "_creationTime"];
            by_ownerId_and_daemonConnected_and_machineId: ["ownerId", "daemonConnected", "machineId", "_creationTime"];
            by_id: ["_id"];
            by_creation_time: ["_creationTime"];
        };
        searchIndexes: {};
        vectorIndexes: {};
    };
    chatrooms: {
        document: {
            _id: import("convex/values").GenericId<"chatrooms">;
            _creationTime: number;
            name: string;
            ownerId: string;
        };
        fieldPaths: "_id" | ("name" | "_creationTime" | "ownerId");
        indexes: {
            by_ownerId: ["ownerId", "_creationTime"];
            by_id: ["_id"];
            by_creation_time: ["_creationTime"];
        };
        searchIndexes: {};
        vectorIndexes: {};
    };
    participants: {
        document: {
            _id: import("convex/values").GenericId<"participants">;
            _creationTime: number;
            chatroomId: import("convex/values").GenericId<"chatrooms">;
            role: string;
            connectionId: string;
        };
        fieldPaths: "_id" | ("chatroomId" | "role" | "connectionId" | "_creationTime");
        indexes: {
            by_chatroomId_and_role: ["chatroomId", "role", "_creationTime"];
            by_id: ["_id"];
            by_creation_time: ["_creationTime"];
        };
        searchIndexes: {};
        vectorIndexes: {};
    };
    machineLeases: {
        document: {
            _id: import("convex/values").GenericId<"machineLeases">;
            _creationTime: number;
            machineId: string;
            instanceId: string;
            ownerId: string;
            machine: import("convex/values").GenericId<"machines">;
            lastSeenAt: number;
            expiresAt: number;
            connected: boolean;
        };
        fieldPaths: "_id" | ("machineId" | "instanceId" | "_creationTime" | "ownerId" | "machine" | "lastSeenAt" | "expiresAt" | "connected");
        indexes: {
            by_ownerId_and_machineId: ["ownerId", "machineId", "_creationTime"];
            by_connected_and_expiresAt: ["connected", "expiresAt", "_creationTime"];
            by_id: ["_id"];
            by_creation_time: ["_creationTime"];
        };
        searchIndexes: {};
        vectorIndexes: {};
    };
    participantLeases: {
        document: {
            _id: import("convex/values").GenericId<"participantLeases">;
            _creationTime: number;
            participant: import("convex/values").GenericId<"participants">;
            chatroomId: import("convex/values").GenericId<"chatrooms">;
            role: string;
            connectionId: string;
            ownerId: string;
            readyUntil: number;
        };
        fieldPaths: "_id" | ("participant" | "chatroomId" | "role" | "connectionId" | "_creationTime" | "ownerId" | "readyUntil");
        indexes: {
            by_chatroomId_and_role: ["chatroomId", "role", "_creationTime"];
            by_readyUntil: ["readyUntil", "_creationTime"];
            by_id: ["_id"];
            by_creation_time: ["_creationTime"];
        };
        searchIndexes: {};
        vectorIndexes: {};
    };
    cleanupState: {
        document: {
            _id: import("convex/values").GenericId<"cleanupState">;
            _creationTime: number;
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
        };
        fieldPaths: "_id" | ("_creationTime" | "lastRunAt" | "grace" | "chain" | "antiEntropy" | "grace.until" | "grace.expiredBefore" | "chain.id" | "chain.lastRunAt" | "antiEntropy.table" | "antiEntropy.cursor");
        indexes: {
            by_id: ["_id"];
            by_creation_time: ["_creationTime"];
        };
        searchIndexes: {};
        vectorIndexes: {};
    };
}>, "public", object>;
/** A public query with an authenticated caller (`ctx.ownerId`) and zod-validated arguments. */
export declare const ownerQuery: import("convex-helpers/server/zod4").CustomBuilder<"query", {}, {
    ownerId: string;
}, {}, import("convex/server").GenericQueryCtx<{
    machines: {
        document: {
            _id: import("convex/values").GenericId<"machines">;
            _creationTime: number;
            hostname?: string;
            machineId: string;
            instanceId: string;
            ownerId: string;
            daemonConnected: boolean;
        };
        fieldPaths: "_id" | ("machineId" | "hostname" | "instanceId" | "_creationTime" | "ownerId" | "daemonConnected");
        indexes: {
            by_ownerId_and_machineId: ["ownerId", "machineId", "_creationTime"];
            by_ownerId_and_daemonConnected_and_machineId: ["ownerId", "daemonConnected", "machineId", "_creationTime"];
            by_id: ["_id"];
            by_creation_time: ["_creationTime"];
        };
        searchIndexes: {};
        vectorIndexes: {};
    };
    chatrooms: {
        document: {
            _id: import("convex/values").GenericId<"chatrooms">;
            _creationTime: number;
            name: string;
            ownerId: string;
        };
        fieldPaths: "_id" | ("name" | "_creationTime" | "ownerId");
        indexes: {
            by_ownerId: ["ownerId", "_creationTime"];
            by_id: ["_id"];
            by_creation_time: ["_creationTime"];
        };
        searchIndexes: {};
        vectorIndexes: {};
    };
    participants: {
        document: {
            _id: import("convex/values").GenericId<"participants">;
            _creationTime: number;
            chatroomId: import("convex/values").GenericId<"chatrooms">;
            role: string;
            connectionId: string;
        };
        fieldPaths: "_id" | ("chatroomId" | "role" | "connectionId" | "_creationTime");
        indexes: {
            by_chatroomId_and_role: ["chatroomId", "role", "_creationTime"];
            by_id: ["_id"];
            by_creation_time: ["_creationTime"];
        };
        searchIndexes: {};
        vectorIndexes: {};
    };
    machineLeases: {
        document: {
            _id: import("convex/values").GenericId<"machineLeases">;
            _creationTime: number;
            machineId: string;
            instanceId: string;
            ownerId: string;
            machine: import("convex/values").GenericId<"machines">;
            lastSeenAt: number;
            expiresAt: number;
            connected: boolean;
        };
        fieldPaths: "_id" | ("machineId" | "instanceId" | "_creationTime" | "ownerId" | "machine" | "lastSeenAt" | "expiresAt" | "connected");
        indexes: {
            by_ownerId_and_machineId: ["ownerId", "machineId", "_creationTime"];
            by_connected_and_expiresAt: ["connected", "expiresAt", "_creationTime"];
            by_id: ["_id"];
            by_creation_time: ["_creationTime"];
        };
        searchIndexes: {};
        vectorIndexes: {};
    };
    participantLeases: {
        document: {
            _id: import("convex/values").GenericId<"participantLeases">;
            _creationTime: number;
            participant: import("convex/values").GenericId<"participants">;
            chatroomId: import("convex/values").GenericId<"chatrooms">;
            role: string;
            connectionId: string;
            ownerId: string;
            readyUntil: number;
        };
        fieldPaths: "_id" | ("participant" | "chatroomId" | "role" | "connectionId" | "_creationTime" | "ownerId" | "readyUntil");
        indexes: {
            by_chatroomId_and_role: ["chatroomId", "role", "_creationTime"];
            by_readyUntil: ["readyUntil", "_creationTime"];
            by_id: ["_id"];
            by_creation_time: ["_creationTime"];
        };
        searchIndexes: {};
        vectorIndexes: {};
    };
    cleanupState: {
        document: {
            _id: import("convex/values").GenericId<"cleanupState">;
            _creationTime: number;
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
        };
        fieldPaths: "_id" | ("_creationTime" | "lastRunAt" | "grace" | "chain" | "antiEntropy" | "grace.until" | "grace.expiredBefore" | "chain.id" | "chain.lastRunAt" | "antiEntropy.table" | "antiEntropy.cursor");
        indexes: {
            by_id: ["_id"];
            by_creation_time: ["_creationTime"];
        };
        searchIndexes: {};
        vectorIndexes: {};
    };
}>, "public", object>;
