#!/usr/bin/env bash
# Packs the package as npm would publish it and installs the tarball into a clean copy of the consumer
# app (examples/consumer), then runs that app's codegen, type-check, tests and plain-Node script, so a
# packaging regression fails CI instead of a user's install.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
npm run build
tarball="$repo/$(npm pack --silent | tail -n 1)"
work="$(mktemp -d)"
trap 'rm -rf "$work" "$tarball"' EXIT
cp -r examples/consumer/. "$work/"
rm -rf "$work/node_modules"
cd "$work"
npm ci --no-audit --no-fund
npm install --no-save --no-audit --no-fund "$tarball"
node "$repo/scripts/codegen.mjs"
npm run typecheck
npm test
node app.mjs
echo "consumer app: installed $(basename "$tarball"), type-checked, tested and ran against it."
