// The one place tests build the embedded backend, plus the named helpers every spec shares:
// identities, registration, chatrooms, and Convex's own per-call transaction accounting.
import { convexTest } from "convex-test";
import type { FunctionArgs, FunctionReference } from "convex/server";
import { afterEach, beforeEach, expect, vi } from "vitest";
import { api, internal } from "../convex/_generated/api";
import schema from "../convex/schema";
import type { TransactionLimits } from "../sim/backend";

const loaded = import.meta.glob(["../convex/**/*.*s", "!../convex/**/*.test.*s", "!../convex/**/*.d.ts"], { eager: true });

/** Every Convex module, for convex-test; loaded eagerly so a call never waits on real I/O under fake timers. */
export const modules: Record<string, () => Promise<unknown>> = Object.fromEntries(
  Object.entries(loaded).map(([path, module]) => [path, () => Promise.resolve(module)]),
);

/** The simulated epoch every spec starts its clock at. */
export const T0 = Date.UTC(2026, 0, 1);

/** Timers faked by every spec: Date and the timer functions (promises stay real). */
export const FAKED = ["Date", "setTimeout", "clearTimeout", "setInterval", "clearInterval"] as const;

/** Runs each test of the enclosing block on a fake clock starting at T0. */
export function useFakeClock() {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: [...FAKED] });
    vi.setSystemTime(T0);
  });
  afterEach(() => vi.useRealTimers());
}

/** A fresh embedded backend with this module's schema and functions, enforcing `transactionLimits`. */
export function makeBackend(transactionLimits: TransactionLimits = false) {
  return convexTest({ schema, modules, transactionLimits });
}

/** The embedded backend type. */
export type Backend = ReturnType<typeof makeBackend>;

/** The primary user in every story. */
export const ALICE = { subject: "alice", issuer: "https://auth.test", tokenIdentifier: "https://auth.test|alice" };

/** Another user, for access checks. */
export const MALLORY = { subject: "mallory", issuer: "https://auth.test", tokenIdentifier: "https://auth.test|mallory" };

/** Alice's authenticated accessor. */
export const asOwner = (t: Backend) => t.withIdentity(ALICE);

/** Mallory's authenticated accessor. */
export const asOther = (t: Backend) => t.withIdentity(MALLORY);

/** Registers one of Alice's daemons. */
export async function registerMachine(t: Backend, machineId = "machine-1", hostname?: string) {
  return asOwner(t).mutation(api.machines.register, hostname === undefined ? { machineId } : { machineId, hostname });
}

/** Creates a chatroom owned by Alice and returns its id. */
export async function createChatroom(t: Backend, name = "room") {
  return asOwner(t).mutation(api.chatrooms.create, { name });
}

/** Runs the cleanup once, as the cron would. */
export async function runCleanup(t: Backend) {
  return t.mutation(internal.cleanup.cleanupStaleAgents, {});
}

/** Documents read and written by one call, as Convex's own transaction accounting counts them. */
export type Cost = { documentsRead: number; documentsWritten: number };

/** Anything that can run an inline mutation: the backend itself or an identity accessor. */
type Caller = Pick<Backend, "mutation">;

/** Calls a mutation nested in a probe transaction and returns its result and Convex's measured cost of it. */
export async function measure<F extends FunctionReference<"mutation", "public" | "internal">>(
  caller: Caller,
  fn: F,
  args: FunctionArgs<F>,
): Promise<{ result: F["_returnType"]; cost: Cost }> {
  return caller.mutation(async (ctx) => {
    const before = await ctx.meta.getTransactionMetrics();
    const result = await ctx.runMutation(fn, args);
    const after = await ctx.meta.getTransactionMetrics();
    return {
      result,
      cost: {
        documentsRead: after.documentsRead.used - before.documentsRead.used,
        documentsWritten: after.documentsWritten.used - before.documentsWritten.used,
      },
    };
  });
}

const WRITE_SYSCALLS = new Set(["1.0/insert", "1.0/shallowMerge", "1.0/replace", "1.0/remove"]);

const TABLES = ["machines", "machineLeases", "chatrooms", "participants", "participantLeases"] as const;

/** Runs `work` and returns the tables it wrote, observed at Convex's syscall layer (what invalidates subscriptions). */
export async function tablesWrittenBy(t: Backend, work: () => Promise<unknown>): Promise<string[]> {
  type Syscalls = { syscall: unknown; jsSyscall: unknown; asyncSyscall: (op: string, args: string) => Promise<string> };
  const g = globalThis as unknown as { Convex: Syscalls };
  const original = g.Convex;
  const written: { table?: string; id?: string }[] = [];
  g.Convex = {
    get syscall() {
      return original.syscall;
    },
    get jsSyscall() {
      return original.jsSyscall;
    },
    get asyncSyscall() {
      const inner = original.asyncSyscall;
      return (op: string, args: string) => {
        if (WRITE_SYSCALLS.has(op)) written.push(JSON.parse(args) as { table?: string; id?: string });
        return inner(op, args);
      };
    },
  };
  try {
    await work();
  } finally {
    g.Convex = original;
  }
  const tables = await t.run(async (ctx) =>
    written.map(({ table, id }) => table ?? TABLES.find((name) => id !== undefined && ctx.db.normalizeId(name, id) !== null)),
  );
  return [...new Set(tables.map(String))].sort();
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
