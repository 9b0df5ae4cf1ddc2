// Reads connection strings, one JSON string a line, on stdin, and writes for
// each a JSON line {"accepts": bool, "error": "..."}: whether the official
// Node.js driver's MongoClient constructor takes the string. The constructor
// parses and validates without connecting (connect() is never called), so
// nothing leaves the machine; the differential test also loads
// tests/loopback-only.mjs to make sure of it.
// The package to load is the first argument: "mongodb" (the current major)
// or "mongodb6" (the previous one, installed under that alias).
import dns from "node:dns";
import { createInterface } from "node:readline";

// mongodb+srv:// strings are parsed too: the constructor only records the
// name, and looks nothing up. Should that ever change, every DNS entry
// point the driver could use fails and the run stops, so that the test
// stays on this machine (tests/loopback-only.mjs guards sockets, not DNS).
let lookups = 0;
const refuse = (name) => () => {
  lookups++;
  throw new Error(`node-verdicts: the driver tried DNS (${name}) while parsing`);
};
for (const api of [dns, dns.promises]) {
  for (const name of ["lookup", "resolve", "resolveSrv", "resolveTxt", "resolve4", "resolve6", "resolveAny"]) {
    api[name] = refuse(name);
  }
}

const { MongoClient } = await import(process.argv[2] ?? "mongodb");

const out = [];
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (line === "") continue;
  const uri = JSON.parse(line);
  try {
    new MongoClient(uri);
    out.push(JSON.stringify({ accepts: true }));
  } catch (e) {
    out.push(JSON.stringify({ accepts: false, error: `${e.name}: ${e.message}` }));
  }
}
if (lookups > 0) {
  console.error(`node-verdicts: ${lookups} DNS lookups while parsing; the test is not hermetic`);
  process.exit(1);
}
process.stdout.write(out.join("\n") + "\n");
