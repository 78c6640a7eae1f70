// This module as a benchmark design: its own schema and functions on the embedded backend, with bulk
// fixtures written in the shape `register` and `join` write (a status document plus its lease).
import { chainInProgress } from "../../src/testing/index";
import type { Id } from "../../convex/_generated/dataModel";
import { DAEMON_HEARTBEAT_TTL_MS } from "../../convex/reliability";
import type { EmbeddedBackend, TransactionLimits } from "../../sim/backend";
import { BENCH_INSTANCE, inChunks, OWNER, type Backend, type Design } from "../design";

/** How a program builds this module's backend (sim's `embeddedBackend`, with or without transaction limits). */
type MakeOursBackend = (limits: TransactionLimits) => EmbeddedBackend;

/** This module as a design, its backends built by `makeBackend`. */
export function oursDesign(makeBackend: MakeOursBackend): Design {
  return {
    key: "ours",
    statusTables: ["machines", "participants"],
    tables: ["machines", "machineLeases", "chatrooms", "participants", "participantLeases"],
    create(limits) {
      const t = makeBackend(limits);
      const ownerId = OWNER.tokenIdentifier;
      return {
        t: t as unknown as Backend,
        owner: t.withIdentity(OWNER) as unknown as Backend,
        seedMachines: (count, lastSeenAt, offset) =>
          inChunks(count, (from, to) =>
            t.run(async (ctx) => {
              const expiresAt = lastSeenAt + DAEMON_HEARTBEAT_TTL_MS;
              for (let i = offset + from; i < offset + to; i++) {
                const machineId = `machine-${i}`;
                const machine = await ctx.db.insert("machines", { ownerId, machineId, daemonConnected: true, instanceId: BENCH_INSTANCE });
                await ctx.db.insert("machineLeases", { machine, ownerId, machineId, instanceId: BENCH_INSTANCE, lastSeenAt, expiresAt, connected: true });
              }
            }),
          ),
        seedParticipants: (chatroomId: Id<"chatrooms">, count, readyUntil, offset) =>
          inChunks(count, (from, to) =>
            t.run(async (ctx) => {
              for (let i = offset + from; i < offset + to; i++) {
                const [role, connectionId] = [`agent-${i}`, `conn-${i}`];
                const participant = await ctx.db.insert("participants", { chatroomId, role, connectionId });
                await ctx.db.insert("participantLeases", { participant, chatroomId, ownerId, role, connectionId, readyUntil });
              }
            }),
          ),
        async continuationArgs() {
          const chain = await chainInProgress(t);
          if (chain === undefined) throw new Error("no cleanup chain in progress: nothing to continue");
          return { chain };
        },
      };
    },
  };
}
