// A CLI agent written as a NodeNext TypeScript app: it type-checks against the package's three entries
// with strict and exactOptionalPropertyTypes, the way an app that builds its own agent would use them.
import { ConvexHttpClient } from "convex/browser";
import { anyApi } from "convex/server";
import {
  HEARTBEAT_INTERVAL_MS,
  startParticipantHeartbeat,
  type HeartbeatEvent,
  type ParticipantFunctions,
  type ParticipantHeartbeatHandle,
} from "convex-heartbeat";
import { heartbeatTables, type CleanupResult, type ErrorData } from "convex-heartbeat/server";
import type { CleanupClockOptions } from "convex-heartbeat/testing";

const functions: ParticipantFunctions = {
  join: anyApi.liveness.participants.join,
  heartbeat: anyApi.liveness.heartbeat.participantHeartbeat,
  leave: anyApi.liveness.participants.leave,
};

/** Starts an agent for `role`, refreshing its token from `readToken` whenever auth fails. */
export function startAgent(url: string, chatroomId: string, role: string, readToken: () => string): ParticipantHeartbeatHandle {
  const http = new ConvexHttpClient(url);
  http.setAuth(readToken());
  return startParticipantHeartbeat({
    client: http,
    chatroomId,
    role,
    functions,
    intervalMs: HEARTBEAT_INTERVAL_MS,
    connectionId: undefined,
    refreshAuth: () => http.setAuth(readToken()),
    onEvent: (event: HeartbeatEvent) => {
      if (event.type === "fatal") console.error(`${role}: ${event.code} ${event.message}`);
    },
  });
}

/** What an app might log from a cleanup result and a failure payload. */
export function describe(result: CleanupResult, failure: ErrorData): string {
  return `${result.participantsRemoved} removed, ${result.repaired} repaired; last failure ${failure.code}${failure.field === undefined ? "" : ` on ${failure.field}`}`;
}

/** The module's table names, as the app's schema spreads them. */
export const moduleTables: string[] = Object.keys(heartbeatTables);

/** The testing helper's options type is importable from NodeNext too. */
export type ClockOptions = CleanupClockOptions;
