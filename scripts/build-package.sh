#!/usr/bin/env bash
# Usage: scripts/build-package.sh   (after scripts/build-wasm.sh)
# Assembles the npm package in dist/npm/ from wasm/js/ (sources, typings,
# package.json template) and build/ (the modules and the wasm_exec.js of
# the toolchain that built them). `npm pack dist/npm` makes the tarball.
# MONGOURI_VERSION sets the package version (default: the template's).
set -euo pipefail
cd "$(dirname "$0")/.."
src=wasm/js
out=dist/npm

for f in build/mongouri.wasm build/mongouri-full.wasm build/mongouri-ui.wasm build/wasm_exec.js; do
  [ -f "$f" ] || { echo "build-package: $f is missing: run scripts/build-wasm.sh (make wasm) first" >&2; exit 1; }
done

rm -rf "$out"
mkdir -p "$out"
cp "$src"/index.js "$src"/node.js "$src"/core.js "$src"/index.d.ts "$src"/README.md "$out"/
cp build/mongouri.wasm build/mongouri-full.wasm build/mongouri-ui.wasm build/wasm_exec.js "$out"/
# The site engineer's parts, shipped when present: the custom element and
# the UI's stylesheet.
[ -f "$src/widget.js" ] && cp "$src/widget.js" "$out/"
[ -f wasm/ui/ui.css ] && cp wasm/ui/ui.css "$out/mongouri.css"
[ -f "$src/widget.d.ts" ] && cp "$src/widget.d.ts" "$out/"

# package.json: the template, with `files` listing exactly what was copied
# (so the tarball holds nothing else) and the version filled in.
node --input-type=module - "$src/package.json" "$out" "${MONGOURI_VERSION:-}" <<'EOF'
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
const [template, out, version] = process.argv.slice(2);
const pkg = JSON.parse(readFileSync(template, "utf8"));
if (version) pkg.version = version;
pkg.files = readdirSync(out).filter((f) => f !== "package.json").sort();
if (pkg.files.includes("widget.js")) {
  pkg.exports["./widget.js"] = pkg.files.includes("widget.d.ts")
    ? { types: "./widget.d.ts", default: "./widget.js" }
    : "./widget.js";
  pkg.sideEffects = ["./widget.js"]; // it defines the custom element on import
}
if (pkg.files.includes("mongouri.css")) pkg.exports["./mongouri.css"] = "./mongouri.css";
pkg.exports["./mongouri-full.wasm"] = "./mongouri-full.wasm";
pkg.exports["./mongouri-ui.wasm"] = "./mongouri-ui.wasm";
writeFileSync(`${out}/package.json`, JSON.stringify(pkg, null, 2) + "\n");
EOF
echo "built $out: $(cd "$out" && ls | tr '\n' ' ')"
