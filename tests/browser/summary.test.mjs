// The summary above every view (the verdict, the fixed string, what a driver
// will do, the findings), Encode keeping every part of a string, the first
// screen's examples, and phone width without clipped tables.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite } from "./harness.mjs";

const site = useSite();
const { open, done } = site;

const input = (page) => page.locator('[data-mu="input"]');
const status = (page) => page.locator('[data-mu="status"]');
const summary = (page) => page.locator('[data-mu="summary"]');
const fixed = (page) => summary(page).locator('[data-mu="fixed"]');

const BROKEN = [
  { uri: "mongodb+srv://admin:p@ssw0rd'9'!@cluster0.abcde.mongodb.net/?retryWrites=true&w=majority", password: "p@ssw0rd'9'!" },
  { uri: 'MONGO_URI="mongodb://root:example@mongo:27017/"', password: "example" },
  // Valid, with a warning whose fix is certain: the summary offers it too.
  { uri: "mongodb://db0.example.net/app?useNewUrlParser=true&appName=shop", valid: true },
];

test("the fixed string is in the summary of every view, masked, and Use this makes the string valid", async () => {
  const b = await open();
  const { page } = b;
  try {
    const views = ["Decode", "Encode", "Explain"];
    for (const [i, c] of BROKEN.entries()) {
      await input(page).fill(c.uri);
      assert.match(await status(page).textContent(), c.valid ? /^Valid.*warning/ : /^Invalid/);
      let shown;
      for (const view of views) {
        await page.getByRole("tab", { name: view }).click();
        const f = fixed(page).locator('[data-x="fixed"]');
        assert.ok(await f.isVisible(), `${view} shows the fixed string of ${c.uri}`);
        shown ??= await f.textContent();
        assert.equal(await f.textContent(), shown, "the same fixed string in every view");
        if (c.password) assert.ok(!shown.includes(c.password), "the password is masked");
        // What a driver will do is said in every view too.
        assert.ok(await summary(page).locator(".mu-driver").isVisible());
      }
      if (c.password === "p@ssw0rd'9'!") {
        assert.match(await fixed(page).locator(".mu-changes").textContent(), /@ as %40/, "says which characters get encoded");
      }
      // Use this, from one view after another.
      await page.getByRole("tab", { name: views[i % views.length] }).click();
      await fixed(page).getByRole("button", { name: "Use this fixed string" }).click();
      assert.match(await status(page).textContent(), /^Valid(?!, but)/, `Use this in ${views[i % views.length]} makes ${c.uri} valid`);
      assert.equal(await fixed(page).count(), 0, "nothing left to fix");
      const parsed = await page.evaluate(async (u) => (await import("./mongouri/index.js")).parse(u), await input(page).inputValue());
      assert.equal(parsed.valid, true);
      if (c.password) assert.equal(parsed.password, c.password, "the password the person meant");
    }
  } finally {
    await done(b);
  }
});

test("the first screen offers examples to try, and no copy button that would copy nothing", async () => {
  const b = await open();
  const { page } = b;
  try {
    await input(page).fill("");
    const examples = summary(page).locator(".mu-examples button");
    assert.deepEqual(await examples.allTextContents(), ["An Atlas SRV string", "A local replica set", "A password that breaks the string"]);
    assert.equal(await page.getByRole("button", { name: /^Copy/ }).count(), 0);
    await examples.nth(1).click();
    assert.match(await input(page).inputValue(), /^mongodb:\/\/localhost:27017,localhost:27018,localhost:27019\/test\?replicaSet=rs0$/);
    assert.match(await status(page).textContent(), /^Valid.* A mongodb:\/\/ string with 3 hosts/);
    assert.match(await summary(page).locator(".mu-driver").textContent(), /Replica setrs0/);
    await input(page).fill("");
    await summary(page).locator(".mu-examples button").nth(2).click();
    assert.match(await status(page).textContent(), /^Invalid/);
    assert.ok(await fixed(page).isVisible());
  } finally {
    await done(b);
  }
});

