// Loaded with --import into every Node process the tests start: the process
// can then reach loopback only. fetch() refuses any other host with a clear
// error, and so does every TCP socket (the backstop for anything that does
// not go through fetch), so a test cannot reach past this machine even when
// a default (a public DoH provider, say) slips through. Each refusal is
// written to $MONGOURI_REFUSED_LOG, which .ci/run counts (expected: none).
import net from "node:net";
import { appendFileSync } from "node:fs";

const LOOPBACK_NAMES = new Set(["localhost", "::1", "[::1]"]);

/** Whether host (a URL's hostname or a socket's host) is this machine. */
export function isLoopback(host) {
  return LOOPBACK_NAMES.has(host) || /^127(?:\.\d{1,3}){3}$/.test(host) || host === "::ffff:127.0.0.1";
}

/** Records a refused attempt and returns the error to fail it with. */
export function refusal(what, where = "node") {
  const log = process.env.MONGOURI_REFUSED_LOG;
  if (log) appendFileSync(log, `${where}\t${what}\n`);
  return new TypeError(`loopback-only: refused ${what}: tests may reach 127.0.0.1 and ::1 only`);
}

const realFetch = globalThis.fetch;
globalThis.fetch = function loopbackFetch(input, init) {
  let url;
  try {
    url = new URL(typeof input === "object" && input !== null && "url" in input ? input.url : String(input));
  } catch {
    return realFetch(input, init); // let fetch report the bad URL itself
  }
  if ((url.protocol === "http:" || url.protocol === "https:") && !isLoopback(url.hostname)) {
    return Promise.reject(refusal(`a request to ${url.origin}`));
  }
  return realFetch(input, init);
};

// net.connect(options | port, host | path): a path is a local socket.
function socketHost(args) {
  const [first, second] = Array.isArray(args[0]) ? args[0] : args;
  if (first !== null && typeof first === "object") return first.path ? null : (first.host ?? "localhost");
  if (typeof first === "string" && !/^\d+$/.test(first)) return null;
  return typeof second === "string" ? second : "localhost";
}

const realConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function loopbackConnect(...args) {
  const host = socketHost(args);
  if (host !== null && !isLoopback(host)) {
    const err = refusal(`a connection to ${host}`);
    process.nextTick(() => this.destroy(err));
    return this;
  }
  return realConnect.apply(this, args);
};
