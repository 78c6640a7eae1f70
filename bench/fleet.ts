// Fleet fixtures shared by the scenarios: live agents and stale ones, half daemons and half CLI
// participants, stale by the same TTL rules in both designs, relative to the clock's T0.
import { api } from "../convex/_generated/api";
import type { Id } from "../convex/_generated/dataModel";
import { DAEMON_HEARTBEAT_TTL_MS, HEARTBEAT_TTL_MS } from "../convex/reliability";
import type { DesignInstance } from "./design";
import { T0 } from "./scenario";

/** Where stale fixtures' ids start, so they never collide with live ones. */
const STALE_OFFSET = 1_000_000;

/** Creates the owner's chatroom that seeded participants sit in. */
export function createChatroom(instance: DesignInstance): Promise<Id<"chatrooms">> {
  return instance.owner.mutation(api.chatrooms.create, { name: "bench" });
}

/** Splits `count` agents into daemons (the smaller half) and CLI participants. */
export function split(count: number): { daemons: number; participants: number } {
  const daemons = Math.floor(count / 2);
  return { daemons, participants: count - daemons };
}

/** Seeds `count` live agents: daemons seen at T0, participants alive until T0 + TTL. */
export async function seedLive(instance: DesignInstance, chatroomId: Id<"chatrooms">, count: number): Promise<void> {
  const { daemons, participants } = split(count);
  await instance.seedMachines(daemons, T0, 0);
  await instance.seedParticipants(chatroomId, participants, T0 + HEARTBEAT_TTL_MS, 0);
}

/** Seeds `count` stale agents at T0: daemons silent 1 ms past their TTL, participants expired 1 ms ago. */
export async function seedStale(instance: DesignInstance, chatroomId: Id<"chatrooms">, count: number): Promise<void> {
  const { daemons, participants } = split(count);
  await instance.seedMachines(daemons, T0 - DAEMON_HEARTBEAT_TTL_MS - 1, STALE_OFFSET);
  await instance.seedParticipants(chatroomId, participants, T0 - 1, STALE_OFFSET);
}
