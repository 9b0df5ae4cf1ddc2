// Usage: node scripts/bench-node.mjs   (after make package; make bench runs it)
// In one process: parse() of the npm package over a realistic mix of
// connection strings against `new ConnectionString(uri)` from
// mongodb-connection-string-url (which splits a URI but validates no
// options), and the cold init() time next to the instantiate-and-run time
// of a bare Go js/wasm program built in the same run (build/bare.wasm).
// It measures and prints; it asserts nothing. BENCH_MS sets the time per
// measurement (default 2000).
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const PKG = join(ROOT, "dist", "npm");
const BENCH_MS = Number(process.env.BENCH_MS ?? 2000);

// The mix: what people paste. Atlas SRV strings, replica sets with options,
// local and socket strings, and some broken ones (a quarter), which the
// comparison library rejects by throwing.
const MIX = [
  "mongodb+srv://app:Sup3r%24ecret@cluster0.abcde.mongodb.net/shop?retryWrites=true&w=majority&appName=Cluster0",
  "mongodb://localhost:27017",
  "mongodb://127.0.0.1:27017/?directConnection=true&serverSelectionTimeoutMS=2000&appName=mongosh+2.3.1",
  "mongodb://admin:pa55@db1.example.net:27017,db2.example.net:27017,db3.example.net:27017/admin?replicaSet=rs0&readPreference=secondaryPreferred&readPreferenceTags=dc:ny,rack:1&readPreferenceTags=&maxStalenessSeconds=120",
  "mongodb://user@host.example.com/?authMechanism=MONGODB-X509&authSource=%24external&tls=true&tlsCertificateKeyFile=%2Fetc%2Fssl%2Fclient.pem",
  "mongodb://h1,h2/?compressors=zstd,snappy,zlib&zlibCompressionLevel=6&maxPoolSize=50&minPoolSize=5&maxIdleTimeMS=60000&w=2&journal=true&wtimeoutMS=5000",
  "mongodb+srv://cluster0.abcde.mongodb.net/?authMechanism=MONGODB-AWS&authMechanismProperties=AWS_SESSION_TOKEN:abc&authSource=%24external",
  "mongodb://%2Ftmp%2Fmongodb-27017.sock/test?connectTimeoutMS=10000",
  "mongodb://user:p@ss@host:27017/db", // unescaped @ in the password
  "mongodb://host:99999/",
  "mongodb+srv://a.example.net,b.example.net/",
  "mongodb://[::1]:27017,[fe80::1%25eth0]:27018/?loadBalanced=true",
];

function bench(fn) {
  // Warm up, then count calls in BENCH_MS.
  for (let i = 0; i < 2000; i++) fn(MIX[i % MIX.length]);
  let n = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < BENCH_MS) {
    for (let i = 0; i < 200; i++, n++) fn(MIX[n % MIX.length]);
    t = performance.now();
  }
  return ((t - t0) * 1000) / n; // µs per call
}

async function instantiateBare() {
  // A module instance of its own: the package's copy put its globals back.
  await import(pathToFileURL(join(PKG, "wasm_exec.js")).href + "?bare");
  const go = new globalThis.Go();
  const bytes = readFileSync(join(ROOT, "build", "bare.wasm"));
  const t0 = performance.now();
  const { instance } = await WebAssembly.instantiate(bytes, go.importObject);
  await go.run(instance); // main returns at once: this is the runtime's own start-up
  return performance.now() - t0;
}

// Cold init first, in a fresh module graph: compile, instantiate, Go start-up.
const t0 = performance.now();
const m = await import(pathToFileURL(join(PKG, "node.js")).href);
await m.init();
const initMS = performance.now() - t0;
const bareMS = await instantiateBare();

const { ConnectionString } = await import("mongodb-connection-string-url");
const ours = bench((u) => m.parse(u));
const theirs = bench((u) => {
  try {
    return new ConnectionString(u);
  } catch {
    return null;
  }
});

const f = (x) => x.toFixed(2);
console.log(`node bench (${process.version}, ${MIX.length} strings in the mix, ${BENCH_MS} ms per measurement)`);
console.log(`  parse (mongouri, validates every option)       ${f(ours).padStart(8)} µs/op`);
console.log(`  new ConnectionString (mongodb-connection-string-url) ${f(theirs).padStart(8)} µs/op`);
console.log(`  ratio: mongouri is ${f(theirs / ours)}x faster per parse (goal: >= 5x)`);
console.log(`  cold init() ${f(initMS)} ms; bare Go wasm instantiate+run ${f(bareMS)} ms`);
