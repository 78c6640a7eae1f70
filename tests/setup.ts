// The one place tests build the embedded backend, plus the named helpers every spec shares:
// identities, registration, chatrooms, and Convex's own per-call transaction accounting.
import { afterEach, beforeEach, expect, vi } from "vitest";
import { api, internal } from "../convex/_generated/api";
import type { Id } from "../convex/_generated/dataModel";
import { writesByTable } from "../sim/accounting";
import { embeddedBackend, type EmbeddedBackend, type TransactionLimits } from "../sim/backend";
import { EPOCH, FAKED_TIMERS } from "../sim/clock";
import type { SimulationConfig } from "../sim/config";
import { simulate } from "../sim/simulate";
import type { Timeline } from "../sim/timeline";

/** The simulated epoch every spec starts its clock at. */
export const T0 = EPOCH;

/** Runs each test of the enclosing block on a fake clock starting at T0. */
export function useFakeClock() {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: [...FAKED_TIMERS] });
    vi.setSystemTime(T0);
  });
  afterEach(() => vi.useRealTimers());
}

/** A fresh embedded backend with this module's schema and functions, enforcing `transactionLimits`. */
export const makeBackend: (transactionLimits?: TransactionLimits) => EmbeddedBackend = embeddedBackend;

/** The embedded backend type. */
export type Backend = ReturnType<typeof makeBackend>;

/** Simulates `config` on a fresh backend and the vitest fake clock (from T0, a minute a step; needs useFakeClock) and returns its timeline. */
export async function simulateOnFakeClock(config: SimulationConfig): Promise<Timeline> {
  vi.setSystemTime(T0);
  const timeline = await simulate(config, { backend: makeBackend(), advance: (ms) => vi.advanceTimersByTimeAsync(ms).then(() => undefined), stepMs: 60_000 });
  vi.clearAllTimers();
  return timeline;
}

/** The primary user in every story. */
export const ALICE = { subject: "alice", issuer: "https://auth.test", tokenIdentifier: "https://auth.test|alice" };

/** Another user, for access checks. */
export const MALLORY = { subject: "mallory", issuer: "https://auth.test", tokenIdentifier: "https://auth.test|mallory" };

/** Alice's authenticated accessor. */
export const asOwner = (t: Backend) => t.withIdentity(ALICE);

/** Mallory's authenticated accessor. */
export const asOther = (t: Backend) => t.withIdentity(MALLORY);

/** The daemon instance every story's machine is registered by, unless it says otherwise. */
export const INSTANCE = "instance-1";

/** Registers one of Alice's daemons, as daemon process `instanceId`. */
export async function registerMachine(t: Backend, machineId = "machine-1", hostname?: string, instanceId = INSTANCE) {
  const args = { machineId, instanceId };
  return asOwner(t).mutation(api.machines.register, hostname === undefined ? args : { ...args, hostname });
}

/** One daemon beat of Alice's `machineId` from process `instanceId`. */
export async function daemonBeat(t: Backend, machineId = "machine-1", instanceId = INSTANCE) {
  return asOwner(t).mutation(api.heartbeat.daemonHeartbeat, { machineId, instanceId });
}

/** A first page big enough for any story's fixture: what a dashboard shows. */
export const FIRST_PAGE = { numItems: 200, cursor: null };

/** Every item of a paginated list, read page by page with `numItems` per page. */
export async function allPages<T>(read: (paginationOpts: { numItems: number; cursor: string | null }) => Promise<{ page: T[]; isDone: boolean; continueCursor: string }>, numItems = 50): Promise<T[]> {
  const items: T[] = [];
  for (let cursor: string | null = null; ; ) {
    const { page, isDone, continueCursor } = await read({ numItems, cursor });
    items.push(...page);
    if (isDone) return items;
    cursor = continueCursor;
  }
}

/** Alice's machines, as the first page of machines.list shows them. */
export async function machinesOf(t: Backend, caller = asOwner(t)) {
  return (await caller.query(api.machines.list, { paginationOpts: FIRST_PAGE })).page;
}

/** The roles held in a chatroom, as the first page of participants.list shows them. */
export async function rolesIn(t: Backend, chatroomId: Id<"chatrooms">) {
  return (await asOwner(t).query(api.participants.list, { chatroomId, paginationOpts: FIRST_PAGE })).page;
}

/** Creates a chatroom owned by Alice and returns its id. */
export async function createChatroom(t: Backend, name = "room") {
  return asOwner(t).mutation(api.chatrooms.create, { name });
}

/** Runs the cleanup once, as a cron tick would. */
export async function runCleanup(t: Backend) {
  return t.mutation(internal.cleanup.cleanupStaleAgents, {});
}


/** Calls a mutation nested in a probe transaction and returns its result and Convex's measured cost of it. */
export { measure } from "../sim/accounting";

const TABLES = ["machines", "machineLeases", "chatrooms", "participants", "participantLeases", "cleanupState"] as const;

/**
 * Runs `work` and returns the tables it wrote, observed at Convex's syscall layer (what invalidates
 * subscriptions). That layer is process-wide, so the backend `_t` the work runs on is not consulted.
 */
export async function tablesWrittenBy(work: () => Promise<unknown>): Promise<string[]> {
  const counts = await writesByTable(TABLES, work);
  return Object.keys(counts)
    .filter((table) => counts[table] > 0)
    .sort();
}

/** Every document of every table, for asserting that a rejected call changed nothing. */
export async function snapshot(t: Backend) {
  return t.run(async (ctx) => ({
    machines: await ctx.db.query("machines").collect(),
    machineLeases: await ctx.db.query("machineLeases").collect(),
    chatrooms: await ctx.db.query("chatrooms").collect(),
    participants: await ctx.db.query("participants").collect(),
    participantLeases: await ctx.db.query("participantLeases").collect(),
  }));
}

/** Asserts a promise rejects with a ConvexError carrying `code` (and `field`, when given). */
export async function expectFailure(promise: Promise<unknown>, code: string, field?: string) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, `expected a ${code} failure, but the call succeeded`).toBeDefined();
  const data = (error as { data?: { code?: string; field?: string; message?: string } }).data;
  expect(data?.code).toBe(code);
  expect(typeof data?.message).toBe("string");
  if (field !== undefined) expect(data?.field).toBe(field);
}
