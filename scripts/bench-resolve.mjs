// Usage: node scripts/bench-resolve.mjs [N ...]   (after make package; make bench runs it)
// resolve() of the npm package with N resolves in flight at once (default
// 1, 100, 300 and 1,000), against the fake DoH fetch of the Node tests
// (tests/node/fakedoh.mjs: answers after 0-50 ms, no sockets), with the
// default timeout. Per round: wall time until the last answer, CPU time per
// resolve, the slowest single resolve, the longest the event loop was held
// (how late a 5 ms timer ran), how many resolves answered with seeds rather
// than with a diagnostic (a timeout, say), and what the fake's own two GETs
// per resolve cost in the same conditions. The caller's loop that starts
// the resolves is part of the round, as it is in an application. It
// measures and prints; it asserts nothing. MONGOURI_PKG names another
// build of the package to measure (default dist/npm).
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { fakeFetch } from "../tests/node/fakedoh.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const PKG = process.env.MONGOURI_PKG ?? join(ROOT, "dist", "npm");
const m = await import(pathToFileURL(join(PKG, "node.js")).href);
const fetch = fakeFetch(() => Math.random() * 50);
await m.init({ full: true, fetch });

const counts = process.argv.slice(2).map(Number);
const dohURL = "https://doh.test/dns-query";

// One round: n calls of one(i) in flight at once.
async function round(n, one) {
  const probe = stallProbe();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let slowest = 0;
  let answered = 0;
  await Promise.all(Array.from({ length: n }, async (_, i) => {
    if (await one(i)) answered++;
    slowest = Math.max(slowest, performance.now() - t0);
  }));
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { n, wall, cpuPerResolve: (cpu.user + cpu.system) / 1000 / n, slowest, stall: probe.stop(), answered };
}

// stallProbe measures the longest the event loop went without running a
// timer: a 5 ms timer re-armed each time it runs, whose lateness is the
// stall. (perf_hooks' monitorEventLoopDelay records nothing when the loop
// is blocked from start to end of a round.)
function stallProbe() {
  const every = 5;
  let last = performance.now();
  let max = 0;
  let timer;
  const tick = () => {
    const now = performance.now();
    max = Math.max(max, now - last - every);
    last = now;
    timer = setTimeout(tick, every);
  };
  timer = setTimeout(tick, every);
  return {
    stop() {
      clearTimeout(timer);
      return Math.max(max, performance.now() - last - every, 0);
    },
  };
}

let name = 0; // every resolve asks for a name of its own
const resolve = async () => {
  const r = await m.resolve(`mongodb+srv://cluster${name++}.example.net/`, { dohURL });
  return r.seeds.length === 3;
};
// What the fake alone costs: the two GETs of a resolve, bodies read whole.
const fakeOnly = async () => {
  const q = (type) => `${dohURL}?dns=${query(`_mongodb._tcp.cluster${name++}.example.net`, type)}`;
  const bodies = await Promise.all([33, 16].map(async (t) => (await fetch(q(t), {})).arrayBuffer()));
  return bodies.every((b) => b.byteLength > 12);
};

await round(50, resolve); // warm up
await round(50, fakeOnly);
const f = (x, d = 1) => x.toFixed(d).padStart(9);
console.log(`resolve() in flight, fake DoH fetch answering in 0-50 ms, default timeout (${process.version})`);
console.log("| in flight | wall ms | CPU ms/resolve | slowest ms | max event-loop stall ms | answered | the fake's two GETs alone: CPU ms, stall ms |");
console.log("|---|---|---|---|---|---|---|");
for (const n of counts.length ? counts : [1, 100, 300, 1000]) {
  const r = await round(n, resolve);
  const b = await round(n, fakeOnly);
  console.log(`| ${n} | ${f(r.wall)} | ${f(r.cpuPerResolve, 2)} | ${f(r.slowest)} | ${f(r.stall)} | ${r.answered}/${n} | ${f(b.cpuPerResolve, 2)}, ${f(b.stall)} |`);
}

/** A DNS query for name and type, base64url as in a DoH GET. */
function query(name, type) {
  const labels = name.split(".").flatMap((l) => [l.length, ...Buffer.from(l)]);
  return Buffer.from([0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, ...labels, 0, 0, type, 0, 1]).toString("base64url");
}
