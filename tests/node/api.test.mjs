// The JS API of the built package, as a Node user calls it.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { PKG } from "./helpers.mjs";

const m = await import(`${PKG}/node.js`);

before(async () => {
  await m.init();
});

test("init is idempotent and concurrent calls share one start", async () => {
  await Promise.all([m.init(), m.init(), m.init({})]);
  assert.equal(await m.init(), undefined);
});

test("parse returns the ParseResult shape", () => {
  const r = m.parse("mongodb+srv://app:p%40ss@cluster0.example.net/shop?retryWrites=true&w=majority&appName=Shop" +
    "&compressors=zstd,snappy&readPreference=nearest&readPreferenceTags=dc:ny,rack:1&readPreferenceTags=" +
    "&maxStalenessSeconds=120&authMechanism=SCRAM-SHA-256&authMechanismProperties=&custom=1");
  assert.deepEqual(Object.keys(r), ["valid", "scheme", "hosts", "username", "password", "database", "options", "unknownOptions", "diagnostics"]);
  assert.equal(r.scheme, "mongodb+srv");
  assert.deepEqual(r.hosts, [{ type: "hostname", host: "cluster0.example.net", port: null }]);
  assert.equal(r.username, "app");
  assert.equal(r.password, "p@ss");
  assert.equal(r.database, "shop");
  assert.equal(r.options.retryWrites, true);
  assert.equal(r.options.w, "majority");
  assert.equal(r.options.maxStalenessSeconds, 120);
  assert.deepEqual(r.options.compressors, ["zstd", "snappy"]);
  assert.deepEqual(r.options.readPreferenceTags, [{ dc: "ny", rack: "1" }, {}]);
  assert.deepEqual(r.unknownOptions, [{ key: "custom", value: "1" }]);
  assert.equal(r.valid, !r.diagnostics.some((d) => d.severity === "error"));
  for (const d of r.diagnostics) {
    assert.ok(["error", "warning", "info"].includes(d.severity));
    assert.equal(typeof d.code, "string");
    assert.equal(typeof d.message, "string");
    for (const k of ["start", "end", "option", "hint"]) assert.notEqual(d[k], null, `${k} is absent, not null`);
  }
});

test("parse types every host kind and leaves absent parts null", () => {
  const r = m.parse("mongodb://10.0.0.1:27018,[::1]:27019,%2Ftmp%2Fmongodb-27017.sock,db.example.net/?connectTimeoutMS=2000&w=1");
  assert.equal(r.valid, true, JSON.stringify(r.diagnostics));
  assert.deepEqual(r.hosts, [
    { type: "ipv4", host: "10.0.0.1", port: 27018 },
    { type: "ip_literal", host: "::1", port: 27019 },
    { type: "unix", host: "/tmp/mongodb-27017.sock", port: null },
    { type: "hostname", host: "db.example.net", port: null },
  ]);
  assert.equal(r.username, null);
  assert.equal(r.password, null);
  assert.equal(r.database, null);
  assert.equal(r.options.connectTimeoutMS, 2000);
  assert.equal(r.options.w, 1);
});

test("parse reports errors with spans into the JS string", () => {
  const uri = "mongodb://hé𝄞llo:99999/";
  const r = m.parse(uri);
  assert.equal(r.valid, false);
  const d = r.diagnostics.find((x) => x.code === "port-out-of-range");
  assert.ok(d, JSON.stringify(r.diagnostics));
  assert.equal(uri.slice(d.start, d.end), ":99999");
});

