#!/usr/bin/env bash
# Seedlist conformance and DoH fault tests against a real DNS server:
# starts the DNS test stack (scripts/dnsstack.sh: dnsmasq behind dnsdist on
# 127.0.0.1), runs the Go tests that read MONGOURI_DOH_URL, and stops the
# stack on exit, whatever happens. Needs dnsmasq and dnsdist (make deps-dns).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
: "${SPEC_TESTS_DIR:=$(cd "$root/.." && pwd)/shared/spec-tests}"
export SPEC_TESTS_DIR
# The cases added to the specifications after the pinned commit; the Go
# tests say loudly when the folder is missing.
: "${SPEC_TESTS_ADDITIONS_DIR:=$(dirname "$SPEC_TESTS_DIR")/spec-tests-additions}"
export SPEC_TESTS_ADDITIONS_DIR
if [ ! -f "$SPEC_TESTS_DIR/initial-dns-seedlist-discovery/records.txt" ]; then
  # Everything here serves or checks the specification's records: without
  # them there is nothing to run. Say so loudly; it is not a pass.
  printf '\n*** test-dns: SPEC_TESTS_DIR=%s has no seedlist cases: the seedlist conformance and DoH fault tests were NOT run. ***\n' "$SPEC_TESTS_DIR"
  printf '*** Set SPEC_TESTS_DIR to a checkout'"'"'s ../shared/spec-tests (CI does), or run scripts/fetch-spec-tests.sh. ***\n\n'
  exit 0
fi

state=$(mktemp -d "${TMPDIR:-/tmp}/mongouri-dns.XXXXXX")
log=$state/go-test.log
cleanup() {
  scripts/dnsstack.sh stop "$state/stack" || true
  rm -rf "$state"
}
trap cleanup EXIT

MONGOURI_DOH_URL=$(scripts/dnsstack.sh start "$state/stack")
MONGOURI_DNS_ADDR=$(cat "$state/stack/dns")
export MONGOURI_DOH_URL MONGOURI_DNS_ADDR
echo "test-dns: DNS test stack at $MONGOURI_DOH_URL (plain DNS at $MONGOURI_DNS_ADDR)"

# -v so that the per-folder conformance counts and the fault matrix are
# printed; the full log is shown only when something fails.
status=0
${GO:-go} test -count=1 -v -run 'SeedlistConformance|Fault|Stack|DoH|NetResolver' ./connstr/ ./connstr/doh/ ./connstr/netresolver/ >"$log" 2>&1 || status=$?
if [ "$status" -ne 0 ]; then
  cat "$log"
  echo "test-dns: FAILED" >&2
  exit "$status"
fi
# Tests that skip here were meant to run: a skip means the stack was not seen.
if grep -q -- '--- SKIP' "$log"; then
  grep -B2 -A6 -- '--- SKIP' "$log"
  echo "test-dns: some tests skipped although the stack is running" >&2
  exit 1
fi
grep -E 'seedlist conformance|fault matrix|^(ok|FAIL)\b' "$log"
