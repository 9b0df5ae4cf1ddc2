// The package as a consumer gets it: `npm pack` of dist/npm installed into
// a fresh project, imported by name from Node, its typings checked with
// tsc, and a browser app bundled with esbuild and with Vite. The bundles
// are left in build/consumer-esbuild/ and build/consumer-vite/ (each with
// an index.html) for the browser tests to load.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync, copyFileSync, readFileSync, mkdirSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT, PKG, runNode } from "./helpers.mjs";

const HERE = join(ROOT, "tests", "node", "consumer");
let project, tarball;

before(() => {
  project = mkdtempSync(join(tmpdir(), "mongouri-consumer-"));
  const packed = JSON.parse(execFileSync("npm", ["pack", PKG, "--json", "--pack-destination", project], { encoding: "utf8" }));
  tarball = join(project, packed[0].filename);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  // A local tarball without dependencies: nothing is fetched.
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", tarball], { cwd: project, stdio: "pipe" });
});

after(() => rmSync(project, { recursive: true, force: true }));

test("the tarball holds the package's files and nothing else", () => {
  const listing = JSON.parse(execFileSync("npm", ["pack", PKG, "--dry-run", "--json"], { encoding: "utf8" }))[0];
  const files = listing.files.map((f) => f.path).sort();
  for (const f of ["package.json", "index.js", "node.js", "core.js", "index.d.ts", "wasm_exec.js", "mongouri.wasm", "mongouri-ui.wasm", "README.md"]) {
    assert.ok(files.includes(f), `${f} missing from ${files}`);
  }
  assert.ok(files.every((f) => !f.includes("test") && !f.endsWith(".go")), files.join(" "));
  const pkg = JSON.parse(readFileSync(join(PKG, "package.json"), "utf8"));
  assert.equal(pkg.name, "mongouri");
  assert.equal(pkg.type, "module");
  assert.equal(pkg.exports["."].types, "./index.d.ts");
  assert.ok(pkg.sideEffects === false || Array.isArray(pkg.sideEffects));
});

test("Node imports the installed package by name", async () => {
  const { value, stderr } = await runNode(`
    import { init, parse, redact, format } from "mongouri";
    await init();
    const r = parse("mongodb://u:hunter2@h1,h2/?replicaSet=rs0");
    console.log(JSON.stringify({ hosts: r.hosts.length, rs: r.options.replicaSet, red: redact("mongodb://u:hunter2@h/"),
      uri: format({ hosts: [{ host: "h" }] }).uri }));`, { cwd: project });
  assert.deepEqual(value, { hosts: 2, rs: "rs0", red: "mongodb://u:*****@h", uri: "mongodb://h" }, stderr);
});

test("the typings check with tsc --noEmit", () => {
  copyFileSync(join(HERE, "typings.ts"), join(project, "typings.ts"));
  writeFileSync(join(project, "tsconfig.json"), JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, target: "es2022", module: "nodenext", moduleResolution: "nodenext",
      lib: ["es2022", "dom"], types: [], skipLibCheck: false },
    files: ["typings.ts"],
  }));
  try {
    execFileSync(join(ROOT, "node_modules", ".bin", "tsc"), ["-p", project], { cwd: project, encoding: "utf8", stdio: "pipe" });
  } catch (e) {
    assert.fail(`tsc failed:\n${e.stdout}${e.stderr}`);
  }
});

test("esbuild bundles a browser app that runs", async () => {
  const out = join(ROOT, "build", "consumer-esbuild");
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  copyFileSync(join(HERE, "app.js"), join(project, "app.js"));
  execFileSync(join(ROOT, "node_modules", ".bin", "esbuild"), ["app.js", "--bundle", "--format=esm", "--platform=browser",
    "--target=es2022", `--outfile=${join(out, "app.js")}`, "--log-level=warning"], { cwd: project, stdio: "pipe" });
  copyFileSync(join(project, "node_modules", "mongouri", "mongouri.wasm"), join(out, "mongouri.wasm"));
  copyFileSync(join(HERE, "index.html"), join(out, "index.html"));
  const bundle = readFileSync(join(out, "app.js"), "utf8");
  assert.ok(!/from\s*["']node:|import\(["']node:/.test(bundle), "the browser bundle imports a Node module");
  assert.ok(readdirSync(out).includes("mongouri.wasm"));

  assert.deepEqual(await runBundle(join(out, "app.js")), EXPECTED);
});

test("Vite bundles the browser app, the .wasm as an asset, and it runs", async () => {
  const out = join(ROOT, "build", "consumer-vite");
  rmSync(out, { recursive: true, force: true });
  copyFileSync(join(HERE, "app.js"), join(project, "app.js"));
  copyFileSync(join(HERE, "index.html"), join(project, "index.html"));
  // No module-preload polyfill: it needs a real DOM, and the app has no
  // chunks to preload. --base ./ makes every URL relative, so the output
  // works from any folder.
  writeFileSync(join(project, "vite.config.js"), "export default { build: { modulePreload: false } };\n");
  execFileSync(join(ROOT, "node_modules", ".bin", "vite"), ["build", "--base", "./", "--outDir", out, "--emptyOutDir", "--logLevel", "warn"],
    { cwd: project, stdio: "pipe" });
  const assets = readdirSync(join(out, "assets"));
  assert.ok(assets.some((f) => /^mongouri-[\w-]+\.wasm$/.test(f)), `no .wasm asset in ${assets}`);
  const entry = assets.find((f) => /^index-[\w-]+\.js$/.test(f));
  assert.ok(entry, `no entry chunk in ${assets}`);
  assert.deepEqual(await runBundle(join(out, "assets", entry)), EXPECTED);
});

const EXPECTED = {
  out: { valid: true, hosts: ["db1", "db2"], codes: [], redacted: "mongodb://app:*****@db1,db2/?replicaSet=rs0" },
};

/**
 * Runs a bundle of app.js in a fresh Node process with just enough of a
 * page: an <input>, an <output>, and a fetch that reads file: URLs (where
 * the bundle finds its .wasm). Returns what the app showed.
 */
async function runBundle(file) {
  const { value, stderr } = await runNode(`
    import { readFile } from "node:fs/promises";
    const output = { textContent: "" };
    const body = { dataset: {} };
    globalThis.document = {
      body,
      createElement: () => ({}), // Vite's preload helper looks for link.relList
      querySelector: (s) => s === "input" ? { value: "mongodb://app:hunter2@db1,db2/?replicaSet=rs0", addEventListener() {} } : output,
    };
    globalThis.fetch = async (u) => new Response(await readFile(new URL(u)), { headers: { "content-type": "application/wasm" } });
    await import(${JSON.stringify(pathToFileURL(file).href)});
    while (!body.dataset.ready && !body.dataset.error) await new Promise((r) => setTimeout(r, 10));
    console.log(JSON.stringify({ error: body.dataset.error, out: JSON.parse(output.textContent || "null") }));`);
  assert.ok(value, stderr);
  return value;
}
