// What a simulation records: calls delivered and failed, records cleaned, process lives, faults as they
// played out, damaged records until healed, and periodic counts for the picture.
import type { StrayTable } from "./damage";

/** The server-side record a client keeps alive: `machine:<id>` or `role:<chatroom>/<role>`. */
export type RecordKey = string;

/** A call that reached the server (its response may still have been lost). */
export type Delivered = {
  at: number;
  /** Commit order: transactions are serialised, so this orders events within one millisecond. */
  seq: number;
  process: string;
  record: RecordKey;
  fn: string;
  outcome: string;
  renews: boolean;
  /** The server committed the call but its response never reached the client. */
  answerLost?: boolean;
  documentsRead: number;
  documentsWritten: number;
};

/**
 * A record cleanup disconnected (daemon) or removed (participant). `cause` is `expiry` when its lease
 * ran out, `damage` when the record was already damaged (one of its two documents deleted out of band)
 * and cleanup discarded what was left: a repair, not a judgement on the client.
 */
type Cleaned = { at: number; seq: number; record: RecordKey; kind: "daemon" | "participant"; cause: "expiry" | "damage" };

/** One simulated process: a daemon or an agent loop, from start to end. */
export type ProcessLife = {
  id: string;
  kind: "daemon" | "agent";
  record: RecordKey;
  startedAt: number;
  endedAt?: number;
  end?: "stopped" | "superseded" | "fatal" | "crashed";
  events: { at: number; type: string; code?: string }[];
  /** When a call of this process failed: the network failed it, or the server refused it for want of an identity. */
  failedCalls: number[];
  /** For a duplicate (agent) or twin (daemon): the processes that held its seat when it started, which it must supersede. */
  replaces?: string[];
};

/** A span in which a process could not reach the server, or could not authenticate to it. */
export type Impairment = { process: string; from: number; to: number; cause: "partition" | "outage" | "crash" | "auth" };

/** A periodic count of healthy records, as the server stores them. */
type Sample = { at: number; connectedDaemons: number; presentParticipants: number };

/** One cleanup run: what it did (Convex's own result), what it cost (Convex's transaction accounting), and the records it cleaned. */
export type CleanupRun = {
  at: number;
  seq: number;
  daemonsDisconnected: number;
  participantsRemoved: number;
  repaired: number;
  documentsRead: number;
  documentsWritten: number;
  /** Records that left the healthy set in this run (see Cleaned). */
  cleaned: number;
  /** Anti-entropy: the table this run checked, whether it started that table's walk, and whether it finished it. */
  antiEntropy: { table: string; fresh: boolean; finished: boolean };
};

/** How one configured fault played out: when, and how many processes of each kind it hit. */
export type FaultEffect = {
  kind: "partition" | "outage" | "crash" | "duplicate" | "twin" | "stray" | "auth";
  /** Index of the fault in its list of the config. */
  index: number;
  from: number;
  to: number;
  daemons: number;
  agents: number;
  /** For strays: the documents deleted, by table. */
  deleted?: Partial<Record<StrayTable, number>>;
};

/** A document deleted out of band, and the damaged record's way back: mended (consistent again), then healed (whole and held). */
export type Damage = {
  at: number;
  /** Commit order of the delete, to order it against cleanup runs in the same millisecond. */
  seq: number;
  record: RecordKey;
  table: StrayTable;
  /** When the record was consistent again (both documents, or neither), and by what. */
  mendedAt?: number;
  mendedBy?: "cleanup" | "call" | "stray";
  /** When the record was whole again and held by a live process. */
  healedAt?: number;
  healedBy?: string;
};

/** Everything one run recorded. */
export type Timeline = {
  startedAt: number;
  endedAt: number;
  /** Chatroom id -> its name, so records can be named as a person would. */
  rooms: Record<string, string>;
  delivered: Delivered[];
  cleaned: Cleaned[];
  processes: ProcessLife[];
  impairments: Impairment[];
  outages: { from: number; to: number }[];
  samples: Sample[];
  cleanups: CleanupRun[];
  faults: FaultEffect[];
  damages: Damage[];
  /** The server's repair log lines (`convex-heartbeat repair`), as a deployment's log stream would show them. */
  repairLog: { at: number; table: string; problem: string; action: string }[];
  /** Cleanup runs that threw instead of cleaning (a server bug: nothing would be cleaned). */
  cleanupFailures: { at: number; error: string }[];
  /** Every seat at the end: which live process holds it (if any), and whether its record is healthy. */
  finalHealth: { record: RecordKey; process?: string; healthy: boolean; restartPending: boolean }[];
};

/** An empty timeline starting (and, until the run ends, ending) at `startedAt`. */
export function emptyTimeline(startedAt: number): Timeline {
  return {
    startedAt,
    endedAt: startedAt,
    rooms: {},
    delivered: [],
    cleaned: [],
    processes: [],
    impairments: [],
    outages: [],
    samples: [],
    cleanups: [],
    faults: [],
    damages: [],
    repairLog: [],
    cleanupFailures: [],
    finalHealth: [],
  };
}
