// The static page in a real browser: the shell before the wasm, Decode,
// Encode and Explain with their shared state, underline positions, copy,
// keyboard-only use, accessibility, CSP, the network log and offline use.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { useSite, launch, ready, firstParseTime, offersResolve, pressResolve, SCREENSHOTS, ROOT } from "./harness.mjs";
import { leaks } from "./secrets.mjs";

const USER = "zelda-user-7q";
const PASSWORD = "Pa$$w0rd@9x/é";
const URI = `mongodb://${encodeURIComponent(USER)}:${encodeURIComponent(PASSWORD)}@db1.example.net:27018,db2.example.net/shop?replicaSet=rs0&tls=true&maxPoolSize=abc&foo=bar`;

const secrets = [USER, PASSWORD];
// The DNS stack is there for the offline test's Resolve: the page offers it
// first, so pressing Resolve asks loopback, not a public provider.
const site = useSite({ dns: true });
const { open, done } = site;
const allRequests = site.requests;

const input = (page) => page.locator('[data-mu="input"]');
const status = (page) => page.locator('[data-mu="status"]');

test("the shell is usable before the wasm arrives and nothing moves when it does", async () => {
  const b = await launch();
  try {
    let release;
    const gate = new Promise((r) => { release = r; });
    await b.page.route("**/mongouri-ui.wasm", async (route) => { await gate; await route.continue(); });
    await b.page.goto(site.server.url);
    await assert.doesNotReject(input(b.page).waitFor());
    // The initial state, rendered at build time by the UI's Go code (scripts/prerender).
    assert.match(await status(b.page).textContent(), /^Paste or type a connection string/);
    const before = await input(b.page).boundingBox();
    const tabsBefore = await b.page.locator('[data-mu="tabs"]').boundingBox();
    await input(b.page).click();
    await b.page.keyboard.type("mongodb://typed-early.example.net:1/");
    release();
    await ready(b.page);
    assert.deepEqual(await input(b.page).boundingBox(), before, "the input keeps its box");
    assert.deepEqual(await b.page.locator('[data-mu="tabs"]').boundingBox(), tabsBefore, "the tabs keep their box");
    assert.equal(await input(b.page).inputValue(), "mongodb://typed-early.example.net:1/");
    assert.match(await b.page.locator(".mu-rendered").textContent(), /typed-early\.example\.net:1/);
    assert.equal(await b.page.evaluate(() => document.activeElement?.dataset.mu), "input", "focus stays in the input");
  } finally {
    await done(b);
  }
});

test("decode: colour-coded parts, findings underlined at their characters, tables, masked password", async () => {
  const b = await open();
  const { page } = b;
  try {
    await input(page).fill(URI);
    assert.match(await status(page).textContent(), /^Invalid|^Valid/);
    assert.equal(await page.locator(".mu-rendered .tok-scheme").textContent(), "mongodb://");
    assert.equal(await page.locator(".mu-rendered .tok-db").textContent(), "shop");
    assert.deepEqual(await page.locator(".mu-rendered .tok-host").allTextContents(), ["db1.example.net:27018", "db2.example.net"]);
    assert.equal(await page.locator(".mu-rendered .tok-password").textContent(), "*****", "password masked");
    assert.ok(!(await page.locator(".mu-panel:not([hidden])").textContent()).includes(PASSWORD));
    assert.deepEqual(await page.locator('[data-mu="panel-decode"] caption').allTextContents(), ["Hosts", "Options", "Unknown options"]);
    const optionRow = page.locator("tr", { has: page.locator("code", { hasText: /^replicaSet$/ }) });
    assert.match(await optionRow.textContent(), /rs0.*none.*replica set/s, "name, value, default, description from the registry");

    await page.getByRole("button", { name: "Show password" }).click();
    assert.equal(await page.locator(".mu-rendered .tok-password").textContent(), encodeURIComponent(PASSWORD));
    await page.getByRole("button", { name: "Show password" }).click();
    assert.equal(await page.locator(".mu-rendered .tok-password").textContent(), "*****");
  } finally {
    await done(b);
  }
});

