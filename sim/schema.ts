// The schema a simulation config must satisfy before it runs (a replayed file, or one built from
// flags): every field present and in range, so a partial or malformed config is a usage error.
import { z } from "zod/v4";
import { MAX_CHATROOMS_PER_OWNER, MAX_MACHINES_PER_OWNER, MAX_ROLES_PER_CHATROOM } from "../convex/reliability";
import { AUTH_GRACE_MS } from "../src/client/timing";
import type { SimulationConfig } from "./config";

/** A moment or duration in whole ms. */
const ms = z.number().int().min(0);
/** A share of the live processes. */
const fraction = z.number().min(0).max(1);
/** How many processes or documents. */
const count = z.number().int().min(1);

/** The fault schedule; a fault kind left out means none of it (older replays lack the newer kinds). */
const faultScheduleSchema = z.strictObject({
  partitions: z.array(z.strictObject({ atMs: ms, durationMs: ms, fraction })).default([]),
  outages: z.array(z.strictObject({ atMs: ms, durationMs: ms })).default([]),
  latencyMs: ms.max(5_000, "at most 5000 ms: a longer one-way delay is an outage, not latency").default(0),
  lossRate: z.number().min(0).lt(1, "below 1: a client that never hears back cannot heal").default(0),
  crashes: z.array(z.strictObject({ atMs: ms, downtimeMs: ms, fraction })).default([]),
  duplicates: z.array(z.strictObject({ atMs: ms, count })).default([]),
  twinDaemons: z.array(z.strictObject({ atMs: ms, count })).default([]),
  strays: z.array(z.strictObject({ atMs: ms, count })).default([]),
  authLosses: z
    .array(
      z.strictObject({
        atMs: ms,
        durationMs: ms.lt(AUTH_GRACE_MS, `shorter than ${AUTH_GRACE_MS} ms, the SDK's default authGraceMs: a longer loss ends fatal by design`),
        fraction,
        mode: z.enum(["identity", "token"]),
      }),
    )
    .default([]),
});

/** A whole simulation config: the fleet within the module's quotas (one owner runs it all), and the faults. */
const simulationConfigSchema = z
  .strictObject({
    seed: z.number().int().min(0),
    daemons: z.number().int().min(0).max(MAX_MACHINES_PER_OWNER, `at most ${MAX_MACHINES_PER_OWNER} (MAX_MACHINES_PER_OWNER: one owner runs the fleet)`),
    agents: z.number().int().min(0),
    agentsPerRoom: z.number().int().min(1).max(MAX_ROLES_PER_CHATROOM, `at most ${MAX_ROLES_PER_CHATROOM} (MAX_ROLES_PER_CHATROOM)`),
    durationMs: z.number().int().min(1),
    sampleEveryMs: z.number().int().min(1_000),
    faults: faultScheduleSchema,
  })
  .refine((c) => c.daemons + c.agents > 0, { message: "the fleet is empty: give it daemons or agents", path: ["daemons"] })
  .refine((c) => Math.ceil(c.agents / c.agentsPerRoom) <= MAX_CHATROOMS_PER_OWNER, {
    message: `needs more than ${MAX_CHATROOMS_PER_OWNER} chatrooms (MAX_CHATROOMS_PER_OWNER) at this many agents per chatroom`,
    path: ["agents"],
  });

/** The least value the schema accepts for one of the config's whole-number fields. */
export function leastOf(field: "seed" | "daemons" | "agents" | "durationMs"): number {
  return simulationConfigSchema.shape[field].minValue ?? Number.MIN_SAFE_INTEGER;
}

/** A config that passed the schema, or the problems found (each "field: what is wrong"). */
type ParsedConfig = { ok: true; config: SimulationConfig } | { ok: false; problems: string[] };

/** Checks `value` against the schema; fields left out of `faults` become empty. */
export function parseSimulationConfig(value: unknown): ParsedConfig {
  const result = simulationConfigSchema.safeParse(value);
  if (!result.success) {
    return { ok: false, problems: result.error.issues.map((issue) => `${issue.path.length === 0 ? "config" : issue.path.join(".")}: ${issue.message}`) };
  }
  const config: SimulationConfig = result.data;
  return { ok: true, config };
}
