// How the site is delivered: the module is fetched once on a first visit
// (preloaded with the HTML, compressed, taken over by the loader) and the
// service worker's install revalidates what the page already has instead of
// downloading it again.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { startServer, ready, CHROMIUM, launch as launchRouted } from "./harness.mjs";

// Not the harness's launch(): its Playwright route (which keeps the tests
// hermetic) turns Chromium's HTTP cache off, and this test is about that
// cache. The same isolation comes from flags: no name resolves but
// loopback, and anything else goes to a closed proxy port (loopback
// bypasses a proxy implicitly); a request that leaves loopback fails it.
async function launch() {
  const profile = mkdtempSync(join(tmpdir(), "mongouri-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
      "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
      "--proxy-server=127.0.0.1:9",
    ],
  });
  const outside = [];
  context.on("request", (r) => {
    if (new URL(r.url()).hostname !== "127.0.0.1") outside.push(r.url());
  });
  return {
    context,
    outside,
    page: context.pages()[0] ?? (await context.newPage()),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

test("first visit: each file is downloaded once, the module as brotli from the preload; the service worker only revalidates", async () => {
  const server = await startServer();
  const b = await launch();
  try {
    const wasmResponse = b.page.waitForResponse((r) => r.url().endsWith("/mongouri/mongouri-ui.wasm"));
    await b.page.goto(server.url);
    await ready(b.page);
    const wasm = await wasmResponse;
    assert.equal(wasm.headers()["content-encoding"], "br");
    assert.equal(wasm.headers()["content-type"], "application/wasm");
    assert.match(wasm.headers()["vary"] ?? "", /Accept-Encoding/);
    const entries = await b.page.evaluate(() =>
      performance.getEntriesByType("resource").filter((e) => e.name.endsWith(".wasm")).map((e) => e.initiatorType));
    assert.deepEqual(entries, ["link"], "one fetch of the module, the preload's");

    await b.page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await b.page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    const downloads = new Map(); // path -> full (200) responses
    for (const line of server.requests()) {
      const [method, path, status] = line.split(" ");
      if (method === "GET" && status === "200") downloads.set(path, (downloads.get(path) ?? 0) + 1);
    }
    assert.equal(downloads.get("/mongouri/mongouri-ui.wasm"), 1, server.requests().join("\n"));
    for (const [path, n] of downloads) assert.equal(n, 1, `${path} was downloaded ${n} times`);
    assert.ok(server.requests().some((l) => / 304$/.test(l)), "the service worker's install revalidated");
    assert.deepEqual(b.outside, [], "nothing but loopback was asked");
  } finally {
    await b.close();
    await server.stop();
  }
});

test("a module that cannot be loaded: the page says why, and keeps what was typed", async () => {
  const server = await startServer();
  const b = await launchRouted();
  try {
    // Held back until the text is typed, then refused: the loader, which
    // starts while the page is parsed, reports it once the page is there.
    let release;
    const typed = new Promise((resolve) => (release = resolve));
    await b.page.route("**/mongouri-ui.wasm", async (route) => {
      await typed;
      await route.fulfill({ status: 404, contentType: "text/plain", body: "gone" });
    });
    await b.page.goto(server.url, { waitUntil: "domcontentloaded" });
    const input = b.page.locator('[data-mu="input"]');
    await input.fill("mongodb://typed.example.net/");
    release();
    const box = b.page.locator("#load-error");
    await box.waitFor({ state: "visible" });
    assert.match(await box.textContent(), /^The parser could not load: .*HTTP 404/);
    assert.equal(await b.page.locator('[data-mu="status"]').textContent(), "The parser could not load.");
    assert.equal(await input.inputValue(), "mongodb://typed.example.net/");
    assert.deepEqual(b.log.errors, []);
  } finally {
    await b.close();
    await server.stop();
  }
});