test("decode: each diagnostic underlines exactly the characters its offsets name, non-ASCII included", async () => {
  const b = await open();
  const { page } = b;
  try {
    const uri = "mongodb://josé:p%C3%A4@hôst.example:99999/?maxPoolSize=abc&w=1&wtimeoutMS=%zz";
    await input(page).fill(uri);
    await page.getByRole("button", { name: "Show password" }).click();
    // The JS API reports offsets in UTF-16 units; the page draws from byte
    // offsets. Both must point at the same characters.
    const diags = await page.evaluate(async (u) => (await import("./mongouri/index.js")).parse(u).diagnostics, uri);
    const spanned = diags.map((d, i) => ({ ...d, i })).filter((d) => d.start !== undefined && d.end > d.start);
    assert.ok(spanned.length >= 2, `several spanned diagnostics (${JSON.stringify(diags.map((d) => d.code))})`);
    for (const d of spanned) {
      const underlined = await page.locator(`.mu-rendered .diag`).evaluateAll(
        (els, i) => els.filter((e) => e.dataset.diags.split(" ").includes(String(i))).map((e) => e.textContent).join(""),
        d.i,
      );
      assert.equal(underlined, uri.slice(d.start, d.end), `${d.code} underlines its span`);
    }
    // "select in input" selects the same characters in the textarea.
    const port = spanned.find((d) => d.code === "port-out-of-range");
    await page.locator(`.mu-diag[data-code="port-out-of-range"] .mu-link`).click();
    const sel = await input(page).evaluate((t) => t.value.slice(t.selectionStart, t.selectionEnd));
    assert.equal(sel, uri.slice(port.start, port.end));
  } finally {
    await done(b);
  }
});

test("copy buttons say what they copy: masked, normalised and as typed, the last two with the password", async () => {
  const b = await open({ permissions: ["clipboard-read", "clipboard-write"] });
  const { page } = b;
  try {
    const uri = `mongodb://${encodeURIComponent(USER)}:${encodeURIComponent(PASSWORD)}@db1.example.net/?appname=shop`;
    await input(page).fill(uri);
    const clip = () => page.evaluate(() => navigator.clipboard.readText());
    await page.getByRole("button", { name: "Copy with password masked" }).click();
    await page.getByText("Copied the string with the password masked.").waitFor();
    assert.equal(await clip(), `mongodb://${USER}:*****@db1.example.net/?appName=shop`);
    await page.getByRole("button", { name: "Copy normalised (with password)" }).click();
    await page.getByText("Copied the normalised string (with password).").waitFor();
    const canonical = await clip();
    assert.match(canonical, /^mongodb:\/\/zelda-user-7q:[^@]+@db1\.example\.net\/\?appName=shop$/, "canonical option name");
    const parsed = await page.evaluate(async (u) => (await import("./mongouri/index.js")).parse(u), canonical);
    assert.equal(parsed.username, USER);
    assert.equal(parsed.password, PASSWORD, "the canonical string keeps the password");
    await page.getByRole("button", { name: "Copy as typed (with password)" }).click();
    await page.getByText("Copied the string as typed (with password).").waitFor();
    assert.equal(await clip(), uri);
    // Without a password, no button claims to hold one; an empty box offers no copy at all.
    await input(page).fill("mongodb://db1.example.net/");
    assert.equal(await page.getByRole("button", { name: /with password/ }).count(), 0);
    await input(page).fill("");
    assert.equal(await page.getByRole("button", { name: /^Copy/ }).count(), 0);
  } finally {
    await done(b);
  }
});

