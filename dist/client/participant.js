// The CLI-agent front-end of the heartbeat loop: join a chatroom role, beat, re-join when cleanup
// removed the participant, stop for good when another connection took the role, leave on stop.
import { HEARTBEAT_INTERVAL_MS } from "../reliability.js";
import { statusOf, unexpectedAnswer } from "./answers.js";
import { DEFAULT_PARTICIPANT_FUNCTIONS } from "./functions.js";
import { startLoop } from "./loop.js";
/** What a participantHeartbeat answer tells the loop. */
function participantOutcome(answer) {
    const status = statusOf(answer);
    if (status === "ok" || status === "superseded")
        return status;
    if (status === "rejoinRequired")
        return "reestablish";
    throw unexpectedAnswer(answer);
}
/**
 * Joins the role and keeps it until `stop()`, or until another connection supersedes this one.
 * Throws a TypeError for an option out of range.
 */
export function startParticipantHeartbeat(options) {
    const { client, chatroomId, role } = options;
    const functions = options.functions ?? DEFAULT_PARTICIPANT_FUNCTIONS;
    const connectionId = options.connectionId ?? `conn-${crypto.randomUUID()}`;
    const who = { chatroomId, role, connectionId };
    const handle = startLoop({
        ...options,
        kind: "participant",
        intervalMs: options.intervalMs ?? HEARTBEAT_INTERVAL_MS,
        reestablishedEvent: "rejoined",
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
