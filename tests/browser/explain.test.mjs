// The Explain tab in a real browser: troubleshooting checks for strings as
// people really paste them, "Use this" repairs, what each part says, the
// effective configuration, commands and snippets with copy buttons; and
// that no secret reaches the Explain DOM or the network unless revealed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { useSite, SCREENSHOTS, ROOT } from "./harness.mjs";
import { leaks, domLeaks } from "./secrets.mjs";

const USER = "ivy-operator-3m";
const PASSWORD = "Pa55@word7"; // the '@' people forget to encode
const SECRET_OPTION = "KeyPassphrase-82q"; // tlsCertificateKeyFilePassword
const BROKEN_AT = `mongodb+srv://${USER}:${PASSWORD}@cluster0.abcde.mongodb.net/shop?retryWrites=true&w=majority`;
const REPLICA = `mongodb://${USER}:${encodeURIComponent(PASSWORD)}@db1.example.net:27018,db2.example.net/shop` +
  `?replicaSet=rs0&tls=true&tlsCertificateKeyFile=/etc/ssl/client.pem&tlsCertificateKeyFilePassword=${SECRET_OPTION}`;

const secrets = [PASSWORD, SECRET_OPTION];
const site = useSite();
const { open, done } = site;
const allRequests = site.requests;

const input = (page) => page.locator('[data-mu="input"]');
const status = (page) => page.locator('[data-mu="status"]');
const panel = (page) => page.locator('[data-mu="panel-explain"]');
// The findings and the fixed string are in the summary above every view.
const summary = (page) => page.locator('[data-mu="summary"]');
const check = (page, code) => summary(page).locator(`.mu-x-check[data-code="${code}"]`);
const fixed = (page) => summary(page).locator('[data-mu="fixed"]');

/** Secrets found in what Explain draws: the summary and the Explain tab. */
async function explainLeaks(page, secrets) {
  return [...(await domLeaks(summary(page), secrets)), ...(await domLeaks(panel(page), secrets))];
}

/** Opens every fold of Explain, and then those their bodies drew, until none is closed. */
async function openAll(page) {
  for (let i = 0; i < 5; i++) {
    const n = await page.locator('[data-mu="app"] details:not([open])').evaluateAll((ds) => ds.map((d) => { d.open = true; }).length);
    if (n === 0) return;
    await page.waitForTimeout(50); // toggle events are queued
  }
}

/** Puts uri into the input and shows the Explain tab. */
async function explain(page, uri) {
  await input(page).fill(uri);
  await page.getByRole("tab", { name: "Explain" }).click();
}

/** The JS API's explanation of uri, from the module the page loaded. */
function apiExplain(page, uri) {
  return page.evaluate(async (u) => (await import("./mongouri/index.js")).explain(u).sections, uri);
}

function apiParse(page, uri) {
  return page.evaluate(async (u) => (await import("./mongouri/index.js")).parse(u), uri);
}

// Strings as people paste them, the check each must raise, and the
// corrected string that check offers (secrets masked).
const broken = [
  {
    name: "an unencoded '@' in the password",
    uri: BROKEN_AT,
    code: "credentials-not-encoded",
    fixed: `mongodb+srv://${USER}:*****@cluster0.abcde.mongodb.net/shop?retryWrites=true&w=majority`,
    used: `mongodb+srv://${USER}:${encodeURIComponent(PASSWORD)}@cluster0.abcde.mongodb.net/shop?retryWrites=true&w=majority`,
    selects: null, // the span covers the user information, password included
  },
  {
    name: "a MONGO_URI= prefix from an env file",
    uri: "MONGO_URI=mongodb://db0.example.net:27017/app",
    code: "pasted-assignment",
    fixed: "mongodb://db0.example.net:27017/app",
    used: "mongodb://db0.example.net:27017/app",
    selects: "MONGO_URI=",
  },
  {
    name: "useNewUrlParser, which current drivers reject",
    uri: "mongodb://db0.example.net/app?useNewUrlParser=true&appName=shop",
    code: "removed-option",
    fixed: "mongodb://db0.example.net/app?appName=shop",
    used: "mongodb://db0.example.net/app?appName=shop",
    selects: "useNewUrlParser=true",
  },
  {
    name: "a port with mongodb+srv://",
    uri: "mongodb+srv://cluster0.example.net:27017/app",
    code: "srv-port",
    fixed: "mongodb+srv://cluster0.example.net/app",
    used: "mongodb+srv://cluster0.example.net/app",
    selects: "cluster0.example.net:27017",
  },
];

