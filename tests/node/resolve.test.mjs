// resolve() through Node's fetch against the real DNS test stack (dnsmasq
// behind dnsdist's DNS-over-HTTPS, on 127.0.0.1), which scripts/test-node.sh
// starts and names in MONGOURI_DOH_URL.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { DOH_URL, PKG } from "./helpers.mjs";

const m = await import(`${PKG}/node.js`);
const skip = DOH_URL ? false : "MONGOURI_DOH_URL is not set: run through scripts/test-node.sh";

// Every request the shim makes goes through this fetch, so that tests can
// see exactly what leaves the process.
const requests = [];
let onRequest = null;
before(async () => {
  await m.init({
    fetch: (url, init) => {
      const entry = { url, init, answered: false };
      requests.push(entry);
      onRequest?.(url, init);
      return fetch(url, init).then((res) => {
        entry.answered = true;
        return res;
      });
    },
  });
});

const host = "localhost.test.build.10gen.cc";

test("resolves SRV and TXT records into seeds, options and a mongodb:// string", { skip }, async () => {
  const r = await m.resolve("mongodb+srv://user:hunter2@test5.test.build.10gen.cc/db", { dohURL: DOH_URL });
  assert.equal(r.valid, true, JSON.stringify(r.diagnostics));
  assert.deepEqual(r.seeds, [`${host}:27017`]);
  assert.equal(r.options.replicaSet, "repl0");
  assert.equal(r.options.authSource, "thisDB");
  assert.equal(r.options.tls, true);
  assert.deepEqual([...r.fromTXT].sort(), ["authSource", "replicaSet"], "the TXT record's options are named");
  assert.equal(r.scheme, "mongodb+srv");
  assert.equal(r.password, "hunter2");
  const eq = m.parse(r.uri);
  assert.equal(eq.scheme, "mongodb");
  assert.deepEqual(eq.hosts.map((h) => `${h.host}:${h.port}`), r.seeds);
  assert.equal(eq.options.replicaSet, "repl0");
});

test("several SRV records give several seeds", { skip }, async () => {
  const r = await m.resolve("mongodb+srv://test1.test.build.10gen.cc/", { dohURL: DOH_URL, timeoutMS: 10_000 });
  assert.deepEqual([...r.seeds].sort(), [`${host}:27017`, `${host}:27018`]);
});

test("only the accept header and the two DNS names leave the process", { skip }, async () => {
  requests.length = 0;
  await m.resolve("mongodb+srv://admin:hunter2@test5.test.build.10gen.cc/secretdb?appName=secretapp", { dohURL: DOH_URL });
  assert.equal(requests.length, 2);
  for (const { url, init } of requests) {
    assert.ok(url.startsWith(DOH_URL + "?dns="), url);
    for (const s of ["hunter2", "admin", "secretdb", "secretapp"]) assert.ok(!url.includes(s));
    assert.deepEqual(Object.keys(init.headers), ["accept"]);
    assert.equal(init.headers.accept, "application/dns-message");
    assert.equal(init.credentials, "omit");
    assert.equal(init.method, "GET");
    assert.ok(init.signal instanceof AbortSignal);
  }
});

test("a name without records and DNS failures come back as diagnostics", { skip }, async () => {
  for (const name of ["test4.test.build.10gen.cc", "test9.test.build.10gen.cc", "servfail.fault.test", "refused.fault.test"]) {
    const r = await m.resolve(`mongodb+srv://u:hunter2@${name}/`, { dohURL: DOH_URL });
    assert.equal(r.valid, false, name);
    assert.deepEqual(r.seeds, []);
    assert.equal(r.uri, "");
    assert.ok(r.diagnostics.some((d) => d.severity === "error"), name);
    assert.ok(!JSON.stringify(r.diagnostics).includes("hunter2"));
  }
});

test("a rule broken by the answer is an error", { skip }, async () => {
  // test12's SRV target is outside the parent domain.
  const r = await m.resolve("mongodb+srv://test12.test.build.10gen.cc/", { dohURL: DOH_URL });
  assert.equal(r.valid, false);
  assert.ok(r.diagnostics.some((d) => d.severity === "error"), JSON.stringify(r.diagnostics));
});

test("timeoutMS ends a resolution that gets no answer, as a diagnostic", { skip }, async () => {
  const r = await m.resolve("mongodb+srv://slow.fault.test/", { dohURL: DOH_URL, timeoutMS: 200 });
  assert.equal(r.valid, false);
  assert.ok(r.diagnostics.some((d) => d.severity === "error"), JSON.stringify(r.diagnostics));
  // Every request still waiting for its answer when the time ran out was
  // aborted (one the server answered in time has nothing to abort).
  const last = requests.slice(-2);
  assert.ok(last.some(({ answered }) => !answered), "the slow name kept a request waiting");
  assert.ok(last.every(({ init, answered }) => answered || init.signal.aborted), JSON.stringify(last.map((r) => [r.url, r.answered, r.init.signal.aborted])));
});

test("an abort rejects with the signal's reason and aborts the requests", { skip }, async () => {
  const ac = new AbortController();
  const reason = new DOMException("user left", "AbortError");
  const seen = [];
  onRequest = (url, init) => {
    seen.push(init.signal);
    if (seen.length === 2) queueMicrotask(() => ac.abort(reason));
  };
  try {
    await assert.rejects(m.resolve("mongodb+srv://slow.fault.test/", { dohURL: DOH_URL, signal: ac.signal }), (e) => e === reason);
  } finally {
    onRequest = null;
  }
  assert.equal(seen.length, 2);
  assert.ok(seen.every((s) => s.aborted));
});

test("parse works while a resolve waits, and from inside the fetch callback", { skip }, async () => {
  const inside = [];
  onRequest = () => inside.push(m.parse("mongodb://inside:1").hosts[0].port);
  try {
    const pending = m.resolve("mongodb+srv://test5.test.build.10gen.cc/", { dohURL: DOH_URL });
    const meanwhile = m.parse("mongodb://meanwhile/").hosts[0].host;
    const r = await pending;
    assert.equal(meanwhile, "meanwhile");
    assert.equal(r.valid, true);
    assert.deepEqual(inside, [1, 1]);
  } finally {
    onRequest = null;
  }
});

test("concurrent resolves each get their own answer", { skip }, async () => {
  const names = ["test1", "test5", "test11", "test10"];
  const rs = await Promise.all(names.map((n) => m.resolve(`mongodb+srv://${n}.test.build.10gen.cc/`, { dohURL: DOH_URL })));
  assert.equal(rs[0].seeds.length, 2);
  assert.equal(rs[1].options.authSource, "thisDB");
  assert.equal(rs[2].options.replicaSet, "repl0"); // a TXT record split into several strings
  assert.equal(rs[3].valid, false); // socketTimeoutMS may not come from TXT
});

test("endpoints are tried in order when given as a list", { skip }, async () => {
  const r = await m.resolve("mongodb+srv://test5.test.build.10gen.cc/", { dohURL: ["http://127.0.0.1:9/dns-query", DOH_URL] });
  assert.equal(r.valid, true, JSON.stringify(r.diagnostics));
});
