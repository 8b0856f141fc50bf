#!/usr/bin/env bash
# The demo's tier, after `npm run test:e2e` (which builds the demo and runs its browser tests):
# the generated registry reference must be current, and the typing figures are printed (long
# tasks and update latency in Debian's Chromium; figures only, never a gate). Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== demo: docs/reference is generated from the registries"
npm run reference -w @treatymark/demo -- --check

echo "== demo: first-load size and typing figures (5,000 words, 3 runs per mode, with the load;"
echo "   a loaded machine gives larger wall-clock numbers; the CPU figures are what the page costs)"
if [ -f apps/demo/dist/index.html ] && command -v chromium >/dev/null 2>&1; then
  (cd apps/demo && RUNS=3 timeout 600 node scripts/measure-typing.js) || echo "typing figures not measured"
else
  echo "demo not built or no Chromium: typing figures skipped"
fi
