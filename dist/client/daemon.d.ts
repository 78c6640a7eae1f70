import { type DaemonFunctions } from "./functions.js";
import type { HeartbeatClient, HeartbeatHandle, LoopOptions } from "./types.js";
/** What a daemon's loop needs. */
export interface DaemonHeartbeatOptions extends LoopOptions {
    /** Client to call the server with. */
    client: HeartbeatClient;
    /** This machine's id (1-128 chars of [A-Za-z0-9._:-]). */
    machineId: string;
    /** Shown on dashboards. */
    hostname?: string | undefined;
    /** Beat period in ms, from 1 000 to DAEMON_HEARTBEAT_TTL_MS / 2. @default DAEMON_HEARTBEAT_INTERVAL_MS */
    intervalMs?: number | undefined;
    /** The mutations to call, for an app that mounts the module elsewhere. @default DEFAULT_DAEMON_FUNCTIONS */
    functions?: DaemonFunctions | undefined;
    /** This process's id (same alphabet as machineId). @default a fresh random one, so a restarted daemon takes its machine over */
    instanceId?: string | undefined;
}
/** A daemon loop's handle, with the instanceId it holds the machine under. */
export interface DaemonHeartbeatHandle extends HeartbeatHandle {
    /** The instanceId this process registers with. */
    readonly instanceId: string;
}
/**
 * Registers the machine and keeps it connected until `stop()`, or until another instance supersedes
 * this one. Throws a TypeError for an option out of range.
 */
export declare function startDaemonHeartbeat(options: DaemonHeartbeatOptions): DaemonHeartbeatHandle;
