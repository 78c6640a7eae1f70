// A stub backend for the herd measurement: it answers the SDK's calls as the server's routine answers
// do, fails them as an unreachable network does while an outage lasts, and counts every call per second.
// The clients' timing is what is under test, so nothing else of the server is needed.
import { getFunctionName, type FunctionReference } from "convex/server";
import { HEARTBEAT_TTL_MS } from "../../convex/reliability";
import type { HeartbeatClient } from "../../src/index";

/** The stub: a client for the SDK loops, the outage switch, and the calls counted per second. */
export interface StubBackend {
  /** What the SDK loops call. */
  client: HeartbeatClient;
  /** Calls made in each whole second of the clock (key: seconds since the epoch). */
  callsPerSecond: Map<number, number>;
  /** While true, every call fails as a network fault. */
  down: boolean;
}

/** The routine answer to each function the loops call. */
function answer(path: string, args: Record<string, unknown>): unknown {
  switch (path) {
    case "machines:register":
      return { machineId: args["machineId"], daemonConnected: true };
    case "participants:join":
      return { readyUntil: Date.now() + HEARTBEAT_TTL_MS };
    case "heartbeat:daemonHeartbeat":
      return { status: "ok", recovered: false };
    case "heartbeat:participantHeartbeat":
      return { status: "ok", readyUntil: Date.now() + HEARTBEAT_TTL_MS };
    case "machines:disconnect":
      return { disconnected: true };
    case "participants:leave":
      return { left: true };
    default:
      throw new Error(`the herd stub does not serve ${path}`);
  }
}

/** A stub backend, up. */
export function stubBackend(): StubBackend {
  const stub: StubBackend = {
    callsPerSecond: new Map(),
    down: false,
    client: {
      async mutation(fn: FunctionReference<"mutation">, args: Record<string, unknown>) {
        const second = Math.floor(Date.now() / 1000);
        stub.callsPerSecond.set(second, (stub.callsPerSecond.get(second) ?? 0) + 1);
        // What fetch throws in Node when the request never got a response.
        if (stub.down) throw new TypeError("fetch failed");
        return answer(getFunctionName(fn), args);
      },
    },
  };
  return stub;
}
