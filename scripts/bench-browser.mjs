// Usage: node scripts/bench-browser.mjs [RUNS]   (after make site; part of make bench)
// The page in Debian's Chromium, side by side with a bare Go js/wasm program
// built by the same toolchain (build/bare.wasm), both served by
// scripts/serve with the same headers and precompressed files:
//   - navigation -> first rendered result of a string pasted as the page
//     appears (the site), against navigation -> the bare program has run;
//     cold (a fresh profile) and warm (the same profile reloaded: service
//     worker and HTTP cache for the site, HTTP cache for the bare page);
//     RUNS (default 5) of each, alternating, medians and the ratio;
//   - keystroke -> rendered result in Explain: from the keydown's time
//     stamp to the frame after the page handled it, p50 and p95.
// Hermetic: Chromium resolves no name but 127.0.0.1, any other connection
// goes to a closed proxy port, and a request to anything but loopback stops
// the benchmark. (Not a Playwright route: routing turns Chromium's HTTP cache
// off, and the warm runs measure that cache.) Measures only; asserts nothing.
import { mkdtempSync, rmSync, copyFileSync, writeFileSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { startServe } from "./serve/start.mjs";
import { execFileSync } from "node:child_process";
import { chromium } from "playwright-core";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const RUNS = Number(process.argv[2] ?? process.env.BENCH_RUNS ?? 5);
const URI = "mongodb+srv://app:s3cret@cluster0.abcde.mongodb.net/shop?retryWrites=true&w=majority&appName=Shop";
const TYPED = "&maxPoolSize=50&readPreference=secondaryPreferred";

const ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
  "--proxy-server=127.0.0.1:9", // loopback bypasses a proxy implicitly
];

for (const f of ["dist/site/index.html", "build/bare.wasm", "build/wasm_exec.js"]) {
  if (!existsSync(join(ROOT, f))) {
    console.error(`bench-browser: ${f} is missing: run make site`);
    process.exit(1);
  }
}
// The server is built here, as the browser tests build it: a build/serve
// left from an older tree may lack precompression and send the module
// uncompressed, which would measure something users never get.
execFileSync(process.env.GO ?? "go", ["build", "-o", join(ROOT, "build/serve"), "./scripts/serve"], { cwd: ROOT, stdio: "inherit" });
if (!existsSync(CHROMIUM)) {
  console.error(`bench-browser: ${CHROMIUM} is missing: make deps-browser installs Debian's chromium`);
  process.exit(1);
}

/** The bare program's page: Go's own loader, the module preloaded and compiled streaming, like the site. */
function bareSite() {
  const dir = mkdtempSync(join(tmpdir(), "mongouri-bare-"));
  const csp = /<meta http-equiv="Content-Security-Policy"[^>]*>/.exec(readFileSync(join(ROOT, "site/index.html"), "utf8"))[0];
  writeFileSync(join(dir, "index.html"), `<!doctype html>
<html lang="en"><head><meta charset="utf-8">${csp}
<title>bare Go program</title>
<link rel="preload" href="bare.wasm" as="fetch" type="application/wasm" crossorigin>
<script src="wasm_exec.js"></script>
<script type="module" src="bare.js"></script>
</head><body><p>bare</p></body></html>
`);
  writeFileSync(join(dir, "bare.js"), `const go = new Go();
const res = fetch("bare.wasm", { credentials: "same-origin" });
const { instance } = await WebAssembly.instantiateStreaming(res, go.importObject);
await go.run(instance);
performance.mark("bare:done");
`);
  copyFileSync(join(ROOT, "build/bare.wasm"), join(dir, "bare.wasm"));
  copyFileSync(join(ROOT, "build/wasm_exec.js"), join(dir, "wasm_exec.js"));
  for (const f of ["index.html", "bare.js", "bare.wasm", "wasm_exec.js"]) {
    execFileSync("brotli", ["-q", "11", "-f", "-o", join(dir, f + ".br"), join(dir, f)]);
    writeFileSync(join(dir, f + ".gz"), execFileSync("gzip", ["-9", "-n", "-c", join(dir, f)], { maxBuffer: 1 << 26 }));
  }
  return dir;
}

