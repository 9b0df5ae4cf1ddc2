// The part of the package every platform shares: starting the Go program
// once, and plain functions that call into it. index.js (browsers and
// bundlers) and node.js (Node) differ only in how they fetch the .wasm.
//
// Globals: the Go program and Go's wasm_exec.js need a few names on
// globalThis while they start (the class Go, wasm_exec's fs/process/path
// stand-ins, and the one handshake function the Go side calls by name).
// They are put there only for that synchronous moment and the previous
// state is restored right after, so a page or process sees no new globals.

/**
 * The running program: `api`, the functions the Go side handed over, and
 * `exports`, the instance's exports (memory and the direct entry points).
 */
let api = null;
let exports = null;
/** Go's class from wasm_exec.js, and the stand-ins it defined, kept once. */
let goRuntime = null;

const HANDSHAKE = "__mongouri_handshake"; // wasm/main.go reads this name
const RUNTIME_GLOBALS = ["Go", "fs", "process", "path"];

/**
 * Returns init(opts) for a platform: defaultURL(build) is where a build
 * lives, and compile(url) fetches and compiles it into a WebAssembly.Module.
 *
 * Three builds exist, each the one before plus more: "mongouri" (parse,
 * format, redact), "mongouri-full" (explain and resolve too, for
 * init({full: true}); resolve() loads it by itself on first use) and
 * "mongouri-ui" (the inspector UI too, for init({ui: true})). One program
 * runs at a time; asking for a larger build than the running one replaces
 * it, and asking for a smaller one keeps it.
 */
export function makeInit(defaultURL, compile) {
  const pending = new Map(); // build rank -> the start in progress
  function init(opts) {
    try {
      opts = initOptions(opts);
    } catch (err) {
      return Promise.reject(err); // a getter threw: init rejects, it never throws
    }
    const rank = opts.ui === true ? 2 : opts.full === true ? 1 : 0;
    lastOpts = opts;
    if (api && rankOf(api) >= rank) return Promise.resolve();
    if (!pending.has(rank)) {
      const p = start(opts, () => defaultURL(BUILDS[rank]), compile).then(
        (started) => {
          pending.delete(rank);
          // Never trade a running build for a smaller one.
          if (!api || rankOf(started.api) >= rankOf(api)) ({ api, exports } = started);
        },
        (err) => {
          pending.delete(rank); // a failed start (say, a network error) may be retried
          throw err;
        },
      );
      pending.set(rank, p);
    }
    return pending.get(rank);
  }
  // The full build for resolve(): from its default place (wasmURL and
  // wasmModule name the build the caller asked for), with the caller's fetch.
  initFull = () => init({ fetch: lastOpts?.fetch, full: true });
  return init;
}

const BUILDS = ["mongouri", "mongouri-full", "mongouri-ui"];
let lastOpts = null;
let initFull = null;

function rankOf(goAPI) {
  return typeof goAPI.mount === "function" ? 2 : typeof goAPI.explain === "function" ? 1 : 0;
}

/**
 * Reads init's options once each into a plain object, so that a getter
 * runs once and a Proxy cannot answer differently later.
 */
function initOptions(opts) {
  opts = opts ?? {};
  const { ui, full, wasmModule, wasmURL, fetch } = opts;
  if (fetch !== undefined && typeof fetch !== "function") {
    throw new TypeError("mongouri: init({fetch}) expects a function");
  }
  return { ui, full, wasmModule, wasmURL, fetch };
}

async function start(opts, defaultURL, compile) {
  let module = opts.wasmModule;
  if (module !== undefined && !(module instanceof WebAssembly.Module)) {
    throw new TypeError("mongouri: init({wasmModule}) expects a WebAssembly.Module");
  }
  // The module's download and compilation start first, and Go's runtime
  // loads meanwhile: compiling needs no imports, only instantiating does.
  module ??= compile(opts.wasmURL ?? defaultURL());
  const [runtime, compiled] = await Promise.all([loadGoRuntime(), module]);
  const go = new runtime.Go();
  go.argv = ["mongouri"];
  unrefGoTimers(go);
  const instance = await WebAssembly.instantiate(compiled, go.importObject);

  const fetchFn = typeof opts.fetch === "function"
    ? opts.fetch
    : (url, init) => globalThis.fetch(url, init); // looked up per call, so polyfills apply
  let handed = null;
  const restore = setGlobals({
    ...runtime.standIns,
    [HANDSHAKE]: (goAPI) => {
      handed = goAPI;
      return { fetch: dohTransport(fetchFn) };
    },
  });
  try {
    // run() executes Go's initialisation and main() synchronously up to the
    // point where main waits for calls; the promise it returns settles only
    // if the program exits, which it does not while it serves calls.
    go.run(instance).catch(() => {});
  } finally {
    restore();
  }
  if (!handed) throw new Error("mongouri: the WebAssembly module did not start");
  for (const name of ["mongouri_input", "mongouri_output", "mongouri_parse", "mongouri_redact"]) {
    if (typeof instance.exports[name] !== "function") throw new Error(`mongouri: the module lacks ${name}`);
  }
  return { api: handed, exports: instance.exports };
}

