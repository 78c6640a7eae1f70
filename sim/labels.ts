// Names as a person writes them, for the report, the picture and violation messages: records and
// processes by their seat ("role-0 in room-3", "daemon-3's twin"), counts with their noun, times as m:ss.
import { seatOf } from "./fleet";
import type { RecordKey } from "./timeline";

/** `n` with its noun, singular or plural: "1 daemon", "2 daemons", "3 processes". */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? singular : pluralForm}`;
}

/** A duration in seconds with one decimal: "34.5 s". */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** A duration as a person says it: "45 s", "3 min", "2 min 30 s". */
export function duration(ms: number): string {
  if (ms < 60_000) return `${+(ms / 1000).toFixed(1)} s`;
  const total = Math.round(ms / 1000);
  const [min, sec] = [Math.floor(total / 60), total % 60];
  return sec === 0 ? `${min} min` : `${min} min ${sec} s`;
}

/** A moment of the run, measured from its start, as m:ss: "2:05". */
export function clock(msFromStart: number): string {
  const total = Math.max(0, Math.floor(msFromStart / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;
}

/** A record as a person names it: "machine-3", "role-0 in room-2". */
export function recordLabel(record: RecordKey, rooms: Record<string, string>): string {
  const seat = seatOf(record);
  return seat.kind === "daemon" ? seat.machineId : `${seat.role} in ${rooms[seat.chatroomId] ?? "a chatroom"}`;
}

/** A process as a person names it: "agent-12", "agent-12 (restart 3)", "agent-12's duplicate", "daemon-3's twin". */
export function processLabel(id: string): string {
  const [base, suffix = "g0"] = id.split(".");
  const match = /^(g|dup|twin)(\d+)$/.exec(suffix);
  if (match === null) return id;
  if (match[1] === "dup") return `${base}'s duplicate`;
  if (match[1] === "twin") return `${base}'s twin`;
  return match[2] === "0" ? String(base) : `${base} (restart ${match[2]})`;
}
