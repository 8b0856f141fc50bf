#!/usr/bin/env bash
# The WordPress tier (packages/wordpress): installs PHP, Chromium and WordPress 6.6-RC3 (from npm,
# with the SQLite Database Integration plugin) when missing, builds the plugin and runs its e2e
# tests against a real WordPress served by `php -S` on SQLite. Idempotent; downloads are cached
# under /var/cache/treatymark/wordpress (a clean machine passes too).
#   bash .ci/wp.sh            install what is missing, build the plugin, run the e2e tier
#   bash .ci/wp.sh --install  only install (.ci/run does this; its `npm run test:e2e` runs the tier)
#   TREATYMARK_WP_BUILD=nightly bash .ci/wp.sh   the same against WordPress 6.7-alpha (same npm package)
set -euo pipefail
cd "$(dirname "$0")/.."

CACHE="${TREATYMARK_WP_CACHE:-/var/cache/treatymark/wordpress}"
WP_BUILDS=@wp-playground/wordpress-builds@0.9.19 # holds wp-beta.zip = WordPress 6.6-RC3
WP_CLI=@wp-playground/cli@3.1.56                 # holds sqlite-database-integration.zip (3.0.2)
BUILD="${TREATYMARK_WP_BUILD:-beta}"               # beta: 6.6-RC3 (CI); nightly: 6.7-alpha-58716
case "$BUILD" in
  beta) SITE="$CACHE/wordpress-6.6-RC3" VERSION=6.6 ;;
  nightly) SITE="$CACHE/wordpress-6.7-alpha" VERSION=6.7 ;;
  *) echo "TREATYMARK_WP_BUILD must be beta or nightly" >&2; exit 2 ;;
esac

echo "== WordPress tier: system packages (PHP 8.2, Chromium)"
need=()
command -v php >/dev/null 2>&1 || need+=(php-cli)
command -v unzip >/dev/null 2>&1 || need+=(unzip)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if command -v php >/dev/null 2>&1; then
  for ext in pdo_sqlite dom mbstring curl gd intl zip; do
    php -m | grep -qix "$ext" || need+=("php-${ext/pdo_/}")
  done
fi
if [ "${#need[@]}" -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends php-cli php-sqlite3 php-xml php-mbstring \
    php-curl php-gd php-intl php-zip unzip chromium >/dev/null
fi

echo "== WordPress tier: WordPress $VERSION ($BUILD) and SQLite from npm"
if [ ! -f "$SITE/wp-load.php" ] || [ ! -d "$SITE/wp-content/plugins/sqlite-database-integration" ]; then
  mkdir -p "$CACHE/pack"
  (cd "$CACHE/pack" && { [ -f wp-playground-wordpress-builds-0.9.19.tgz ] || npm pack "$WP_BUILDS" >/dev/null 2>&1; } \
    && { [ -f wp-playground-cli-3.1.56.tgz ] || npm pack "$WP_CLI" >/dev/null 2>&1; })
  tmp="$(mktemp -d)"
  tar -xzf "$CACHE/pack/wp-playground-wordpress-builds-0.9.19.tgz" -C "$tmp" \
    package/src/wordpress/wp-$BUILD.zip package/public/wp-$BUILD
  tar -xzf "$CACHE/pack/wp-playground-cli-3.1.56.tgz" -C "$tmp" package/sqlite-database-integration.zip
  rm -rf "$SITE.tmp" && mkdir -p "$SITE.tmp"
  unzip -q "$tmp/package/src/wordpress/wp-$BUILD.zip" -d "$SITE.tmp"
  # The zip holds either the tree or a single folder with it.
  if [ ! -f "$SITE.tmp/wp-load.php" ]; then
    inner="$(dirname "$(find "$SITE.tmp" -maxdepth 2 -name wp-load.php | head -1)")"
    mv "$inner" "$SITE.tmp.inner" && rm -rf "$SITE.tmp" && mv "$SITE.tmp.inner" "$SITE.tmp"
  fi
  cp -a "$tmp/package/public/wp-$BUILD/." "$SITE.tmp/"
  rm -f "$SITE.tmp/wordpress-remote-asset-paths" "$SITE.tmp/wp-content/database/.ht.sqlite"
  unzip -q "$tmp/package/sqlite-database-integration.zip" -d "$SITE.tmp/wp-content/plugins/"
  if [ -d "$SITE.tmp/wp-content/plugins/plugin-sqlite-database-integration" ]; then
    rm -rf "$SITE.tmp/wp-content/plugins/sqlite-database-integration"
    mv "$SITE.tmp/wp-content/plugins/plugin-sqlite-database-integration" \
      "$SITE.tmp/wp-content/plugins/sqlite-database-integration"
  fi
  rm -rf "$tmp" "$SITE" && mv "$SITE.tmp" "$SITE"
fi
grep -q "\$wp_version = '$VERSION" "$SITE/wp-includes/version.php" || { echo "not WordPress $VERSION in $SITE" >&2; exit 1; }

if [ "${1:-}" = "--install" ]; then
  echo "WordPress $VERSION ($BUILD) ready in $SITE"
  exit 0
fi

echo "== WordPress tier: build the plugin and run the e2e tests"
npm run build -w @treatymark/wordpress
TREATYMARK_WP_SITE="$SITE" npm run test:e2e -w @treatymark/wordpress
