#!/usr/bin/env bash
# Usage: scripts/test-browser.sh [node --test args]
# The browser tests (tests/browser/*.test.mjs): playwright-core driving
# Debian's chromium against dist/site (build it with `make site`) served by
# scripts/serve on a free 127.0.0.1 port, and the local dnsmasq+dnsdist DoH
# stack (scripts/dnsstack.sh) for Resolve. Screenshots go to screenshots/
# (git-ignored); the load times and the axe summary are printed.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f dist/site/index.html ]; then
  echo "test-browser: dist/site is not built: run make site" >&2
  exit 1
fi
if [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
  echo "test-browser: chromium is missing: make deps-browser installs Debian's" >&2
  exit 1
fi
mkdir -p build screenshots
${GO:-go} build -o build/serve ./scripts/serve
# One file at a time: each starts its own browsers, and the machine has two cores.
exec node --import ./tests/loopback-only.mjs --test --test-concurrency=1 "$@" tests/browser/
