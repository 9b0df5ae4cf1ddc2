// "Paste the error" in Explain: the diagnosis of a driver's error together
// with the string, at the top of the summary; the widget's error attribute;
// and no secret of the string or of the error in the DOM or on the network.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { useSite, launch, SCREENSHOTS, ROOT } from "./harness.mjs";
import { leaks, domLeaks } from "./secrets.mjs";

const PASSWORD = "Vq8-Zx3-Kw9"; // the string's
const ERROR_PASSWORD = "Jy4Wq7Xz"; // one the error text shows
const ATLAS = `mongodb+srv://app:${PASSWORD}@cluster0.abcde.mongodb.net/shop?retryWrites=true&w=majority`;
const SRV_ERROR = "Error: querySrv ECONNREFUSED _mongodb._tcp.cluster0.abcde.mongodb.net\n" +
  "    at QueryReqWrap.onresolve [as oncomplete] (node:internal/dns/promises:294:17)\n" +
  "    at C:\\Users\\dev\\app\\db.js:4:9\n\nNode.js v22.22.0\n" +
  `connecting with mongodb+srv://app:${ERROR_PASSWORD}@cluster0.abcde.mongodb.net/`;

const site = useSite();

const slot = (page) => page.locator('[data-mu="slot-diagnosis"]');
const firstCause = (page) => slot(page).locator(".mu-cause").first();

test("pasting an error shows its causes at the top of the summary", async () => {
  const b = await site.open();
  const { page } = b;
  try {
    await page.locator('[data-mu="input"]').fill(ATLAS);
    await page.getByRole("tab", { name: "Explain" }).click();
    // One line in Explain until opened; then the field.
    await page.getByText("Diagnose an error your driver printed").click();
    const field = page.getByLabel("Paste the error");
    await field.fill(SRV_ERROR);
    await firstCause(page).waitFor();
    assert.equal(await firstCause(page).getAttribute("data-cause"), "node-windows-srv");
    assert.equal(await firstCause(page).getAttribute("data-likelihood"), "certain");
    assert.match(await firstCause(page).locator("h4").textContent(), /Node\.js on Windows/);
    assert.match(await slot(page).textContent(), /dns\.setServers|setServers/);
    // At the top of the summary: before the summary's body.
    const order = await page.evaluate(() => {
      const s = document.querySelector('[data-mu="slot-diagnosis"]');
      const body = document.querySelector('[data-mu="summary-body"]');
      return s.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    assert.ok(order, "the diagnosis sits above the summary's body");

    // A new string is diagnosed with the same error: querySrv now names
    // another cluster than the string's.
    await page.locator('[data-mu="input"]').fill(`mongodb+srv://app:${PASSWORD}@cluster1.fghij.mongodb.net/`);
    await slot(page).locator('.mu-cause[data-cause="srv-name-differs"]').waitFor();
    assert.equal(await firstCause(page).getAttribute("data-cause"), "srv-name-differs");

    // The diagnosis, and the whole summary around it, hold neither password
    // in any spelling (the two text boxes hold what was typed into them).
    assert.deepEqual(await domLeaks(page.locator('[data-mu="summary"]'), [PASSWORD, ERROR_PASSWORD]), []);
    // Explain's markup neither: the pasted text lives only in the field's value.
    const explainMarkup = await page.locator('[data-mu="panel-explain"]').evaluate((e) => e.outerHTML);
    for (const s of [PASSWORD, ERROR_PASSWORD]) assert.ok(!explainMarkup.includes(s), `Explain's markup shows ${s}`);
    await page.screenshot({ path: join(SCREENSHOTS, "diagnose.png"), fullPage: true });

    // Clearing the field clears the diagnosis.
    await page.getByLabel("Paste the error").fill("");
    await slot(page).locator(".mu-cause").first().waitFor({ state: "detached" });
  } finally {
    await site.done(b);
  }
  assert.deepEqual(leaks(site.requests, [PASSWORD, ERROR_PASSWORD]), [], "no secret on the network");
});

test("the widget's error attribute diagnoses without a string typed", async () => {
  const b = await launch();
  const { page } = b;
  try {
    await page.goto(`${site.server.url}widget.html`);
    const w = page.locator("mongouri-inspector").first();
    await w.evaluate((el) => el.ready());
    await w.evaluate((el, e) => el.setAttribute("error", e),
      "MongoServerSelectionError: connect ECONNREFUSED 127.0.0.1:27017");
    const cause = w.locator('[data-mu="slot-diagnosis"] .mu-cause').first();
    await cause.waitFor();
    const code = await cause.getAttribute("data-cause");
    assert.ok(["nothing-listening", "string-not-loaded", "host-differs"].includes(code), code);
    // Explain, built later, shows the same text in its field, unfolded.
    await w.evaluate((el) => { el.mode = "explain"; });
    assert.equal(await w.locator('[data-mu="error"]').inputValue(), "MongoServerSelectionError: connect ECONNREFUSED 127.0.0.1:27017");
    assert.equal(await w.locator('[data-mu="error-field"]').getAttribute("open"), "");
    await w.evaluate((el) => el.removeAttribute("error"));
    await cause.waitFor({ state: "detached" });
  } finally {
    assert.deepEqual(b.log.errors, [], "no uncaught page error");
    await b.close();
  }
});

test("the diagnosis: axe-core finds no serious or critical violation, light and dark, at phone width without sideways scrolling", async () => {
  const axe = readFileSync(join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");
  const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
  for (const [theme, options] of [["light", {}], ["dark phone", phone]]) {
    const b = await site.open({ colorScheme: theme.split(" ")[0], ...options });
    const { page } = b;
    try {
      await page.locator('[data-mu="input"]').fill(ATLAS);
      await page.getByRole("tab", { name: "Explain" }).click();
      await page.getByText("Diagnose an error your driver printed").click();
      await page.getByLabel("Paste the error").fill(SRV_ERROR);
      await firstCause(page).waitFor();
      // Open every fold of the diagnosis, so that axe sees its commands too.
      await slot(page).locator("details").evaluateAll((ds) => ds.forEach((d) => { d.open = true; }));
      await page.evaluate(axe); // evaluated over CDP: the page's CSP does not apply
      const result = await page.evaluate(() => globalThis.axe.run(document.querySelector('[data-mu="summary"]'), { resultTypes: ["violations"] }));
      const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`), [], theme);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${theme}: the page scrolls sideways by ${overflow}px`);
      await page.screenshot({ path: join(SCREENSHOTS, `diagnose-${theme.replace(" ", "-")}.png`), fullPage: false });
    } finally {
      await site.done(b);
    }
  }
});
