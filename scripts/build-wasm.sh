#!/usr/bin/env bash
# Usage: scripts/build-wasm.sh
# Builds the WebAssembly modules into build/:
#   build/mongouri.wasm      the JS API's core: parse, format, redact
#   build/mongouri-full.wasm the same plus explain and resolve (-tags full),
#                            which index.js loads on demand
#   build/mongouri-ui.wasm   all of it plus the inspector UI (-tags ui), for
#                            the site and the widget
# Each step up is too large to make every user of the step below download it.
#   build/bare.wasm       an empty Go js/wasm program, the baseline that
#                         scripts/size.sh and the Node benchmark compare with
#   build/wasm_exec.js    Go's loader, from the toolchain that built both
# Fails when a package that must stay out of the binary is linked in.
# WASM_OPT=1 adds a wasm-opt pass (see below).
set -euo pipefail
cd "$(dirname "$0")/.."
GO=${GO:-go}
out=build
mkdir -p "$out"

# net/http, encoding/json, regexp and text/template would each add hundreds
# of KB for nothing the module needs (DoH goes through JS fetch: see
# wasm/fetch.go). Check the import graph, not the binary, so the message
# names the culprit.
forbidden='^(net/http|encoding/json|regexp|text/template)$'
for tags in "" full ui; do
  if bad=$(GOOS=js GOARCH=wasm "$GO" list -tags "$tags" -deps ./wasm | grep -E "$forbidden"); then
    echo "build-wasm: the wasm module (tags: ${tags:-none}) must not depend on: $(echo $bad)" >&2
    echo "  find the importer with: GOOS=js GOARCH=wasm go list -tags '$tags' -deps -f '{{.ImportPath}}: {{.Imports}}' ./wasm | grep -E '$(echo $bad | tr ' ' '|')'" >&2
    exit 1
  fi
done

# -gcflags=all=-l turns inlining off: Go's wasm backend copies an inlined
# function's body into every caller, and measured on the API module that
# cost 112 KB of brotli (11%) for a parse that is 10-30% faster, which the
# speed goal does not need (see scripts/bench-node.mjs).
flags=(-trimpath -gcflags=all=-l -ldflags='-s -w')
# The linker writes into build/linked/; the post-link pass below writes the
# modules into build/. (Rewriting the linker's output in place would keep
# its build ID, and go build would then take the merged file for its own
# up-to-date output and skip the next link.)
mkdir -p "$out/linked"
modules=(mongouri mongouri-full mongouri-ui)
GOOS=js GOARCH=wasm "$GO" build "${flags[@]}" -o "$out/linked/mongouri.wasm" ./wasm
GOOS=js GOARCH=wasm "$GO" build "${flags[@]}" -tags full -o "$out/linked/mongouri-full.wasm" ./wasm
GOOS=js GOARCH=wasm "$GO" build "${flags[@]}" -tags ui -o "$out/linked/mongouri-ui.wasm" ./wasm

# The baseline: what Go's runtime alone costs.
bare=$(mktemp -d)
trap 'rm -rf "$bare"' EXIT
printf 'package main\n\nfunc main() {}\n' >"$bare/main.go"
printf 'module bare\n\ngo 1.21\n' >"$bare/go.mod"
(cd "$bare" && GOOS=js GOARCH=wasm GOFLAGS=-mod=mod "$GO" build "${flags[@]}" -o bare.wasm .)
cp "$bare/bare.wasm" "$out/bare.wasm"

# wasm-opt (binaryen, from node_modules) is opt-in: measured on the API
# module, -O2 saved under 1% of the brotli size (632 -> 628 KB) and -Oz
# made it larger (635 KB), at half a minute per module on this machine.
if [ "${WASM_OPT:-0}" = 1 ]; then
  for m in "${modules[@]}"; do
    node_modules/.bin/wasm-opt -O2 --enable-bulk-memory --enable-sign-ext --enable-nontrapping-float-to-int \
      "$out/linked/$m.wasm" -o "$out/linked/$m.opt.wasm"
    mv "$out/linked/$m.opt.wasm" "$out/linked/$m.wasm"
  done
fi

# scripts/wasmshrink rewrites two tables Go's wasm linker writes out in
# full, leaving the module's memory before its first call byte for byte the
# same: it merges the data segments the linker starts after every run of 8
# zero bytes (about 70,000 in the API module, half a megabyte of headers),
# and it leaves out the runtime's findfunctab, which on wasm depends only on
# the number of functions, for a start function that writes it (1.1 to
# 1.6 MB of each module's data). It runs last, after any wasm-opt pass.
# Node then checks what it wrote: each module validates, and instantiated
# with Go's imports it starts with the linker's memory. The bare baseline
# stays as Go's linker wrote it.
"$GO" build -o "$out/wasmshrink" ./scripts/wasmshrink
pairs=()
for m in "${modules[@]}"; do
  "$out/wasmshrink" "$out/linked/$m.wasm" "$out/$m.wasm"
  pairs+=("$out/linked/$m.wasm" "$out/$m.wasm")
done
node -e '
  const fs = require("node:fs");
  for (const m of process.argv.slice(2)) {
    const f = `${process.argv[1]}/${m}.wasm`;
    if (!WebAssembly.validate(fs.readFileSync(f))) { console.error(`build-wasm: ${f} does not validate`); process.exit(1); }
  }' "$out" "${modules[@]}"
node scripts/wasmshrink/same-memory.mjs "$(GOOS=js GOARCH=wasm "$GO" env GOROOT)/lib/wasm/wasm_exec.js" "${pairs[@]}"

cp "$("$GO" env GOROOT)/lib/wasm/wasm_exec.js" "$out/wasm_exec.js"
for m in "${modules[@]}" bare; do echo "built $out/$m.wasm ($(wc -c <"$out/$m.wasm") bytes)"; done
