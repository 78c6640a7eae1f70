// Direct access to a component's tables for fixtures and checks, which convex-test offers as
// `runInComponent` but leaves out of its published types (0.0.60).
import type { GenericDatabaseWriter, GenericDataModel } from "convex/server";
import type { PresenceBackend } from "../designs/presence";

/** What a handler run inside a component's database gets. */
type ComponentCtx = { db: GenericDatabaseWriter<GenericDataModel> };

/** Runs `handler` in one transaction inside component `path`'s database (as `t.run` does for the app's). */
export function runInComponent<T>(t: PresenceBackend, path: string, handler: (ctx: ComponentCtx) => Promise<T>): Promise<T> {
  // The method exists on every convex-test 0.0.60 backend; only its type is unpublished.
  const untyped = t as unknown as { runInComponent(path: string, handler: (ctx: ComponentCtx) => Promise<T>): Promise<T> };
  return untyped.runInComponent(path, handler);
}
