#!/usr/bin/env bash
# The DNS test stack: dnsmasq serving a records file behind dnsdist serving
# DNS-over-HTTPS (plain HTTP, with access-control-allow-origin: *) on free
# 127.0.0.1 ports. Used by scripts/test-dns.sh and by the Node and browser tests.
#
#   scripts/dnsstack.sh start STATE_DIR [RECORDS]
#       start both daemons, wait until a DoH query is answered, print the DoH
#       URL (http://127.0.0.1:PORT/dns-query) and write it to STATE_DIR/url.
#       RECORDS defaults to $SPEC_TESTS_DIR/initial-dns-seedlist-discovery/records.txt
#       (SPEC_TESTS_DIR defaults to ../shared/spec-tests beside the checkout).
#       The records are also served as plain DNS at the address in STATE_DIR/dns.
#   scripts/dnsstack.sh stop STATE_DIR
#       stop both daemons by their recorded PIDs.
#   scripts/dnsstack.sh url STATE_DIR
#       print the URL of the running stack.
#
# Every name not in RECORDS is NXDOMAIN; nothing is forwarded off the machine.
# Fault names for tests: servfail.fault.test (SERVFAIL), refused.fault.test
# (REFUSED), truncated.fault.test (TC bit), slow.fault.test (no answer, then
# HTTP 502 after about a second); any path but /dns-query gives HTTP 404.
# Needs dnsmasq (Debian package dnsmasq-base) and dnsdist: make deps-dns.
# The logic is in scripts/dnsstack/ (Go); this wrapper builds it once.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
: "${SPEC_TESTS_DIR:=$(cd "$root/.." && pwd)/shared/spec-tests}"
export SPEC_TESTS_DIR

bin=$root/build/dnsstack
mkdir -p "$root/build"
# Several test runners may start stacks at once: build under a lock.
(
  flock 9
  cd "$root" && ${GO:-go} build -o "$bin" ./scripts/dnsstack
) 9>"$root/build/.dnsstack.lock"
exec "$bin" "$@"