// A small seeded generator, so that a failure names a string that can be replayed.
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function generate(seed) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const srv = r() < 0.4;
  const user = pick(["app", "ivy.ops", "svc-7"]);
  // Passwords people paste: some encoded, some not.
  const password = pick(["s3cret", "p@ss", "p%40ss", "a:b", "pa$$!", "x'y'!", ""]);
  const userinfo = r() < 0.8 ? `${user}${password ? `:${password}` : ""}@` : "";
  const hosts = srv ? ["cluster0.abcde.mongodb.net"]
    : Array.from({ length: 1 + Math.floor(r() * 3) }, (_, i) => `db${i}.example.net${r() < 0.5 ? `:${27017 + i}` : ""}`);
  const db = pick(["", "shop", "app"]);
  const opts = [];
  for (const o of ["replicaSet=rs0", "tls=true", "retryWrites=false", "authSource=admin", "maxPoolSize=20", "maxPoolSize=abc",
    "appName=docs", "readPreference=secondary", "w=majority", "foo=bar", "connectTimeoutMS=x1"]) {
    if (r() < 0.3 && !opts.some((p) => p.split("=")[0] === o.split("=")[0])) opts.push(o);
  }
  const prefix = pick(["", "", "", 'MONGO_URI="']);
  const suffix = prefix ? '"' : "";
  return `${prefix}mongodb${srv ? "+srv" : ""}://${userinfo}${hosts.join(",")}/${db}${opts.length ? `?${opts.join("&")}` : ""}${suffix}`;
}

/** Every control of the Encode form: name -> value (checked state for boxes). */
function formState(page) {
  return page.locator('[data-mu="panel-encode"]').evaluate((panel) => {
    const out = {};
    for (const e of panel.querySelectorAll("input:not([type=hidden]), select, textarea")) {
      if (e.closest("[hidden]")) continue;
      const name = e.getAttribute("aria-label") ?? e.id.replace(/^mu\d*-/, "") ?? e.name;
      if (name === "add-option") continue;
      out[name] = e.type === "checkbox" ? String(e.checked) : e.value;
    }
    return out;
  });
}

test("Encode keeps every part: filled from the best reading, and editing one field changes no other (generated strings)", async () => {
  const b = await open();
  const { page } = b;
  try {
    const edits = [
      { field: "db", label: "Database", value: "edited" },
      { field: "user", label: "Username", value: "edited-user" },
      { field: "pass", label: "Password", value: "n3w:p@ss" },
    ];
    let edited = 0;
    for (let seed = 1; seed <= 14; seed++) {
      const uri = generate(seed);
      await input(page).fill(uri);
      await page.getByRole("tab", { name: "Encode" }).click();
      const before = await formState(page);
      const edit = edits[seed % edits.length];
      if (!(edit.field in before)) continue; // a mechanism without that field
      await page.getByLabel(edit.label, { exact: true }).fill(edit.value);
      // Read the form again from the string it produced.
      await page.getByRole("tab", { name: "Decode" }).click();
      await page.getByRole("tab", { name: "Encode" }).click();
      const after = await formState(page);
      const want = { ...before, [edit.field]: edit.value };
      assert.deepEqual(after, want, `seed ${seed}: ${uri}\nedited ${edit.field}; got ${await input(page).inputValue()}`);
      edited++;
    }
    assert.ok(edited >= 10, `most generated strings were edited (${edited})`);
  } finally {
    await done(b);
  }
});

test("the Atlas guide's unencoded example: Encode shows the credentials and editing Database keeps them", async () => {
  const b = await open();
  const { page } = b;
  try {
    await input(page).fill("mongodb+srv://admin:p@ssw0rd'9'!@cluster0.abcde.mongodb.net/?retryWrites=true&w=majority");
    await page.getByRole("tab", { name: "Encode" }).click();
    assert.equal(await page.getByLabel("Username", { exact: true }).inputValue(), "admin");
    assert.equal(await page.getByLabel("Password", { exact: true }).inputValue(), "p@ssw0rd'9'!");
    assert.equal(await page.getByLabel("Port of host 1").count(), 0, "no port for mongodb+srv://");
    await page.getByLabel("Database", { exact: true }).fill("app");
    const built = await input(page).inputValue();
    const parsed = await page.evaluate(async (u) => (await import("./mongouri/index.js")).parse(u), built);
    assert.equal(parsed.valid, true, built);
    assert.equal(parsed.username, "admin");
    assert.equal(parsed.password, "p@ssw0rd'9'!");
    assert.equal(parsed.database, "app");
    assert.match(await page.locator('[data-mu="encoded"]').textContent(), /^mongodb\+srv:\/\/admin:\*\*\*\*\*@cluster0\.abcde\.mongodb\.net\/app\?/);
  } finally {
    await done(b);
  }
});