for (const c of broken) {
  test(`explain: ${c.name} shows ${c.code} with its corrected string, and "Use this" makes the string valid`, async () => {
    const b = await open();
    const { page } = b;
    try {
      await explain(page, c.uri);
      // The summary shows exactly the checks the explainer finds, in its order.
      const shown = await summary(page).locator(".mu-x-check").evaluateAll((els) => els.map((e) => e.dataset.code));
      const api = (await apiExplain(page, c.uri)).checks.map((x) => x.code);
      assert.deepEqual(shown, api, "the checks of explain(), in order");
      assert.ok(shown.includes(c.code), `${c.code} among ${shown.join(", ")}`);

      const item = check(page, c.code);
      assert.equal(await fixed(page).locator('[data-x="fixed"]').textContent(), c.fixed, "the fixed string, secrets masked");
      assert.ok((await item.locator(".mu-x-title").textContent()).length > 0, "a title");
      assert.match(await item.locator(".mu-hint").textContent(), /^Fix: ./, "a fix");
      if (c.selects) {
        await item.getByRole("button", { name: /^Select in input/ }).first().click();
        const sel = await input(page).evaluate((t) => t.value.slice(t.selectionStart, t.selectionEnd));
        assert.equal(sel, c.selects, "what was seen is selected in the input");
      }

      const use = fixed(page).getByRole("button", { name: "Use this fixed string" });
      assert.equal(await use.getAttribute("aria-describedby"), await fixed(page).locator("h3").getAttribute("id"),
        "the heading describes the button");
      await use.click();
      assert.equal(await input(page).inputValue(), c.used, "the input holds the corrected string, secrets included");
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.mu), "input", "the focus goes to the changed input");
      assert.match(await status(page).textContent(), /^Valid/);
      assert.equal((await apiParse(page, c.used)).valid, true, "the corrected string parses valid");
      assert.equal(await check(page, c.code).count(), 0, `${c.code} is gone`);
      if (c.code === "credentials-not-encoded") {
        assert.equal((await apiParse(page, c.used)).password, PASSWORD, "the password the person meant");
      }
    } finally {
      await done(b);
    }
  });
}

test("explain: what each part says, the effective configuration, option cards and did-you-mean", async () => {
  const b = await open();
  const { page } = b;
  try {
    // Options after a secret one may be its tail (a raw '&' in it), so the
    // misspelt one goes before it.
    await explain(page, REPLICA.replace("replicaSet=rs0", "replicaSet=rs0&maxPolSize=5&maxPoolSize=20"));
    const parts = await panel(page).locator("[data-part]").evaluateAll((els) => els.map((e) => e.dataset.part));
    assert.deepEqual(parts, ["scheme", "hosts", "credentials", "database"]);
    const hosts = await panel(page).locator('[data-part="hosts"] li code').allTextContents();
    assert.deepEqual(hosts, ["db1.example.net:27018", "db2.example.net:27017"]);
    const creds = await panel(page).locator('[data-part="credentials"]').textContent();
    assert.match(creds, new RegExp(`Username${USER}`));
    assert.match(creds, /Passwordset/, "the password is only said to be set");
    assert.match(creds, /Authenticates againstshop/);

    const setting = (name) => panel(page).locator(`tr[data-setting="${name}"]`);
    assert.match(await setting("maxPoolSize").textContent(), /^maxPoolSize20from the string/);
    // Defaults are folded, with their count, until opened.
    const defaults = panel(page).locator('details[data-fold="defaults"]');
    assert.match(await defaults.locator("summary").textContent(), /^\d+ defaults — show$/);
    assert.equal(await setting("serverSelectionTimeoutMS").count(), 0, "not drawn while folded");
    await defaults.locator("summary").click();
    assert.match(await setting("serverSelectionTimeoutMS").textContent(), /^serverSelectionTimeoutMS30000default/);
    assert.match(await setting("replicaSet").textContent(), /^replicaSetrs0from the string/);
    assert.match(await setting("tls").getAttribute("class"), /mu-x-set/, "set by the string: stands out");

    // Option cards are folded (the configuration above says what each does in a line).
    await page.locator('[data-mu="panel-explain"] details[data-fold="options"] > summary').click();
    await page.locator('[data-mu="panel-explain"] .mu-card[data-option]').first().waitFor();
    const card = panel(page).locator('.mu-card[data-option="maxPoolSize"]');
    assert.match(await card.textContent(), /maxPoolSize = 20/);
    assert.match(await card.textContent(), /Default100/);
    const secretCard = panel(page).locator('.mu-card[data-option="tlsCertificateKeyFilePassword"]');
    assert.match(await secretCard.locator("h4").textContent(), /= set$/, "a secret option's value is only said to be set");

    const unknown = panel(page).locator('[data-unknown="maxPolSize"]');
    assert.match(await unknown.textContent(), /Did you mean maxPoolSize\?/);
    assert.equal(await check(page, "unknown-option").count(), 1);

    // Tips are collapsed, and open from the keyboard.
    const tip = panel(page).locator(".mu-x-tip").first();
    assert.equal(await tip.getAttribute("open"), null);
    await tip.locator("summary").focus();
    await page.keyboard.press("Enter");
    assert.equal(await tip.getAttribute("open"), "");
  } finally {
    await done(b);
  }
});

