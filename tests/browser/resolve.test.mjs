// Resolve in the browser against the local DNS stack (dnsmasq behind
// dnsdist's DoH front end, scripts/dnsstack.sh): what is sent, when, and
// what comes back.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { useSite, offersResolve, pressResolve, SCREENSHOTS } from "./harness.mjs";
import { leaks } from "./secrets.mjs";

const USER = "resolver-user-5k";
const PASSWORD = "Dns$ecret@7/ü";
const URI = `mongodb+srv://${encodeURIComponent(USER)}:${encodeURIComponent(PASSWORD)}@cluster0.mongouri.test/shop?appName=docs`;

const site = useSite({ dns: true });

test("Resolve says what it will send, sends only that after the press, and shows the seed list", async (t) => {
  const { server, doh } = site;
  const b = await site.open();
  const { page, log } = b;
  try {
    await page.locator('[data-mu="input"]').fill(URI);
    await page.getByRole("tab", { name: "Explain" }).click();
    if (!(await offersResolve(page))) {
      t.skip("this build of the module has no resolve()");
      return;
    }

    const provider = page.getByLabel("DNS-over-HTTPS provider");
    assert.match(await provider.locator("option:checked").textContent(), new RegExp(doh.replace(/[.?/]/g, "\\$&")),
      "the server's configured DoH endpoint is offered first");
    const disclosure = await page.locator(".mu-disclosure").textContent();
    assert.match(disclosure, /SRV _mongodb\._tcp\.cluster0\.mongouri\.test/);
    assert.match(disclosure, /TXT cluster0\.mongouri\.test/);
    assert.ok(disclosure.includes(doh));
    const dohRequests = () => log.requests.filter((r) => r.url.startsWith(doh));
    assert.equal(dohRequests().length, 0, "nothing is asked before the button is pressed");

    await page.getByRole("button", { name: "Resolve", exact: true }).click();
    await page.locator(".mu-resolved caption", { hasText: "Seed list" }).waitFor();
    const seeds = await page.locator(".mu-resolved table").first().locator("tbody td").allTextContents();
    assert.deepEqual(seeds.sort(), [
      "node-a.cluster0.mongouri.test:27017",
      "node-b.cluster0.mongouri.test:27017",
      "node-c.cluster0.mongouri.test:27018",
    ]);
    const options = await page.locator(".mu-resolved table").nth(1).textContent();
    assert.match(options, /replicaSetatlas-rs0the TXT record/);
    assert.match(options, /authSourceadminthe TXT record/);
    assert.match(options, /appNamedocsthe string/);

    await page.screenshot({ path: join(SCREENSHOTS, "site-resolve-light.png"), fullPage: true });
    const equivalent = page.locator("[data-mu-equivalent]");
    assert.match(await equivalent.textContent(), /^mongodb:\/\/resolver-user-5k:\*\*\*\*\*@node-/, "password masked");
    await page.locator(".mu-resolved").getByRole("button", { name: "Show password" }).click();
    const revealed = await equivalent.textContent();
    assert.doesNotMatch(revealed, /\*\*\*\*\*/, "revealed on request");
    assert.match(revealed, /^mongodb:\/\/resolver-user-5k:[^@]+@node-/);

    // Only DoH GETs for the two names went out, carrying nothing else.
    const sent = dohRequests();
    assert.ok(sent.length >= 2, `at least the SRV and the TXT query (${sent.length})`);
    for (const r of sent) {
      assert.equal(r.method, "GET");
      const q = new URL(r.url).searchParams.get("dns");
      assert.ok(q, "an RFC 8484 dns= query");
      const msg = Buffer.from(q, "base64url").toString("latin1");
      assert.ok(msg.includes("cluster0") && msg.includes("mongouri") && msg.includes("test"), "asks about the SRV host");
      assert.ok(!msg.includes("shop") && !msg.includes("appName"), "no database or options");
    }
    assert.deepEqual(leaks(log.requests, [USER, PASSWORD]), []);
    const others = log.requests.filter((r) => !r.url.startsWith(server.url) && !r.url.startsWith(doh));
    assert.deepEqual(others.map((r) => r.url), [], "no request to anywhere else");
    const csp = log.console.filter((m) => /Content.Security.Policy|Refused to/i.test(m));
    assert.deepEqual(csp, []);
  } finally {
    await b.close();
  }
});

test("Resolve with a DoH server the network cannot reach says offline, and never 'Answered by'", async (t) => {
  const b = await site.open();
  const { page, context } = b;
  try {
    await page.locator('[data-mu="input"]').fill(URI);
    await page.getByRole("tab", { name: "Explain" }).click();
    if (!(await offersResolve(page))) {
      t.skip("this build of the module has no resolve()");
      return;
    }
    // navigator.onLine stays true: the page must learn it from the failed fetch.
    await context.route(`${site.doh}**`, (route) => route.abort("internetdisconnected"));
    const state = await pressResolve(page);
    assert.match(state, /offline\. Resolve needs the network/);
    assert.doesNotMatch(state, /Answered by/);
  } finally {
    await site.done(b);
  }
});
