#!/usr/bin/env node
// Launcher for the convex-heartbeat CLI: runs the compiled CLI (`npm run build` writes dist/; a packed
// or installed package ships it).
import "../dist/cli/main.js";
