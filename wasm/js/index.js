// mongouri for browsers and bundlers. Node resolves the package to node.js
// instead (see package.json's exports); both offer the same functions.
import { makeInit, has, need, resolve } from "./core.js";

export { parse, format, redact, resolve, explain, diagnose } from "./core.js";

/**
 * Fetches and compiles the module, streaming when the server labels it
 * application/wasm (compileStreaming refuses anything else): the compiler
 * reads the bytes as they arrive, and Chromium keeps the compiled code in
 * its cache for the next visit, keyed by the response.
 */
async function compile(url) {
  const res = await fetch(url, { credentials: "same-origin" });
  if (!res.ok) throw new Error(`mongouri: could not load ${res.url || url}: HTTP ${res.status}`);
  const type = res.headers.get("content-type") ?? "";
  if (typeof WebAssembly.compileStreaming === "function" && type.split(";")[0].trim() === "application/wasm") {
    return WebAssembly.compileStreaming(res);
  }
  return WebAssembly.compile(await res.arrayBuffer());
}

// The literal new URL("...", import.meta.url) form lets bundlers that know
// it (Vite, webpack, Parcel) emit the .wasm as an asset.
export const init = makeInit(
  (build) =>
    build === "mongouri-ui"
      ? new URL("./mongouri-ui.wasm", import.meta.url)
      : build === "mongouri-full"
        ? new URL("./mongouri-full.wasm", import.meta.url)
        : new URL("./mongouri.wasm", import.meta.url),
  compile,
);

/**
 * Mounts the inspector UI into root (an Element or ShadowRoot); see
 * index.d.ts. Needs the UI build: await init({ui: true}) first.
 */
export function mount(root, config) {
  const api = need("mount");
  if (!has("mount")) throw new Error("mongouri: mount() needs the UI build: await init({ui: true}) first");
  const isNode = typeof Node !== "undefined" && root instanceof Node;
  if (!isNode || (root.nodeType !== 1 && root.nodeType !== 11)) {
    throw new TypeError("mongouri: mount() needs an Element or a ShadowRoot");
  }
  const inspector = api.mount(root, withResolve(config ?? {}));
  if (inspector instanceof Error) throw inspector;
  return inspector;
}

function withResolve(config) {
  if (config.resolve !== undefined || !has("resolve")) return config;
  return { ...config, resolve };
}