test("explain: diagnostic commands name the real hosts, never the credentials, and copy", async () => {
  const b = await open({ permissions: ["clipboard-read", "clipboard-write"] });
  const { page } = b;
  try {
    await explain(page, REPLICA);
    // Closed until opened.
    assert.equal(await panel(page).locator('[data-x="commands"] pre').count(), 0);
    await panel(page).locator('details[data-fold="commands"] > summary').click();
    await panel(page).locator('[data-x="commands"] pre').first().waitFor(); // a fold draws its body when opened
    const groups = await panel(page).locator('[data-x="commands"] .mu-x-group').evaluateAll((els) => els.map((e) => e.dataset.host));
    assert.deepEqual(groups, ["db1.example.net", "db2.example.net"]);
    const lines = await panel(page).locator('[data-x="commands"] pre').allTextContents();
    for (const want of ["nc -zv db1.example.net 27018", "nc -zv db2.example.net 27017", "ping -c 10 db1.example.net",
      "Test-NetConnection -ComputerName db2.example.net -Port 27017", "dig db2.example.net"]) {
      assert.ok(lines.includes(want), `${want} among the commands`);
    }
    const text = lines.join("\n");
    for (const s of [USER, ...secrets]) assert.ok(!text.includes(s) && !text.includes(encodeURIComponent(s)), `no ${s} in a command`);

    // The second group is closed: open it from the keyboard, then copy.
    const second = panel(page).locator('.mu-x-group[data-host="db2.example.net"]');
    await second.locator("summary").focus();
    await page.keyboard.press("Enter");
    const nc = "nc -zv db2.example.net 27017";
    const line = second.locator("li", { has: page.locator("pre", { hasText: nc }) });
    const copy = line.getByRole("button", { name: "Copy the command" });
    assert.equal(await copy.getAttribute("aria-describedby"), await line.locator("pre").getAttribute("id"), "the command describes its button");
    await copy.click();
    await line.getByText("Copied the command.").waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), nc);
  } finally {
    await done(b);
  }
});

test("explain: snippets for seven languages, a picker that survives typing, copy, secrets only when revealed", async () => {
  const b = await open({ permissions: ["clipboard-read", "clipboard-write"] });
  const { page } = b;
  try {
    await explain(page, REPLICA);
    await panel(page).locator('details[data-fold="snippets"] > summary').click();
    const picker = panel(page).getByLabel("Language", { exact: true });
    await picker.waitFor(); // a fold draws its body when opened
    const languages = await picker.locator("option").evaluateAll((os) => os.map((o) => o.dataset.lang));
    assert.deepEqual(languages, ["go", "nodejs", "python", "java", "csharp", "rust", "mongosh"]);
    const code = panel(page).locator('.mu-x-snippet .mu-copyable:not(.mu-x-line) pre');
    assert.match(await code.textContent(), /url\.QueryEscape/, "Go first");

    await picker.selectOption({ label: "Python (PyMongo)" });
    const python = await code.textContent();
    assert.match(python, /from urllib\.parse import quote/, "Python's own percent-encoding");
    assert.match(python, /MONGODB_PASSWORD/, "the password comes from the environment");
    assert.match(await panel(page).locator(".mu-x-snippet").textContent(), /environment variables/);

    await panel(page).getByRole("button", { name: "Copy the Python (PyMongo) code" }).click();
    await panel(page).getByText("Copied the Python (PyMongo) code.").waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), python);

    // Typing redraws the tab; the language picked stays.
    await input(page).fill(REPLICA.replace("rs0", "rs1"));
    assert.equal(await picker.locator("option:checked").textContent(), "Python (PyMongo)");
    assert.match(await code.textContent(), /rs1/);

    // With the password shown, the snippet carries the secrets; hidden again, not.
    await panel(page).getByRole("button", { name: "Show password" }).click();
    assert.equal(await panel(page).getByRole("button", { name: "Show password" }).getAttribute("aria-pressed"), "true");
    const revealed = await code.textContent();
    assert.ok(revealed.includes(SECRET_OPTION), "the secret option in the revealed snippet");
    assert.match(await panel(page).locator('[data-part="credentials"]').textContent(), new RegExp(`Password${PASSWORD}`));
    assert.ok((await domLeaks(panel(page), secrets)).length > 0, "the DOM check sees secrets once revealed");
    await panel(page).getByRole("button", { name: "Show password" }).click();
    assert.deepEqual(await domLeaks(panel(page), secrets), [], "hidden again: no secret in the Explain DOM");
  } finally {
    await done(b);
  }
});

