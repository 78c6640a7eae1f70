// Contract rows for api.chatrooms: create, list (paginated) and remove, which takes every participant
// with it in one transaction.
import { describe, expect, test } from "vitest";
import { api } from "../convex/_generated/api";
import { MAX_ROLES_PER_CHATROOM } from "../convex/reliability";
import { allPages, asOther, asOwner, createChatroom, expectFailure, makeBackend, rolesIn, snapshot, useFakeClock } from "./setup";

describe("chatrooms", () => {
  useFakeClock();

  test("create returns a chatroom the caller owns", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t, "Build room");
    expect(await t.run((ctx) => ctx.db.get(chatroomId))).toMatchObject({ name: "Build room", ownerId: "https://auth.test|alice" });
  });

  test("list pages through the caller's chatrooms, oldest first, and only theirs", async () => {
    const t = makeBackend();
    const ids = [];
    for (const name of ["a", "b", "c"]) ids.push(await createChatroom(t, name));
    await asOther(t).mutation(api.chatrooms.create, { name: "theirs" });
    const rooms = await allPages((paginationOpts) => asOwner(t).query(api.chatrooms.list, { paginationOpts }), 2);
    expect(rooms).toEqual([
      { chatroomId: ids[0], name: "a" },
      { chatroomId: ids[1], name: "b" },
      { chatroomId: ids[2], name: "c" },
    ]);
  });

  test("removing a full chatroom deletes it with all its participants in one transaction within Convex's limits; later beats and joins are NOT_FOUND", async () => {
    const t = makeBackend(true);
    const chatroomId = await createChatroom(t);
    for (let i = 0; i < MAX_ROLES_PER_CHATROOM; i++) {
      await asOwner(t).mutation(api.participants.join, { chatroomId, role: `role-${i}`, connectionId: `c-${i}` });
    }
    const other = await createChatroom(t, "other");
    await asOwner(t).mutation(api.participants.join, { chatroomId: other, role: "stays", connectionId: "c-x" });
    expect(await asOwner(t).mutation(api.chatrooms.remove, { chatroomId })).toEqual({ removed: true });
    const left = await t.run(async (ctx) => ({
      participants: (await ctx.db.query("participants").collect()).map((p) => p.role),
      leases: (await ctx.db.query("participantLeases").collect()).map((p) => p.role),
    }));
    expect(left).toEqual({ participants: ["stays"], leases: ["stays"] });
    const me = { chatroomId, role: "role-0", connectionId: "c-0" };
    await expectFailure(asOwner(t).mutation(api.heartbeat.participantHeartbeat, me), "NOT_FOUND", "chatroomId");
    await expectFailure(asOwner(t).mutation(api.participants.join, me), "NOT_FOUND", "chatroomId");
    await expectFailure(asOwner(t).mutation(api.chatrooms.remove, { chatroomId }), "NOT_FOUND", "chatroomId");
    expect(await rolesIn(t, other)).toEqual([{ role: "stays", connectionId: "c-x" }]);
  });

  test("another owner cannot remove a chatroom: NOT_FOUND, and nothing changes", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    await asOwner(t).mutation(api.participants.join, { chatroomId, role: "builder", connectionId: "c-1" });
    const before = await snapshot(t);
    await expectFailure(asOther(t).mutation(api.chatrooms.remove, { chatroomId }), "NOT_FOUND", "chatroomId");
    expect(await snapshot(t)).toEqual(before);
  });
});
