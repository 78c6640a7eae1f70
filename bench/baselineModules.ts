// The baseline's module map for convex-test: every file in bench/baseline/, plus the root marker
// convex-test needs to find the baseline's root (it has no _generated folder of its own).
import { loadModules, type ModuleMap } from "../sim/modules";
import { withRootMarker } from "./designs/baseline";

/** "./bench/baseline/x.ts" -> the loaded module, plus the root marker. */
export const baselineModules: ModuleMap = withRootMarker("./bench/baseline/", await loadModules("bench/baseline"));
