// The daemon front-end of the heartbeat loop: register, beat, re-register when the server forgot
// the machine, and disconnect on graceful stop.
import { DAEMON_HEARTBEAT_INTERVAL_MS } from "../reliability.js";
import { flagOf, statusOf, unexpectedAnswer } from "./answers.js";
import { DEFAULT_DAEMON_FUNCTIONS, type DaemonFunctions } from "./functions.js";
import { startLoop, type BeatOutcome } from "./loop.js";
import type { HeartbeatClient, HeartbeatHandle, LoopOptions } from "./types.js";

/** What a daemon's loop needs. */
export interface DaemonHeartbeatOptions extends LoopOptions {
  /** Client to call the server with. */
  client: HeartbeatClient;
  /** This machine's id (1-128 chars of [A-Za-z0-9._:-]). */
  machineId: string;
  /** Shown on dashboards. */
  hostname?: string | undefined;
  /** Beat period in ms, from 1 000 to DAEMON_HEARTBEAT_TTL_MS / 2. @default DAEMON_HEARTBEAT_INTERVAL_MS */
  intervalMs?: number | undefined;
  /** The mutations to call, for an app that mounts the module elsewhere. @default DEFAULT_DAEMON_FUNCTIONS */
  functions?: DaemonFunctions | undefined;
  /** This process's id (same alphabet as machineId). @default a fresh random one, so a restarted daemon takes its machine over */
  instanceId?: string | undefined;
}

/** A daemon loop's handle, with the instanceId it holds the machine under. */
export interface DaemonHeartbeatHandle extends HeartbeatHandle {
  /** The instanceId this process registers with. */
  readonly instanceId: string;
}

/** What a daemonHeartbeat answer tells the loop. */
function daemonOutcome(answer: unknown): BeatOutcome {
  const status = statusOf(answer);
  if (status === "ok") return flagOf(answer, "recovered") ? "recovered" : "ok";
  if (status === "reregisterRequired") return "reestablish";
  if (status === "superseded") return "superseded";
  throw unexpectedAnswer(answer);
}

/**
 * Registers the machine and keeps it connected until `stop()`, or until another instance supersedes
 * this one. Throws a TypeError for an option out of range.
 */
export function startDaemonHeartbeat(options: DaemonHeartbeatOptions): DaemonHeartbeatHandle {
  const { client, machineId, hostname } = options;
  const functions = options.functions ?? DEFAULT_DAEMON_FUNCTIONS;
  const instanceId = options.instanceId ?? `inst-${crypto.randomUUID()}`;
  // Identifies this daemon process in register, heartbeat and disconnect alike.
  const who = { machineId, instanceId };
  const registration = hostname === undefined ? who : { ...who, hostname };
  const handle = startLoop({
    ...options,
    kind: "daemon",
    intervalMs: options.intervalMs ?? DAEMON_HEARTBEAT_INTERVAL_MS,
    establish: async () => {
      await client.mutation(functions.register, registration);
    },
    beat: async () => daemonOutcome(await client.mutation(functions.heartbeat, who)),
    release: async () => {
      await client.mutation(functions.disconnect, who);
    },
  });
  return Object.assign(handle, { instanceId });
}
