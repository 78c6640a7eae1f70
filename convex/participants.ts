// Mounts the module's participant functions at api.participants.*: join, leave, get, list.
import { participantFunctions } from "../src/server/index.js";

/** The participant functions (see src/server/participants.ts). */
export const { join, leave, get, list } = participantFunctions;
