// The CLI-agent front-end of the heartbeat loop: join a chatroom role, beat, re-join when cleanup
// removed the participant, stop for good when another connection took the role, leave on stop.
import { HEARTBEAT_INTERVAL_MS } from "../reliability.js";
import { statusOf, unexpectedAnswer } from "./answers.js";
import { DEFAULT_PARTICIPANT_FUNCTIONS, type ParticipantFunctions } from "./functions.js";
import { startLoop, type BeatOutcome } from "./loop.js";
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

/** What a participantHeartbeat answer tells the loop. */
function participantOutcome(answer: unknown): BeatOutcome {
  const status = statusOf(answer);
  if (status === "ok" || status === "superseded") return status;
  if (status === "rejoinRequired") return "reestablish";
  throw unexpectedAnswer(answer);
}

/**
 * Joins the role and keeps it until `stop()`, or until another connection supersedes this one.
 * Throws a TypeError for an option out of range.
 */
export function startParticipantHeartbeat(options: ParticipantHeartbeatOptions): ParticipantHeartbeatHandle {
  const { client, chatroomId, role } = options;
  const functions = options.functions ?? DEFAULT_PARTICIPANT_FUNCTIONS;
  const connectionId = options.connectionId ?? `conn-${crypto.randomUUID()}`;
  const who = { chatroomId, role, connectionId };
  const handle = startLoop({
    ...options,
    kind: "participant",
    intervalMs: options.intervalMs ?? HEARTBEAT_INTERVAL_MS,
    establish: async () => {
      await client.mutation(functions.join, who);
    },
    beat: async () => participantOutcome(await client.mutation(functions.heartbeat, who)),
    release: async () => {
      await client.mutation(functions.leave, who);
    },
  });
  return Object.assign(handle, { connectionId });
}
