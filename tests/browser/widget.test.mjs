// <mongouri-inspector> on the demo docs page (site/widget.html): lazy wasm
// load on visibility, Shadow DOM isolation, theming, the attribute and
// property API and the change event.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { useSite, launch, SCREENSHOTS } from "./harness.mjs";
import { leaks } from "./secrets.mjs";

const site = useSite();

const wasmRequests = (log) => log.requests.filter((r) => r.url.endsWith("/mongouri-ui.wasm"));

async function done(b) {
  const csp = b.log.console.filter((m) => /Content.Security.Policy|Refused to/i.test(m));
  assert.deepEqual(csp, [], "no CSP violation in the console");
  assert.deepEqual(b.log.errors, [], "no uncaught page error");
  await b.close();
}

test("the wasm loads only when a widget comes into view; typing before that is kept", async () => {
  const b = await launch({ viewport: { width: 900, height: 150 } });
  const { page, log } = b;
  try {
    await page.goto(`${site.server.url}widget.html`, { waitUntil: "networkidle" });
    const top = await page.locator("#replica").evaluate((e) => e.getBoundingClientRect().top);
    assert.ok(top > 150 + 200, `the first widget starts below the fold and the observer's margin (${top}px)`);
    assert.equal(wasmRequests(log).length, 0, "no wasm fetched for widgets out of view");
    // Shell already there: the input takes text before the module arrives.
    const input = page.locator('#replica [data-mu="input"]');
    assert.equal(await page.locator('#replica [data-mu="status"]').textContent(), "Loading the parser…");
    await input.scrollIntoViewIfNeeded();
    await input.fill("mongodb://early.example.net/");
    await page.locator("#replica .mu-rendered .tok-host").waitFor();
    assert.equal(await page.locator("#replica .mu-rendered .tok-host").textContent(), "early.example.net");
    assert.equal(wasmRequests(log).length, 1, "fetched once");
    await page.locator("#atlas").scrollIntoViewIfNeeded();
    await page.locator('#atlas [data-mu="panel-encode"] input.mu-host').waitFor();
    assert.equal(wasmRequests(log).length, 1, "both widgets share one module");
    assert.equal(await page.locator('#atlas [data-mu="panel-encode"] input.mu-host').inputValue(), "cluster0.example.mongodb.net");
  } finally {
    await done(b);
  }
});

test("Shadow DOM keeps styles apart; custom properties theme it", async () => {
  const b = await launch();
  const { page } = b;
  try {
    await page.goto(`${site.server.url}widget.html`);
    await page.locator("#replica").evaluate((el) => el.ready());
    await page.locator("#atlas").evaluate((el) => el.ready());
    const h2Before = await page.locator("h2").first().evaluate((e) => getComputedStyle(e).fontSize);
    // A page rule that would paint every textarea red does not reach inside.
    await page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync("textarea { color: rgb(255, 0, 0) !important; } .mu { display: none !important; }");
      document.adoptedStyleSheets = [sheet];
    });
    assert.notEqual(await page.locator('#replica [data-mu="input"]').evaluate((e) => getComputedStyle(e).color), "rgb(255, 0, 0)");
    assert.ok(await page.locator("#replica .mu-rendered").isVisible());
    // ... and the widget's own rules stay inside.
    assert.equal(await page.evaluate(() => document.querySelectorAll(".mu, .mu-input").length), 0);
    assert.equal(await page.locator("h2").first().evaluate((e) => getComputedStyle(e).fontSize), h2Before);
    const accent = (sel) => page.locator(`${sel} .mu`).first().evaluate((e) => getComputedStyle(e).getPropertyValue("--_accent").trim());
    assert.equal(await accent("#atlas"), "#7c3aed", "themed through --mongouri-accent");
    assert.notEqual(await accent("#replica"), "#7c3aed");
  } finally {
    await done(b);
  }
});

