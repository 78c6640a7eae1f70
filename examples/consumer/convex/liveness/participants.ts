// convex-heartbeat's participant functions, mounted at api.liveness.participants.*.
import { participantFunctions } from "convex-heartbeat/server";

export const { join, leave, get, list } = participantFunctions;
