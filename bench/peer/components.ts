// Module maps for @convex-dev/presence and its @convex-dev/batch-worker, built the way their own test
// helpers' import.meta.glob would (tsx has no glob), from the compiled dist/component a deployment runs.
// Each registered function is wrapped so the ledger learns which function a transaction ran.
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import type { GenericSchema, SchemaDefinition } from "convex/server";
import type { ModuleMap } from "../../sim/modules";
import { entered } from "./ledger";

/** A Convex function as a module exports it, as far as wrapping its handler goes. */
type Registered = ((...args: unknown[]) => unknown) & { _handler: (ctx: unknown, args: unknown) => unknown; isQuery?: boolean; isMutation?: boolean; isAction?: boolean };

/** A component's functions and schema, ready for `t.registerComponent`. */
type ComponentModules = { modules: ModuleMap; schema: SchemaDefinition<GenericSchema, boolean> };

/**
 * Module files of a component: no declarations, no tests, and no convex.config.* (defineComponent().use()
 * throws outside the Convex CLI; vite's lazy glob never imports it, an eager load would).
 */
function componentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return componentFiles(path);
    return /\.js$/.test(entry.name) && !/^convex\.config\./.test(entry.name) ? [path] : [];
  });
}

/** True for a value a module exports as a registered Convex function. */
function isRegistered(value: unknown): value is Registered {
  if (typeof value !== "function" || !("_handler" in value)) return false;
  const fn = value as Registered;
  return fn.isQuery === true || fn.isMutation === true || fn.isAction === true;
}

/** A copy of a registered function whose handler tells the ledger it was entered. */
function announcing(name: string, fn: Registered): Registered {
  const handler = fn._handler;
  return Object.assign((...args: unknown[]) => fn(...args), fn, {
    _handler: (ctx: unknown, args: unknown) => {
      entered(name);
      return handler(ctx, args);
    },
  });
}

/**
 * Loads a package's dist/component, once and up front (a lazy import() needs real event-loop turns a
 * fake clock does not give), keyed "./component/<file>" as the glob would be; `path` is where the
 * component is registered, used in ledger names. The schema comes from the loaded map, because the
 * package's exports map hides dist/component/schema.js.
 */
export async function componentModules(packageName: string, path: string): Promise<ComponentModules> {
  const root = join(dirname(createRequire(import.meta.url).resolve(`${packageName}/package.json`)), "dist", "component");
  const files = componentFiles(root);
  const loaded = await Promise.all(files.map((file) => import(pathToFileURL(file).href) as Promise<Record<string, unknown>>));
  const entries = files.map((file, i): [string, Record<string, unknown>] => {
    const rel = relative(root, file).replace(/\\/g, "/");
    const moduleName = rel.replace(/\.js$/, "");
    const exports = Object.fromEntries(
      Object.entries(loaded[i]!).map(([name, value]) => [name, isRegistered(value) ? announcing(`${path}:${moduleName}:${name}`, value) : value]),
    );
    return [`./component/${rel}`, exports];
  });
  const schemaModule = entries.find(([key]) => key === "./component/schema.js")?.[1] as { default: SchemaDefinition<GenericSchema, boolean> } | undefined;
  if (schemaModule === undefined) throw new Error(`${packageName}: no dist/component/schema.js`);
  return { modules: Object.fromEntries(entries.map(([key, exports]) => [key, () => Promise.resolve(exports)])), schema: schemaModule.default };
}
