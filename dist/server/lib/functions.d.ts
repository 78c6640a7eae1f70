/** A public mutation with an authenticated caller (`ctx.ownerId`) and zod-validated arguments. */
export declare const ownerMutation: import("convex-helpers/server/zod4").CustomBuilder<"mutation", {}, {
    ownerId: string;
}, {}, import("convex/server").GenericMutationCtx<{
    chatrooms: {
        document: {
            _id: import("convex/values").GenericId<"chatrooms">;
            _creationTime: number;
            ownerId: string;
            name: string;
        };
        fieldPaths: "_id" | ("_creationTime" | "ownerId" | "name");
        indexes: {
            by_ownerId: ["ownerId", "_creationTime"];
            by_id: ["_id"];
            by_creation_time: ["_creationTime"];
        };
        searchIndexes: {};
        vectorIndexes: {};
    };
    machines: {
        document: {
            _id: import("convex/values").GenericId<"machines">;
            _creationTime: number;
            hostname?: string;
            machineId: string;
            ownerId: string;
            daemonConnected: boolean;
            instanceId: string;
        };
        fieldPaths: "_id" | ("machineId" | "hostname" | "_creationTime" | "ownerId" | "daemonConnected" | "instanceId");
        indexes: {
            by_ownerId_and_machineId: ["ownerId", "machineId", "_creationTime"];
            by_ownerId_and_daemonConnected_and_machineId: ["ownerId", "daemonConnected", "machineId", "_creationTime"];
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
            role: string;
            connectionId: string;
            chatroomId: import("convex/values").GenericId<"chatrooms">;
        };
        fieldPaths: "_id" | ("role" | "connectionId" | "chatroomId" | "_creationTime");
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
            ownerId: string;
            instanceId: string;
            machine: import("convex/values").GenericId<"machines">;
            lastSeenAt: number;
            expiresAt: number;
            connected: boolean;
        };
        fieldPaths: "_id" | ("machineId" | "_creationTime" | "ownerId" | "instanceId" | "machine" | "lastSeenAt" | "expiresAt" | "connected");
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
            role: string;
            connectionId: string;
            chatroomId: import("convex/values").GenericId<"chatrooms">;
            ownerId: string;
            participant: import("convex/values").GenericId<"participants">;
            readyUntil: number;
        };
        fieldPaths: "_id" | ("role" | "connectionId" | "chatroomId" | "_creationTime" | "ownerId" | "participant" | "readyUntil");
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
    chatrooms: {
        document: {
            _id: import("convex/values").GenericId<"chatrooms">;
            _creationTime: number;
            ownerId: string;
            name: string;
        };
        fieldPaths: "_id" | ("_creationTime" | "ownerId" | "name");
        indexes: {
            by_ownerId: ["ownerId", "_creationTime"];
            by_id: ["_id"];
            by_creation_time: ["_creationTime"];
        };
        searchIndexes: {};
        vectorIndexes: {};
    };
    machines: {
        document: {
            _id: import("convex/values").GenericId<"machines">;
            _creationTime: number;
            hostname?: string;
            machineId: string;
            ownerId: string;
            daemonConnected: boolean;
            instanceId: string;
        };
        fieldPaths: "_id" | ("machineId" | "hostname" | "_creationTime" | "ownerId" | "daemonConnected" | "instanceId");
        indexes: {
            by_ownerId_and_machineId: ["ownerId", "machineId", "_creationTime"];
            by_ownerId_and_daemonConnected_and_machineId: ["ownerId", "daemonConnected", "machineId", "_creationTime"];
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
            role: string;
            connectionId: string;
            chatroomId: import("convex/values").GenericId<"chatrooms">;
        };
        fieldPaths: "_id" | ("role" | "connectionId" | "chatroomId" | "_creationTime");
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
            ownerId: string;
            instanceId: string;
            machine: import("convex/values").GenericId<"machines">;
            lastSeenAt: number;
            expiresAt: number;
            connected: boolean;
        };
        fieldPaths: "_id" | ("machineId" | "_creationTime" | "ownerId" | "instanceId" | "machine" | "lastSeenAt" | "expiresAt" | "connected");
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
            role: string;
            connectionId: string;
            chatroomId: import("convex/values").GenericId<"chatrooms">;
            ownerId: string;
            participant: import("convex/values").GenericId<"participants">;
            readyUntil: number;
        };
        fieldPaths: "_id" | ("role" | "connectionId" | "chatroomId" | "_creationTime" | "ownerId" | "participant" | "readyUntil");
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
//# sourceMappingURL=functions.d.ts.map