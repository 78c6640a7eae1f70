import { type ParticipantFunctions } from "./functions.js";
import type { HeartbeatClient, HeartbeatHandle, LoopOptions } from "./types.js";
/** What an agent's loop needs. */
export interface ParticipantHeartbeatOptions extends LoopOptions {
    /** Client to call the server with. */
    client: HeartbeatClient;
    /** The chatroom to join (its document id). */
    chatroomId: string;
    /** The role to hold (case-insensitive). */
    role: string;
    /** This process's id; a fresh random one by default, so a restarted process takes its role over. */
    connectionId?: string | undefined;
    /** Beat period in ms, from 1 000 to HEARTBEAT_TTL_MS / 2. @default HEARTBEAT_INTERVAL_MS */
    intervalMs?: number | undefined;
    /** The mutations to call, for an app that mounts the module elsewhere. @default DEFAULT_PARTICIPANT_FUNCTIONS */
    functions?: ParticipantFunctions | undefined;
}
/** A participant loop's handle, with the connectionId it holds the role under. */
export interface ParticipantHeartbeatHandle extends HeartbeatHandle {
    /** The connectionId this process joined with. */
    readonly connectionId: string;
}
/**
 * Joins the role and keeps it until `stop()`, or until another connection supersedes this one.
 * Throws a TypeError for an option out of range.
 */
export declare function startParticipantHeartbeat(options: ParticipantHeartbeatOptions): ParticipantHeartbeatHandle;
