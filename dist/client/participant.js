import { api } from "../../convex/_generated/api";
import { HEARTBEAT_INTERVAL_MS } from "../reliability";
import { startLoop } from "./loop";
/** Joins the role and keeps it until `stop()`, or until another connection supersedes this one. */
export function startParticipantHeartbeat(options) {
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
            const beat = (await client.mutation(api.heartbeat.participantHeartbeat, who));
            if (beat.status === "rejoinRequired")
                return "reestablish";
            return beat.status;
        },
        release: async () => {
            await client.mutation(api.participants.leave, who);
        },
    });
    return Object.assign(handle, { connectionId });
}
//# sourceMappingURL=participant.js.map