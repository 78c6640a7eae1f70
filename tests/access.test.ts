// Cross-cutting access and validation: every public function needs a caller, chatrooms are their
// owner's alone, bad identifiers are INVALID_ARGUMENT, and a rejected call changes nothing.
import { describe, expect, test } from "vitest";
import { api } from "../convex/_generated/api";
import type { Id } from "../convex/_generated/dataModel";
import { asOther, asOwner, createChatroom, expectFailure, makeBackend, registerMachine, snapshot, type Backend, useFakeClock } from "./setup";


/** Every public function called with valid arguments by `caller`. */
function everyPublicCall(caller: Pick<Backend, "mutation" | "query">, chatroomId: Id<"chatrooms">) {
  const who = { chatroomId, role: "builder", connectionId: "c-1" };
  return {
    "machines.register": () => caller.mutation(api.machines.register, { machineId: "m-1" }),
    "machines.disconnect": () => caller.mutation(api.machines.disconnect, { machineId: "m-1" }),
    "machines.get": () => caller.query(api.machines.get, { machineId: "m-1" }),
    "machines.list": () => caller.query(api.machines.list, {}),
    "chatrooms.create": () => caller.mutation(api.chatrooms.create, { name: "room" }),
    "participants.join": () => caller.mutation(api.participants.join, who),
    "participants.leave": () => caller.mutation(api.participants.leave, who),
    "participants.get": () => caller.query(api.participants.get, { chatroomId, role: "builder" }),
    "participants.list": () => caller.query(api.participants.list, { chatroomId }),
    "heartbeat.daemonHeartbeat": () => caller.mutation(api.heartbeat.daemonHeartbeat, { machineId: "m-1" }),
    "heartbeat.participantHeartbeat": () => caller.mutation(api.heartbeat.participantHeartbeat, who),
  };
}

/** A backend where Alice has a machine and a chatroom with one participant. */
async function populated() {
  const t = makeBackend();
  await registerMachine(t, "m-1");
  const chatroomId = await createChatroom(t);
  await asOwner(t).mutation(api.participants.join, { chatroomId, role: "builder", connectionId: "c-1" });
  return { t, chatroomId };
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

  test("another owner cannot join, leave, beat or read a chatroom's participants", async () => {
    const { t, chatroomId } = await populated();
    const before = await snapshot(t);
    const calls = everyPublicCall(asOther(t), chatroomId);
    for (const name of ["participants.join", "participants.leave", "participants.get", "participants.list", "heartbeat.participantHeartbeat"] as const) {
      await expectFailure(calls[name](), "FORBIDDEN", "chatroomId").catch((e: Error) => {
        throw new Error(`${name}: ${e.message}`);
      });
    }
    expect(await snapshot(t)).toEqual(before);
  });

  test("a chatroom that does not exist is NOT_FOUND for every participant function", async () => {
    const { t } = await populated();
    const gone = await createChatroom(t, "doomed");
    await t.run((ctx) => ctx.db.delete(gone));
    const calls = everyPublicCall(asOwner(t), gone);
    for (const name of ["participants.join", "participants.leave", "participants.get", "participants.list", "heartbeat.participantHeartbeat"] as const) {
      await expectFailure(calls[name](), "NOT_FOUND", "chatroomId").catch((e: Error) => {
        throw new Error(`${name}: ${e.message}`);
      });
    }
  });

  test.each([
    ["an empty machineId", { machineId: "" }],
    ["a machineId with a space", { machineId: "bad id" }],
    ["a machineId with a slash", { machineId: "a/b" }],
    ["a machineId of 129 chars", { machineId: "m".repeat(129) }],
  ])("register rejects %s as INVALID_ARGUMENT on machineId", async (_, args) => {
    const t = makeBackend();
    await expectFailure(asOwner(t).mutation(api.machines.register, args), "INVALID_ARGUMENT", "machineId");
    expect(await asOwner(t).query(api.machines.list, {})).toEqual([]);
  });

  test("identifiers at their maximum length are accepted", async () => {
    const t = makeBackend();
    const machineId = "m".repeat(128);
    await asOwner(t).mutation(api.machines.register, { machineId, hostname: "h".repeat(253) });
    const chatroomId = await asOwner(t).mutation(api.chatrooms.create, { name: "n".repeat(100) });
    await asOwner(t).mutation(api.participants.join, { chatroomId, role: "r".repeat(64), connectionId: "c:.-_".repeat(25) + "abc" });
    expect(await asOwner(t).query(api.participants.list, { chatroomId })).toHaveLength(1);
  });

  test("a hostname over 253 chars is INVALID_ARGUMENT", async () => {
    const t = makeBackend();
    await expectFailure(asOwner(t).mutation(api.machines.register, { machineId: "m-1", hostname: "h".repeat(254) }), "INVALID_ARGUMENT", "hostname");
  });

  test.each([
    ["an empty name", ""],
    ["a name of 101 chars", "n".repeat(101)],
  ])("chatrooms.create rejects %s as INVALID_ARGUMENT", async (_, name) => {
    const t = makeBackend();
    await expectFailure(asOwner(t).mutation(api.chatrooms.create, { name }), "INVALID_ARGUMENT", "name");
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
  ])("a chatroomId that is %s is INVALID_ARGUMENT for every participant function, not a validator crash", async (_, kind) => {
    const { t } = await populated();
    const machineDocId = await t.run(async (ctx) => (await ctx.db.query("machines").first())!._id);
    const bad = (kind === "machine" ? machineDocId : kind) as unknown as Id<"chatrooms">;
    const calls = everyPublicCall(asOwner(t), bad);
    for (const name of ["participants.join", "participants.leave", "participants.get", "participants.list", "heartbeat.participantHeartbeat"] as const) {
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
      () => owner.mutation(api.machines.disconnect, { machineId }),
      () => owner.query(api.machines.get, { machineId }),
      () => owner.mutation(api.heartbeat.daemonHeartbeat, { machineId }),
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
});
