import type { Id } from "../../convex/_generated/dataModel";
import type { HeartbeatClient, HeartbeatHandle, LoopOptions } from "./types";
/** What an agent's loop needs. */
export interface ParticipantHeartbeatOptions extends LoopOptions {
    /** Client to call the server with. */
    client: HeartbeatClient;
    /** The chatroom to join. */
    chatroomId: Id<"chatrooms"> | string;
    /** The role to hold (case-insensitive). */
    role: string;
    /** This process's id; a fresh random one by default, so a restarted process takes its role over. */
    connectionId?: string;
    /** Beat period; defaults to HEARTBEAT_INTERVAL_MS. */
    intervalMs?: number;
}
/** A participant loop's handle, with the connectionId it holds the role under. */
export interface ParticipantHeartbeatHandle extends HeartbeatHandle {
    /** The connectionId this process joined with. */
    readonly connectionId: string;
}
/** Joins the role and keeps it until `stop()`, or until another connection supersedes this one. */
export declare function startParticipantHeartbeat(options: ParticipantHeartbeatOptions): ParticipantHeartbeatHandle;
//# sourceMappingURL=participant.d.ts.map