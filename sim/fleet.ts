// Starts and tracks the simulated processes: each is a real SDK loop (daemon or agent) whose calls
// go through the simulated network, and whose life, events and delivered calls are recorded.
import { flagOf, statusOf } from "../src/client/answers";
import { startDaemonHeartbeat } from "../src/client/daemon";
import { startParticipantHeartbeat } from "../src/client/participant";
import type { HeartbeatEvent, HeartbeatHandle } from "../src/client/types";
import type { Identities } from "./identity";
import type { Delivery, SimulatedNetwork } from "./network";
import type { Delivered, ProcessLife, RecordKey, Timeline } from "./timeline";

/** A role or machine a process may hold. */
export type Seat = { kind: "daemon"; machineId: string } | { kind: "agent"; chatroomId: string; role: string };

/** A live simulated process. */
export type SimProcess = { life: ProcessLife; seat: Seat; handle: HeartbeatHandle };

/** The record key a seat keeps alive. */
export function recordOf(seat: Seat): RecordKey {
  return seat.kind === "daemon" ? `machine:${seat.machineId}` : `role:${seat.chatroomId}/${seat.role}`;
}

/** The seat a record key names (the inverse of recordOf). */
export function seatOf(record: RecordKey): Seat {
  if (record.startsWith("machine:")) return { kind: "daemon", machineId: record.slice("machine:".length) };
  const [chatroomId, role] = record.slice("role:".length).split("/");
  return { kind: "agent", chatroomId: chatroomId ?? "", role: role ?? "" };
}

/** What a delivered call did to its record: its outcome name, and whether it renewed the lease. */
function outcomeOf(delivery: Delivery): { outcome: string; renews: boolean } {
  const status = String(statusOf(delivery.result));
  switch (delivery.fn) {
    case "machines:register":
      return { outcome: "registered", renews: true };
    case "participants:join":
      return { outcome: "joined", renews: true };
    case "heartbeat:daemonHeartbeat":
      if (status !== "ok") return { outcome: status, renews: false };
      return { outcome: flagOf(delivery.result, "recovered") ? "recovered" : "ok", renews: true };
    case "heartbeat:participantHeartbeat":
      return { outcome: status, renews: status === "ok" };
    default:
      return { outcome: delivery.fn, renews: false };
  }
}

/** Creates processes on demand and records everything they do into `timeline`. */
export class Fleet {
  /** Processes that have not ended. */
  readonly live = new Map<string, SimProcess>();

  constructor(
    private readonly network: SimulatedNetwork,
    private readonly identities: Identities,
    private readonly timeline: Timeline,
    private readonly random: () => number,
    private readonly onDelivered: (delivered: Delivered) => void = () => undefined,
  ) {}

  /** Starts a process with id `id` for `seat`; its connectionId (agent) or instanceId (daemon) is its id. */
  start(id: string, seat: Seat): SimProcess {
    const record = recordOf(seat);
    const life: ProcessLife = { id, kind: seat.kind, record, startedAt: Date.now(), events: [], failedCalls: [] };
    this.timeline.processes.push(life);
    let last: Delivered | undefined;
    const onDelivered = (delivery: Delivery) => {
      const { outcome, renews } = outcomeOf(delivery);
      const { fn, seq, documentsRead, documentsWritten } = delivery;
      const delivered: Delivered = { at: Date.now(), seq, process: id, record, fn, outcome, renews, documentsRead, documentsWritten };
      this.timeline.delivered.push(delivered);
      last = delivered;
      this.onDelivered(delivered);
    };
    const onFailed = (answerLost: boolean) => {
      life.failedCalls.push(Date.now());
      if (answerLost && last !== undefined) last.answerLost = true;
    };
    const client = this.network.link(id, this.identities.accessorFor(id), onDelivered, onFailed);
    const onEvent = (event: HeartbeatEvent) => {
      const at = Date.now();
      life.events.push(event.type === "fatal" ? { at, type: event.type, code: event.code } : { at, type: event.type });
      // A call the server refused for want of an identity failed too (the network counts its own failures).
      if (event.type === "authFailing" || (event.type === "fatal" && event.code === "UNAUTHENTICATED")) life.failedCalls.push(at);
      if (event.type === "superseded" || event.type === "fatal") this.end(id, event.type);
    };
    // The loop fetches a fresh token from the process's token source before each retry while auth fails.
    const options = { client, random: this.random, onEvent, refreshAuth: this.identities.refresherFor(id) };
    const handle =
      seat.kind === "daemon"
        ? startDaemonHeartbeat({ ...options, machineId: seat.machineId, instanceId: id })
        : startParticipantHeartbeat({ ...options, chatroomId: seat.chatroomId, role: seat.role, connectionId: id });
    const process = { life, seat, handle };
    this.live.set(id, process);
    return process;
  }

  /** The live processes holding (or trying to hold) `record`, oldest first. */
  holdersOf(record: RecordKey): SimProcess[] {
    return [...this.live.values()].filter((p) => p.life.record === record);
  }

  /** Kills a process abruptly: its calls never complete and it never leaves. */
  crash(id: string): void {
    this.network.dead.add(id);
    this.end(id, "crashed");
  }

  /** Marks a process ended. */
  private end(id: string, reason: NonNullable<ProcessLife["end"]>): void {
    const process = this.live.get(id);
    if (process === undefined) return;
    process.life.endedAt = Date.now();
    process.life.end = reason;
    this.live.delete(id);
  }
}
