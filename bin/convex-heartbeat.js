#!/usr/bin/env node
// Launcher for the convex-heartbeat CLI: loads the TypeScript sources through tsx's loader.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");
