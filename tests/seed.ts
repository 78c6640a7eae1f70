// Bulk fixtures for cost and backlog specs: thousands of agents in one transaction, written in the
// same shape join and register write, because thousands of separate calls would dominate the run.
import type { Id } from "../convex/_generated/dataModel";
import type { Backend } from "./setup";
import { ALICE } from "./setup";

/** Inserts `count` participants (role `agent-<offset+i>`) whose leases run until `readyUntil`. */
export async function seedParticipants(t: Backend, chatroomId: Id<"chatrooms">, count: number, readyUntil: number, offset = 0) {
  await t.run(async (ctx) => {
    for (let i = offset; i < offset + count; i++) {
      const role = `agent-${i}`;
      const connectionId = `conn-${i}`;
      const participant = await ctx.db.insert("participants", { chatroomId, role, connectionId });
      await ctx.db.insert("participantLeases", { participant, chatroomId, role, connectionId, readyUntil });
    }
  });
}

/** Inserts `count` of Alice's machines (`machine-<offset+i>`) last seen at `lastSeenAt`, connected or not. */
export async function seedMachines(t: Backend, count: number, lastSeenAt: number, ttlMs: number, connected = true, offset = 0) {
  await t.run(async (ctx) => {
    for (let i = offset; i < offset + count; i++) {
      const machineId = `machine-${i}`;
      const machine = await ctx.db.insert("machines", { ownerId: ALICE.tokenIdentifier, machineId, daemonConnected: connected });
      await ctx.db.insert("machineLeases", {
        machine,
        ownerId: ALICE.tokenIdentifier,
        machineId,
        lastSeenAt,
        expiresAt: lastSeenAt + ttlMs,
        connected,
      });
    }
  });
}
