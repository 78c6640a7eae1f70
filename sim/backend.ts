// The embedded backend (convex-test) that the tests, the simulator and the benchmark all use, built
// from the one module map in sim/modules.ts.
import { convexTest } from "convex-test";
import schema from "../convex/schema";
import { modules } from "./modules";

/** Convex transaction limits to enforce: false (none), true (Convex's defaults) or overrides. */
export type TransactionLimits =
  | boolean
  | Partial<Record<"bytesRead" | "bytesWritten" | "databaseQueries" | "documentsRead" | "documentsWritten" | "functionsScheduled", number>>;

/** A fresh embedded Convex backend holding this module's schema and functions. */
export function embeddedBackend(transactionLimits: TransactionLimits = false) {
  return convexTest({ schema, modules, transactionLimits });
}

/** The embedded backend's type. */
export type EmbeddedBackend = ReturnType<typeof embeddedBackend>;
