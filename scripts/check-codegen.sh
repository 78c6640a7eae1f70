#!/usr/bin/env bash
# Fails when convex/_generated is stale: regenerates it offline, as `npx convex dev` would write it
# (scripts/codegen.mjs), and compares with what is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
node scripts/codegen.mjs
if [ -n "$(git status --porcelain -- convex/_generated)" ]; then
  echo "convex/_generated is stale: run 'npm run codegen' and commit the result." >&2
  git status --porcelain -- convex/_generated >&2
  exit 1
fi
echo "convex/_generated is current."
