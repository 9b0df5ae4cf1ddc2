#!/usr/bin/env bash
# Usage: scripts/bench-dns.sh
# Seedlist resolution time versus one DoH query's time, in one run, against
# the local DNS test stack (scripts/dnsstack.sh). Called by scripts/bench.sh.
# resolve/query near 1 means the SRV and TXT lookups run in parallel (goal
# <= 1.2); "loopback" is CPU-bound and follows the machine's load, "rtt-5ms"
# adds 5 ms per exchange as a network would.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
: "${SPEC_TESTS_DIR:=$(cd "$root/.." && pwd)/shared/spec-tests}"
export SPEC_TESTS_DIR

state=$(mktemp -d "${TMPDIR:-/tmp}/mongouri-dnsbench.XXXXXX")
trap 'scripts/dnsstack.sh stop "$state" || true; rm -rf "$state"' EXIT
MONGOURI_DOH_URL=$(scripts/dnsstack.sh start "$state")
export MONGOURI_DOH_URL

echo "== DoH: Resolve (SRV + TXT in parallel) vs one query, local dnsmasq + dnsdist"
out=$(${GO:-go} test ./connstr/doh/ -run '^$' -bench ResolveVsQuery -benchtime "${BENCHTIME:-1s}" -count "${COUNT:-3}")
echo "$out" | grep Benchmark
echo "$out" | awk '
  /^BenchmarkResolveVsQuery/ {
    split($1, parts, "/"); v = parts[2]; sub(/-[0-9]+$/, "", v)
    for (i = 1; i <= NF; i++) if ($i == "resolve/query") { sum[v] += $(i-1); n[v]++ }
  }
  END {
    for (v in sum) printf "resolve/query %-9s %.2fx (mean of %d runs; goal <= 1.2)\n", v, sum[v]/n[v], n[v]
  }'
