// convex-heartbeat mounted under convex/liveness/ behaves as it does at the root: heartbeat, cleanup,
// recovery and re-join, driven by the package's testing helpers and its SDK, next to the app's own tables.
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { startDaemonHeartbeat, startParticipantHeartbeat, type HeartbeatEvent } from "convex-heartbeat";
import { cleanupClock, heartbeatTest } from "convex-heartbeat/testing";
import { api, internal } from "../convex/_generated/api";
import schema from "../convex/schema";
import { modules } from "./modules";

const ALICE = { subject: "alice", issuer: "https://auth.example", tokenIdentifier: "https://auth.example|alice" };
const FIRST_PAGE = { numItems: 50, cursor: null };

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date", "setTimeout", "clearTimeout", "setInterval", "clearInterval"] });
  vi.setSystemTime(Date.UTC(2026, 0, 1));
});
afterEach(() => vi.useRealTimers());

/** A backend with the app's schema and functions, Alice's accessor, and the cron clock. */
function setup() {
  const t = heartbeatTest(modules, schema);
  const clock = cleanupClock(t, { cleanup: internal.liveness.cleanup.cleanupStaleAgents, advanceTimers: vi.advanceTimersByTimeAsync });
  return { t, alice: t.withIdentity(ALICE), clock };
}

test("a daemon silent past its TTL is disconnected by the cron, and its next beat reconnects it", async () => {
  const { alice, clock } = setup();
  const daemon = { machineId: "build-box-7", instanceId: "daemon-1" };
  await alice.mutation(api.liveness.machines.register, daemon);
  await clock.advance(5 * 60_000);
  expect(await alice.query(api.liveness.machines.get, { machineId: "build-box-7" })).toMatchObject({ daemonConnected: false });
  expect(await alice.mutation(api.liveness.heartbeat.daemonHeartbeat, daemon)).toEqual({ status: "ok", recovered: true });
  expect(await alice.query(api.liveness.machines.get, { machineId: "build-box-7" })).toMatchObject({ daemonConnected: true });
});

test("the SDK's loops, pointed at the app's own references, heal after cleanup removed them", async () => {
  const { t, alice, clock } = setup();
  const chatroomId = await alice.mutation(api.liveness.chatrooms.create, { name: "build room" });
  const events: HeartbeatEvent["type"][] = [];
  const daemon = startDaemonHeartbeat({
    client: alice,
    machineId: "build-box-7",
    functions: { register: api.liveness.machines.register, heartbeat: api.liveness.heartbeat.daemonHeartbeat, disconnect: api.liveness.machines.disconnect },
  });
  const agent = startParticipantHeartbeat({
    client: alice,
    chatroomId,
    role: "reviewer",
    functions: { join: api.liveness.participants.join, heartbeat: api.liveness.heartbeat.participantHeartbeat, leave: api.liveness.participants.leave },
    onEvent: (event) => events.push(event.type),
  });
  await clock.advance(10 * 60_000);
  expect(daemon.status).toBe("healthy");
  expect((await alice.query(api.liveness.participants.list, { chatroomId, paginationOpts: FIRST_PAGE })).page).toEqual([
    { role: "reviewer", connectionId: agent.connectionId },
  ]);
  // Someone removes the participant out of band; the agent's next beat re-joins, with no restart.
  await alice.mutation(api.liveness.participants.leave, { chatroomId, role: "reviewer", connectionId: agent.connectionId });
  await clock.advance(30_000);
  expect(events).toContain("rejoined");
  expect((await alice.query(api.liveness.participants.list, { chatroomId, paginationOpts: FIRST_PAGE })).page).toHaveLength(1);
  await agent.stop();
  await daemon.stop();
  expect(await alice.query(api.liveness.machines.get, { machineId: "build-box-7" })).toMatchObject({ daemonConnected: false });
  expect(await t.run((ctx) => ctx.db.query("notes").collect())).toEqual([]);
});

test("the app's own tables and functions live beside the module's", async () => {
  const { alice, clock } = setup();
  await alice.mutation(api.notes.add, { text: "deploy at noon" });
  await clock.advance(60_000);
  expect(await alice.query(api.notes.latest, {})).toEqual(["deploy at noon"]);
});
