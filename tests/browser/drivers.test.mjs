// "Will it work in my driver?": the driver verdicts at the top of the
// summary (the slot "slot-drivers"), redrawn as the string changes; their
// reasons on demand; one line in the widget's compact mode; a phone's width
// in both themes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { useSite, SCREENSHOTS, ROOT } from "./harness.mjs";

const site = useSite();

const ATLAS = "mongodb+srv://app-user:Tq5-Rw8-Jm2@cluster0.abcde.mongodb.net/shop?retryWrites=true&w=majority&appName=Cluster0";
const LEGACY = "mongodb://h/?useNewUrlParser=true";

const slot = (page) => page.locator('[data-mu="slot-drivers"]');
const chip = (page, family) => slot(page).locator(`.mu-chip[data-family="${family}"]`);

test("each driver family says whether it accepts the string, and why not", async () => {
  const b = await site.open();
  const { page } = b;
  try {
    const input = page.locator('[data-mu="input"]');
    await input.fill("");
    assert.equal(await slot(page).innerHTML(), "", "nothing for an empty string");

    await input.fill(LEGACY);
    assert.equal(await chip(page, "node").getAttribute("data-outcome"), "rejects");
    assert.match(await chip(page, "node").textContent(), /^Node\.js 7\.x\s*✕ rejects$/);
    assert.match(await chip(page, "go").textContent(), /^Go\s*✓ accepts$/);
    assert.equal((await slot(page).locator(".mu-chip").allTextContents()).length, 8);
    // They disagree on rejecting: the reasons are shown, with how each is known.
    const node = slot(page).locator('.mu-verdict-reasons li[data-families="node"]');
    assert.ok(await node.isVisible());
    assert.match(await node.textContent(), /Node\.js 7\.x rejects:.*useNewUrlParser.*\(checked against the driver\)/);
    assert.match(await slot(page).locator(".mu-verdict-basis").textContent(), /^Node\.js and Go checked against the real drivers/);

    // Typing redraws it; closing the reasons is kept while typing.
    await slot(page).getByText(/^Why \d+ drivers do not simply accept it$/).click();
    assert.equal(await node.isVisible(), false);
    await input.press("End");
    await input.pressSequentially("&appName=x");
    assert.equal(await slot(page).locator("details").getAttribute("open"), null, "closed stays closed");

    // An Atlas string: every family accepts; one line says so, the chips
    // are a click away; nothing to explain, and no secret.
    await input.fill(ATLAS);
    const heading = slot(page).getByRole("heading", { name: /^Will it work in my driver\? (✓ )?every driver accepts it$/ });
    assert.ok(await heading.isVisible());
    assert.equal(await chip(page, "go").isVisible(), false);
    await heading.click();
    assert.ok(await chip(page, "go").isVisible());
    const outcomes = await slot(page).locator(".mu-chip").evaluateAll((cs) => cs.map((c) => c.dataset.outcome));
    assert.deepEqual(outcomes, Array(8).fill("accepts"));
    assert.equal(await slot(page).locator(".mu-verdict-reasons").count(), 0);
    assert.ok(!(await slot(page).innerHTML()).includes("Tq5-Rw8-Jm2"));

    // Only the markup that changed is set: the chips of a string that gives
    // the same verdicts (a longer appName) are the same nodes, and the
    // opened fold stays open.
    await input.press("End");
    await input.pressSequentially("-e");
    await chip(page, "go").evaluate((e) => { e.dataset.mark = "kept"; });
    await input.pressSequentially("u");
    assert.equal(await chip(page, "go").getAttribute("data-mark"), "kept");
    assert.ok(await chip(page, "go").isVisible());
  } finally {
    await site.done(b);
  }
});

test("the verdicts fit a phone and read in both themes (axe-core finds no serious violation); screenshots", async () => {
  const axe = readFileSync(join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");
  const sizes = [
    ["desktop", { viewport: { width: 1280, height: 800 } }],
    ["phone", { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
  ];
  for (const [size, options] of sizes) {
    for (const theme of ["light", "dark"]) {
      const b = await site.open({ colorScheme: theme, ...options });
      const { page } = b;
      try {
        for (const [name, uri] of [["legacy", LEGACY], ["atlas", ATLAS]]) {
          await page.locator('[data-mu="input"]').fill(uri);
          await slot(page).locator(".mu-verdicts").waitFor();
          if (name === "legacy") {
            // The drivers disagree: the reasons start open on a wide screen; on a
            // phone they start closed, so that the rest of the summary (here the
            // fixed string) begins on the first screen under the chips.
            const open = await slot(page).locator('[data-fold="driver-reasons"]').getAttribute("open");
            assert.equal(open === null, size === "phone", `${size}: the reasons start ${size === "phone" ? "closed" : "open"}`);
            const top = (await page.locator('[data-mu="summary-body"]').boundingBox()).y;
            if (size === "phone") assert.ok(top < options.viewport.height, `${theme}: the summary's body starts at ${top}px, below the first screen`);
          }
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert.ok(overflow <= 0, `${size} ${theme} ${name}: the page scrolls sideways by ${overflow}px`);
          await page.evaluate(axe); // evaluated over CDP: the page's CSP does not apply
          const result = await page.evaluate(() => globalThis.axe.run(document.querySelector('[data-mu="slot-drivers"]'), { resultTypes: ["violations"] }));
          const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
          assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`), [], `${size} ${theme} ${name}`);
          await page.screenshot({ path: join(SCREENSHOTS, `drivers-${name}-${size}-${theme}.png`), fullPage: false });
        }
        // The outcome word is drawn in a colour that differs from the chip's background.
        const [fg, bg] = await chip(page, "node").evaluate((c) => [getComputedStyle(c.querySelector(".mu-chip-word")).color, getComputedStyle(c).backgroundColor]);
        assert.notEqual(fg, bg);
      } finally {
        await site.done(b);
      }
    }
  }
});

test("compact widget: the verdicts are one line", async () => {
  const b = await site.open();
  const { page } = b;
  try {
    await page.goto(`${site.server.url}widget.html`, { waitUntil: "networkidle" });
    const w = page.locator("#compact");
    await w.scrollIntoViewIfNeeded();
    const line = w.locator(".mu-verdict-line");
    await line.waitFor();
    assert.match(await line.textContent(), /^Drivers: ✕ reject: /);
    const [height, lineHeight] = await line.evaluate((e) => [e.getBoundingClientRect().height, parseFloat(getComputedStyle(e).lineHeight) || 24]);
    assert.ok(height <= lineHeight * 1.5, `one line (${height}px)`);
    assert.equal(await w.locator(".mu-verdict-row").isVisible(), false);
    await w.screenshot({ path: join(SCREENSHOTS, "drivers-compact.png") });
  } finally {
    await site.done(b);
  }
});
