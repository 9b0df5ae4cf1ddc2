// Reads connection strings, one JSON string a line, on stdin, and writes for
// each a JSON line {"accepts": bool, "error": "..."}: whether the official
// Node.js driver's MongoClient constructor takes the string. The constructor
// parses and validates without connecting (connect() is never called), so
// nothing leaves the machine; the differential test also loads
// tests/loopback-only.mjs to make sure of it.
// The package to load is the first argument: "mongodb" (the current major)
// or "mongodb6" (the previous one, installed under that alias).
import { createInterface } from "node:readline";

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
process.stdout.write(out.join("\n") + "\n");
