#!/usr/bin/env bash
# Fails when convex/_generated is stale: regenerates it offline and compares with what is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
npx convex codegen --system-udfs --typecheck disable >/dev/null
if [ -n "$(git status --porcelain -- convex/_generated)" ]; then
  echo "convex/_generated is stale: run 'npm run codegen' and commit the result." >&2
  git status --porcelain -- convex/_generated >&2
  exit 1
fi
echo "convex/_generated is current."
