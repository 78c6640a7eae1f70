// Every top-level transaction of the embedded backend, counted once with Convex's own accounting, so
// work done by scheduled functions (presence's worker) is measured as calls are. Installed only while a
// measurement runs: it patches convex-test 0.0.60's TransactionMetricsTracker prototype (pinned version).
//
// convex-test makes one tracker per top-level transaction and pushes a root layer first, then one child
// layer per nested runQuery / runMutation; a child's usage folds into its parent on commit or rollback.
// So the root layer is popped exactly once per transaction, holding what getTransactionMetrics() reports.
import { TransactionMetricsTracker } from "convex-test/dist/transactionMetrics.js";
import type { Cost } from "../measure";

/** Who started a transaction, as the driver knows it. */
export type Source = "client" | "scheduler" | "setup";

/** One top-level transaction. */
interface TxRecord {
  /** The outermost registered function it ran ("presence/batchWorker:loop:loop"); none for convex-test's own job bookkeeping and inline t.run work. */
  fn?: string;
  /** Who started it. */
  source: Source;
  /** The fake clock's time when it ended. */
  at: number;
  /** What it cost. */
  cost: Cost;
}

type Layered = { _layers: unknown[]; getTransactionMetrics(): Record<keyof Cost, { used: number }> };
type Lifecycle = { startTransaction(this: Layered, limits?: unknown): void; commit(this: Layered): void; rollback(this: Layered): void };

/** The transactions recorded so far, and who the driver says starts the next ones. */
export const ledger = { records: [] as TxRecord[], source: "setup" as Source, open: undefined as string[] | undefined };

/** Called by the wrapped module functions (peer/components.ts) when a registered function is entered. */
export function entered(name: string): void {
  ledger.open?.push(name);
}

/** Runs `work` with the transactions it starts attributed to `source`. */
export async function attributed<T>(source: Source, work: () => Promise<T>): Promise<T> {
  const previous = ledger.source;
  ledger.source = source;
  try {
    return await work();
  } finally {
    ledger.source = previous;
  }
}

/** Starts recording every transaction; returns the function that stops it and restores convex-test. */
export function installLedger(): () => void {
  const proto = TransactionMetricsTracker.prototype as unknown as Lifecycle;
  const original = { ...proto, startTransaction: proto.startTransaction, commit: proto.commit, rollback: proto.rollback };
  proto.startTransaction = function (limits) {
    if (this._layers.length === 0) {
      if (ledger.open !== undefined) throw new Error("ledger: two top-level transactions open at once");
      ledger.open = [];
    }
    return original.startTransaction.call(this, limits);
  };
  const ending = (end: (this: Layered) => void) =>
    function (this: Layered) {
      if (this._layers.length === 1) {
        const m = this.getTransactionMetrics();
        const fn = ledger.open?.[0];
        ledger.records.push({
          ...(fn === undefined ? {} : { fn }),
          source: ledger.source,
          at: Date.now(),
          cost: { documentsRead: m.documentsRead.used, documentsWritten: m.documentsWritten.used, functionsScheduled: m.functionsScheduled.used },
        });
        ledger.open = undefined;
      }
      return end.call(this);
    };
  proto.commit = ending(original.commit);
  proto.rollback = ending(original.rollback);
  return () => {
    Object.assign(proto, { startTransaction: original.startTransaction, commit: original.commit, rollback: original.rollback });
    ledger.records = [];
    ledger.open = undefined;
  };
}

/** A scheduled function's own transaction (a worker run), not convex-test's job-state bookkeeping around it. */
export const isWorkerRun = (r: TxRecord) => r.source === "scheduler" && r.fn !== undefined;

/** convex-test's bookkeeping around a scheduled job (marking it inProgress, success): real Convex has no such user transactions. */
export const isBookkeeping = (r: TxRecord) => r.source === "scheduler" && r.fn === undefined;
