// The CLI-agent front-end of the heartbeat loop: join a chatroom role, beat, re-join when cleanup
// removed the participant, stop for good when another connection took the role, leave on stop.
import type { Id } from "../../convex/_generated/dataModel";
import { api } from "../../convex/_generated/api";
import { HEARTBEAT_INTERVAL_MS } from "../reliability";
import { startLoop } from "./loop";
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

type ParticipantBeat = { status: "ok"; readyUntil: number } | { status: "rejoinRequired" } | { status: "superseded" };

/** Joins the role and keeps it until `stop()`, or until another connection supersedes this one. */
export function startParticipantHeartbeat(options: ParticipantHeartbeatOptions): ParticipantHeartbeatHandle {
  const { client, chatroomId, role } = options;
  const connectionId = options.connectionId ?? `conn-${crypto.randomUUID()}`;
  const who = { chatroomId, role, connectionId };
  const handle = startLoop({
    ...options,
    intervalMs: options.intervalMs ?? HEARTBEAT_INTERVAL_MS,
    reestablishedEvent: "rejoined",
    establish: async () => {
      await client.mutation(api.participants.join, who);
    },
    beat: async () => {
      const beat = (await client.mutation(api.heartbeat.participantHeartbeat, who)) as ParticipantBeat;
      if (beat.status === "rejoinRequired") return "reestablish";
      return beat.status;
    },
    release: async () => {
      await client.mutation(api.participants.leave, who);
    },
  });
  return Object.assign(handle, { connectionId });
}
