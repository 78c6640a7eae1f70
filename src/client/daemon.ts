// The daemon front-end of the heartbeat loop: register, beat, re-register when the server forgot
// the machine, and disconnect on graceful stop.
import { api } from "../../convex/_generated/api";
import { DAEMON_HEARTBEAT_INTERVAL_MS } from "../reliability";
import { startLoop } from "./loop";
import type { HeartbeatClient, HeartbeatHandle, LoopOptions } from "./types";

/** What a daemon's loop needs. */
export interface DaemonHeartbeatOptions extends LoopOptions {
  /** Client to call the server with. */
  client: HeartbeatClient;
  /** This machine's id (1-128 chars of [A-Za-z0-9._:-]). */
  machineId: string;
  /** Shown on dashboards. */
  hostname?: string;
  /** Beat period; defaults to DAEMON_HEARTBEAT_INTERVAL_MS. */
  intervalMs?: number;
  /** This process's id; a fresh random one by default, so a restarted daemon takes its machine over. */
  instanceId?: string;
}

/** A daemon loop's handle, with the instanceId it holds the machine under. */
export interface DaemonHeartbeatHandle extends HeartbeatHandle {
  /** The instanceId this process registered with. */
  readonly instanceId: string;
}

type DaemonBeat = { status: "ok"; recovered: boolean } | { status: "reregisterRequired" } | { status: "superseded" };

/** Registers the machine and keeps it connected until `stop()`, or until another instance supersedes this one. */
export function startDaemonHeartbeat(options: DaemonHeartbeatOptions): DaemonHeartbeatHandle {
  const { client, machineId, hostname } = options;
  const instanceId = options.instanceId ?? `inst-${crypto.randomUUID()}`;
  const who = { machineId, instanceId };
  const registration = hostname === undefined ? who : { ...who, hostname };
  const handle = startLoop({
    ...options,
    intervalMs: options.intervalMs ?? DAEMON_HEARTBEAT_INTERVAL_MS,
    reestablishedEvent: "reregistered",
    establish: async () => {
      await client.mutation(api.machines.register, registration);
    },
    beat: async () => {
      const beat = (await client.mutation(api.heartbeat.daemonHeartbeat, who)) as DaemonBeat;
      if (beat.status === "reregisterRequired") return "reestablish";
      if (beat.status === "superseded") return "superseded";
      return beat.recovered ? "recovered" : "ok";
    },
    release: async () => {
      await client.mutation(api.machines.disconnect, who);
    },
  });
  return Object.assign(handle, { instanceId });
}
