// Shared set-up for the browser tests: the site server, Debian's chromium
// through playwright-core (never a downloaded browser), and recorders for
// the console and the network. Everything talks to 127.0.0.1 only, and the
// browser is built so that it cannot do otherwise: it resolves no host name
// but localhost, and every request to another host is aborted and recorded;
// any such attempt fails the test file (see refused below).
import { before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { isLoopback, refusal } from "../loopback-only.mjs";
import { startServe } from "../../scripts/serve/start.mjs";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const SCREENSHOTS = join(ROOT, "screenshots");

const ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
  // Every name but localhost fails to resolve, whatever asks (pages, service
  // workers, the browser itself); IP literals other than loopback are
  // aborted by the route in launch().
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1, EXCLUDE [::1]",
];

/**
 * Requests the browsers of this test file tried to send beyond loopback.
 * Each was aborted before it left; any of them fails the file.
 */
export const refused = [];
after(() => {
  assert.deepEqual(refused, [], "a page tried to reach a host other than 127.0.0.1/::1 (the request was refused)");
});

/** Whether the browser may send a request to url (loopback, or no network at all). */
function allowed(url) {
  return !/^(https?|wss?):$/.test(url.protocol) || isLoopback(url.hostname);
}

/** Starts scripts/serve (built by test-browser.sh into build/serve) on a free loopback port. */
export async function startServer({ doh = [] } = {}) {
  const bin = join(ROOT, "build", "serve");
  if (!existsSync(bin)) throw new Error("build/serve is missing: run scripts/test-browser.sh");
  const log = join(mkdtempSync(join(tmpdir(), "mongouri-serve-")), "requests.log");
  const args = ["-dir", join(ROOT, "dist", "site"), "-addr", "127.0.0.1:0", "-log", log];
  for (const u of doh) args.push("-doh", u);
  const { url, stop } = await startServe(bin, args);
  return {
    url,
    requests: () => (existsSync(log) ? readFileSync(log, "utf8").split("\n").filter(Boolean) : []),
    stop,
  };
}

/**
 * Launches chromium with a fresh profile. Returns the context plus logs of
 * console messages, page errors, CSP violations and every request any page
 * or worker of the context made.
 */
export async function launch(options = {}) {
  const profile = mkdtempSync(join(tmpdir(), "mongouri-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1100, height: 900 },
    ...options,
  });
  const log = { console: [], errors: [], requests: [], refused: [] };
  await context.route((url) => !allowed(url), (route) => {
    const url = route.request().url();
    log.refused.push(url);
    refused.push(url);
    refusal(`a request to ${url}`, "browser");
    return route.abort("blockedbyclient");
  });
  context.on("request", (r) => log.requests.push({ url: r.url(), method: r.method(), headers: r.headers(), body: r.postData() ?? "" }));
  const watch = (page) => {
    page.on("console", (m) => log.console.push(`${m.type()}: ${m.text()}`));
    page.on("pageerror", (e) => log.errors.push(String(e)));
  };
  context.pages().forEach(watch);
  context.on("page", watch);
  return {
    context,
    log,
    page: context.pages()[0] ?? (await context.newPage()),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Waits until the UI has rendered its first parse result. */
export async function ready(page) {
  await page.waitForFunction(() => performance.getEntriesByName("mongouri:first-parse").length > 0);
}

/** Milliseconds from navigation start to the first rendered parse result. */
export function firstParseTime(page) {
  return page.evaluate(() => performance.getEntriesByName("mongouri:first-parse")[0].startTime);
}

/** Presses Resolve and returns the Resolve status once it no longer says "Asking …". */
export async function pressResolve(page) {
  await page.getByRole("button", { name: "Resolve", exact: true }).click();
  const state = page.locator(".mu-resolve [role=status]");
  await page.waitForFunction((el) => !/^Asking/.test(el.textContent), await state.elementHandle());
  return state.textContent();
}

/** Replaces the string in an inspector's input as a person would: select all, type. */
export async function typeURI(input, uri) {
  await input.fill("");
  await input.fill(uri);
}

/**
 * Whether the loaded module offers resolve(): the UI says so in its Resolve
 * section. A build without it (the JS API's resolve not yet wired) makes the
 * Resolve tests skip, with the reason, instead of failing on it.
 */
export async function offersResolve(page) {
  const text = await page.locator(".mu-resolve").first().textContent();
  return !text.includes("This page offers no DNS resolution.");
}

/**
 * Sets up a test file's shared parts: before its tests, the site server
 * (and, with dns, the local DNS stack serving tests/browser/records.txt,
 * whose DoH URL the server then allows and offers); after them, both are
 * stopped. Its tests get the server, the DoH URL, open() for a fresh browser
 * on the page with the wasm ready, and done() to close a browser after
 * asserting that its console shows no CSP violation and its page no error.
 * The requests of every browser closed by done() collect in requests.
 */
export function useSite({ dns = false } = {}) {
  const site = { server: null, doh: null, requests: [] };
  let stateDir;
  before(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    if (dns) {
      stateDir = mkdtempSync(join(tmpdir(), "mongouri-dns-"));
      const out = execFileSync(join(ROOT, "scripts", "dnsstack.sh"),
        ["start", stateDir, join(ROOT, "tests", "browser", "records.txt")], { encoding: "utf8" });
      site.doh = out.trim().split("\n").at(-1);
      assert.match(site.doh, /^http:\/\/127\.0\.0\.1:\d+\/dns-query$/);
    }
    site.server = await startServer({ doh: site.doh ? [site.doh] : [] });
  });
  after(async () => {
    await site.server?.stop();
    if (stateDir) {
      execFileSync(join(ROOT, "scripts", "dnsstack.sh"), ["stop", stateDir]);
      rmSync(stateDir, { recursive: true, force: true });
    }
  });
  site.open = async (options) => {
    const b = await launch(options);
    await b.page.goto(site.server.url);
    await ready(b.page);
    return b;
  };
  site.done = async (b) => {
    site.requests.push(...b.log.requests);
    const csp = b.log.console.filter((m) => /Content.Security.Policy|Refused to/i.test(m));
    assert.deepEqual(csp, [], "no CSP violation in the console");
    assert.deepEqual(b.log.refused, [], "no request beyond loopback (each was refused before it left)");
    assert.deepEqual(b.log.errors, [], "no uncaught page error");
    await b.close();
  };
  return site;
}
