// Contract rows for api.participants: join (and take-over), leave, get, list.
import { describe, expect, test, vi } from "vitest";
import { api } from "../convex/_generated/api";
import { HEARTBEAT_TTL_MS } from "../convex/reliability";
import { asOwner, createChatroom, makeBackend, rolesIn, useFakeClock, T0 } from "./setup";


describe("participants", () => {
  useFakeClock();

  test("join creates the participant with readyUntil = now + HEARTBEAT_TTL_MS", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    const joined = await asOwner(t).mutation(api.participants.join, { chatroomId, role: "builder", connectionId: "c-1" });
    expect(joined).toEqual({ readyUntil: T0 + HEARTBEAT_TTL_MS });
    expect(await asOwner(t).query(api.participants.get, { chatroomId, role: "builder" })).toEqual({
      role: "builder",
      connectionId: "c-1",
      readyUntil: T0 + HEARTBEAT_TTL_MS,
    });
    expect(await rolesIn(t, chatroomId)).toEqual([{ role: "builder", connectionId: "c-1" }]);
  });

  test("a second join for a held role takes it over: the new connectionId wins", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    await asOwner(t).mutation(api.participants.join, { chatroomId, role: "builder", connectionId: "c-old" });
    vi.advanceTimersByTime(10_000);
    await asOwner(t).mutation(api.participants.join, { chatroomId, role: "builder", connectionId: "c-new" });
    expect(await rolesIn(t, chatroomId)).toEqual([{ role: "builder", connectionId: "c-new" }]);
    expect(await asOwner(t).query(api.participants.get, { chatroomId, role: "builder" })).toMatchObject({
      connectionId: "c-new",
      readyUntil: T0 + 10_000 + HEARTBEAT_TTL_MS,
    });
  });

  test("roles are case-insensitive and stored lowercase", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    await asOwner(t).mutation(api.participants.join, { chatroomId, role: "Builder", connectionId: "c-1" });
    await asOwner(t).mutation(api.participants.join, { chatroomId, role: "BUILDER", connectionId: "c-2" });
    expect(await rolesIn(t, chatroomId)).toEqual([{ role: "builder", connectionId: "c-2" }]);
    expect(await asOwner(t).query(api.participants.get, { chatroomId, role: "bUiLdEr" })).toMatchObject({ role: "builder" });
  });

  test("leave removes the participant only for the connection that holds the role", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    await asOwner(t).mutation(api.participants.join, { chatroomId, role: "builder", connectionId: "c-1" });
    expect(await asOwner(t).mutation(api.participants.leave, { chatroomId, role: "builder", connectionId: "c-stale" })).toEqual({ left: false });
    expect(await asOwner(t).query(api.participants.get, { chatroomId, role: "builder" })).not.toBeNull();
    expect(await asOwner(t).mutation(api.participants.leave, { chatroomId, role: "builder", connectionId: "c-1" })).toEqual({ left: true });
    expect(await asOwner(t).query(api.participants.get, { chatroomId, role: "builder" })).toBeNull();
    expect(await rolesIn(t, chatroomId)).toEqual([]);
    expect(await asOwner(t).mutation(api.participants.leave, { chatroomId, role: "builder", connectionId: "c-1" })).toEqual({ left: false });
  });

  test("list shows one entry per role, and only for that chatroom", async () => {
    const t = makeBackend();
    const room = await createChatroom(t, "a");
    const other = await createChatroom(t, "b");
    for (const role of ["planner", "builder", "reviewer"]) {
      await asOwner(t).mutation(api.participants.join, { chatroomId: room, role, connectionId: `c-${role}` });
    }
    await asOwner(t).mutation(api.participants.join, { chatroomId: other, role: "builder", connectionId: "c-x" });
    const roles = (await rolesIn(t, room)).map((p) => p.role).sort();
    expect(roles).toEqual(["builder", "planner", "reviewer"]);
  });
});
