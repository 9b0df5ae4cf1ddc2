// diagnose() of the built package: the error text and the string together.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { PKG } from "./helpers.mjs";

const m = await import(`${PKG}/node.js`);

before(async () => {
  await m.init({ full: true }); // diagnose() is in the full build
});

const atlas = "mongodb+srv://app:Zq9-Xw2-Kv7@cluster0.abcde.mongodb.net/shop?retryWrites=true";

test("diagnose reads the error and concludes from both", () => {
  const err = "Error: querySrv ECONNREFUSED _mongodb._tcp.cluster0.abcde.mongodb.net\n" +
    "    at QueryReqWrap.onresolve [as oncomplete] (node:internal/dns/promises:294:17)\n" +
    "    at C:\\Users\\dev\\app\\db.js:4:9\n\nNode.js v22.22.0";
  const d = m.diagnose(atlas, err);
  assert.deepEqual(Object.keys(d), ["error", "causes", "string", "diagnostics"]);
  assert.equal(d.error.driver, "node");
  assert.deepEqual(d.error.classes, ["dns-srv"]);
  assert.equal(d.error.srvName, "_mongodb._tcp.cluster0.abcde.mongodb.net");
  assert.equal(d.error.runtime, "Node.js v22.22.0");
  assert.equal(d.causes[0].code, "node-windows-srv");
  assert.equal(d.causes[0].likelihood, "certain");
  assert.ok(d.causes[0].commands.some((c) => c.command === "dig @8.8.8.8 SRV _mongodb._tcp.cluster0.abcde.mongodb.net"));
  assert.equal(d.string, "mongodb+srv://app:*****@cluster0.abcde.mongodb.net/shop?retryWrites=true");
  assert.deepEqual(d.diagnostics, []);
});

test("diagnose gives the corrected string where the fix is certain, and spans into the string", () => {
  const uri = "mongodb://app:Zq9-Xw2-Kv7@docdb.cluster-x.us-east-1.docdb.amazonaws.com:27017/?tls=true&retryWrites=true";
  const d = m.diagnose(uri, "MongoServerError: Retryable writes are not supported");
  const top = d.causes[0];
  assert.equal(top.code, "retry-writes-unsupported");
  assert.match(top.fixed, /retryWrites=false/);
  const fromString = top.evidence.find((e) => e.from === "string");
  assert.equal(uri.slice(fromString.span.start, fromString.span.end), "retryWrites=true");
  assert.equal(top.evidence[0].from, "error");
  assert.equal(top.evidence[0].span, null);
});

test("diagnose never shows a credential of the string or of the error", () => {
  const err = "The connection string 'mongodb://app:Zq9-Xw2-Kv7@cluster0.abcde.mongodb.net/' is not valid. password=Qj8Wv3Yx";
  const text = JSON.stringify(m.diagnose(atlas, err));
  for (const s of ["Zq9-Xw2-Kv7", "Zq9-", "Xw2-Kv7", "Qj8Wv3Yx"]) assert.ok(!text.includes(s), s);
});

test("diagnose works without a string and refuses wrong arguments", () => {
  const d = m.diagnose(null, "pymongo.errors.ServerSelectionTimeoutError: localhost:27017: [Errno 111] Connection refused, Timeout: 30s");
  assert.equal(d.error.driver, "python");
  assert.equal(d.causes[0].code, "nothing-listening");
  assert.equal(d.string, "");
  const bad = m.diagnose("mongodb://h/", 42);
  assert.deepEqual(bad.causes, []);
  assert.equal(bad.error, null);
  assert.equal(bad.diagnostics[0].code, "invalid-argument");
});
