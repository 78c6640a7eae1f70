// Bulk fixtures for cost, quota and backlog specs: thousands of records in one transaction, written in
// the same shape join and register write, because thousands of separate calls would dominate the run.
import type { Id } from "../convex/_generated/dataModel";
import type { Backend } from "./setup";
import { ALICE, INSTANCE } from "./setup";

/** Inserts `count` participants (role `agent-<offset+i>`) of Alice's chatroom whose leases run until `readyUntil`. */
export async function seedParticipants(t: Backend, chatroomId: Id<"chatrooms">, count: number, readyUntil: number, offset = 0) {
  await t.run(async (ctx) => {
    for (let i = offset; i < offset + count; i++) {
      const role = `agent-${i}`;
      const connectionId = `conn-${i}`;
      const participant = await ctx.db.insert("participants", { chatroomId, role, connectionId });
      await ctx.db.insert("participantLeases", { participant, chatroomId, ownerId: ALICE.tokenIdentifier, role, connectionId, readyUntil });
    }
  });
}

/** Inserts `count` of Alice's machines (`machine-<offset+i>`) last seen at `lastSeenAt`, connected or not. */
export async function seedMachines(t: Backend, count: number, lastSeenAt: number, ttlMs: number, connected = true, offset = 0) {
  await t.run(async (ctx) => {
    for (let i = offset; i < offset + count; i++) {
      const machineId = `machine-${String(i).padStart(5, "0")}`;
      const ownerId = ALICE.tokenIdentifier;
      const machine = await ctx.db.insert("machines", { ownerId, machineId, daemonConnected: connected, instanceId: INSTANCE });
      // A disconnected lease's expiresAt is when the machine stopped being live.
      const expiresAt = lastSeenAt + ttlMs;
      await ctx.db.insert("machineLeases", { machine, ownerId, machineId, instanceId: INSTANCE, lastSeenAt, expiresAt, connected });
    }
  });
}

/** Inserts `count` of Alice's chatrooms (`room-<offset+i>`). */
export async function seedChatrooms(t: Backend, count: number, offset = 0) {
  await t.run(async (ctx) => {
    for (let i = offset; i < offset + count; i++) await ctx.db.insert("chatrooms", { ownerId: ALICE.tokenIdentifier, name: `room-${i}` });
  });
}
