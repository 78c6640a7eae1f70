// The seed's design (bench/baseline/) as a benchmark design, plus a compile-time check that it answers
// the same contract as this module, so one workload drives both through the same `api` references.
import type { ModuleMap } from "../../sim/modules";
import { convexTest } from "convex-test";
import type { ApiFromModules, FunctionArgs, FunctionReference, FunctionReturnType } from "convex/server";
import type { api, internal } from "../../convex/_generated/api";
import type { TransactionLimits } from "../../sim/backend";
import type * as chatrooms from "../baseline/chatrooms";
import type * as cleanup from "../baseline/cleanup";
import type * as heartbeat from "../baseline/heartbeat";
import type * as machines from "../baseline/machines";
import type * as participants from "../baseline/participants";
import schema from "../baseline/schema";
import { inChunks, OWNER, type Backend, type Design } from "../design";


type BaselineApi = ApiFromModules<{
  chatrooms: typeof chatrooms;
  cleanup: typeof cleanup;
  heartbeat: typeof heartbeat;
  machines: typeof machines;
  participants: typeof participants;
}>;

/**
 * True when a baseline function fits the contract of this module's: every argument object it accepts is
 * one this module accepts (its ids are typed as ids, where zod types them as strings) and its results match.
 */
type Conforms<
  B extends FunctionReference<"mutation", "public" | "internal">,
  O extends FunctionReference<"mutation", "public" | "internal">,
> = [FunctionArgs<B>] extends [FunctionArgs<O>]
  ? [FunctionReturnType<B>, FunctionReturnType<O>] extends [FunctionReturnType<O>, FunctionReturnType<B>]
    ? true
    : false
  : false;

// Fails to compile if the baseline drifts from the contract the workloads call.
const contractMatches: [
  Conforms<BaselineApi["machines"]["register"], typeof api.machines.register>,
  Conforms<BaselineApi["chatrooms"]["create"], typeof api.chatrooms.create>,
  Conforms<BaselineApi["participants"]["join"], typeof api.participants.join>,
  Conforms<BaselineApi["heartbeat"]["daemonHeartbeat"], typeof api.heartbeat.daemonHeartbeat>,
  Conforms<BaselineApi["heartbeat"]["participantHeartbeat"], typeof api.heartbeat.participantHeartbeat>,
  Conforms<BaselineApi["cleanup"]["cleanupStaleAgents"], typeof internal.cleanup.cleanupStaleAgents>,
] = [true, true, true, true, true, true];
void contractMatches;

/**
 * Adds the key convex-test locates the functions' root by (a path containing "_generated"). The
 * baseline has no generated code: `anyApi`-style references are enough, so the marker is never loaded.
 */
export function withRootMarker(root: string, files: ModuleMap): ModuleMap {
  return { ...files, [`${root}_generated/root.js`]: () => Promise.reject(new Error("root marker, not a module")) };
}

/** The seed's design, its functions loaded from `modules` (see withRootMarker). */
export function baselineDesign(modules: ModuleMap): Design {
  return {
    key: "baseline",
    statusTables: ["machines", "participants"],
    tables: ["machines", "chatrooms", "participants"],
    create(limits: TransactionLimits) {
      const t = convexTest({ schema, modules, transactionLimits: limits });
      const ownerId = OWNER.tokenIdentifier;
      return {
        t: t as unknown as Backend,
        owner: t.withIdentity(OWNER) as unknown as Backend,
        seedMachines: (count, lastSeenAt, offset) =>
          inChunks(count, (from, to) =>
            t.run(async (ctx) => {
              for (let i = offset + from; i < offset + to; i++) {
                await ctx.db.insert("machines", { ownerId, machineId: `machine-${i}`, daemonConnected: true, lastSeenAt });
              }
            }),
          ),
        seedParticipants: (chatroomId, count, readyUntil, offset) =>
          inChunks(count, (from, to) =>
            t.run(async (ctx) => {
              for (let i = offset + from; i < offset + to; i++) {
                await ctx.db.insert("participants", { chatroomId, role: `agent-${i}`, connectionId: `conn-${i}`, readyUntil });
              }
            }),
          ),
        // The seed's cleanup has no chains: every run is a whole run, called as the cron calls it.
        continuationArgs: () => Promise.resolve({}),
      };
    },
  };
}
