// The secrets property through the built npm package: the Go test
// (connstr/secret_property_test.go) runs 20,000 cases natively; this runs
// every placement x kind x encoding once through parse, redact, explain
// and diagnose (with an error text that quotes the string) in Node, so that the wasm adapter and the JSON it writes are covered too.
// An output shows a secret when it holds a 4-byte window of it that the
// same output for a neutral value of the same shape does not.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PKG, ROOT } from "./helpers.mjs";

const m = await import(`${PKG}/node.js`);
before(() => m.init({ full: true })); // explain() is in the full build

const placements = readFileSync(join(ROOT, "connstr/testdata/secret-placements.txt"), "utf8")
  .split("\n").filter((l) => l !== "" && !l.startsWith("#"));

const kinds = {
  alphanumeric: [],
  "userinfo separators": ["@", ":", "@", "::"],
  "path and query": ["/", "?", "#", "/?"],
  "option separators": ["&", ";", ",", "=", "&x=", ";y="],
  percent: ["%", "%4", "%zz", "%25", "%40"],
  "non-ASCII": ["é", "\uff20", "密码", "\u00a0"],
  "quotes, spaces, shell": ["'", "\"", " ", "$", "!", "`", "+", "\\"],
  "option-like": ["&replicaSt=", "&apName=", ",AWS_SESION_TOKEN:", ";foo=", "&&", "=&", ",x:y"],
};

const bytes = (s) => [...new TextEncoder().encode(s)];
const hex = (b, upper) => "%" + b.toString(16).padStart(2, "0")[upper ? "toUpperCase" : "toLowerCase"]();
const unreserved = (b) => /[A-Za-z0-9\-._~]/.test(String.fromCharCode(b)) && b < 128;
const encodings = {
  raw: (s) => s,
  "percent-encoded": (s) => bytes(s).map((b) => (unreserved(b) ? String.fromCharCode(b) : hex(b, true))).join(""),
  "every byte": (s) => bytes(s).map((b) => hex(b, true)).join(""),
};

/** mulberry32: a small seeded generator, so that a failure reproduces. */
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// No j or w (they would read as the options j and w after a '&').
const ALNUM = "abcdefghiklmnopqrstuvxyzABCDEFGHIKLMNOPQRSTUVXYZ0123456789";

function secret(r, extra) {
  const n = 8 + Math.floor(r() * 13);
  const pieces = Array.from({ length: n }, () => ALNUM[Math.floor(r() * ALNUM.length)]);
  if (extra.length) for (let k = 1 + Math.floor(r() * 3); k > 0; k--) pieces[Math.floor(r() * n)] = extra[Math.floor(r() * extra.length)];
  return pieces.join("");
}

/** s with letters and digits rotated: the same shape, none of its windows. */
function neutral(s) {
  return s.replace(/[a-z]/g, (c) => String.fromCharCode(97 + ((c.charCodeAt(0) - 97 + 13) % 26)))
    .replace(/[A-Z]/g, (c) => String.fromCharCode(65 + ((c.charCodeAt(0) - 65 + 13) % 26)))
    .replace(/[0-9]/g, (c) => String((+c + 5) % 10));
}

/** What the package shows for a string: not the parsed data (which holds
 * the password by design), but every message, the redacted string and the
 * explanation's sections. */
function outputs(uri) {
  const p = m.parse(uri);
  const x = m.explain(uri);
  // Some drivers print the whole string in their errors (C#'s "is not
  // valid", an application's log line): diagnose reads such a text.
  const d = m.diagnose(uri, `The connection string '${uri}' is not valid.\nconnect ECONNREFUSED 127.0.0.1:27017 (${uri})`);
  return {
    messages: JSON.stringify(p.diagnostics.map((d) => [d.message, d.hint])),
    redacted: m.redact(uri),
    explain: JSON.stringify([x.diagnostics.map((d) => [d.message, d.hint]), x.sections]),
    diagnose: JSON.stringify(d),
  };
}

function leaked(shown, control, forms) {
  for (const f of forms) {
    for (let i = 0; i + 4 <= f.length; i++) {
      const w = f.slice(i, i + 4);
      if (shown.includes(w) && !control.includes(w)) return w;
    }
  }
  return "";
}

test("no output of the package shows a 4-byte piece of a secret", () => {
  const r = rng(15);
  let cases = 0;
  const leaks = [];
  for (const place of placements) {
    for (const [kind, extra] of Object.entries(kinds)) {
      for (const [enc, encode] of Object.entries(encodings)) {
        const s = secret(r, extra);
        const written = encode(s);
        if (written.includes("@") && !place.slice(place.indexOf("{S}")).includes("@")) continue; // the tail is a host
        const shown = outputs(place.replaceAll("{S}", written));
        const control = outputs(place.replaceAll("{S}", encode(neutral(s))));
        let decoded = written;
        try { decoded = decodeURIComponent(written); } catch { /* a bad escape stays */ }
        for (const [name, text] of Object.entries(shown)) {
          const w = leaked(text, control[name], [s, written, decoded]);
          if (w) leaks.push(`${name} shows ${JSON.stringify(w)} (${kind}, ${enc}) for ${JSON.stringify(place.replaceAll("{S}", written))}`);
        }
        cases++;
      }
    }
  }
  assert.ok(cases > 1000, `${cases} cases`);
  assert.deepEqual(leaks.slice(0, 20), [], `${leaks.length} leaks in ${cases} cases`);
});
