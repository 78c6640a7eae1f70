// The delivered calls indexed once per measurement, by process and by record, so that no check scans
// the whole list again for each process, span or pair it looks at.
import type { Delivered, RecordKey, Timeline } from "../timeline";

/** The delivered calls in commit order, grouped two ways. */
export type CallIndex = {
  /** Each process's calls in commit order; processes in the order of their first call. */
  byProcess: Map<string, Delivered[]>;
  /** Each record's renewals in commit order. */
  renewalsByRecord: Map<RecordKey, Delivered[]>;
};

/** Indexes `timeline`'s delivered calls (one sort, one pass). */
export function indexCalls(timeline: Timeline): CallIndex {
  const byProcess = new Map<string, Delivered[]>();
  const renewalsByRecord = new Map<RecordKey, Delivered[]>();
  const push = <K>(map: Map<K, Delivered[]>, key: K, call: Delivered) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [call]);
    else list.push(call);
  };
  for (const call of [...timeline.delivered].sort((x, y) => x.seq - y.seq)) {
    push(byProcess, call.process, call);
    if (call.renews) push(renewalsByRecord, call.record, call);
  }
  return { byProcess, renewalsByRecord };
}

/** `process`'s calls in commit order (none when it made no call). */
export const callsOf = (calls: CallIndex, process: string): Delivered[] => calls.byProcess.get(process) ?? [];