test("parse never throws, whatever it is given", () => {
  const wrong = [42, undefined, null, {}, [], true, Symbol("s"), 10n, () => 1, new String("mongodb://h")];
  for (const x of wrong) {
    const r = m.parse(x);
    assert.equal(r.valid, false);
    assert.equal(r.diagnostics[0].code, "invalid-argument");
    assert.deepEqual(r.hosts, []);
  }
  assert.equal(m.parse().diagnostics[0].message, "parse expects a string, got undefined.");
  for (const s of ["", " ", "mongodb://", "\u0000", "mongodb://\ud800", "%".repeat(1000), "mongodb://" + "a,".repeat(50_000)]) {
    const r = m.parse(s);
    assert.equal(typeof r.valid, "boolean");
  }
  // Past the 64 KiB input limit: one error, and nothing read.
  const big = m.parse("mongodb://h/?replicaSet=" + "x".repeat(5_000_000));
  assert.deepEqual(big.diagnostics.map((d) => d.code), ["input-too-long"]);
  assert.equal(big.options.replicaSet, undefined);
  const atLimit = m.parse("mongodb://h/?replicaSet=" + "x".repeat(60_000));
  assert.equal(atLimit.options.replicaSet.length, 60_000);
});

test("lone surrogates and a leading BOM survive the trip", () => {
  const r = m.parse("\ufeffmongodb://h/");
  assert.equal(r.valid, false);
  assert.equal(r.diagnostics[0].code, "invalid-scheme");
  assert.equal(m.redact("\ufeffx").startsWith("\ufeff"), true);
  assert.equal(typeof m.parse("mongodb://\udc00h/").valid, "boolean");
});

test("messages and redact never show the password or secret values", () => {
  const secrets = ["hunter2", "s3cr3tProxy", "keyFilePass", "awsToken"];
  const uris = [
    "mongodb://admin:hunter2@db.example.net/?proxyHost=p&proxyUsername=u&proxyPassword=s3cr3tProxy",
    "mongodb://admin:hunter2@db.example.net:notaport/?tlsCertificateKeyFilePassword=keyFilePass",
    "mongodb://admin:hunter2/x@db/?authMechanism=MONGODB-AWS&authMechanismProperties=AWS_SESSION_TOKEN:awsToken",
    "mongodb://admin:hunter2@@db/",
    "mongodb+srv://admin:hunter2@a,b/?srvMaxHosts=x",
  ];
  for (const uri of uris) {
    const r = m.parse(uri);
    const text = JSON.stringify(r.diagnostics) + m.redact(uri);
    for (const s of secrets) assert.ok(!text.includes(s), `${uri}: ${text}`);
  }
  assert.equal(m.redact("mongodb://u:hunter2@h/"), "mongodb://u:*****@h");
  for (const x of [undefined, null, 42, {}]) assert.equal(m.redact(x), "");
});

test("format encodes parts and round-trips parse", () => {
  const r = m.format({
    hosts: [{ host: "db1.example.net" }, { host: "::1", port: 27018 }],
    username: "app", password: "p@ss:/", database: "shop",
    options: { tls: true, w: "majority", compressors: ["zstd"], readPreference: "secondary",
      readPreferenceTags: [{ dc: "ny" }, {}], connectTimeoutMS: 1000 },
  });
  assert.deepEqual(Object.keys(r), ["uri", "diagnostics"]);
  assert.equal(r.uri, "mongodb://app:p%40ss%3A%2F@db1.example.net,[::1]:27018/shop?tls=true&w=majority" +
    "&compressors=zstd&readPreference=secondary&readPreferenceTags=dc:ny&readPreferenceTags=&connectTimeoutMS=1000");
  assert.equal(r.diagnostics.filter((d) => d.severity === "error").length, 0, JSON.stringify(r.diagnostics));
  const back = m.parse(r.uri);
  assert.equal(back.password, "p@ss:/");
  assert.deepEqual(m.format(back).uri, r.uri);
});

test("format reports parts it cannot use instead of throwing", () => {
  for (const x of [undefined, 42, "mongodb://h", [], { hosts: "h" }]) {
    const r = m.format(x);
    assert.equal(r.uri, "");
    assert.equal(r.diagnostics[0].code, "invalid-argument");
  }
  const r = m.format({ hosts: [{ host: "h" }], options: { tls: "maybe", proxyPassword: 5 }, password: "hunter2" });
  assert.ok(r.diagnostics.some((d) => d.code === "invalid-value" && d.option === "tls"));
  assert.ok(!JSON.stringify(r.diagnostics).includes("hunter2"));
});

