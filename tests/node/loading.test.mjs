// How the package loads: in fresh processes, since each process starts the
// Go program once.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { PKG, PKG_URL, runNode } from "./helpers.mjs";

test("init touches no global for good", async () => {
  const { value, stderr } = await runNode(`
    const before = Object.getOwnPropertyNames(globalThis);
    const m = await import(${JSON.stringify(PKG_URL + "node.js")});
    await m.init();
    m.parse("mongodb://h");
    const after = Object.getOwnPropertyNames(globalThis);
    console.log(JSON.stringify({ added: after.filter((n) => !before.includes(n)), removed: before.filter((n) => !after.includes(n)) }));`);
  assert.deepEqual(value, { added: [], removed: [] }, stderr);
});

test("init() loads the core build; resolve() loads the full build by itself, which explain() needs", async () => {
  const { value, stderr } = await runNode(`
    const m = await import(${JSON.stringify(PKG_URL + "node.js")});
    await m.init();
    let before;
    try { m.explain("mongodb://h"); } catch (e) { before = e.message; }
    const r = await m.resolve("mongodb://u:p@h1,h2/db");
    console.log(JSON.stringify({ before, seeds: r.seeds, explained: m.explain("mongodb://h").sections !== null, parsed: m.parse("mongodb://h").valid }));`);
  assert.deepEqual(value, {
    before: "mongouri: explain() needs the full build: await init({full: true}) first",
    seeds: ["h1:27017", "h2:27017"],
    explained: true,
    parsed: true,
  }, stderr);
});

test("a global Go of the page's own survives init", async () => {
  const { value, stderr } = await runNode(`
    globalThis.Go = "mine";
    const m = await import(${JSON.stringify(PKG_URL + "node.js")});
    await m.init();
    console.log(JSON.stringify({ go: globalThis.Go }));`);
  assert.deepEqual(value, { go: "mine" }, stderr);
});

test("calls before init throw a usage error", async () => {
  const { value } = await runNode(`
    const m = await import(${JSON.stringify(PKG_URL + "node.js")});
    try { m.parse("mongodb://h"); console.log(JSON.stringify("no error")); }
    catch (e) { console.log(JSON.stringify(e.message)); }`);
  assert.equal(value, "mongouri: await init() before calling parse()");
});

test("init({wasmModule}) and the browser entry work in Node", async () => {
  const { value, stderr } = await runNode(`
    import { readFileSync } from "node:fs";
    const m = await import(${JSON.stringify(PKG_URL + "index.js")});
    const wasmModule = await WebAssembly.compile(readFileSync(new URL("mongouri.wasm", ${JSON.stringify(PKG_URL)})));
    await m.init({ wasmModule });
    console.log(JSON.stringify(m.parse("mongodb://h:1").hosts));`);
  assert.deepEqual(value, [{ type: "hostname", host: "h", port: 1 }], stderr);
});

test("init rejects a wasmModule that is not a module, and can be retried", async () => {
  const { value, stderr } = await runNode(`
    const m = await import(${JSON.stringify(PKG_URL + "node.js")});
    let first;
    try { await m.init({ wasmModule: new Uint8Array(3) }); } catch (e) { first = e.name; }
    await m.init();
    console.log(JSON.stringify({ first, ok: m.parse("mongodb://h").valid }));`);
  assert.deepEqual(value, { first: "TypeError", ok: true }, stderr);
});

// The browser entry fetches the module: streaming when the server says
// application/wasm, from an ArrayBuffer otherwise.
for (const type of ["application/wasm", "application/octet-stream"]) {
  test(`the browser entry loads over HTTP served as ${type}`, async () => {
    const wasm = readFileSync(`${PKG}/mongouri.wasm`);
    let served = 0;
    const server = createServer((req, res) => {
      served++;
      res.writeHead(req.url === "/mongouri.wasm" ? 200 : 404, { "content-type": type });
      res.end(req.url === "/mongouri.wasm" ? wasm : "");
    });
    await new Promise((r) => server.listen(0, "127.0.0.1", r));
    try {
      const base = `http://127.0.0.1:${server.address().port}`;
      const { value, stderr } = await runNode(`
        const m = await import(${JSON.stringify(PKG_URL + "index.js")});
        let missing;
        try { await m.init({ wasmURL: ${JSON.stringify(base + "/nope.wasm")} }); } catch (e) { missing = e.message; }
        await m.init({ wasmURL: new URL(${JSON.stringify(base + "/mongouri.wasm")}) });
        console.log(JSON.stringify({ missing, valid: m.parse("mongodb://h").valid }));`);
      assert.equal(value?.valid, true, stderr);
      assert.match(value.missing, /HTTP 404/);
      assert.equal(served, 2);
    } finally {
      server.close();
    }
  });
}

test("the process exits on its own after parse and resolve", async () => {
  const { value, code, stderr } = await runNode(`
    const m = await import(${JSON.stringify(PKG_URL + "node.js")});
    await m.init();
    const r = await m.resolve("mongodb+srv://c.example.net/", { dohURL: "http://127.0.0.1:9/dns-query", timeoutMS: 60000 });
    // Go asked for a JavaScript timeout for its deadline; it must not hold the process.
    const timers = process.getActiveResourcesInfo().filter((x) => x === "Timeout");
    console.log(JSON.stringify({ valid: r.valid, timers: timers.length }));`);
  assert.equal(code, 0, stderr);
  assert.deepEqual(value, { valid: false, timers: 0 });
});
