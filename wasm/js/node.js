// mongouri for Node: the same functions as index.js; only loading differs,
// because Node's fetch cannot read file: URLs.
import { readFile } from "node:fs/promises";
import { makeInit } from "./core.js";

export { parse, format, redact, resolve, explain, diagnose } from "./core.js";

async function compile(url) {
  const u = url instanceof URL ? url : new URL(String(url), import.meta.url);
  let bytes;
  if (u.protocol === "file:") {
    bytes = await readFile(u);
  } else {
    const res = await fetch(u);
    if (!res.ok) throw new Error(`mongouri: could not load ${u}: HTTP ${res.status}`);
    bytes = await res.arrayBuffer();
  }
  return WebAssembly.compile(bytes);
}

export const init = makeInit(
  (build) => new URL(`./${build}.wasm`, import.meta.url),
  compile,
);

/** The UI needs a DOM; Node has none. */
export function mount() {
  throw new Error("mongouri: mount() needs a browser DOM");
}
