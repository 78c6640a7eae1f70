/** The chatroom functions, for an app to re-export from one of its files (this repository: convex/chatrooms.ts). */
export declare const chatroomFunctions: {
    create: import("convex/server").RegisteredMutation<"public", {
        name: string;
    }, (string & {
        __tableName: "chatrooms";
    }) | Promise<string & {
        __tableName: "chatrooms";
    }>>;
    list: import("convex/server").RegisteredQuery<"public", {
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
            chatroomId: string & {
                __tableName: "chatrooms";
            };
            name: string;
        }[];
        isDone: boolean;
        continueCursor: string;
    } | Promise<{
        page: {
            chatroomId: string & {
                __tableName: "chatrooms";
            };
            name: string;
        }[];
        isDone: boolean;
        continueCursor: string;
    }>>;
    remove: import("convex/server").RegisteredMutation<"public", {
        chatroomId: string;
    }, {
        removed: true;
    } | Promise<{
        removed: true;
    }>>;
};
