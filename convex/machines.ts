// Mounts the module's machine functions at api.machines.*: register, disconnect, get, list, remove.
import { machineFunctions } from "../src/server/index.js";

/** The machine functions (see src/server/machines.ts). */
export const { register, disconnect, get, list, remove } = machineFunctions;
