#!/usr/bin/env bash
# Usage: scripts/fuzz.sh DURATION
# Runs each Go fuzz target of the repository for DURATION (e.g. 20s, 5m).
# New failing inputs land in the package's testdata/fuzz/ and fail the run.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-20s}

# Every "func FuzzXxx(" in a _test.go file, as "package-dir target".
targets=$(grep -rl --include='*_test.go' '^func Fuzz' . | grep -v node_modules | while read -r file; do
  dir=$(dirname "$file")
  grep -o '^func Fuzz[A-Za-z0-9_]*' "$file" | sed "s|^func |$dir |"
done | sort -u)

if [ -z "$targets" ]; then
  echo "no fuzz targets found" >&2
  exit 1
fi
while read -r dir target; do
  echo "fuzz: $target in $dir for $duration"
  go test "$dir" -run '^$' -fuzz "^${target}\$" -fuzztime "$duration"
done <<< "$targets"
