// Quotas: one more machine, chatroom or role than allowed is QUOTA_EXCEEDED and changes nothing,
// while calls on records that exist are never refused.
import { describe, expect, test, vi } from "vitest";
import { api } from "../convex/_generated/api";
import {
  CLEANUP_INTERVAL_MS,
  DAEMON_HEARTBEAT_TTL_MS,
  HEARTBEAT_TTL_MS,
  MAX_CHATROOMS_PER_OWNER,
  MAX_MACHINES_PER_OWNER,
  MAX_ROLES_PER_CHATROOM,
} from "../convex/reliability";
import { asOther, asOwner, createChatroom, daemonBeat, expectFailure, makeBackend, registerMachine, runCleanup, snapshot, useFakeClock, T0 } from "./setup";
import { seedChatrooms, seedMachines, seedParticipants } from "./seed";

describe("quotas", () => {
  useFakeClock();

  test("an owner's machine beyond MAX_MACHINES_PER_OWNER is refused, while existing machines keep working and other owners are unaffected", async () => {
    const t = makeBackend();
    await seedMachines(t, MAX_MACHINES_PER_OWNER - 1, T0, DAEMON_HEARTBEAT_TTL_MS);
    await registerMachine(t, "the-last-one");
    const before = await snapshot(t);
    await expectFailure(registerMachine(t, "one-too-many"), "QUOTA_EXCEEDED", "machineId");
    expect(await snapshot(t)).toEqual(before);
    // Calls on existing records are never refused by the quota.
    expect(await registerMachine(t, "the-last-one", "renamed")).toEqual({ machineId: "the-last-one", daemonConnected: true });
    expect(await daemonBeat(t, "the-last-one")).toEqual({ status: "ok", recovered: false });
    expect(await asOther(t).mutation(api.machines.register, { machineId: "one-too-many", instanceId: "x" })).toMatchObject({ daemonConnected: true });
    // Removing one makes room for one.
    await asOwner(t).mutation(api.machines.remove, { machineId: "the-last-one" });
    expect(await registerMachine(t, "one-too-many")).toMatchObject({ daemonConnected: true });
  });

  test("an owner's chatroom beyond MAX_CHATROOMS_PER_OWNER is refused and creates nothing", async () => {
    const t = makeBackend();
    await seedChatrooms(t, MAX_CHATROOMS_PER_OWNER - 1);
    await createChatroom(t, "the last one");
    const before = await snapshot(t);
    await expectFailure(createChatroom(t, "one too many"), "QUOTA_EXCEEDED", "name");
    expect(await snapshot(t)).toEqual(before);
    await asOther(t).mutation(api.chatrooms.create, { name: "theirs" });
  });

  test("a join that would create role MAX_ROLES_PER_CHATROOM + 1 is refused; joins of held roles, take-overs and a re-join after cleanup are not", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    // The other roles stay alive through the story (their leases run for an hour).
    await seedParticipants(t, chatroomId, MAX_ROLES_PER_CHATROOM - 1, T0 + 3_600_000);
    const last = { chatroomId, role: "the-last-one", connectionId: "c-last" };
    await asOwner(t).mutation(api.participants.join, last);
    const before = await snapshot(t);
    await expectFailure(asOwner(t).mutation(api.participants.join, { chatroomId, role: "one-too-many", connectionId: "c-x" }), "QUOTA_EXCEEDED", "role");
    expect(await snapshot(t)).toEqual(before);
    await asOwner(t).mutation(api.participants.join, { ...last, connectionId: "c-takeover" });
    // The last role goes silent and cleanup removes it; its re-join is allowed (the room holds 99 others).
    for (let at = CLEANUP_INTERVAL_MS; at <= HEARTBEAT_TTL_MS + CLEANUP_INTERVAL_MS; at += CLEANUP_INTERVAL_MS) {
      vi.setSystemTime(T0 + at);
      await runCleanup(t);
    }
    expect(await asOwner(t).mutation(api.heartbeat.participantHeartbeat, { ...last, connectionId: "c-takeover" })).toEqual({ status: "rejoinRequired" });
    await asOwner(t).mutation(api.participants.join, { ...last, connectionId: "c-takeover" });
    await expectFailure(asOwner(t).mutation(api.participants.join, { chatroomId, role: "one-too-many", connectionId: "c-x" }), "QUOTA_EXCEEDED", "role");
  });
});