test("encode: the form builds the string live, and Decode and Encode share it both ways", async () => {
  const b = await open();
  const { page } = b;
  try {
    await input(page).fill("mongodb://alice@db1.example.net:27018/shop?replicaSet=rs0&foo=bar");
    await page.getByRole("tab", { name: "Encode" }).click();
    assert.equal(await page.getByLabel("Host 1", { exact: true }).inputValue(), "db1.example.net");
    assert.equal(await page.getByLabel("Port of host 1").inputValue(), "27018");
    assert.equal(await page.getByLabel("Username").inputValue(), "alice");
    assert.equal(await page.getByLabel("Database").inputValue(), "shop");
    assert.equal(await page.getByLabel("replicaSet", { exact: true }).inputValue(), "rs0");
    assert.equal(await page.getByLabel("Unknown option 1 key").inputValue(), "foo");

    await page.getByRole("button", { name: "Add host" }).click();
    await page.getByLabel("Host 2", { exact: true }).fill("db2.example.net");
    await page.getByLabel("Password", { exact: true }).fill("p@ss:w/rd");
    await page.getByRole("button", { name: "Show password" }).click();
    assert.equal(await page.locator('[id$="pass-encoded"]').textContent(), "p%40ss%3Aw%2Frd");
    await page.getByLabel("Add an option").fill("maxpoolsize"); // any case, as the registry allows
    await page.getByRole("button", { name: "Add option" }).click();
    const pool = page.getByLabel("maxPoolSize", { exact: true });
    assert.equal(await pool.getAttribute("type"), "number");
    await pool.fill("50");
    await page.getByLabel("Add an option").fill("readPreference");
    await page.keyboard.press("Enter");
    await page.getByLabel("readPreference", { exact: true }).selectOption("nearest");
    // retryWrites is a common option with a control of its own: the picker points there.
    await page.getByLabel("Add an option").fill("retryWrites");
    await page.keyboard.press("Enter");
    await page.getByText("retryWrites has its own field in this form.").waitFor();
    await page.getByLabel("retryWrites", { exact: true }).selectOption("false");
    await page.getByLabel("Add an option").fill("tlsCAFile");
    await page.keyboard.press("Enter");
    assert.equal(await page.getByLabel("tlsCAFile", { exact: true }).getAttribute("type"), "text");
    await page.getByLabel("tlsCAFile", { exact: true }).fill("/etc/ca.pem");
    await page.getByRole("button", { name: "Remove option tlsCAFile" }).click();

    const built = await input(page).inputValue();
    assert.equal(built,
      "mongodb://alice:p%40ss%3Aw%2Frd@db1.example.net:27018,db2.example.net/shop?replicaSet=rs0&maxPoolSize=50&readPreference=nearest&retryWrites=false&foo=bar");
    // The result bar under the form shows the same string, password masked, with Copy.
    await page.getByRole("button", { name: "Show password" }).click();
    assert.match(await page.locator('[data-mu="encoded"]').textContent(), /^mongodb:\/\/alice:\*\*\*\*\*@db1/);
    assert.ok(await page.locator(".mu-result").getByRole("button", { name: "Copy string (with password)" }).isVisible());

    await page.getByRole("tab", { name: "Decode" }).click();
    assert.deepEqual(await page.locator(".mu-rendered .tok-host").allTextContents(), ["db1.example.net:27018", "db2.example.net"]);
    const rows = await page.locator('[data-mu="panel-decode"] tbody tr td:first-child code').allTextContents();
    assert.ok(["replicaSet", "maxPoolSize", "readPreference", "retryWrites", "foo"].every((n) => rows.includes(n)), rows.join());

    // Back in Decode, typing changes what Encode shows.
    await input(page).fill(built.replace("maxPoolSize=50", "maxPoolSize=75"));
    await page.getByRole("tab", { name: "Encode" }).click();
    assert.equal(await page.getByLabel("maxPoolSize", { exact: true }).inputValue(), "75");
    await page.getByRole("button", { name: "Remove option maxPoolSize" }).click();
    assert.ok(!(await input(page).inputValue()).includes("maxPoolSize"));
  } finally {
    await done(b);
  }
});

test("explain: registry details for each option, and Resolve only for mongodb+srv://", async () => {
  const b = await open();
  const { page } = b;
  try {
    await input(page).fill("mongodb://db1.example.net/?maxPoolSize=5&authMechanism=MONGODB-X509&useNewUrlParser=true");
    await page.getByRole("tab", { name: "Explain" }).click();
    // Option cards are folded (the configuration above says what each does in a line).
    await page.locator('[data-mu="panel-explain"] details[data-fold="options"] > summary').click();
    await page.locator('[data-mu="panel-explain"] .mu-card[data-option]').first().waitFor();
    const card = page.locator('.mu-card[data-option="maxPoolSize"]');
    assert.match(await card.textContent(), /maxPoolSize = 5/);
    assert.match(await card.textContent(), /Default100/);
    assert.match(await card.textContent(), /Unitconnections/);
    assert.match(await page.locator('[data-mu="panel-explain"]').textContent(), /MONGODB-X509/);
  } finally {
    await done(b);
  }
});

