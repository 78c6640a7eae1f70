/** The participant functions, for an app to re-export from one of its files (this repository: convex/participants.ts). */
export declare const participantFunctions: {
    join: import("convex/server").RegisteredMutation<"public", {
        chatroomId: string;
        role: string;
        connectionId: string;
    }, {
        readyUntil: number;
    } | Promise<{
        readyUntil: number;
    }>>;
    leave: import("convex/server").RegisteredMutation<"public", {
        chatroomId: string;
        role: string;
        connectionId: string;
    }, {
        left: boolean;
    } | Promise<{
        left: boolean;
    }>>;
    get: import("convex/server").RegisteredQuery<"public", {
        chatroomId: string;
        role: string;
    }, void | {
        role: string;
        connectionId: string;
        readyUntil: number;
    } | Promise<void | {
        role: string;
        connectionId: string;
        readyUntil: number;
    } | null | undefined> | null | undefined>;
    list: import("convex/server").RegisteredQuery<"public", {
        chatroomId: string;
        paginationOpts: {
            numItems: number;
            cursor: string | null;
            endCursor?: string | null | undefined;
            id?: number | undefined;
            maximumRowsRead?: number | undefined;
            maximumBytesRead?: number | undefined;
        };
    }, {
        page: {
            role: string;
            connectionId: string;
        }[];
        isDone: boolean;
        continueCursor: string;
    } | Promise<{
        page: {
            role: string;
            connectionId: string;
        }[];
        isDone: boolean;
        continueCursor: string;
    }>>;
};
