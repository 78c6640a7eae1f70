// The baseline's module map for convex-test under plain Node (no import.meta.glob there): every .ts
// file in bench/baseline/, loaded once up front, plus the root marker convex-test needs.
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { withRootMarker, type ModuleMap } from "./designs/baseline";

const baselineDir = join(dirname(fileURLToPath(import.meta.url)), "baseline");
const files = readdirSync(baselineDir).filter((name) => name.endsWith(".ts"));
// Loaded up front, as sim/modules.ts does: a per-call import() would need real event-loop turns under a fake clock.
const loaded = await Promise.all(files.map((name) => import(pathToFileURL(join(baselineDir, name)).href) as Promise<unknown>));

/** The same map the smoke test builds with import.meta.glob: "./bench/baseline/x.ts" -> the loaded module. */
export const baselineModules: ModuleMap = withRootMarker(
  "./bench/baseline/",
  Object.fromEntries(files.map((name, i) => [`./bench/baseline/${name}`, () => Promise.resolve(loaded[i])])),
);