test("attributes, properties and the change event", async () => {
  const b = await launch();
  const { page } = b;
  try {
    await page.goto(`${site.server.url}widget.html`);
    await page.locator("#replica").evaluate((el) => el.ready());
    await page.evaluate(() => {
      globalThis.changes = [];
      document.querySelector("#replica").addEventListener("change", (e) => globalThis.changes.push(e.detail));
    });
    const result = await page.locator("#replica").evaluate((el) => el.result);
    assert.equal(result.valid, true);
    assert.deepEqual(result.hosts.map((h) => h.host), ["db1.example.net", "db2.example.net"]);

    await page.locator('#replica [data-mu="input"]').fill("mongodb://typed.example.net:27999/?maxPoolSize=x");
    let last = await page.evaluate(() => globalThis.changes.at(-1));
    assert.deepEqual(last.hosts, [{ type: "hostname", host: "typed.example.net", port: 27999 }]);
    assert.ok(last.diagnostics.some((d) => d.option === "maxPoolSize"));

    await page.locator("#replica").evaluate((el) => el.setAttribute("uri", "mongodb://attr.example.net/"));
    assert.equal(await page.locator('#replica [data-mu="input"]').inputValue(), "mongodb://attr.example.net/");
    last = await page.evaluate(() => globalThis.changes.at(-1));
    assert.equal(last.hosts[0].host, "attr.example.net");

    await page.locator("#replica").evaluate((el) => { el.uri = "mongodb://prop.example.net/"; });
    assert.equal(await page.locator("#replica").evaluate((el) => el.uri), "mongodb://prop.example.net/");
    assert.equal(await page.locator("#replica").evaluate((el) => el.result.hosts[0].host), "prop.example.net");

    await page.locator("#replica").evaluate((el) => el.setAttribute("mode", "explain"));
    assert.ok(await page.locator('#replica [data-mu="panel-explain"]').isVisible());
    assert.equal(await page.locator("#replica").evaluate((el) => el.mode), "explain");
    await page.locator("#replica").evaluate((el) => { el.mode = "encode"; });
    assert.ok(await page.locator('#replica [data-mu="panel-encode"]').isVisible());
    const changesBefore = await page.evaluate(() => globalThis.changes.length);
    await page.locator("#replica").evaluate((el) => { el.mode = "decode"; });
    assert.equal(await page.evaluate(() => globalThis.changes.length), changesBefore, "a mode switch is not a change of the string");
  } finally {
    await done(b);
  }
});

test("demo page: screenshots in both themes, and no credential leaves the page", async () => {
  for (const colorScheme of ["light", "dark"]) {
    const b = await launch({ colorScheme });
    const { page, log } = b;
    try {
      await page.goto(`${site.server.url}widget.html`);
      await page.locator("#replica").evaluate((el) => el.ready());
      await page.locator("#atlas").evaluate((el) => el.ready());
      await page.locator('#atlas [data-mu="panel-encode"] input[type="password"]').fill("widget-pw-Secr3t");
      await page.screenshot({ path: join(SCREENSHOTS, `widget-demo-${colorScheme}.png`), fullPage: true });
      assert.deepEqual(leaks(log.requests, ["widget-pw-Secr3t", "s3cret"]), []);
      assert.deepEqual(log.requests.filter((r) => !r.url.startsWith(site.server.url)).map((r) => r.url), []);
    } finally {
      await done(b);
    }
  }
});

test("compact mode: the verdict, the fixed string and what a driver does in a bounded box; Open in full shows every view", async () => {
  const b = await launch({ viewport: { width: 1100, height: 900 } });
  const { page } = b;
  try {
    await page.goto(`${site.server.url}widget.html`);
    const w = page.locator("#compact");
    await w.evaluate((el) => el.ready());
    assert.equal(await w.evaluate((el) => el.compact), true);
    assert.match(await w.locator('[data-mu="status"]').textContent(), /^Invalid/);
    const fixed = w.locator('[data-mu="fixed"] [data-x="fixed"]');
    assert.match(await fixed.textContent(), /^mongodb\+srv:\/\/admin:\*\*\*\*\*@cluster0\.abcde\.mongodb\.net\//, "the fixed string, password masked");
    assert.ok(await w.locator(".mu-driver").isVisible(), "what a driver will do");
    assert.ok(await w.locator('[data-mu="tabs"]').isHidden(), "no tabs in compact mode");
    const box = await w.locator('[data-mu="summary"]').evaluate((e) => ({ h: e.getBoundingClientRect().height, max: parseFloat(getComputedStyle(e).maxHeight) }));
    assert.ok(box.h <= box.max + 1, `the summary's height is bounded (${box.h} <= ${box.max})`);
    const height = await w.evaluate((el) => el.getBoundingClientRect().height);
    assert.ok(height < 700, `the widget stays compact (${Math.round(height)} px)`);

    // "Use this" works in compact mode too.
    await w.getByRole("button", { name: "Use this fixed string" }).click();
    assert.match(await w.locator('[data-mu="status"]').textContent(), /^Valid/);

    await w.getByRole("button", { name: "Open in full" }).click();
    assert.equal(await w.evaluate((el) => el.compact), false);
    assert.ok(await w.locator('[data-mu="tabs"]').isVisible());
    assert.ok(await w.locator('[data-mu="panel-explain"]').isVisible(), "the mode the element asked for");
    assert.ok(await w.getByRole("button", { name: "Open in full" }).isHidden());
    await w.evaluate((el) => { el.compact = true; });
    assert.ok(await w.locator('[data-mu="tabs"]').isHidden());
  } finally {
    await done(b);
  }
});
