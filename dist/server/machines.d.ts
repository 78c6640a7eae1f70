/** The machine functions, for an app to re-export from one of its files (this repository: convex/machines.ts). */
export declare const machineFunctions: {
    register: import("convex/server").RegisteredMutation<"public", {
        machineId: string;
        instanceId: string;
        hostname?: string | undefined;
    }, {
        machineId: string;
        daemonConnected: true;
    } | Promise<{
        machineId: string;
        daemonConnected: true;
    }>>;
    disconnect: import("convex/server").RegisteredMutation<"public", {
        machineId: string;
        instanceId: string;
    }, {
        disconnected: boolean;
    } | Promise<{
        disconnected: boolean;
    }>>;
    get: import("convex/server").RegisteredQuery<"public", {
        machineId: string;
    }, void | {
        machineId: string;
        daemonConnected: boolean;
        instanceId: string;
        lastSeenAt: number;
        hostname?: string | undefined;
    } | Promise<void | {
        machineId: string;
        daemonConnected: boolean;
        instanceId: string;
        lastSeenAt: number;
        hostname?: string | undefined;
    } | null | undefined> | null | undefined>;
    list: import("convex/server").RegisteredQuery<"public", {
        paginationOpts: {
            numItems: number;
            cursor: string | null;
            endCursor?: string | null | undefined;
            id?: number | undefined;
            maximumRowsRead?: number | undefined;
            maximumBytesRead?: number | undefined;
        };
        connected?: boolean | undefined;
    }, {
        page: {
            machineId: string;
            daemonConnected: boolean;
            instanceId: string;
            hostname?: string | undefined;
        }[];
        isDone: boolean;
        continueCursor: string;
    } | Promise<{
        page: {
            machineId: string;
            daemonConnected: boolean;
            instanceId: string;
            hostname?: string | undefined;
        }[];
        isDone: boolean;
        continueCursor: string;
    }>>;
    remove: import("convex/server").RegisteredMutation<"public", {
        machineId: string;
    }, {
        removed: true;
    } | Promise<{
        removed: true;
    }>>;
};