test("resolve: offered only for mongodb+srv://, naming the DNS questions and the configured provider first", async (t) => {
  const b = await open();
  const { page } = b;
  try {
    await page.getByRole("tab", { name: "Explain" }).click();
    if (!(await offersResolve(page))) {
      t.skip("this build of the module has no resolve()");
      return;
    }
    await input(page).fill("mongodb://db1.example.net/");
    assert.ok(await page.locator(".mu-resolve").isHidden(), "nothing to resolve for mongodb://");

    await input(page).fill("mongodb+srv://u:secretpw@cluster0.example.net/?srvServiceName=custom");
    assert.ok(await page.locator(".mu-resolve").isVisible(), "a mongodb+srv:// string can be resolved");
    const disclosure = await page.locator(".mu-disclosure").textContent();
    assert.match(disclosure, /SRV _custom\._tcp\.cluster0\.example\.net/);
    assert.match(disclosure, /TXT cluster0\.example\.net/);
    assert.ok(disclosure.includes(`at ${site.doh}`), "the server's configured DoH endpoint is offered first");
    await page.getByLabel("DNS-over-HTTPS provider").selectOption({ label: "Cloudflare — https://cloudflare-dns.com/dns-query" });
    assert.match(await page.locator(".mu-disclosure").textContent(), /Cloudflare at https:\/\/cloudflare-dns\.com\/dns-query/);
    await page.getByLabel("DNS-over-HTTPS provider").selectOption({ label: "Google — https://dns.google/dns-query" });
    assert.match(await page.locator(".mu-disclosure").textContent(), /Google at https:\/\/dns\.google\/dns-query/);
    await page.getByLabel("DNS-over-HTTPS provider").selectOption("custom");
    assert.ok(await page.getByRole("button", { name: "Resolve", exact: true }).isDisabled(), "no URL yet, nothing to send");
    await page.getByLabel("DoH server URL").fill("https://dns.example/dns-query");
    assert.match(await page.locator(".mu-disclosure").textContent(), /dns\.example at https:\/\/dns\.example\/dns-query/);
  } finally {
    await done(b);
  }
});

test("keyboard only: reach the input, switch views with the arrow keys, build a string", async () => {
  const b = await open();
  const { page } = b;
  try {
    const focused = () => page.evaluate(() => {
      const e = document.activeElement;
      return e?.dataset?.mu ?? e?.getAttribute("aria-label") ?? e?.id ?? e?.tagName;
    });
    let steps = 0;
    while ((await focused()) !== "input" && steps++ < 10) await page.keyboard.press("Tab");
    assert.equal(await focused(), "input", "Tab reaches the input");
    await page.keyboard.type("mongodb://kb.example.net/");
    await page.keyboard.press("Tab"); // the selected tab
    assert.equal(await focused(), "tab-decode");
    await page.keyboard.press("ArrowRight");
    assert.equal(await focused(), "tab-encode");
    assert.equal(await page.getByRole("tab", { name: "Encode" }).getAttribute("aria-selected"), "true");
    // Through the summary above every view, into the form: the scheme, then the host.
    steps = 0;
    while ((await focused()) !== "Host 1" && steps++ < 12) await page.keyboard.press("Tab");
    assert.equal(await focused(), "Host 1");
    await page.keyboard.press("End");
    await page.keyboard.type("x");
    assert.equal(await input(page).inputValue(), "mongodb://kb.example.netx", "re-encoded from the form");
    steps = 0;
    while ((await focused()) !== "tab-encode" && steps++ < 12) await page.keyboard.press("Shift+Tab");
    assert.equal(await focused(), "tab-encode");
    await page.keyboard.press("End");
    assert.equal(await focused(), "tab-explain");
    assert.ok(await page.locator('[data-mu="panel-explain"]').isVisible());
  } finally {
    await done(b);
  }
});

test("security: CSP header and meta, no-referrer, application/wasm; no cookies or storage", async () => {
  const b = await open();
  const { page } = b;
  try {
    const res = await page.request.get(site.server.url);
    const header = res.headers()["content-security-policy"];
    assert.match(header, /default-src 'self'/);
    assert.match(header, /script-src 'self' 'wasm-unsafe-eval'/);
    assert.match(header, /connect-src 'self' https:\/\/cloudflare-dns\.com https:\/\/dns\.google/);
    assert.match(header, /frame-ancestors 'none'/);
    assert.equal(res.headers()["referrer-policy"], "no-referrer");
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    assert.equal(`${meta}; frame-ancestors 'none'`, header, "the header is the meta policy plus frame-ancestors");
    const wasm = await page.request.get(`${site.server.url}mongouri/mongouri-ui.wasm`);
    assert.equal(wasm.headers()["content-type"], "application/wasm");
    assert.equal(await page.locator("script:not([src])").count(), 0, "no inline script");

    await input(page).fill(URI);
    const stored = await page.evaluate(async () => ({
      cookies: document.cookie,
      local: Object.keys(localStorage).length,
      session: Object.keys(sessionStorage).length,
      dbs: (await indexedDB.databases()).length,
    }));
    assert.deepEqual(stored, { cookies: "", local: 0, session: 0, dbs: 0 });
    assert.deepEqual(await b.context.cookies(), []);
  } finally {
    await done(b);
  }
});

