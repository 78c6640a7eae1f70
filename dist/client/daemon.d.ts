import type { HeartbeatClient, HeartbeatHandle, LoopOptions } from "./types";
/** What a daemon's loop needs. */
export interface DaemonHeartbeatOptions extends LoopOptions {
    /** Client to call the server with. */
    client: HeartbeatClient;
    /** This machine's id (1-128 chars of [A-Za-z0-9._:-]). */
    machineId: string;
    /** Shown on dashboards. */
    hostname?: string;
    /** Beat period; defaults to DAEMON_HEARTBEAT_INTERVAL_MS. */
    intervalMs?: number;
    /** This process's id; a fresh random one by default, so a restarted daemon takes its machine over. */
    instanceId?: string;
}
/** A daemon loop's handle, with the instanceId it holds the machine under. */
export interface DaemonHeartbeatHandle extends HeartbeatHandle {
    /** The instanceId this process registered with. */
    readonly instanceId: string;
}
/** Registers the machine and keeps it connected until `stop()`, or until another instance supersedes this one. */
export declare function startDaemonHeartbeat(options: DaemonHeartbeatOptions): DaemonHeartbeatHandle;
//# sourceMappingURL=daemon.d.ts.map