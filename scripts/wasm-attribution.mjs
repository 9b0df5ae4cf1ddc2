// Usage: node scripts/wasm-attribution.mjs NAMED.wasm PACKAGES.txt [TOP]
// Prints what each Go package costs in a js/wasm binary built with its
// function names (-ldflags=-w, without -s): the bytes of its function
// bodies, and those bodies' brotli size on their own (an estimate of the
// package's share of the compressed module, not an exact split: brotli
// finds repeats across packages too). Data segments (strings, type and
// pclntab tables) cannot be told apart by package and are one line, with
// two parts of it that grow with each function linked below it: the
// function names and the pc tables of Go's function table.
// PACKAGES.txt is `GOOS=js GOARCH=wasm go list -deps ./wasm`.
import { readFileSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";

const [file, pkgFile, topArg] = process.argv.slice(2);
if (!file || !pkgFile) {
  console.error("usage: node scripts/wasm-attribution.mjs NAMED.wasm PACKAGES.txt [TOP]");
  process.exit(2);
}
const top = Number(topArg ?? 25);
const buf = readFileSync(file);
const packages = readFileSync(pkgFile, "utf8").split("\n").filter(Boolean);

let pos = 8; // magic and version
function u32() {
  let result = 0, shift = 0, b;
  do {
    b = buf[pos++];
    result |= (b & 0x7f) << shift;
    shift += 7;
  } while (b & 0x80);
  return result >>> 0;
}
function name() {
  const n = u32();
  const s = buf.toString("utf8", pos, pos + n);
  pos += n;
  return s;
}

let imported = 0;
const bodies = []; // [start, end] of each defined function's body
const names = new Map(); // function index -> name
let dataBytes = 0, otherBytes = 0;
const dataParts = [];

while (pos < buf.length) {
  const id = buf[pos++];
  const size = u32();
  const end = pos + size;
  if (id === 2) { // imports: count the functions, which come first in the index space
    for (let n = u32(); n > 0; n--) {
      name(); name();
      const kind = buf[pos++];
      if (kind === 0) { u32(); imported++; }
      else if (kind === 1) { pos++; const f = buf[pos++]; u32(); if (f & 1) u32(); }
      else if (kind === 2) { const f = buf[pos++]; u32(); if (f & 1) u32(); }
      else if (kind === 3) { pos += 2; }
    }
  } else if (id === 10) { // code
    for (let n = u32(); n > 0; n--) {
      const len = u32();
      bodies.push([pos, pos + len]);
      pos += len;
    }
  } else if (id === 11) {
    dataBytes += size;
    dataParts.push(buf.subarray(pos, end));
  } else if (id === 0) {
    const section = name();
    if (section === "name") {
      while (pos < end) {
        const sub = buf[pos++];
        const subSize = u32();
        const subEnd = pos + subSize;
        if (sub === 1) {
          for (let n = u32(); n > 0; n--) {
            const idx = u32();
            names.set(idx, name());
          }
        }
        pos = subEnd;
      }
    }
  } else {
    otherBytes += size;
  }
  pos = end;
}

if (names.size === 0) {
  console.error(`${file} has no name section: build it without -s`);
  process.exit(1);
}

// Go's wasm linker writes symbol names with "/" as "_" (and "(*T)" as
// "__T_"), so "github.com_x_y.__T_.M" is a method in github.com/x/y. The
// name alone is ambiguous; the package list from `go list -deps` is not:
// the longest mangled path followed by "." names the package.
// The main package's symbols say "main", whatever its import path.
const mangled = [...packages.map((p) => [p.replaceAll("/", "_") + ".", p]), ["main.", "main (the wasm adapter)"]]
  .sort((a, b) => b[0].length - a[0].length);
function pkgOf(sym) {
  if (sym.startsWith("type_.")) return "(generated type functions)";
  for (const [prefix, pkg] of mangled) if (sym.startsWith(prefix)) return pkg;
  if (process.env.ATTRIB_DEBUG) console.error("unattributed:", sym);
  return "(linker helpers)";
}

const byPkg = new Map();
bodies.forEach(([s, e], i) => {
  const pkg = pkgOf(names.get(i + imported) ?? "?");
  const entry = byPkg.get(pkg) ?? { bytes: 0, parts: [] };
  entry.bytes += e - s;
  entry.parts.push(buf.subarray(s, e));
  byPkg.set(pkg, entry);
});

const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const rows = [...byPkg].map(([pkg, { bytes, parts }]) => ({ pkg, bytes, br: br(Buffer.concat(parts)) }));
rows.sort((a, b) => b.bytes - a.bytes);

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
console.log(`${"package".padEnd(48)} ${"code KB".padStart(8)} ${"~br KB".padStart(8)}`);
for (const r of rows.slice(0, top)) console.log(`${r.pkg.padEnd(48)} ${kb(r.bytes)} ${kb(r.br)}`);
const rest = rows.slice(top);
if (rest.length) {
  const sum = rest.reduce((a, r) => ({ bytes: a.bytes + r.bytes, br: a.br + r.br }), { bytes: 0, br: 0 });
  console.log(`${`(${rest.length} more packages)`.padEnd(48)} ${kb(sum.bytes)} ${kb(sum.br)}`);
}
const data = Buffer.concat(dataParts);
console.log(`${"data segments (all packages)".padEnd(48)} ${kb(dataBytes)} ${kb(br(data))}`);
// Two parts of the data grow with every function linked, whatever its
// package: its name and its pc tables (stack maps, line numbers), both in
// Go's function table.
const fn = functionTable(data);
if (fn) {
  console.log(`${"  of which function names".padEnd(48)} ${kb(fn.names.length)} ${kb(br(fn.names))}`);
  console.log(`${"  of which pc tables".padEnd(48)} ${kb(fn.pcs.length)} ${kb(br(fn.pcs))}`);
}
const ours = rows.filter((r) => (r.pkg.split("/")[0].includes(".") && !r.pkg.startsWith("(")) || r.pkg.startsWith("main "));
console.log(`\nthis module and its dependencies :`);
for (const r of ours) console.log(`${r.pkg.padEnd(48)} ${kb(r.bytes)} ${kb(r.br)}`);

// functionTable finds Go's function table (runtime.pclntab) in the data:
// its header is the magic 0xfffffff1, two zero bytes, the pc quantum (1)
// and the pointer size (8), then eight 64-bit words: the number of
// functions and of files, the text start, and the offsets from the header
// of the function names, the compilation units, the file names, the pc
// tables and the function records, in that order. null if it is not there
// or does not read as one.
function functionTable(data) {
  const h = data.indexOf(Buffer.from([0xf1, 0xff, 0xff, 0xff, 0, 0, 1, 8]));
  if (h < 0 || h + 72 > data.length) return null;
  const word = (i) => Number(data.readBigUInt64LE(h + 8 + 8 * i));
  const [names, cu, pcs, records] = [word(3), word(4), word(6), word(7)];
  if (!(names < cu && cu < pcs && pcs < records && h + records <= data.length)) return null;
  return { names: data.subarray(h + names, h + cu), pcs: data.subarray(h + pcs, h + records) };
}
