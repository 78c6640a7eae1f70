// The herd measurement (issue 9 item 3): 1,000 clients (half daemons, half CLI agents) started at
// random phases on a fake clock against a stub backend, a 3-minute outage, and the calls per second
// before it and after recovery. The clients are the SDK's own loops, or the legacy loop's timing.
import FakeTimers from "@sinonjs/fake-timers";
import { makeFunctionReference } from "convex/server";
import { HEARTBEAT_INTERVAL_MS } from "../../convex/reliability";
import { seededRandom } from "../../sim/rng";
import { startDaemonHeartbeat, startParticipantHeartbeat } from "../../src/index";
import { nextTimerAt } from "../peer/dueTimers";
import { T0 } from "../scenario";
import { startLegacyLoop } from "./legacyLoop";
import { stubBackend, type StubBackend } from "./stubBackend";

const FAKED = ["Date", "setTimeout", "clearTimeout", "setInterval", "clearInterval"] as const;

/** Which client loop runs: the SDK's, or the loop's timing before the desync. */
export type HerdLoop = "sdk" | "legacy";

/** The run's shape (defaults: issue 9's measurement). */
export type HerdOptions = { clients?: number; outageAtMs?: number; outageMs?: number; afterMs?: number; seed?: number };

/** Peak and mean calls per second over a window. */
export type Rate = { peak: number; mean: number };

/** What one run measured. */
export type HerdFigures = { loop: HerdLoop; clients: number; steady: Rate; afterRecovery: Rate; later: Rate; ratio: number };

/** Starts one client of `loop` kind. It is never stopped: its timers go with the fake clock when the run uninstalls it. */
function startClient(loop: HerdLoop, stub: StubBackend, i: number, random: () => number): void {
  const daemon = i % 2 === 0;
  const [machineId, chatroomId, role] = [`machine-${i}`, "chatroom-herd", `agent-${i}`];
  if (loop === "sdk") {
    if (daemon) startDaemonHeartbeat({ client: stub.client, machineId, random });
    else startParticipantHeartbeat({ client: stub.client, chatroomId, role, random });
    return;
  }
  const call = (path: string, args: Record<string, unknown>) => () => stub.client.mutation(makeFunctionReference<"mutation">(path), args);
  const calls = daemon
    ? { establish: call("machines:register", { machineId }), beat: call("heartbeat:daemonHeartbeat", { machineId }) }
    : { establish: call("participants:join", { chatroomId, role }), beat: call("heartbeat:participantHeartbeat", { chatroomId, role }) };
  startLegacyLoop(calls, HEARTBEAT_INTERVAL_MS, random);
}

/** Peak and mean of the per-second counts over [from, to) (ms). */
function rateOver(counts: Map<number, number>, from: number, to: number): Rate {
  const seconds = Array.from({ length: Math.round((to - from) / 1000) }, (_, i) => counts.get(Math.floor(from / 1000) + i) ?? 0);
  return { peak: Math.max(...seconds), mean: Number((seconds.reduce((a, b) => a + b, 0) / seconds.length).toFixed(1)) };
}

/** Runs the fake clock to `until`, firing each due timer and letting the promises it started settle. */
async function runUntil(clock: ReturnType<typeof FakeTimers.install>, until: number): Promise<void> {
  for (let next = nextTimerAt(clock); next !== undefined && next <= until; next = nextTimerAt(clock)) {
    clock.tick(Math.max(0, next - clock.now));
    // setImmediate is real: one macrotask turn lets every promise chain the timers started settle.
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (until > clock.now) clock.tick(until - clock.now);
}

/**
 * Measures one loop kind: clients start at random points of the first interval; steady state is
 * measured from 2 min to the outage (at 5 min, for 3 min); after recovery from 30 s to 5 min, and
 * from 5 to 10 min. Calls that fail during the outage count as calls too.
 */
export async function measureHerd(loop: HerdLoop, { clients = 1_000, outageAtMs = 5 * 60_000, outageMs = 3 * 60_000, afterMs = 10 * 60_000, seed = 11 }: HerdOptions = {}): Promise<HerdFigures> {
  const clock = FakeTimers.install({ now: T0, toFake: [...FAKED] });
  try {
    const stub = stubBackend();
    const random = seededRandom(seed);
    for (let i = 0; i < clients; i++) setTimeout(() => startClient(loop, stub, i, random), Math.floor(random() * HEARTBEAT_INTERVAL_MS));
    await runUntil(clock, T0 + outageAtMs);
    stub.down = true;
    const recovery = T0 + outageAtMs + outageMs;
    await runUntil(clock, recovery);
    stub.down = false;
    await runUntil(clock, recovery + afterMs);
    const steady = rateOver(stub.callsPerSecond, T0 + 2 * 60_000, T0 + outageAtMs);
    const afterRecovery = rateOver(stub.callsPerSecond, recovery + 30_000, recovery + 5 * 60_000);
    const later = rateOver(stub.callsPerSecond, recovery + 5 * 60_000, recovery + 10 * 60_000);
    return { loop, clients, steady, afterRecovery, later, ratio: Number((afterRecovery.peak / steady.peak).toFixed(2)) };
  } finally {
    clock.uninstall();
  }
}