test("resolve of a mongodb:// string needs no DNS", async () => {
  const r = await m.resolve("mongodb://u:p@h1,h2:27018/db?replicaSet=rs0");
  assert.deepEqual(r.seeds, ["h1:27017", "h2:27018"]);
  assert.equal(r.uri, "mongodb://u:p@h1,h2:27018/db?replicaSet=rs0");
  assert.equal(r.valid, true);
  assert.ok(r.diagnostics.some((d) => d.code === "srv-not-needed"));
});

test("resolve reports bad input and bad options as diagnostics", async () => {
  const bad = await m.resolve(42);
  assert.equal(bad.valid, false);
  assert.equal(bad.diagnostics[0].code, "invalid-argument");
  assert.deepEqual(bad.seeds, []);
  assert.equal(bad.uri, "");
  const r = await m.resolve("mongodb+srv://c.example.net/", { dohURL: "http://dns.example/dns-query" });
  assert.ok(r.diagnostics.some((d) => d.code === "invalid-argument"), JSON.stringify(r.diagnostics));
  const invalid = await m.resolve("mongodb+srv://a,b.example.net/");
  assert.equal(invalid.valid, false);
  assert.equal(invalid.uri, "");
});

test("resolve rejects with the signal's reason when already aborted", async () => {
  const reason = new Error("stop");
  await assert.rejects(m.resolve("mongodb+srv://c.example.net/", { signal: AbortSignal.abort(reason) }), (e) => e === reason);
});

test("explain adds the explainer's sections to the ParseResult", async () => {
  await m.init({ full: true });
  const uri = "mongodb://admin:hunter2@hé.example.net,db2/shop?replicaSet=rs0&proxyHost=p&proxyPassword=sekret";
  const x = m.explain(uri);
  const r = m.parse(uri);
  const { sections, ...parsed } = x;
  assert.deepEqual(parsed, r);
  for (const k of ["basis", "explained", "scheme", "hosts", "database", "options", "effective", "checks", "tips", "commands", "snippets"]) {
    assert.ok(k in sections, k);
  }
  const text = JSON.stringify(sections);
  assert.ok(!text.includes("hunter2") && !text.includes("sekret"));
  assert.equal(uri.slice(sections.database.span.start, sections.database.span.end), "shop");
  assert.equal(m.explain(42).sections, null);
  assert.equal(m.explain(42).diagnostics[0].code, "invalid-argument");
});

test("explain(uri, {revealSecrets: true}) shows the secrets, encoded, in the corrected strings", async () => {
  await m.init({ full: true });
  const uri = "MONGO_URI=mongodb://admin:hun@ter2@db.example.net/shop";
  const masked = m.explain(uri).sections;
  assert.equal(masked.verdict, "invalid");
  assert.equal(masked.masked, true);
  assert.ok(!JSON.stringify(masked).includes("ter2"));
  const shown = m.explain(uri, { revealSecrets: true }).sections;
  assert.equal(shown.masked, false);
  assert.equal(shown.verdict, masked.verdict);
  assert.deepEqual(shown.checks.map((c) => c.code), masked.checks.map((c) => c.code), "the same findings");
  assert.equal(shown.repaired, "mongodb://admin:hun%40ter2@db.example.net/shop");
  assert.equal(m.parse(shown.repaired).password, "hun@ter2");
  assert.equal(m.explain(uri, { revealSecrets: false }).sections.masked, true);
  const bad = m.explain(uri, { revealSecrets: "yes" });
  assert.equal(bad.sections, null);
  assert.equal(bad.diagnostics[0].code, "invalid-argument");
});
