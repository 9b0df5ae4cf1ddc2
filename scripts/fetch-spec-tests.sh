#!/usr/bin/env bash
# Usage: scripts/fetch-spec-tests.sh [DIR]
# For users with internet access: fetches MongoDB's driver specifications at a
# pinned commit and lays out the conformance cases the way the tests read them
# (DIR, default ./spec-tests, which is git-ignored). Then run:
#   SPEC_TESTS_DIR=DIR make test
# The cases are licensed data and are never committed to this repository.
set -euo pipefail
dir=${1:-spec-tests}
commit=92b3c0b9287bfba1b0ec4084300858d05c654f8c
repo=https://github.com/mongodb/specifications

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
git -C "$tmp" init -q
git -C "$tmp" remote add origin "$repo"
git -C "$tmp" fetch -q --depth 1 origin "$commit"
git -C "$tmp" checkout -q FETCH_HEAD

src=$tmp/source
mkdir -p "$dir/connection-string" "$dir/uri-options" "$dir/initial-dns-seedlist-discovery"
cp "$src"/connection-string/tests/*.json "$dir/connection-string/"
cp "$src"/uri-options/tests/*.json "$src"/uri-options/tests/*.pem "$dir/uri-options/" 2>/dev/null || \
  cp "$src"/uri-options/tests/*.json "$dir/uri-options/"
for sub in replica-set load-balanced sharded; do
  mkdir -p "$dir/initial-dns-seedlist-discovery/$sub"
  cp "$src"/initial-dns-seedlist-discovery/tests/"$sub"/*.json "$dir/initial-dns-seedlist-discovery/$sub/"
done
echo "$commit" > "$dir/COMMIT"
echo "conformance cases of mongodb/specifications@$commit in $dir"
echo "note: the seedlist cases also need their DNS records file (records.txt) for scripts/dnsstack.sh;"
echo "      the specification describes them in source/initial-dns-seedlist-discovery/tests/README.md"