test("explain: no secret in the Explain DOM unless revealed, for broken and working strings", async () => {
  const b = await open({ permissions: ["clipboard-read", "clipboard-write"] });
  const { page } = b;
  try {
    for (const uri of [BROKEN_AT, REPLICA, `MONGO_URI="${REPLICA}"`, `${BROKEN_AT}&tlsCertificateKeyFilePassword=${SECRET_OPTION}`]) {
      await explain(page, uri);
      // Open every collapsed part, so that nothing hides from the check.
      await openAll(page);
      const langs = await panel(page).locator(".mu-x-lang option").count();
      for (let i = 0; i < langs; i++) {
        await panel(page).locator(".mu-x-lang").selectOption(String(i));
        assert.deepEqual(await explainLeaks(page, secrets), [], `${uri}: snippet ${i}`);
      }
      assert.deepEqual(await explainLeaks(page, secrets), [], uri);
    }
    // Copying the fixed string hands over the real one, without showing it.
    await explain(page, BROKEN_AT);
    await fixed(page).getByRole("button", { name: "Copy fixed string (with password)" }).click();
    await fixed(page).getByText("Copied the fixed string (with password).").waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), broken[0].used);
    assert.deepEqual(await explainLeaks(page, secrets), []);
  } finally {
    await done(b);
  }
});

test("explain: keyboard only, from the Explain tab to a repaired string", async () => {
  const b = await open();
  const { page } = b;
  try {
    await input(page).fill(broken[2].uri);
    await page.getByRole("tab", { name: "Decode" }).focus();
    await page.keyboard.press("End");
    assert.equal(await page.getByRole("tab", { name: "Explain" }).getAttribute("aria-selected"), "true");
    const label = () => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent);
    let steps = 0;
    while (!(await label())?.startsWith("Use this") && steps++ < 15) await page.keyboard.press("Tab");
    assert.equal(await label(), "Use this fixed string", "Tab reaches Use this");
    await page.keyboard.press("Enter");
    assert.equal(await input(page).inputValue(), broken[2].used);
  } finally {
    await done(b);
  }
});

test("explain: axe-core finds no serious or critical violation, in both themes and at phone width", async () => {
  const axe = readFileSync(join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");
  const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
  for (const [theme, options] of [["light", {}], ["dark", {}], ["light phone", phone], ["dark phone", phone]]) {
    const b = await open({ colorScheme: theme.split(" ")[0], ...options });
    const { page } = b;
    try {
      for (const uri of [BROKEN_AT, REPLICA.replace("replicaSet=rs0", "replicaSet=rs0&maxPolSize=5")]) {
        await explain(page, uri);
        await openAll(page);
        await page.evaluate(axe); // evaluated over CDP: the page's CSP does not apply
        const result = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ["violations"] }));
        const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
        const all = result.violations.map((v) => `${v.impact} ${v.id} (${v.nodes.length})`);
        console.log(`axe explain ${theme} ${uri === BROKEN_AT ? "broken" : "replica set"}: ${all.length ? all.join(", ") : "no violations"}`);
        assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`), []);
      }
    } finally {
      await done(b);
    }
  }
});

test("explain: screenshots in both themes and at phone width, without sideways scrolling", async () => {
  const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
  const shots = [];
  for (const [name, options] of [
    ["light", { colorScheme: "light" }],
    ["dark", { colorScheme: "dark" }],
    ["phone-light", { colorScheme: "light", ...phone }],
    ["phone-dark", { colorScheme: "dark", ...phone }],
  ]) {
    const b = await open(options);
    const { page } = b;
    try {
      await explain(page, BROKEN_AT);
      const file = join(SCREENSHOTS, `explain-${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      shots.push(file);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `no sideways scrolling (${overflow}px too wide)`);
    } finally {
      await done(b);
    }
  }
  console.log(`screenshots: ${shots.map((f) => f.slice(ROOT.length + 1)).join(", ")}`);
});

test("network: the Explain pages sent nothing off the site and no secret in any encoding", () => {
  assert.ok(allRequests.length > 0);
  const offOrigin = allRequests.filter((r) => !r.url.startsWith(site.server.url) && !r.url.startsWith("data:"));
  assert.deepEqual(offOrigin.map((r) => r.url), [], "nothing but the site itself was asked");
  assert.deepEqual(leaks(allRequests, [USER, ...secrets]), []);
  assert.deepEqual(leaks(site.server.requests().map((l) => ({ url: l, headers: {}, method: "" })), [USER, ...secrets]), []);
});
