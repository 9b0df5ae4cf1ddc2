#!/usr/bin/env bash
# Usage: scripts/test-node.sh   (after make package; needs make deps-dns)
# node --test against the built npm package in dist/npm: the API, loading,
# resolve() through Node's fetch against the DNS test stack (dnsmasq behind
# dnsdist on 127.0.0.1, see scripts/dnsstack.sh), and the consumer checks
# (npm pack + install, tsc on the typings, an esbuild bundle).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f dist/npm/package.json ] || { echo "test-node: dist/npm is missing: run make package first" >&2; exit 1; }

state=$(mktemp -d "${TMPDIR:-/tmp}/mongouri-node.XXXXXX")
cleanup() {
  scripts/dnsstack.sh stop "$state/stack" >/dev/null 2>&1 || true
  rm -rf "$state"
}
trap cleanup EXIT

: "${SPEC_TESTS_DIR:=$(cd .. && pwd)/shared/spec-tests}"
if [ -f "$SPEC_TESTS_DIR/initial-dns-seedlist-discovery/records.txt" ]; then
  MONGOURI_DOH_URL=$(scripts/dnsstack.sh start "$state/stack")
  export MONGOURI_DOH_URL
  echo "test-node: DNS test stack at $MONGOURI_DOH_URL"
else
  # resolve() is tested against the specification's DNS records.
  printf '\n*** test-node: SPEC_TESTS_DIR=%s has no seedlist records: the resolve() tests were NOT run. ***\n\n' "$SPEC_TESTS_DIR"
fi

# tests/loopback-only.mjs makes every test process unable to reach past loopback.
node --import ./tests/loopback-only.mjs --test tests/node/*.test.mjs
