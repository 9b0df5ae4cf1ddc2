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
out=$(cd scripts/driverbench && go test -run '^$' -bench . -benchmem -benchtime "$benchtime" -count 5)
echo "$out" | grep Benchmark
echo "$out" | awk '
  /^BenchmarkMongouri/ { mt += $3; ma += $7; mn++ }
  /^BenchmarkDriver/   { dt += $3; da += $7; dn++ }
  END {
    if (mn == 0 || dn == 0) exit 1
    printf "\n| parser | ns/op | allocs/op |\n|---|---|---|\n"
    printf "| mongouri connstr.Parse | %.0f | %.0f |\n", mt/mn, ma/mn
    printf "| driver connstring.ParseAndValidate | %.0f | %.0f |\n", dt/dn, da/dn
    printf "\nmongouri is %.1fx faster with %.2fx the allocations\n", (dt/dn)/(mt/mn), (ma/mn)/(da/dn)
  }'

# The DoH resolver's timing against the local DNS stack (SRV and TXT in
# parallel versus one query), and the npm package's parse() in Node against
# mongodb-connection-string-url with cold init() times.
echo
scripts/bench-dns.sh
echo
node scripts/bench-node.mjs