/**
 * The JavaScript half of the DoH transport (wasm/fetch.go has the rules):
 * get makes one GET with fetch, reads the response here, and hands Go the
 * outcome in one call, settle(id, outcome, ...), so a DNS question costs
 * Go two crossings rather than one per property and body chunk:
 *   OK:       settle(id, 0, status, contentType or undefined, body), the body
 *             a Uint8Array of at most limit bytes (the rest is cancelled);
 *   REJECTED: settle(id, 1, reason), fetch or a body read rejected;
 *   UNUSABLE: settle(id, 2), fetch gave no usable Response (any other type,
 *             a getter or method that throws);
 *   REDIRECT: settle(id, 3), a redirect (which is not followed).
 * The fetch may be the caller's (init({fetch})): each property is read
 * once, and nothing it does can throw out of here. settle is always called
 * in a later task than get. abort(id) aborts the request's signal.
 */
export function dohTransport(fetch) {
  const SLICE_MS = 10;
  const controllers = new Map(); // id -> the AbortController of a request in flight
  const isBytes = (v) => ArrayBuffer.isView(v) && Object.prototype.toString.call(v) === "[object Uint8Array]";
  async function exchange(url, limit, init, signal) {
    let res;
    try {
      // init is Go's frozen template; each request gets its own copy.
      res = fetch(url, { ...init, signal });
    } catch {
      return [2];
    }
    try {
      res = await res; // a thenable is taken as await takes it
    } catch (reason) {
      return [1, reason];
    }
    let reader;
    const chunks = [];
    let n = 0;
    try {
      if (typeof res !== "object" || res === null) return [2];
      if (res.type === "opaqueredirect") return [3];
      const status = res.status;
      if (!Number.isInteger(status)) return [2];
      const headers = res.headers;
      let contentType = typeof headers === "object" && headers !== null ? headers.get("content-type") : undefined;
      if (typeof contentType !== "string") contentType = undefined;
      const body = res.body;
      if (typeof body !== "object" || body === null) return [0, status, contentType, new Uint8Array(0)];
      reader = body.getReader();
      for (;;) {
        let chunk;
        const read = reader.read();
        try {
          chunk = await read;
        } catch (reason) {
          return [1, reason];
        }
        if (typeof chunk !== "object" || chunk === null) return [2];
        if (chunk.done) break;
        let value = chunk.value;
        if (!isBytes(value)) return [2];
        if (value.length > limit - n) value = value.subarray(0, limit - n);
        chunks.push(value);
        n += value.length;
        if (n >= limit) {
          Promise.resolve().then(() => reader.cancel()).catch(() => {}); // the rest is of no interest
          break;
        }
      }
      const out = new Uint8Array(n);
      n = 0;
      for (const c of chunks) {
        out.set(c, n);
        n += c.length;
      }
      return [0, status, contentType, out];
    } catch {
      return [2];
    }
  }
  // Outcomes wait in a queue and go to Go in slices of at most SLICE_MS,
  // each slice a task of its own: settling one wakes Go, which runs its
  // resolve on to the next question or the result, and a thousand of them
  // at once would hold the event loop for seconds.
  const queue = [];
  let head = 0;
  let draining = false;
  function drain() {
    const end = performance.now() + SLICE_MS;
    while (head < queue.length) {
      const [settle, id, outcome] = queue[head];
      queue[head++] = undefined;
      try {
        settle(id, ...outcome);
      } catch {
        // settle throws only once the Go program has exited
      }
      if (performance.now() >= end) break;
    }
    if (head < queue.length) {
      setTimeout(drain, 0);
    } else {
      queue.length = head = 0;
      draining = false;
    }
  }
  return {
    get(id, url, limit, init, settle) {
      const ctrl = new AbortController();
      controllers.set(id, ctrl);
      exchange(url, limit, init, ctrl.signal).then((outcome) => {
        controllers.delete(id);
        queue.push([settle, id, outcome]);
        if (!draining) {
          draining = true;
          setTimeout(drain, 0);
        }
      });
    },
    abort(id) {
      controllers.get(id)?.abort();
      controllers.delete(id);
    },
  };
}

/**
 * In Node, lets the process exit while the Go program has a timer pending.
 * Go's scheduler asks for a JavaScript timeout whenever it idles with a Go
 * timer set (resolve's deadlines), and it does not cancel that timeout
 * when the Go timer is stopped early; a plain setTimeout would then hold a
 * finished script open until the deadline. Go never waits on a timer alone
 * here: a fetch in flight keeps the process up while resolve needs it.
 */
function unrefGoTimers(go) {
  const imports = go.importObject?.gojs;
  const schedule = imports?.["runtime.scheduleTimeoutEvent"];
  if (typeof schedule !== "function" || !(go._scheduledTimeouts instanceof Map)) return;
  imports["runtime.scheduleTimeoutEvent"] = (sp) => {
    schedule(sp);
    go._scheduledTimeouts.get(go._nextCallbackTimeoutID - 1)?.unref?.();
  };
}

