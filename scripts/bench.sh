#!/usr/bin/env bash
# Usage: scripts/bench.sh
# Runs every benchmark the project has and prints the figures the README
# quotes. Benchmarks measure; nothing here asserts.
set -euo pipefail
cd "$(dirname "$0")/.."
benchtime=${BENCHTIME:-1s}

echo "== connstr (Go, native)"
go test ./connstr/ -run '^$' -bench . -skip 'PerKB' -benchmem -benchtime "$benchtime"

echo
echo "== worst-case inputs: ns per KiB of input, 1 KiB to the 64 KiB input limit (flat = linear)"
# Each pattern repeats one costly finding as often as the length allows
# (connstr/perkb_bench_test.go). A column that grows left to right would be
# a super-linear path.
go test ./connstr/ -run '^$' -bench 'PerKB' -benchtime "${PERKB_BENCHTIME:-20x}" | awk '
  /ns\/KiB/ {
    split($1, f, "/"); pat = f[2]; op = f[3]; size = f[4]; sub(/-[0-9]+$/, "", size)
    for (i = 2; i < NF; i++) if ($(i+1) == "ns/KiB") v = $i
    key = pat " " op
    if (!(key in seen)) { seen[key] = 1; rows[++n] = key }
    val[key, size] = v
    if (!(size in sizeSeen)) { sizeSeen[size] = 1; sizes[++m] = size }
  }
  END {
    printf "| pattern | op |"; for (j = 1; j <= m; j++) printf " %s |", sizes[j]; printf "\n|---|---|"
    for (j = 1; j <= m; j++) printf "---|"; printf "\n"
    for (i = 1; i <= n; i++) {
      split(rows[i], k, " "); printf "| %s | %s |", k[1], k[2]
      for (j = 1; j <= m; j++) printf " %.0f |", val[rows[i], sizes[j]]
      printf "\n"
    }
  }'

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

# resolve() with 1 to 1,000 in flight against a fake DoH fetch: CPU per
# resolve, wall time, and the longest the event loop was held.
echo
node scripts/bench-resolve.mjs

# The site in Chromium against a bare Go program: first rendered result,
# cold and warm, and keystroke latency in Explain (needs make site).
echo
echo "== the site in Chromium (scripts/bench-browser.mjs)"
node scripts/bench-browser.mjs "${BENCH_RUNS:-5}"
