#!/usr/bin/env bash
# Usage: scripts/bench.sh
# Runs every benchmark the project has and prints the figures the README
# quotes. Benchmarks measure; nothing here asserts.
set -euo pipefail
cd "$(dirname "$0")/.."
benchtime=${BENCHTIME:-1s}

echo "== connstr (Go, native)"
go test ./connstr/ -run '^$' -bench . -benchmem -benchtime "$benchtime"

echo
echo "== connstr.Parse vs the official Go driver (mongodb:// strings of connstr/testdata/mix.txt)"
# SideBySide alternates the two parsers every 240 strings, so that both run
# under the same conditions on a shared machine whose speed drifts; its
# speedup is the headline figure. Mongouri and Driver give allocations.
out=$(cd scripts/driverbench && go test -run '^$' -bench 'SideBySide|Mongouri|Driver' -benchmem -benchtime "$benchtime" -count 5)
echo "$out" | grep Benchmark
echo "$out" | awk '
  /^BenchmarkSideBySide/ {
    for (i = 4; i < NF; i++) {
      if ($(i+1) == "mongouri-ns/parse") mt += $i
      if ($(i+1) == "driver-ns/parse") dt += $i
      if ($(i+1) == "speedup") { sp += $i; if (min == "" || $i < min) min = $i; if ($i > max) max = $i }
    }
    sn++
  }
  /^BenchmarkMongouri/ { mb += $5; ma += $7; mn++ }
  /^BenchmarkDriver/   { db += $5; da += $7; dn++ }
  END {
    if (sn == 0 || mn == 0 || dn == 0) exit 1
    printf "\n| parser | ns/parse (side by side) | B/op | allocs/op |\n|---|---|---|---|\n"
    printf "| mongouri connstr.Parse | %.0f | %.0f | %.0f |\n", mt/sn, mb/mn, ma/mn
    printf "| driver connstring.ParseAndValidate | %.0f | %.0f | %.0f |\n", dt/sn, db/dn, da/dn
    printf "\nmongouri is %.2fx faster (runs %.2f to %.2f) with %.2fx the allocations and %.2fx the bytes\n", sp/sn, min, max, (ma/mn)/(da/dn), (mb/mn)/(db/dn)
  }'

# The DoH resolver's timing against the local DNS stack (SRV and TXT in
# parallel versus one query), and the npm package's parse() in Node against
# mongodb-connection-string-url with cold init() times.
echo
scripts/bench-dns.sh
echo
node scripts/bench-node.mjs

# The site in Chromium against a bare Go program: first rendered result,
# cold and warm, and keystroke latency in Explain (needs make site).
echo
echo "== the site in Chromium (scripts/bench-browser.mjs)"
node scripts/bench-browser.mjs "${BENCH_RUNS:-5}"
