#!/usr/bin/env bash
# Usage: scripts/size.sh   (after scripts/build-wasm.sh, i.e. make size)
# Prints raw, gzip and brotli sizes of the WebAssembly modules and of the JS
# that loads them, the cost over a bare Go js/wasm program built in the same
# run, and what each Go package costs in the API module and in the UI module
# (vert's and dom/v2's lines among them). Fails if a package that must stay
# out of the binary is linked in. The brotli budgets are API_BUDGET_KB (650)
# for mongouri.wasm and UI_BUDGET_KB (800) for mongouri-ui.wasm; going over
# one is reported, and fails the script only with SIZE_STRICT=1.
set -euo pipefail
cd "$(dirname "$0")/.."
GO=${GO:-go}
api_budget=${API_BUDGET_KB:-650}
ui_budget=${UI_BUDGET_KB:-800}
scripts/ensure-debian-packages.sh brotli:brotli gzip:gzip

modules=(build/mongouri.wasm build/mongouri-full.wasm build/mongouri-ui.wasm)
for f in "${modules[@]}" build/bare.wasm build/wasm_exec.js build/wasmshrink; do
  [ -f "$f" ] || { echo "size: $f is missing: run scripts/build-wasm.sh (make wasm) first" >&2; exit 1; }
done

forbidden='^(net/http|encoding/json|regexp|text/template)$'
for tags in "" full ui; do
  if bad=$(GOOS=js GOARCH=wasm "$GO" list -tags "$tags" -deps ./wasm | grep -E "$forbidden"); then
    echo "size: the wasm module (tags: ${tags:-none}) links $(echo $bad), which must stay out" >&2
    exit 1
  fi
done

kb() { awk -v b="$1" 'BEGIN { printf "%9.1f", b / 1024 }'; }
raw() { wc -c <"$1"; }
gz() { gzip -9 -c "$1" | wc -c; }
br() { brotli -q 11 -c "$1" | wc -c; }

bare_br=$(br build/bare.wasm)
printf '%-26s %9s %9s %9s %12s\n' "file (KB)" raw gzip brotli "brotli-bare"
for f in "${modules[@]}" build/bare.wasm; do
  b=$(br "$f")
  printf '%-26s %s %s %s %12s\n' "$(basename "$f")" "$(kb "$(raw "$f")")" "$(kb "$(gz "$f")")" "$(kb "$b")" \
    "$( [ "$f" = build/bare.wasm ] && echo - || kb $((b - bare_br)))"
done
# What a page downloads besides the module: the loader and Go's wasm_exec.js.
js_files=(build/wasm_exec.js wasm/js/index.js wasm/js/core.js)
cat "${js_files[@]}" >build/.loader.js
printf '%-26s %s %s %s\n' "JS loader (3 files)" "$(kb "$(raw build/.loader.js)")" "$(kb "$(gz build/.loader.js)")" "$(kb "$(br build/.loader.js)")"
rm -f build/.loader.js

echo
budget() { # FILE KB
  local b
  b=$(br "$1")
  if [ "$b" -le $(($2 * 1024)) ]; then
    echo "budget: $(basename "$1") is $(kb "$b" | tr -d ' ') KB brotli, within $2 KB"
  else
    echo "budget: $(basename "$1") is $(kb "$b" | tr -d ' ') KB brotli, OVER the $2 KB budget by $(kb $((b - $2 * 1024)) | tr -d ' ') KB"
    over=1
  fi
}
budget build/mongouri.wasm "$api_budget"
budget build/mongouri-ui.wasm "$ui_budget"

# Attribution needs function names, which -s strips: build a copy with them.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for tags in "" ui; do
  name=mongouri${tags:+-$tags}.wasm
  GOOS=js GOARCH=wasm "$GO" build -trimpath -gcflags=all=-l -ldflags=-w -tags "$tags" -o "$tmp/named.wasm" ./wasm
  build/wasmshrink "$tmp/named.wasm" >/dev/null # as shipped (see build-wasm.sh)
  GOOS=js GOARCH=wasm "$GO" list -tags "$tags" -deps ./wasm >"$tmp/packages.txt"
  echo
  echo "what each package costs in $name (function bodies; data segments are shared):"
  node scripts/wasm-attribution.mjs "$tmp/named.wasm" "$tmp/packages.txt" "${SIZE_TOP:-25}"
done

if [ "${over:-0}" = 1 ] && [ "${SIZE_STRICT:-0}" = 1 ]; then
  exit 1
fi