test("Encode: the mechanism shows only the fields it takes", async () => {
  const b = await open();
  const { page } = b;
  try {
    await input(page).fill("mongodb://db1.example.net/");
    await page.getByRole("tab", { name: "Encode" }).click();
    await page.getByLabel("authMechanism", { exact: true }).selectOption("MONGODB-X509");
    assert.ok(await page.getByLabel("Password", { exact: true }).isHidden(), "X.509 takes no password");
    assert.ok(await page.getByLabel("authSource", { exact: true }).isHidden(), "X.509 authenticates against $external");
    await page.getByLabel("authMechanism", { exact: true }).selectOption("MONGODB-AWS");
    assert.ok(await page.getByLabel("Username", { exact: true }).isHidden(), "MONGODB-AWS reads its credentials from the environment");
    assert.equal(await page.getByLabel("AWS_SESSION_TOKEN", { exact: true }).count(), 0, "a property the string may not hold gets no field");
    await page.getByLabel("authMechanism", { exact: true }).selectOption("GSSAPI");
    await page.getByLabel("SERVICE_NAME", { exact: true }).fill("mongo");
    assert.equal(await input(page).inputValue(), "mongodb://db1.example.net/?authMechanism=GSSAPI&authMechanismProperties=SERVICE_NAME:mongo");
  } finally {
    await done(b);
  }
});

test("phone width: tables become label/value lists, nothing is clipped or scrolls sideways", async () => {
  const b = await open({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const { page } = b;
  try {
    const uri = "mongodb://ivy:Pa55%40word7@db1.example.net:27018,db2.example.net/shop?replicaSet=rs0&tls=true&maxPoolSize=20&" +
      "readPreferenceTags=dc:ny,rack:1&appName=a-rather-long-application-name-for-a-phone&foo=bar";
    await input(page).fill(uri);
    for (const view of ["Decode", "Explain"]) {
      await page.getByRole("tab", { name: view }).click();
      if (view === "Explain") {
        await page.locator('details[data-fold="defaults"] > summary').click();
        await page.locator('tr[data-setting="serverSelectionTimeoutMS"]').waitFor(); // drawn once opened
      }
      const tables = page.locator(`[data-mu="panel-${view.toLowerCase()}"] table`);
      assert.ok((await tables.count()) >= 1, `${view} has tables`);
      const clipped = await tables.evaluateAll((ts) => ts.flatMap((t) => {
        const box = t.closest(".mu-scroll") ?? t.parentElement;
        const bad = [];
        if (box.scrollWidth > box.clientWidth + 1) bad.push(`${t.getAttribute("aria-label") ?? t.caption?.textContent}: ${box.scrollWidth} > ${box.clientWidth}`);
        for (const c of t.querySelectorAll("td, th")) {
          const r = c.getBoundingClientRect();
          if (r.width > 0 && r.right > document.documentElement.clientWidth + 1) bad.push(`cell "${c.textContent.slice(0, 30)}" ends at ${r.right}`);
        }
        return bad;
      }));
      assert.deepEqual(clipped, [], `${view}: no clipped table`);
      // Each cell says which column it is.
      const label = await tables.first().locator("td").first().evaluate((td) => getComputedStyle(td, "::before").content);
      assert.notEqual(label, "none", "cells carry their column's name");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${view}: no sideways scrolling (${overflow}px)`);
    }
    // The form too: no control or fieldset wider than the phone.
    await page.getByRole("tab", { name: "Encode" }).click();
    await page.getByLabel("authMechanism", { exact: true }).selectOption("MONGODB-AWS");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `Encode: no sideways scrolling (${overflow}px)`);
  } finally {
    await done(b);
  }
});

test("Explain of a typical string leads with what matters: an index, and everything else folded", async () => {
  const b = await open({ viewport: { width: 1280, height: 800 } });
  const { page } = b;
  try {
    await input(page).fill("hello world");
    await page.getByRole("tab", { name: "Explain" }).click();
    assert.equal(await page.locator('[data-mu="panel-explain"] [data-x="effective"]').count(), 0, "no configuration without a scheme");
    await input(page).fill("mongodb+srv://app-user:s3cret-Pass@cluster0.abcde.mongodb.net/shop?retryWrites=true&w=majority&appName=Cluster0");
    const index = await page.locator(".mu-x-index a").allTextContents();
    assert.ok(index.includes("Effective configuration") && index.includes("Resolve the SRV record"), index.join());
    const closed = await page.locator('[data-mu="panel-explain"] details[data-fold]:not([open])').evaluateAll((ds) => ds.map((d) => d.dataset.fold));
    for (const f of ["defaults", "commands", "snippets"]) assert.ok(closed.includes(f), `${f} is folded`);
    // From the view's top (its tabs) to the end of Explain: two screens at most.
    const top = await page.locator('[data-mu="tabs"]').evaluate((e) => e.getBoundingClientRect().top + scrollY);
    const end = await page.locator('[data-mu="panel-explain"]').evaluate((e) => e.getBoundingClientRect().bottom + scrollY);
    console.log(`Explain of a typical string: ${Math.round(end - top)} px from the tabs to the end at 1280×800`);
    assert.ok(end - top <= 2 * 800, `fits two screens (${Math.round(end - top)} px)`);
  } finally {
    await done(b);
  }
});
