#!/usr/bin/env bash
# Clients tier (issue 13): the packed @treatymark/core in real hosts, as a user installs it:
# Astro 5 + @astrojs/mdx, @mdx-js/mdx 3 + react-dom, remark-cli 12, rehype-sanitize, and tsc
# consumers. Needs only Node, npm and the npm registry; about 2-4 minutes (npm install is most of
# it). Idempotent: the npm cache under /var/cache/treatymark/npm is reused when present.
set -euo pipefail
cd "$(dirname "$0")/.."

cache=/var/cache/treatymark/npm
if mkdir -p "$cache" 2>/dev/null && [ -w "$cache" ]; then
  export npm_config_cache="$cache"
fi

timeout 900 npm run test:clients
