import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { cleanupClock, heartbeatTest } from "convex-heartbeat/testing";
import { api, internal } from "../convex/_generated/api";
import schema from "../convex/schema";

const modules = import.meta.glob(["../convex/**/*.*s", "!../convex/**/*.d.ts"]);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date", "setTimeout", "clearTimeout", "setInterval", "clearInterval"] });
});
afterEach(() => vi.useRealTimers());

test("an agent that goes silent is removed, and re-joins when it beats again", async () => {
  const t = heartbeatTest(modules, schema);
  const clock = cleanupClock(t, { cleanup: internal.liveness.cleanup.cleanupStaleAgents, advanceTimers: vi.advanceTimersByTimeAsync });
  const me = t.withIdentity({ subject: "alice", tokenIdentifier: "https://auth.example|alice" });
  const chatroomId = await me.mutation(api.liveness.chatrooms.create, { name: "build room" });
  const agent = { chatroomId, role: "reviewer", connectionId: "cli-1" };
  await me.mutation(api.liveness.participants.join, agent);

  await clock.advance(30 * 60_000); // 30 minutes pass; cleanup runs every 15 s on the way

  expect(await me.query(api.liveness.participants.get, { chatroomId, role: "reviewer" })).toBeNull();
  expect(await me.mutation(api.liveness.heartbeat.participantHeartbeat, agent)).toEqual({ status: "rejoinRequired" });
  await me.mutation(api.liveness.participants.join, agent);
  expect(await me.mutation(api.liveness.heartbeat.participantHeartbeat, agent)).toMatchObject({ status: "ok" });
});
