// Cross-cutting access and validation: every public function needs a caller, an outsider learns
// nothing (every answer about another owner's record equals the answer for a missing one), bad input
// is INVALID_ARGUMENT, and a rejected call changes nothing.
import { describe, expect, test } from "vitest";
import { api } from "../convex/_generated/api";
import type { Id } from "../convex/_generated/dataModel";
import {
  asOther,
  asOwner,
  createChatroom,
  expectFailure,
  FIRST_PAGE,
  INSTANCE,
  machinesOf,
  makeBackend,
  registerMachine,
  rolesIn,
  snapshot,
  type Backend,
  useFakeClock,
} from "./setup";

/** Every public function called with valid arguments by `caller`. */
function everyPublicCall(caller: Pick<Backend, "mutation" | "query">, chatroomId: Id<"chatrooms">, machineId = "m-1") {
  const who = { chatroomId, role: "builder", connectionId: "c-1" };
  const daemon = { machineId, instanceId: INSTANCE };
  return {
    "machines.register": () => caller.mutation(api.machines.register, daemon),
    "machines.disconnect": () => caller.mutation(api.machines.disconnect, daemon),
    "machines.get": () => caller.query(api.machines.get, { machineId }),
    "machines.list": () => caller.query(api.machines.list, { paginationOpts: FIRST_PAGE }),
    "machines.remove": () => caller.mutation(api.machines.remove, { machineId }),
    "chatrooms.create": () => caller.mutation(api.chatrooms.create, { name: "room" }),
    "chatrooms.list": () => caller.query(api.chatrooms.list, { paginationOpts: FIRST_PAGE }),
    "chatrooms.remove": () => caller.mutation(api.chatrooms.remove, { chatroomId }),
    "participants.join": () => caller.mutation(api.participants.join, who),
    "participants.leave": () => caller.mutation(api.participants.leave, who),
    "participants.get": () => caller.query(api.participants.get, { chatroomId, role: "builder" }),
    "participants.list": () => caller.query(api.participants.list, { chatroomId, paginationOpts: FIRST_PAGE }),
    "heartbeat.daemonHeartbeat": () => caller.mutation(api.heartbeat.daemonHeartbeat, daemon),
    "heartbeat.participantHeartbeat": () => caller.mutation(api.heartbeat.participantHeartbeat, who),
  };
}

/** The functions that take a chatroomId. */
const CHATROOM_CALLS = ["chatrooms.remove", "participants.join", "participants.leave", "participants.get", "participants.list", "heartbeat.participantHeartbeat"] as const;

/** A backend where Alice has a machine and a chatroom with one participant. */
async function populated() {
  const t = makeBackend();
  await registerMachine(t, "m-1");
  const chatroomId = await createChatroom(t);
  await asOwner(t).mutation(api.participants.join, { chatroomId, role: "builder", connectionId: "c-1" });
  return { t, chatroomId };
}

/** What a call answered: its result, or the data of the error it threw. */
async function answerOf(call: () => Promise<unknown>): Promise<{ result: unknown } | { error: unknown }> {
  try {
    return { result: await call() };
  } catch (error) {
    return { error: (error as { data?: unknown }).data ?? String(error) };
  }
}

