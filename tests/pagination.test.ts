// Lists grow without bound only through pages: every record is reachable by paging with small pages,
// and a filter goes through an index, so a new live machine is never hidden behind old ones.
import { describe, expect, test } from "vitest";
import { api } from "../convex/_generated/api";
import { DAEMON_HEARTBEAT_TTL_MS, HEARTBEAT_TTL_MS, MAX_CHATROOMS_PER_OWNER, MAX_MACHINES_PER_OWNER, MAX_ROLES_PER_CHATROOM } from "../convex/reliability";
import { ALICE, allPages, asOwner, createChatroom, makeBackend, registerMachine, useFakeClock, T0 } from "./setup";
import { seedChatrooms, seedMachines, seedParticipants } from "./seed";

describe("pagination", () => {
  useFakeClock();

  test("all 1,000 machines of an owner at the quota are reached by paging 37 at a time, each once, in machineId order", async () => {
    const t = makeBackend();
    await seedMachines(t, MAX_MACHINES_PER_OWNER, T0, DAEMON_HEARTBEAT_TTL_MS);
    const machines = await allPages((paginationOpts) => asOwner(t).query(api.machines.list, { paginationOpts }), 37);
    const ids = machines.map((m) => m.machineId);
    expect(ids).toHaveLength(MAX_MACHINES_PER_OWNER);
    expect(new Set(ids).size).toBe(MAX_MACHINES_PER_OWNER);
    expect(ids).toEqual([...ids].sort());
  });

  test("a newly registered live machine is on the first page of connected: true among 999 disconnected ones", async () => {
    const t = makeBackend();
    await seedMachines(t, MAX_MACHINES_PER_OWNER - 1, T0 - 86_400_000, DAEMON_HEARTBEAT_TTL_MS, false);
    await registerMachine(t, "zz-newest");
    const first = await asOwner(t).query(api.machines.list, { paginationOpts: { numItems: 10, cursor: null }, connected: true });
    expect(first).toMatchObject({ page: [{ machineId: "zz-newest", daemonConnected: true }], isDone: true });
    const disconnected = await allPages((paginationOpts) => asOwner(t).query(api.machines.list, { paginationOpts, connected: false }), 200);
    expect(disconnected).toHaveLength(MAX_MACHINES_PER_OWNER - 1);
    expect(disconnected.every((m) => !m.daemonConnected)).toBe(true);
  });

  test("all 100 roles of a full chatroom are reached by paging 7 at a time, the last role included", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    await seedParticipants(t, chatroomId, MAX_ROLES_PER_CHATROOM - 1, T0 + HEARTBEAT_TTL_MS);
    await asOwner(t).mutation(api.participants.join, { chatroomId, role: "zz-lead", connectionId: "c-lead" });
    const roles = await allPages((paginationOpts) => asOwner(t).query(api.participants.list, { chatroomId, paginationOpts }), 7);
    expect(roles).toHaveLength(MAX_ROLES_PER_CHATROOM);
    expect(roles.at(-1)).toEqual({ role: "zz-lead", connectionId: "c-lead" });
  });

  test("all 1,000 chatrooms of an owner are reached by paging", async () => {
    const t = makeBackend();
    await seedChatrooms(t, MAX_CHATROOMS_PER_OWNER);
    const rooms = await allPages((paginationOpts) => asOwner(t).query(api.chatrooms.list, { paginationOpts }), 150);
    expect(new Set(rooms.map((r) => r.chatroomId)).size).toBe(MAX_CHATROOMS_PER_OWNER);
  });
});

describe("pagination for usePaginatedQuery", () => {
  useFakeClock();

  test("a page carries Convex's split hints through, so usePaginatedQuery can split a page that grew", async () => {
    const t = makeBackend();
    await seedMachines(t, 10, T0, DAEMON_HEARTBEAT_TTL_MS);
    const paginationOpts = { numItems: 10, cursor: null, maximumRowsRead: 3 };
    const raw = await t.run((ctx) =>
      ctx.db
        .query("machines")
        .withIndex("by_ownerId_and_machineId", (q) => q.eq("ownerId", ALICE.tokenIdentifier))
        .paginate(paginationOpts),
    );
    expect(raw.pageStatus).toBeDefined();
    const listed = await asOwner(t).query(api.machines.list, { paginationOpts });
    expect({ splitCursor: listed.splitCursor, pageStatus: listed.pageStatus, continueCursor: listed.continueCursor }).toEqual({
      splitCursor: raw.splitCursor,
      pageStatus: raw.pageStatus,
      continueCursor: raw.continueCursor,
    });
    expect(listed.page.map((m) => m.machineId)).toEqual(raw.page.map((m) => m.machineId));
  });
});
