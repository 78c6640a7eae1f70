// The herd measurement (issue 9 item 3): 1,000 clients (half daemons, half CLI agents) started at
// random phases on a fake clock against a stub backend, a 3-minute outage, and the calls per second
// before it and after recovery. The clients are the SDK's own loops, or the pre-desync loop's timing.
import { makeFunctionReference } from "convex/server";
import { HEARTBEAT_INTERVAL_MS } from "../../convex/reliability";
import { seededRandom } from "../../sim/rng";
import { startDaemonHeartbeat, startParticipantHeartbeat, type HeartbeatEvent, type HeartbeatHandle } from "../../src/index";
import { nextTimerAt } from "../peer/dueTimers";
import { expectResult, installClock, T0, type InstalledClock } from "../scenario";
import { startLegacyLoop } from "./legacyLoop";
import { stubBackend, type StubBackend } from "./stubBackend";

/** Which client loop runs: the SDK's (with the desync), or the loop's timing before the desync. */
type HerdLoop = "sdk" | "legacy";

/** The run's shape (defaults: issue 9's measurement). */
export type HerdOptions = { clients?: number; outageAtMs?: number; outageMs?: number; afterMs?: number; seed?: number };

/** Starts client `i` against the stub, drawing from the run's one seeded random source. */
type StartClient = (stub: StubBackend, i: number, random: () => number) => void;

/** What a run leaves: the calls counted per second, and when the backend came back. */
type HerdRun = { callsPerSecond: Map<number, number>; recoveryAt: number };

/** Peak and mean calls per second over a window. */
type Rate = { peak: number; mean: number };

/** What one run measured; `ratio` is the post-recovery peak (30 s to 5 min) over the steady-state peak. */
export type HerdFigures = { loop: HerdLoop; clients: number; steady: Rate; heal: Rate; afterRecovery: Rate; later: Rate; ratio: number };

/** Client i is a daemon when i is even, a CLI agent when odd. */
const isDaemon = (i: number) => i % 2 === 0;

/** Starts the pre-desync loop for client `i`, calling the same mutations with the same arguments as the SDK. */
const startLegacyClient: StartClient = (stub, i, random) => {
  const call = (path: string, args: Record<string, unknown>) => () => stub.client.mutation(makeFunctionReference<"mutation">(path), args);
  const [machineId, instanceId, chatroomId, role, connectionId] = [`machine-${i}`, `inst-${i}`, "chatroom-herd", `agent-${i}`, `conn-${i}`];
  const calls = isDaemon(i)
    ? { establish: call("machines:register", { machineId, instanceId }), beat: call("heartbeat:daemonHeartbeat", { machineId, instanceId }) }
    : { establish: call("participants:join", { chatroomId, role, connectionId }), beat: call("heartbeat:participantHeartbeat", { chatroomId, role, connectionId }) };
  startLegacyLoop(calls, HEARTBEAT_INTERVAL_MS, random);
};

/** Peak and mean of the per-second counts over [from, to) (ms). */
function rateOver(counts: Map<number, number>, from: number, to: number): Rate {
  const seconds = Array.from({ length: Math.round((to - from) / 1000) }, (_, i) => counts.get(Math.floor(from / 1000) + i) ?? 0);
  return { peak: Math.max(...seconds), mean: Number((seconds.reduce((a, b) => a + b, 0) / seconds.length).toFixed(1)) };
}

/** Runs the fake clock to `until`, firing each due timer and letting the promises it started settle. */
async function runUntil(clock: InstalledClock, until: number): Promise<void> {
  for (let next = nextTimerAt(clock); next !== undefined && next <= until; next = nextTimerAt(clock)) {
    clock.tick(Math.max(0, next - clock.now));
    // setImmediate is real: one macrotask turn lets every promise chain the timers started settle.
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (until > clock.now) clock.tick(until - clock.now);
}

/**
 * Runs `clients` clients started by `start` on a fake clock: each starts at a random point of the first
 * interval; the backend goes down at `outageAtMs` for `outageMs`, and the run goes on `afterMs` after
 * recovery. Clients are never stopped: their timers go with the fake clock when the run uninstalls it.
 */
export async function runHerd(start: StartClient, { clients = 1_000, outageAtMs = 5 * 60_000, outageMs = 3 * 60_000, afterMs = 10 * 60_000, seed = 11 }: HerdOptions = {}): Promise<HerdRun> {
  const clock = installClock();
  try {
    const stub = stubBackend();
    const random = seededRandom(seed);
    for (let i = 0; i < clients; i++) setTimeout(() => start(stub, i, random), Math.floor(random() * HEARTBEAT_INTERVAL_MS));
    await runUntil(clock, T0 + outageAtMs);
    stub.down = true;
    const recoveryAt = T0 + outageAtMs + outageMs;
    await runUntil(clock, recoveryAt);
    stub.down = false;
    await runUntil(clock, recoveryAt + afterMs);
    return { callsPerSecond: stub.callsPerSecond, recoveryAt };
  } finally {
    clock.uninstall();
  }
}

/**
 * Measures one loop kind: steady state from 2 min to the outage (at 5 min, for 3 min); the heal (the
 * first 30 s after recovery); after recovery from 30 s to 5 min, and from 5 to 10 min. Calls that fail
 * during the outage count as calls too. For the SDK, the run fails unless every loop went through a
 * failure streak in the outage and is healthy at the end: the path under test is the heal.
 */
export async function measureHerd(loop: HerdLoop, options: HerdOptions = {}): Promise<HerdFigures> {
  const clients = options.clients ?? 1_000;
  const handles: HeartbeatHandle[] = [];
  const failedOnce = new Set<number>();
  const startSdkClient: StartClient = (stub, i, random) => {
    const onEvent = (event: HeartbeatEvent) => {
      if (event.type === "retrying") failedOnce.add(i);
    };
    const common = { client: stub.client, random, onEvent };
    handles.push(
      isDaemon(i)
        ? startDaemonHeartbeat({ ...common, machineId: `machine-${i}`, instanceId: `inst-${i}` })
        : startParticipantHeartbeat({ ...common, chatroomId: "chatroom-herd", role: `agent-${i}`, connectionId: `conn-${i}` }),
    );
  };
  const { callsPerSecond, recoveryAt } = await runHerd(loop === "sdk" ? startSdkClient : startLegacyClient, options);
  if (loop === "sdk") {
    const healthy = handles.filter((handle) => handle.status === "healthy").length;
    expectResult("herd: SDK loops that failed in the outage / are healthy at the end", { failed: failedOnce.size, healthy }, { failed: clients, healthy: clients });
  }
  const outageAt = recoveryAt - (options.outageMs ?? 3 * 60_000);
  const steady = rateOver(callsPerSecond, T0 + 2 * 60_000, outageAt);
  const heal = rateOver(callsPerSecond, recoveryAt, recoveryAt + 30_000);
  const afterRecovery = rateOver(callsPerSecond, recoveryAt + 30_000, recoveryAt + 5 * 60_000);
  const later = rateOver(callsPerSecond, recoveryAt + 5 * 60_000, recoveryAt + 10 * 60_000);
  return { loop, clients, steady, heal, afterRecovery, later, ratio: Number((afterRecovery.peak / steady.peak).toFixed(2)) };
}
