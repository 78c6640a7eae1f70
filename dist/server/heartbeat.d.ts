/** The heartbeat functions, for an app to re-export from one of its files (this repository: convex/heartbeat.ts). */
export declare const heartbeatFunctions: {
    daemonHeartbeat: import("convex/server").RegisteredMutation<"public", {
        machineId: string;
        instanceId: string;
    }, {
        status: "ok";
        recovered: boolean;
    } | {
        status: "reregisterRequired";
    } | {
        status: "superseded";
    } | Promise<{
        status: "ok";
        recovered: boolean;
    } | {
        status: "reregisterRequired";
    } | {
        status: "superseded";
    }>>;
    participantHeartbeat: import("convex/server").RegisteredMutation<"public", {
        chatroomId: string;
        role: string;
        connectionId: string;
    }, {
        status: "ok";
        readyUntil: number;
    } | {
        status: "rejoinRequired";
    } | {
        status: "superseded";
    } | Promise<{
        status: "ok";
        readyUntil: number;
    } | {
        status: "rejoinRequired";
    } | {
        status: "superseded";
    }>>;
};
