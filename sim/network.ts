// The simulated network between clients and the embedded backend (partitions, latency, lost responses,
// outages, dead processes); each delivered call is measured with Convex's transaction accounting.
import { getFunctionName, type FunctionReference } from "convex/server";
import type { HeartbeatClient } from "../src/client/types";
import { accounted } from "./accounting";
import type { EmbeddedBackend } from "./backend";

/** The error a client sees when the network failed it. */
export class NetworkError extends Error {
  override name = "NetworkError";
}

/** A call the server received, with its result, its commit order and its measured cost. */
export type Delivery = { fn: string; seq: number; result: unknown; documentsRead: number; documentsWritten: number };

let transactions = 0;

/** The next commit sequence number; call it inside a transaction (convex-test serialises them). */
export function nextSequence(): number {
  return ++transactions;
}

/** An identity accessor of the embedded backend (what `t.withIdentity(...)` returns). */
export type Accessor = Pick<ReturnType<EmbeddedBackend["withIdentity"]>, "mutation">;

/** The shared fault state, changed by the fault schedule as simulated time passes. */
export class SimulatedNetwork {
  /** Processes currently cut off. */
  readonly partitioned = new Set<string>();
  /** Processes that crashed: their calls never complete. */
  readonly dead = new Set<string>();
  /** The whole backend is unreachable (a redeploy). */
  outage = false;
  /** One-way delay added to every call, in ms. */
  latencyMs = 0;
  /** Probability that a delivered call's response is lost. */
  lossRate = 0;

  constructor(private readonly random: () => number) {}

  /** Whether `process` can reach the server now. */
  reachable(process: string): boolean {
    return !this.outage && !this.partitioned.has(process) && !this.dead.has(process);
  }

  /**
   * A HeartbeatClient for `process` whose calls go through this network to `accessor`; `onFailed` hears
   * of each call the network failed, `answerLost` when it was delivered (just now) but its answer lost.
   */
  link(process: string, accessor: Accessor, onDelivered: (delivery: Delivery) => void, onFailed: (answerLost: boolean) => void): HeartbeatClient {
    const travel = () => (this.latencyMs > 0 ? new Promise<void>((resolve) => setTimeout(resolve, this.latencyMs)) : Promise.resolve());
    const hang = () => new Promise<never>(() => undefined);
    return {
      mutation: async (fn: FunctionReference<"mutation">, args: Record<string, unknown>) => {
        if (this.dead.has(process)) return hang();
        await travel();
        if (this.dead.has(process)) return hang();
        if (!this.reachable(process)) {
          onFailed(false);
          throw new NetworkError("network unreachable");
        }
        const delivery = await measuredCall(accessor, fn, args);
        onDelivered(delivery);
        await travel();
        if (this.dead.has(process)) return hang();
        if (!this.reachable(process) || this.random() < this.lossRate) {
          onFailed(true);
          throw new NetworkError("response lost");
        }
        return delivery.result;
      },
    };
  }
}

/** Runs one mutation nested in a probe transaction and returns its result, commit order and Convex's measured cost. */
async function measuredCall(accessor: Accessor, fn: FunctionReference<"mutation", "public" | "internal">, args: Record<string, unknown>): Promise<Delivery> {
  return accessor.mutation(async (ctx) => {
    const seq = nextSequence();
    const { result, cost } = await accounted(ctx, () => ctx.runMutation(fn, args));
    return { fn: getFunctionName(fn), seq, result, documentsRead: cost.documentsRead, documentsWritten: cost.documentsWritten };
  });
}
