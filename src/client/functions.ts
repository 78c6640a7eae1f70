// The mutations each loop calls, as references an app can replace with its own `api.*` when it mounts
// the module elsewhere. The defaults name where this repository mounts them; no generated code needed.
import { makeFunctionReference } from "convex/server";
import type { MutationRef } from "./types.js";

/** The mutations a daemon loop calls. */
export interface DaemonFunctions {
  /** Registers the machine (e.g. `api.machines.register`). */
  register: MutationRef;
  /** One daemon heartbeat (e.g. `api.heartbeat.daemonHeartbeat`). */
  heartbeat: MutationRef;
  /** Marks the machine disconnected on graceful stop (e.g. `api.machines.disconnect`). */
  disconnect: MutationRef;
}

/** The mutations a participant loop calls. */
export interface ParticipantFunctions {
  /** Joins the role (e.g. `api.participants.join`). */
  join: MutationRef;
  /** One participant heartbeat (e.g. `api.heartbeat.participantHeartbeat`). */
  heartbeat: MutationRef;
  /** Leaves the role on graceful stop (e.g. `api.participants.leave`). */
  leave: MutationRef;
}

/** A public mutation reference by its "module:export" path. */
const mutationAt = (path: string): MutationRef => makeFunctionReference<"mutation">(path);

/** Where this repository mounts the daemon functions. */
export const DEFAULT_DAEMON_FUNCTIONS: DaemonFunctions = {
  register: mutationAt("machines:register"),
  heartbeat: mutationAt("heartbeat:daemonHeartbeat"),
  disconnect: mutationAt("machines:disconnect"),
};

/** Where this repository mounts the participant functions. */
export const DEFAULT_PARTICIPANT_FUNCTIONS: ParticipantFunctions = {
  join: mutationAt("participants:join"),
  heartbeat: mutationAt("heartbeat:participantHeartbeat"),
  leave: mutationAt("participants:leave"),
};