function serve(dir) {
  return startServe(join(ROOT, "build/serve"), ["-dir", dir, "-addr", "127.0.0.1:0"]);
}

async function launch() {
  const profile = mkdtempSync(join(tmpdir(), "mongouri-bench-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 800 },
  });
  context.on("request", (r) => {
    const u = new URL(r.url());
    if (u.hostname !== "127.0.0.1" && u.protocol !== "data:" && u.protocol !== "blob:") {
      console.error(`bench-browser: a request left loopback: ${r.url()}`);
      process.exit(1);
    }
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}

// The "paste": the string is put into the inspector's input as soon as the
// document is parsed, before the module can have arrived, as a person
// pasting into the page that has just appeared.
const pasteScript = `document.addEventListener("DOMContentLoaded", () => {
  const t = document.querySelector('[data-mu="input"]');
  if (t && t.value === "") { t.value = ${JSON.stringify(URI)}; t.dispatchEvent(new Event("input", { bubbles: true })); }
});`;

// How a load's end is seen, the same for both pages: the page's mark is
// reported on the console, and read only then. Waiting with
// page.waitForFunction would have Playwright evaluate its injected script
// (tens of milliseconds of main-thread work) in the page while it loads:
// a cost no visitor has, and one that lands on the site's critical path
// (its main thread is busy while it loads) but not on the bare program's.
const END_MARKS = ["mongouri:first-parse", "bare:done"];
const markScript = `new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (${JSON.stringify(END_MARKS)}.includes(e.name)) console.debug("bench-mark " + e.name);
}).observe({ type: "mark", buffered: true });`;

/**
 * Navigates (or reloads) and returns, in ms from navigation start, the time
 * of the page's mark (end) and when the module's last byte had arrived (wasm).
 */
async function loadUntil(page, url, reload, mark) {
  const seen = page.waitForEvent("console", { predicate: (m) => m.text() === `bench-mark ${mark}`, timeout: 60000 });
  if (reload) await page.reload({ waitUntil: "commit" });
  else await page.goto(url, { waitUntil: "commit" });
  await seen;
  return page.evaluate((name) => ({
    end: performance.getEntriesByName(name)[0].startTime,
    wasm: performance.getEntriesByType("resource").find((e) => e.name.endsWith(".wasm"))?.responseEnd ?? NaN,
  }), mark);
}

/** Navigation -> the first rendered result of the pasted string, in ms. */
async function siteLoad(page, url, reload) {
  const t = await loadUntil(page, url, reload, "mongouri:first-parse");
  const [status, value] = await page.evaluate(() => [
    document.querySelector('[data-mu="status"]').textContent,
    document.querySelector('[data-mu="input"]').value,
  ]);
  if (value !== URI || !/^Valid/.test(status)) throw new Error(`the first result is not the pasted string's: ${status}`);
  return t;
}

function bareLoad(page, url, reload) {
  return loadUntil(page, url, reload, "bare:done");
}

/** One cold load and then a warm one (the second reload: the first fills the caches a cold visit leaves empty). */
async function coldWarm(load, url, site) {
  const b = await launch();
  try {
    await b.context.addInitScript(markScript);
    if (site) await b.context.addInitScript(pasteScript);
    const cold = await load(b.page, url, false);
    if (site) await b.page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await load(b.page, url, true);
    if (site) await b.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const warm = await load(b.page, url, true);
    return { cold, warm };
  } finally {
    await b.close();
  }
}

/** Keystroke -> rendered result in Explain, in ms, one sample per key. */
async function keystrokes(url) {
  const b = await launch();
  try {
    await b.page.goto(url);
    await b.page.waitForFunction(() => performance.getEntriesByName("mongouri:first-parse").length > 0);
    await b.page.getByRole("tab", { name: "Explain" }).click();
    const input = b.page.locator('[data-mu="input"]');
    await input.fill(URI);
    await input.focus();
    await b.page.keyboard.press("End");
    await b.page.evaluate(() => {
      window.__latency = [];
      document.addEventListener("keydown", (e) => {
        const t0 = e.timeStamp;
        // The frame after the handlers ran, then the task after that frame: the result is on screen.
        requestAnimationFrame(() => setTimeout(() => window.__latency.push(performance.now() - t0), 0));
      }, true);
    });
    const keys = [...TYPED, ...Array(TYPED.length).fill("Backspace"), ...TYPED];
    for (let i = 0; i < keys.length; i++) {
      await b.page.keyboard.press(keys[i]);
      await b.page.waitForFunction((n) => window.__latency.length >= n, i + 1);
    }
    return await b.page.evaluate(() => window.__latency);
  } finally {
    await b.close();
  }
}

const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  return s[Math.floor(i)] + (s[Math.ceil(i)] - s[Math.floor(i)]) * (i - Math.floor(i));
}
const ms = (x) => `${x.toFixed(0)} ms`;

const bareDir = bareSite();
const site = await serve(join(ROOT, "dist/site"));
const bare = await serve(bareDir);
try {
  const s = { cold: [], warm: [] };
  const g = { cold: [], warm: [] };
  const sw = { cold: [], warm: [] }; // when the module's bytes were in
  const gw = { cold: [], warm: [] };
  for (let i = 0; i < RUNS; i++) {
    const a = await coldWarm(siteLoad, site.url, true);
    const z = await coldWarm(bareLoad, bare.url, false);
    for (const k of ["cold", "warm"]) {
      s[k].push(a[k].end); sw[k].push(a[k].wasm);
      g[k].push(z[k].end); gw[k].push(z[k].wasm);
    }
    console.error(`run ${i + 1}/${RUNS}: site ${ms(a.cold.end)} / ${ms(a.warm.end)}, bare ${ms(z.cold.end)} / ${ms(z.warm.end)}`);
  }
  const lat = await keystrokes(site.url);

  console.log(`\nChromium, localhost, medians of ${RUNS} runs (site: navigation -> first rendered result of a pasted string;`);
  console.log("bare: navigation -> an empty Go program built by the same toolchain has run):\n");
  console.log("| load | site | bare Go program | ratio (target <= 1.5x) |");
  console.log("|---|---|---|---|");
  for (const k of ["cold", "warm"]) {
    console.log(`| ${k} | ${ms(median(s[k]))} | ${ms(median(g[k]))} | ${(median(s[k]) / median(g[k])).toFixed(2)}x |`);
  }
  console.log("\nwhere it goes (medians): the module's last byte in -> the end; the rest is compiling what is left,");
  console.log("Go's start and, on the site, mounting the UI and rendering the first result:");
  for (const k of ["cold", "warm"]) {
    console.log(`  ${k}: site ${ms(median(sw[k]))} -> ${ms(median(s[k]))}, bare ${ms(median(gw[k]))} -> ${ms(median(g[k]))}`);
  }
  console.log(`\nkeystroke -> rendered result in Explain (${lat.length} keys): p50 ${ms(quantile(lat, 0.5))}, p95 ${ms(quantile(lat, 0.95))} (target p95 <= 50 ms), max ${ms(Math.max(...lat))}`);
  console.log(`samples: site cold ${s.cold.map(ms).join(", ")}; warm ${s.warm.map(ms).join(", ")}`);
  console.log(`         bare cold ${g.cold.map(ms).join(", ")}; warm ${g.warm.map(ms).join(", ")}`);
} finally {
  await site.stop();
  await bare.stop();
  rmSync(bareDir, { recursive: true, force: true });
}
