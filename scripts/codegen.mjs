#!/usr/bin/env node
// Offline codegen that writes the same convex/_generated as `npx convex dev` (convex 1.48.0) for an app
// without convex.config.ts, so the first real `convex dev` leaves the committed files unchanged.
//
// `convex codegen --system-udfs` (the only offline codegen the CLI offers) writes an older layout:
// no `components` export in api.js / api.d.ts, an untyped `env` in server.d.ts. `convex dev` instead
// runs the component codegen: doInitialComponentCodegen before its push, doFinalComponentCodegen
// after it. This script loads convex's own CLI bundle (node_modules/convex/dist/cli.bundle.cjs, what
// `npx convex` runs) with its `void main();` replaced by an export of those functions, and runs both
// steps with the one piece of deployment data they read for such an app: the root's analysis, with no
// env vars and no child components. Verified byte for byte against `convex dev --once` talking to a
// stand-in backend. It refuses to run on another convex version, with a convex.config.ts, or with
// static codegen options, whose output depends on the deployment.
//
// Usage, from the project root: node scripts/codegen.mjs
import { createRequire } from "node:module";
import Module from "node:module";
import fs from "node:fs";
import path from "node:path";

const EXPECTED_CONVEX_VERSION = "1.48.0";

const projectRequire = createRequire(path.join(process.cwd(), "package.json"));
const convexPkgPath = projectRequire.resolve("convex/package.json");
const convexDir = path.dirname(convexPkgPath);
const convexVersion = JSON.parse(fs.readFileSync(convexPkgPath, "utf8")).version;
if (convexVersion !== EXPECTED_CONVEX_VERSION) {
  console.error(
    `codegen.mjs relies on convex ${EXPECTED_CONVEX_VERSION} CLI internals, found ${convexVersion}. ` +
      "Re-check the bundle before updating EXPECTED_CONVEX_VERSION.",
  );
  process.exit(1);
}

// Load the CLI bundle without running its entry point.
const bundlePath = path.join(convexDir, "dist", "cli.bundle.cjs");
const MAIN_CALL = "\nvoid main();\n";
let source = fs.readFileSync(bundlePath, "utf8");
if (source.split(MAIN_CALL).length !== 2) {
  console.error(`Expected exactly one '${MAIN_CALL.trim()}' in ${bundlePath}`);
  process.exit(1);
}
const NEEDED = [
  "nodeFs",
  "withTmpDir",
  "readProjectConfig",
  "functionsDir",
  "isComponentDirectory",
  "componentGraph",
  "doInitialComponentCodegen",
  "doFinalComponentCodegen",
];
source = source.replace(
  MAIN_CALL,
  `\nmodule.exports = { ${NEEDED.join(", ")} };\n`,
);
const bundleModule = new Module(bundlePath);
bundleModule.filename = bundlePath;
bundleModule.paths = Module._nodeModulePaths(path.dirname(bundlePath));
bundleModule._compile(source, bundlePath);
const cli = bundleModule.exports;
for (const name of NEEDED) {
  if (typeof cli[name] === "undefined") {
    console.error(`convex CLI bundle has no top-level '${name}'`);
    process.exit(1);
  }
}

// Minimal stand-in for the CLI's Context: the codegen functions only use fs and crash.
class CodegenError extends Error {}
const ctx = {
  fs: cli.nodeFs,
  crash: async (args) => {
    throw new CodegenError(args.printedMessage ?? `convex CLI crash (${args.errorType})`);
  },
  registerCleanup: () => "noop",
  removeCleanup: () => null,
  flushAndExit: async (code) => process.exit(code),
  bigBrainAuth: () => null,
  _updateBigBrainAuth: () => {},
};

async function run() {
  const { projectConfig, configPath } = await cli.readProjectConfig(ctx);
  const functionsDirectory = cli.functionsDir(configPath, projectConfig);

  // Same as startComponentsPushAndCodegen().
  const isComponent = cli.isComponentDirectory(ctx, functionsDirectory, true);
  if (isComponent.kind === "err") {
    throw new CodegenError(`Invalid component root directory (${isComponent.why}): ${functionsDirectory}`);
  }
  const rootComponent = isComponent.component;
  if (!rootComponent.isRootWithoutConfig) {
    throw new CodegenError(
      `${rootComponent.definitionPath} exists: the generated components/env types then come ` +
        "from the deployment's analysis and cannot be reproduced offline by this script.",
    );
  }
  if (projectConfig.codegen.staticApi || projectConfig.codegen.staticDataModel) {
    throw new CodegenError(
      "codegen.staticApi / codegen.staticDataModel need the deployment's analysis; not supported offline.",
    );
  }
  const { components } = await cli.componentGraph(
    ctx,
    path.resolve("."),
    rootComponent,
    false,
    false,
  );

  // The options `convex dev` passes down (lib/dev.ts watchAndPush): no generateCommonJSApi,
  // not dryRun, not debug. projectConfig.generateCommonJSApi is still honoured inside.
  const options = { dryRun: false, debug: false, verbose: false };

  await cli.withTmpDir(async (tmpDir) => {
    await cli.doInitialComponentCodegen(ctx, tmpDir, rootComponent, options);
  });

  // What the backend's start_push returns for the root of an app without convex.config.ts,
  // restricted to the fields doFinalComponentCodegen reads with default codegen options.
  const startPushResponse = {
    analysis: {
      "": {
        definition: { childComponents: [], envVars: [] },
        functions: {},
      },
    },
  };
  await cli.withTmpDir(async (tmpDir) => {
    await cli.doFinalComponentCodegen(
      ctx,
      tmpDir,
      rootComponent,
      rootComponent,
      startPushResponse,
      components,
      options,
    );
  });
}

run().then(
  () => process.exit(0),
  (err) => {
    console.error(err instanceof CodegenError ? err.message : err);
    process.exit(1);
  },
);
