// convex-heartbeat's machine functions, mounted at api.liveness.machines.*.
import { machineFunctions } from "convex-heartbeat/server";

export const { register, disconnect, get, list, remove } = machineFunctions;
