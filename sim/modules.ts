// The Convex module map for convex-test outside vitest (no import.meta.glob under plain Node):
// every .ts file under convex/, loaded once, keyed the way convex-test expects.
import { readdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const convexDir = join(dirname(fileURLToPath(import.meta.url)), "..", "convex");

/** Lists module files below `dir`, skipping tests and type declarations. */
function moduleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return moduleFiles(path);
    return /\.(ts|js)$/.test(entry.name) && !/\.(test|d)\.ts$/.test(entry.name) ? [path] : [];
  });
}

const files = moduleFiles(convexDir);
// Loaded once, up front: a per-call import() would need real event-loop turns under a fake clock.
const loaded = await Promise.all(files.map((path) => import(pathToFileURL(path).href) as Promise<unknown>));

/** The same map `import.meta.glob` gives the tests: "./convex/x.ts" -> the (already loaded) module. */
export const modules: Record<string, () => Promise<unknown>> = Object.fromEntries(
  files.map((path, i) => [`./convex/${relative(convexDir, path)}`, () => Promise.resolve(loaded[i])]),
);
