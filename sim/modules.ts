// The Convex module map for convex-test outside vitest (no import.meta.glob under plain Node):
// every .ts file under convex/, loaded lazily, keyed the way convex-test expects.
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

/** The same map `import.meta.glob` gives the tests: "./convex/x.ts" -> lazy import. */
export const modules: Record<string, () => Promise<unknown>> = Object.fromEntries(
  moduleFiles(convexDir).map((path) => [`./convex/${relative(convexDir, path)}`, () => import(pathToFileURL(path).href)]),
);
