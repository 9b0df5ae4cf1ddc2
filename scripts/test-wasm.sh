#!/usr/bin/env bash
# Usage: scripts/test-wasm.sh [go test flags]
# Runs the Go tests of the wasm adapter and of package connstr under
# GOOS=js GOARCH=wasm, with Node executing the test binaries through Go's
# own go_js_wasm_exec. The UI build (-tags ui) is compiled and vetted but
# not run here: package ui reads the DOM's document when it starts, which
# Node has not; the browser tests run it.
set -euo pipefail
cd "$(dirname "$0")/.."
GO=${GO:-go}
command -v node >/dev/null || { echo "test-wasm: node is needed to run js/wasm tests" >&2; exit 1; }
exec_wasm="$("$GO" env GOROOT)/lib/wasm/go_js_wasm_exec"
export GOOS=js GOARCH=wasm
# -tags full: explain and diagnose, and their tests, are in the full build
# only (see wasm/bridge_full.go).
"$GO" test -exec "$exec_wasm" -count=1 -tags full "$@" ./wasm/ ./connstr/...
"$GO" vet -tags ui ./wasm/
