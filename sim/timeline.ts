// What a simulation records: every call the server received, every call the client saw fail, every
// record cleanup removed, each process's life and events, and periodic counts for the picture.

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
  documentsRead: number;
  documentsWritten: number;
};

/** A record cleanup disconnected (daemon) or removed (participant). */
export type Cleaned = { at: number; seq: number; record: RecordKey; kind: "daemon" | "participant" };

/** One simulated process: a daemon or an agent loop, from start to end. */
export type ProcessLife = {
  id: string;
  kind: "daemon" | "agent";
  record: RecordKey;
  startedAt: number;
  endedAt?: number;
  end?: "stopped" | "superseded" | "fatal" | "crashed";
  events: { at: number; type: string }[];
  failedCalls: number[];
  /** For a duplicate: the processes that held its seat when it started, which it must supersede. */
  replaces?: string[];
};

/** A span in which a process could not reach the server (partition, backend outage, or crash). */
export type Impairment = { process: string; from: number; to: number; cause: "partition" | "outage" | "crash" };

/** A periodic count of healthy status records. */
export type Sample = { at: number; connectedDaemons: number; presentParticipants: number };

/** Cost of one cleanup run, from Convex's transaction accounting. */
export type CleanupCost = { at: number; documentsRead: number; documentsWritten: number; cleaned: number };

/** Everything one run recorded. */
export type Timeline = {
  startedAt: number;
  endedAt: number;
  delivered: Delivered[];
  cleaned: Cleaned[];
  processes: ProcessLife[];
  impairments: Impairment[];
  outages: { from: number; to: number }[];
  samples: Sample[];
  cleanups: CleanupCost[];
  /** Every seat at the end: which live process holds it (if any), and whether its record is healthy. */
  finalHealth: { record: RecordKey; process?: string; healthy: boolean; restartPending: boolean }[];
};