/**
 * Imports Go's wasm_exec.js once and keeps what it defines, then puts the
 * globals back as they were.
 */
function loadGoRuntime() {
  // One load for every caller: two overlapping loads would each restore
  // the globals the other is about to read (init() and init({ui: true})
  // called together).
  goRuntimeLoading ??= importGoRuntime().catch((err) => {
    goRuntimeLoading = null; // a failed load may be retried
    throw err;
  });
  return goRuntimeLoading;
}
let goRuntimeLoading = null;

async function importGoRuntime() {
  if (goRuntime) return goRuntime;
  const before = RUNTIME_GLOBALS.map((n) => [n, Object.getOwnPropertyDescriptor(globalThis, n)]);
  let Go;
  const standIns = {};
  try {
    await import("./wasm_exec.js");
    Go = globalThis.Go;
    // Keep the stand-ins wasm_exec.js created for names the host lacks
    // (fs, and process/path in browsers): Go's syscall package reads them
    // while the program starts.
    for (const [name, desc] of before) {
      if (name !== "Go" && !desc && globalThis[name] !== undefined) standIns[name] = globalThis[name];
    }
  } finally {
    for (const [name, desc] of before) restoreGlobal(name, desc);
  }
  if (typeof Go !== "function") throw new Error("mongouri: wasm_exec.js did not define Go");
  goRuntime = { Go, standIns };
  return goRuntime;
}

/** Defines the given globals where absent and returns a function undoing it. */
function setGlobals(values) {
  const before = Object.keys(values).map((n) => [n, Object.getOwnPropertyDescriptor(globalThis, n)]);
  for (const [name, desc] of before) {
    if (!desc || name === HANDSHAKE) {
      Object.defineProperty(globalThis, name, { value: values[name], configurable: true, writable: true });
    }
  }
  return () => {
    for (const [name, desc] of before) restoreGlobal(name, desc);
  };
}

function restoreGlobal(name, desc) {
  if (desc) Object.defineProperty(globalThis, name, desc);
  else delete globalThis[name];
}

/** The Go side's functions; throws a plain usage error before init(). */
export function need(fn) {
  if (!api) throw new Error(`mongouri: await init() before calling ${fn}()`);
  return api;
}

/** Whether the Go side offers a function (e.g. mount, explain). */
export function has(fn) {
  return api !== null && typeof api[fn] === "function";
}

/** connstr.MaxLength: the longest string the module reads, in bytes. */
const MAX_LENGTH = 65536;

const encoder = new TextEncoder();
// ignoreBOM: a result that starts with U+FEFF keeps it.
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });

/**
 * Calls a direct entry point of the module (wasm/exports.go) on a string:
 * the UTF-8 text goes into the module's input buffer, the result comes back
 * from its output buffer. Anything that is not a string takes the js.FuncOf
 * route instead, where Go can name its type in the diagnostic.
 */
function callOnString(fn, entry, arg) {
  const a = need(fn);
  if (typeof arg !== "string") return a[fn](arg);
  // Past the limit, only enough is copied for Go to see that it is past
  // the limit (and say so): a 100 MB string costs no 300 MB buffer.
  if (arg.length > MAX_LENGTH) arg = arg.slice(0, MAX_LENGTH + 1);
  const max = arg.length * 3; // UTF-8 takes at most 3 bytes per UTF-16 unit
  const ptr = exports.mongouri_input(max) >>> 0;
  const { written } = encoder.encodeInto(arg, new Uint8Array(exports.mem.buffer, ptr, max));
  const n = exports[entry](written);
  // Views are made after each call: the call may have grown the memory.
  return decoder.decode(new Uint8Array(exports.mem.buffer, exports.mongouri_output() >>> 0, n));
}

export function parse(uri) {
  return JSON.parse(callOnString("parse", "mongouri_parse", uri));
}

export function redact(uri) {
  return callOnString("redact", "mongouri_redact", uri);
}

export function explain(uri, opts) {
  if (!has("explain")) {
    need("explain");
    throw new Error("mongouri: explain() needs the full build: await init({full: true}) first");
  }
  return JSON.parse(api.explain(uri, opts));
}

export function diagnose(uri, errorText) {
  if (!has("diagnose")) {
    need("diagnose");
    throw new Error("mongouri: diagnose() needs the full build: await init({full: true}) first");
  }
  return JSON.parse(api.diagnose(uri, errorText));
}

export function format(parts) {
  return JSON.parse(need("format").format(parts));
}

export function resolve(uri, opts) {
  // opts is read by Go only, once per option and under a guard (an already
  // aborted signal rejects there with its own reason); resolve never throws.
  try {
    if (!has("resolve")) {
      need("resolve");
      return initFull().then(() => resolve(uri, opts));
    }
    return api.resolve(uri, opts ?? {}).then(JSON.parse);
  } catch (err) {
    return Promise.reject(err);
  }
}
