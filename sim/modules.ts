// Convex module maps for convex-test without vite's import.meta.glob: every .ts file under a folder,
// loaded once up front and keyed the way convex-test expects. Used by tests, simulator and benchmark.
import { readdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** convex-test's module map: "./<folder>/x.ts" -> the module. */
export type ModuleMap = Record<string, () => Promise<unknown>>;

/** Lists module files below `dir`, skipping tests and type declarations. */
function moduleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return moduleFiles(path);
    return /\.(ts|js)$/.test(entry.name) && !/\.(test|d)\.ts$/.test(entry.name) ? [path] : [];
  });
}

/**
 * Loads every module below `folder` (relative to the repository root) and maps it by path. Loaded once,
 * up front: a per-call import() would need real event-loop turns, which a fake clock does not give.
 */
export async function loadModules(folder: string): Promise<ModuleMap> {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  const files = moduleFiles(join(root, folder));
  const loaded = await Promise.all(files.map((path) => import(pathToFileURL(path).href) as Promise<unknown>));
  return Object.fromEntries(files.map((path, i) => [`./${relative(root, path)}`, () => Promise.resolve(loaded[i])]));
}

/** This module's Convex functions (the convex/ folder). */
export const modules = await loadModules("convex");