test("accessibility: axe-core finds no serious or critical violation in any mode or theme", async () => {
  const axe = await import("node:fs").then((fs) => fs.readFileSync(join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8"));
  const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
  for (const [theme, options] of [["light", {}], ["dark", {}], ["light phone", phone]]) {
    const colorScheme = theme.split(" ")[0];
    const b = await open({ colorScheme, ...options });
    const { page } = b;
    try {
      await input(page).fill(URI);
      for (const mode of ["Decode", "Encode", "Explain"]) {
        await page.getByRole("tab", { name: mode }).click();
        await page.evaluate(axe); // evaluated over CDP: the page's CSP does not apply
        const result = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ["violations"] }));
        const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
        const all = result.violations.map((v) => `${v.impact} ${v.id} (${v.nodes.length})`);
        console.log(`axe ${theme} ${mode}: ${all.length ? all.join(", ") : "no violations"}`);
        assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`), []);
      }
    } finally {
      await done(b);
    }
  }
});

test("screenshots of each mode, both themes and a phone width", async () => {
  const shots = [];
  for (const [name, options] of [
    ["desktop-light", { colorScheme: "light" }],
    ["desktop-dark", { colorScheme: "dark" }],
    ["phone-light", { colorScheme: "light", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
    ["phone-dark", { colorScheme: "dark", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
  ]) {
    const b = await open(options);
    const { page } = b;
    try {
      await input(page).fill(URI);
      for (const mode of ["Decode", "Encode", "Explain"]) {
        await page.getByRole("tab", { name: mode }).click();
        const file = join(SCREENSHOTS, `site-${mode.toLowerCase()}-${name}.png`);
        await page.screenshot({ path: file, fullPage: true });
        shots.push(file);
      }
      if (name.startsWith("phone")) {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `no sideways scrolling at phone width (${overflow}px too wide)`);
      }
    } finally {
      await done(b);
    }
  }
  console.log(`screenshots: ${shots.length} files in ${SCREENSHOTS}`);
});

test("offline after the first load; time to the first rendered parse result, cold and warm", async (t) => {
  const b = await launch();
  const { page, context } = b;
  try {
    await page.goto(site.server.url);
    await ready(page);
    const cold = await firstParseTime(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null || document.readyState === "complete");

    await page.reload();
    await ready(page);
    const warm = await firstParseTime(page);
    console.log(`time to first rendered parse result on localhost: cold ${cold.toFixed(0)} ms, warm ${warm.toFixed(0)} ms`);
    assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), "the service worker controls the page");

    // Offline for real, whatever the emulation covers: every request to
    // the DoH server fails as a lost network would make it fail.
    await context.setOffline(true);
    await context.route(`${site.doh}**`, (route) => route.abort("internetdisconnected"));
    await page.reload();
    await ready(page);
    await input(page).fill("mongodb+srv://offline.example.net/?maxPoolSize=3");
    assert.match(await status(page).textContent(), /^Valid/);
    await page.getByRole("tab", { name: "Encode" }).click();
    assert.equal(await page.getByLabel("maxPoolSize", { exact: true }).inputValue(), "3");
    await page.getByRole("tab", { name: "Explain" }).click();
    assert.match(await page.locator('tr[data-setting="maxPoolSize"]').textContent(), /^maxPoolSize3from the string/);
    if (await offersResolve(page)) {
      const state = await pressResolve(page);
      assert.match(state, /offline\. Resolve needs the network/);
      assert.doesNotMatch(state, /Answered by/, "no answer arrived, and the page does not claim one");
    } else {
      t.diagnostic("this build of the module has no resolve(): the offline Resolve message is not checked");
    }
    await page.goto(`${site.server.url}widget.html`);
    await page.locator("#replica").evaluate((el) => el.ready());
    assert.match(await page.locator("#replica .mu-rendered").textContent(), /db1\.example\.net/);
  } finally {
    await context.setOffline(false);
    await done(b);
  }
});

test("network: no request of any page in this file carried the username or password", () => {
  assert.ok(allRequests.length > 0);
  // The offline test's Resolve asked the local DoH server (and failed);
  // nothing else may have been asked.
  const offOrigin = allRequests.filter((r) => !r.url.startsWith(site.server.url) && !r.url.startsWith(site.doh) && !r.url.startsWith("data:"));
  assert.deepEqual(offOrigin.map((r) => r.url), [], "nothing but the site itself and the local DoH server was asked");
  assert.deepEqual(leaks(allRequests, [...secrets, "p@ss:w/rd", "secretpw"]), []);
  assert.deepEqual(leaks(site.server.requests().map((l) => ({ url: l, headers: {}, method: "" })), secrets), []);
});