describe("access", () => {
  useFakeClock();

  test("every public function rejects a caller with no identity, and changes nothing", async () => {
    const { t, chatroomId } = await populated();
    const before = await snapshot(t);
    for (const [name, call] of Object.entries(everyPublicCall(t, chatroomId))) {
      await expectFailure(call(), "UNAUTHENTICATED").catch((e: Error) => {
        throw new Error(`${name}: ${e.message}`);
      });
    }
    expect(await snapshot(t)).toEqual(before);
  });

  test("an outsider probing another owner's chatroom gets exactly the answers for a chatroom that does not exist, and changes nothing", async () => {
    const { t, chatroomId } = await populated();
    const gone = await asOther(t).mutation(api.chatrooms.create, { name: "doomed" });
    await asOther(t).mutation(api.chatrooms.remove, { chatroomId: gone });
    const before = await snapshot(t);
    const probes = everyPublicCall(asOther(t), chatroomId);
    const controls = everyPublicCall(asOther(t), gone);
    for (const name of CHATROOM_CALLS) {
      const probe = await answerOf(probes[name]);
      expect(probe, name).toEqual(await answerOf(controls[name]));
      expect(probe, name).toEqual({ error: { code: "NOT_FOUND", message: "no such chatroom", field: "chatroomId" } });
    }
    expect(await snapshot(t)).toEqual(before);
  });

  test("an outsider probing another owner's machineId gets exactly the answers for a machine that does not exist, and changes nothing", async () => {
    const { t, chatroomId } = await populated();
    const before = await snapshot(t);
    const probes = everyPublicCall(asOther(t), chatroomId, "m-1");
    const controls = everyPublicCall(asOther(t), chatroomId, "never-registered");
    for (const name of ["machines.get", "machines.disconnect", "machines.remove", "heartbeat.daemonHeartbeat"] as const) {
      const probe = await answerOf(probes[name]);
      expect(probe, name).toEqual(await answerOf(controls[name]));
    }
    expect(await snapshot(t)).toEqual(before);
    expect(await machinesOf(t, asOther(t))).toEqual([]);
  });

  test.each([
    ["an empty machineId", { machineId: "" }],
    ["a machineId with a space", { machineId: "bad id" }],
    ["a machineId with a slash", { machineId: "a/b" }],
    ["a machineId of 129 chars", { machineId: "m".repeat(129) }],
  ])("register rejects %s as INVALID_ARGUMENT on machineId", async (_, args) => {
    const t = makeBackend();
    await expectFailure(asOwner(t).mutation(api.machines.register, { ...args, instanceId: INSTANCE }), "INVALID_ARGUMENT", "machineId");
    expect(await machinesOf(t)).toEqual([]);
  });

  test.each([
    ["empty", ""],
    ["with a space", "bad id"],
    ["of 129 chars", "i".repeat(129)],
  ])("an instanceId %s is INVALID_ARGUMENT for register, beat and disconnect", async (_, instanceId) => {
    const { t } = await populated();
    const before = await snapshot(t);
    for (const fn of [api.machines.register, api.heartbeat.daemonHeartbeat, api.machines.disconnect]) {
      await expectFailure(asOwner(t).mutation(fn, { machineId: "m-1", instanceId }), "INVALID_ARGUMENT", "instanceId");
    }
    expect(await snapshot(t)).toEqual(before);
  });

  test("identifiers and texts at their maximum length are accepted", async () => {
    const t = makeBackend();
    const machineId = "m".repeat(128);
    await asOwner(t).mutation(api.machines.register, { machineId, instanceId: "i".repeat(128), hostname: "h".repeat(253) });
    const chatroomId = await asOwner(t).mutation(api.chatrooms.create, { name: "n".repeat(100) });
    await asOwner(t).mutation(api.participants.join, { chatroomId, role: "r".repeat(64), connectionId: "c:.-_".repeat(25) + "abc" });
    expect(await rolesIn(t, chatroomId)).toHaveLength(1);
  });

  test("a hostname over 253 chars is INVALID_ARGUMENT", async () => {
    const t = makeBackend();
    await expectFailure(asOwner(t).mutation(api.machines.register, { machineId: "m-1", instanceId: INSTANCE, hostname: "h".repeat(254) }), "INVALID_ARGUMENT", "hostname");
  });

  test.each([
    ["empty", ""],
    ["only spaces", "   "],
    ["only a tab and a no-break space", "\t\u00a0"],
    ["a NUL", "build\u0000box"],
    ["a newline", "build\nbox"],
    ["a C1 control", "build\u0085box"],
    ["the right-to-left override", "build\u202ebox"],
    ["a zero-width space", "build\u200bbox"],
    ["a lone high surrogate", "build\ud800box"],
    ["a lone low surrogate", "box\udc00"],
    ["hidden tag characters after a flag", "ops \u{1F3F4}\u{E0049}\u{E0047}\u{E004E}\u{E007F}"],
    ["a zero-width joiner between letters", "build\u200dbox"],
  ])("hostname and chatroom name reject text that is %s as INVALID_ARGUMENT, and change nothing", async (_, text) => {
    const { t } = await populated();
    const before = await snapshot(t);
    await expectFailure(asOwner(t).mutation(api.machines.register, { machineId: "m-2", instanceId: INSTANCE, hostname: text }), "INVALID_ARGUMENT", "hostname");
    await expectFailure(asOwner(t).mutation(api.chatrooms.create, { name: text }), "INVALID_ARGUMENT", "name");
    expect(await snapshot(t)).toEqual(before);
  });

  test.each([
    ["spaces inside", "build box 7"],
    ["accents", "Café Zürich ñ"],
    ["an emoji", "deploys 🚀"],
    ["a family emoji joined by ZWJ", "team 👨‍👩‍👧"],
    ["a flag", "🇳🇱 ops"],
    ["skin-toned emoji joined by ZWJ", "on call 👨🏽‍💻 🏃🏿‍♂️"],
    ["a subdivision flag", "🏴󠁧󠁢󠁳󠁣󠁴󠁿 team"],
    ["CJK", "構築サーバー"],
  ])("ordinary text with %s is accepted as hostname and chatroom name", async (_, text) => {
    const t = makeBackend();
    await asOwner(t).mutation(api.machines.register, { machineId: "m-1", instanceId: INSTANCE, hostname: text });
    expect(await asOwner(t).query(api.machines.get, { machineId: "m-1" })).toMatchObject({ hostname: text });
    const chatroomId = await asOwner(t).mutation(api.chatrooms.create, { name: text });
    expect(await t.run((ctx) => ctx.db.get(chatroomId))).toMatchObject({ name: text });
  });

  test("a chatroom name of 101 chars is INVALID_ARGUMENT", async () => {
    const t = makeBackend();
    await expectFailure(asOwner(t).mutation(api.chatrooms.create, { name: "n".repeat(101) }), "INVALID_ARGUMENT", "name");
  });

  test.each([
    ["role", { role: "", connectionId: "c-1" }],
    ["role", { role: "has space", connectionId: "c-1" }],
    ["role", { role: "dots.not.allowed", connectionId: "c-1" }],
    ["role", { role: "r".repeat(65), connectionId: "c-1" }],
    ["connectionId", { role: "builder", connectionId: "" }],
    ["connectionId", { role: "builder", connectionId: "c/1" }],
    ["connectionId", { role: "builder", connectionId: "c".repeat(129) }],
  ])("join and participantHeartbeat reject a bad %s and change nothing", async (field, bad) => {
    const { t, chatroomId } = await populated();
    const before = await snapshot(t);
    await expectFailure(asOwner(t).mutation(api.participants.join, { chatroomId, ...bad }), "INVALID_ARGUMENT", field);
    await expectFailure(asOwner(t).mutation(api.heartbeat.participantHeartbeat, { chatroomId, ...bad }), "INVALID_ARGUMENT", field);
    expect(await snapshot(t)).toEqual(before);
  });

  test.each([
    ["a string that is no id", "not-an-id"],
    ["an id from another table", "machine"],
  ])("a chatroomId that is %s is INVALID_ARGUMENT for every chatroom function, not a validator crash", async (_, kind) => {
    const { t } = await populated();
    const machineDocId = await t.run(async (ctx) => (await ctx.db.query("machines").first())!._id);
    const bad = (kind === "machine" ? machineDocId : kind) as unknown as Id<"chatrooms">;
    const calls = everyPublicCall(asOwner(t), bad);
    for (const name of CHATROOM_CALLS) {
      await expectFailure(calls[name](), "INVALID_ARGUMENT", "chatroomId").catch((e: Error) => {
        throw new Error(`${name}: ${e.message}`);
      });
    }
  });

  test("every function taking a machineId rejects a bad one as INVALID_ARGUMENT", async () => {
    const { t } = await populated();
    const machineId = "no spaces allowed";
    const owner = asOwner(t);
    for (const call of [
      () => owner.mutation(api.machines.disconnect, { machineId, instanceId: INSTANCE }),
      () => owner.mutation(api.machines.remove, { machineId }),
      () => owner.query(api.machines.get, { machineId }),
      () => owner.mutation(api.heartbeat.daemonHeartbeat, { machineId, instanceId: INSTANCE }),
    ]) {
      await expectFailure(call(), "INVALID_ARGUMENT", "machineId");
    }
  });

  test("leave and get reject a bad role or connectionId as INVALID_ARGUMENT", async () => {
    const { t, chatroomId } = await populated();
    const owner = asOwner(t);
    await expectFailure(owner.mutation(api.participants.leave, { chatroomId, role: "bad role", connectionId: "c-1" }), "INVALID_ARGUMENT", "role");
    await expectFailure(owner.mutation(api.participants.leave, { chatroomId, role: "builder", connectionId: "c 1" }), "INVALID_ARGUMENT", "connectionId");
    await expectFailure(owner.query(api.participants.get, { chatroomId, role: "r".repeat(65) }), "INVALID_ARGUMENT", "role");
  });

  test.each([
    ["0 items", { numItems: 0, cursor: null }],
    ["201 items", { numItems: 201, cursor: null }],
    ["a fraction", { numItems: 2.5, cursor: null }],
  ])("a page of %s is INVALID_ARGUMENT for every list", async (_, paginationOpts) => {
    const { t, chatroomId } = await populated();
    const owner = asOwner(t);
    await expectFailure(owner.query(api.machines.list, { paginationOpts }), "INVALID_ARGUMENT", "paginationOpts");
    await expectFailure(owner.query(api.chatrooms.list, { paginationOpts }), "INVALID_ARGUMENT", "paginationOpts");
    await expectFailure(owner.query(api.participants.list, { chatroomId, paginationOpts }), "INVALID_ARGUMENT", "paginationOpts");
  });
});
