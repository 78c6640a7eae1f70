// convex-heartbeat/testing, as an app's own test suite uses it: a backend with the module's tables
// and a cron clock, so "5 minutes pass" runs cleanup every CLEANUP_INTERVAL_MS on the way.
import { describe, expect, test, vi } from "vitest";
import { api, internal } from "../convex/_generated/api";
import schema from "../convex/schema";
import { HEARTBEAT_TTL_MS, CLEANUP_INTERVAL_MS } from "../convex/reliability";
import { modules } from "../sim/modules";
import { cleanupClock, heartbeatTest } from "../src/testing/index";
import { ALICE, FIRST_PAGE, useFakeClock, T0 } from "./setup";

describe("convex-heartbeat/testing", () => {
  useFakeClock();

  test("with the clock, a silent agent is removed after its TTL and a beating one is kept", async () => {
    const t = heartbeatTest(modules, schema);
    const clock = cleanupClock(t, { cleanup: internal.cleanup.cleanupStaleAgents, advanceTimers: vi.advanceTimersByTimeAsync });
    const alice = t.withIdentity(ALICE);
    const chatroomId = await alice.mutation(api.chatrooms.create, { name: "room" });
    const live = { chatroomId, role: "live", connectionId: "c-live" };
    await alice.mutation(api.participants.join, live);
    await alice.mutation(api.participants.join, { chatroomId, role: "silent", connectionId: "c-silent" });
    for (let beat = 0; beat < 10; beat++) {
      await clock.advance(30_000);
      await alice.mutation(api.heartbeat.participantHeartbeat, live);
    }
    expect(Date.now()).toBe(T0 + 300_000);
    expect((await alice.query(api.participants.list, { chatroomId, paginationOpts: FIRST_PAGE })).page.map((p) => p.role)).toEqual(["live"]);
  });

  test("without it, one jump past the TTL reads as a backend outage: the first cleanup after it spares everyone", async () => {
    const t = heartbeatTest(modules, schema);
    const alice = t.withIdentity(ALICE);
    const chatroomId = await alice.mutation(api.chatrooms.create, { name: "room" });
    await alice.mutation(api.participants.join, { chatroomId, role: "silent", connectionId: "c-1" });
    await t.mutation(internal.cleanup.cleanupStaleAgents, {});
    vi.advanceTimersByTime(5 * 60_000);
    expect(await t.mutation(internal.cleanup.cleanupStaleAgents, {})).toMatchObject({ participantsRemoved: 0 });
    // The clock's ticks, from here on, end the grace and remove the silent agent.
    const clock = cleanupClock(t, { cleanup: internal.cleanup.cleanupStaleAgents, advanceTimers: vi.advanceTimersByTime });
    await clock.advance(HEARTBEAT_TTL_MS);
    expect((await alice.query(api.participants.list, { chatroomId, paginationOpts: FIRST_PAGE })).page).toEqual([]);
  });

  test("a tick runs a whole continuation chain: a backlog of 1,200 is gone after one tick", async () => {
    const t = heartbeatTest(modules, schema);
    const clock = cleanupClock(t, { cleanup: internal.cleanup.cleanupStaleAgents, advanceTimers: vi.advanceTimersByTimeAsync });
    const chatroomId = await t.withIdentity(ALICE).mutation(api.chatrooms.create, { name: "room" });
    await t.run(async (ctx) => {
      for (let i = 0; i < 1_200; i++) {
        const fields = { chatroomId, role: `r-${i}`, connectionId: `c-${i}` };
        const participant = await ctx.db.insert("participants", fields);
        await ctx.db.insert("participantLeases", { ...fields, participant, ownerId: ALICE.tokenIdentifier, readyUntil: T0 - 1 });
      }
    });
    expect(await clock.tick()).toMatchObject({ participantsRemoved: 500, hasMore: true });
    expect(await t.run(async (ctx) => (await ctx.db.query("participants").take(1)).length)).toBe(0);
    await clock.advance(CLEANUP_INTERVAL_MS);
  });

  test("the clock refuses a negative or non-finite step", async () => {
    const t = heartbeatTest(modules);
    const clock = cleanupClock(t, { cleanup: internal.cleanup.cleanupStaleAgents, advanceTimers: vi.advanceTimersByTime });
    await expect(clock.advance(-1)).rejects.toThrow(TypeError);
    await expect(clock.advance(Number.NaN)).rejects.toThrow(TypeError);
  });
});
