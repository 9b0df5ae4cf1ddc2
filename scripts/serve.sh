#!/usr/bin/env bash
# Usage: scripts/serve.sh [flags of scripts/serve]
# Serves dist/site (build it with `make site`) on http://127.0.0.1:$PORT
# (default 8080) with the pages' Content-Security-Policy as a header,
# Referrer-Policy: no-referrer and application/wasm. Flags go to the server,
# e.g. -doh http://127.0.0.1:5380/dns-query to allow one more DoH server.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f dist/site/index.html ]; then
  echo "serve: dist/site is not built: run make site" >&2
  exit 1
fi
mkdir -p build
${GO:-go} build -o build/serve ./scripts/serve
exec build/serve -dir dist/site -addr "127.0.0.1:${PORT:-8080}" "$@"
