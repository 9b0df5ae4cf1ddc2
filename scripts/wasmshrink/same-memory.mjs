// Usage: node scripts/wasmshrink/same-memory.mjs WASM_EXEC.js LINKED.wasm SHRUNK.wasm [LINKED SHRUNK ...]
// The check wasmshrink promises, made by a real engine: each pair of
// modules, instantiated with Go's imports (nothing runs but a start
// function), has the same memory byte for byte. Fails with the first
// differing address.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [execJS, ...files] = process.argv.slice(2);
if (!execJS || files.length === 0 || files.length % 2 !== 0) {
  console.error("usage: node same-memory.mjs WASM_EXEC.js LINKED.wasm SHRUNK.wasm [LINKED SHRUNK ...]");
  process.exit(2);
}
await import(pathToFileURL(execJS).href);

function memory(file) {
  const instance = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(file)), new globalThis.Go().importObject);
  return new Uint8Array(instance.exports.mem.buffer);
}

let failed = false;
for (let i = 0; i < files.length; i += 2) {
  const [a, b] = [memory(files[i]), memory(files[i + 1])];
  let at = a.length === b.length ? a.findIndex((x, j) => x !== b[j]) : Math.min(a.length, b.length);
  if (at >= 0) {
    console.error(`same-memory: ${files[i + 1]} starts with a memory unlike ${files[i]}'s (first difference at ${at})`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
