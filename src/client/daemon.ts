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
}

type DaemonBeat = { status: "ok"; recovered: boolean } | { status: "reregisterRequired" };

/** Registers the machine and keeps it connected until `stop()`. */
export function startDaemonHeartbeat(options: DaemonHeartbeatOptions): HeartbeatHandle {
  const { client, machineId, hostname } = options;
  const registration = hostname === undefined ? { machineId } : { machineId, hostname };
  return startLoop({
    ...options,
    intervalMs: options.intervalMs ?? DAEMON_HEARTBEAT_INTERVAL_MS,
    reestablishedEvent: "reregistered",
    establish: async () => {
      await client.mutation(api.machines.register, registration);
    },
    beat: async () => {
      const beat = (await client.mutation(api.heartbeat.daemonHeartbeat, { machineId })) as DaemonBeat;
      if (beat.status === "reregisterRequired") return "reestablish";
      return beat.recovered ? "recovered" : "ok";
    },
    release: async () => {
      await client.mutation(api.machines.disconnect, { machineId });
    },
  });
}
