/**
 * mongouri: decode, validate, encode, redact and resolve MongoDB connection
 * strings (`mongodb://` and `mongodb+srv://`) as the MongoDB driver
 * specifications define them.
 *
 * Call {@link init} once and await it; every other function is then a plain
 * synchronous call (except {@link resolve}, which asks DNS).
 *
 * @example
 * import { init, parse } from "mongouri";
 * await init();
 * const r = parse("mongodb://db1.example.net,db2.example.net/?replicaSet=rs0");
 * r.valid;                 // true
 * r.options.replicaSet;    // "rs0"
 *
 * @packageDocumentation
 */

/** Options for {@link init}. */
export interface InitOptions {
  /**
   * Where to load `mongouri.wasm` from. Default: the file next to the
   * package's module (`new URL("./mongouri.wasm", import.meta.url)`). In
   * browsers a server that sends `application/wasm` lets the module compile
   * while it downloads.
   */
  wasmURL?: string | URL;
  /** An already compiled module; then nothing is fetched. */
  wasmModule?: WebAssembly.Module;
  /**
   * `init({full: true})` loads the build that also carries {@link explain},
   * {@link diagnose} and {@link resolve} (`mongouri-full.wasm`, about a
   * fifth larger). {@link resolve} loads it by itself on first use;
   * {@link explain} and {@link diagnose} need it loaded first and throw an
   * Error otherwise. Only `true` counts; a later plain `init()` keeps the
   * full build running.
   */
  full?: boolean;
  /**
   * Load the build that also carries the inspector UI (`mongouri-ui.wasm`),
   * which {@link mount} needs (it includes the full build). It is about
   * half again as large; API users leave this out.
   */
  ui?: boolean;
  /**
   * The fetch function {@link resolve} sends its DNS-over-HTTPS requests
   * with. Default: the global `fetch`, looked up at each request. It must
   * be a function: anything else makes {@link init} reject with a
   * TypeError. What it returns is checked at each request: a value that is
   * not a Response (null, a number, a thenable that throws, headers or a
   * body that throw) makes that {@link resolve} answer with an error
   * diagnostic; the module keeps working.
   */
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
}

/**
 * Loads and starts the WebAssembly module. Idempotent: later calls return
 * at once, and concurrent calls share one start. In Node it needs no
 * arguments.
 *
 * Never throws: every failure rejects the promise, and a failed start may
 * be retried. It rejects with a TypeError when `fetch` is not a function
 * or `wasmModule` is not a `WebAssembly.Module`; with the getter's own
 * error when reading an option of `opts` throws (each option is read
 * once); with an Error when the module cannot be loaded (a network error,
 * an HTTP error status) or does not start.
 */
export function init(opts?: InitOptions): Promise<void>;

/** How bad a finding is. Only `"error"` makes a string invalid. */
export type Severity = "error" | "warning" | "info";

/** One finding about a connection string. */
export interface Diagnostic {
  severity: Severity;
  /**
   * Stable, machine-readable identifier, e.g. `"invalid-port"`,
   * `"unknown-option"`. Besides the parser's codes, the JavaScript API
   * reports `"invalid-argument"` (an argument of the wrong type, or one
   * whose getter threw) and `"internal-error"` (a bug in mongouri, caught
   * at the boundary).
   *
   * Two codes bound the work a string costs:
   * - `"input-too-long"` (error, no span): the string is longer than
   *   64 KiB (65,536 bytes of UTF-8, Go's `connstr.MaxLength`). It is the
   *   only finding: the string is not read, and {@link redact} masks
   *   everything after the scheme. Only the first 64 KiB + 1 of a longer
   *   argument are copied into WebAssembly, so a huge string costs nothing.
   * - `"more-findings"` (no span): past 32 findings, a code already
   *   reported ten times is only counted, and one `"more-findings"`
   *   diagnostic per such code says how many more there were ("And 15968
   *   more findings like the unknown-option ones above."). Its severity is
   *   the highest of those it counts, so `valid` stays right.
   */
  code: string;
  /** One sentence for a person. Never contains a password or secret value. */
  message: string;
  /**
   * Where in the string the finding is, as offsets into the JavaScript
   * string (UTF-16 code units): `uri.slice(start, end)` is the part meant.
   * Absent when the finding concerns the whole string.
   */
  start?: number;
  /** End of the span (exclusive); present exactly when `start` is. */
  end?: number;
  /** The canonical name of the option concerned, if any. */
  option?: string;
  /** How to fix it, if there is advice to give. */
  hint?: string;
}

/** What a host identifier names. */
export type HostType = "hostname" | "ipv4" | "ip_literal" | "unix";

/** One host of the host list. */
export interface Host {
  type: HostType;
  /** Decoded: no brackets around an IPv6 literal, no escapes in a socket path. */
  host: string;
  /** The port written in the string; null when it gives none (27017 applies). */
  port: number | null;
}

/** A key:value list, e.g. authMechanismProperties or one tag set, in the order written. */
export type KeyValues = { [key: string]: string };

/**
 * A typed option value: numbers for integer options, booleans, strings
 * (including enum values and `w` when it is a name), `string[]` for
 * compressors, an object for authMechanismProperties, and an array of
 * objects for readPreferenceTags (`{}` is the tag set matching any server).
 */
export type OptionValue = number | boolean | string | string[] | KeyValues | KeyValues[];

/** Recognised options by canonical name, e.g. `{replicaSet: "rs0", tls: true}`. */
export interface Options {
  [canonicalName: string]: OptionValue;
}

/** An option the registry does not know, as written (decoded). */
export interface UnknownOption {
  key: string;
  value: string;
}

/** Everything {@link parse} read from a string, and every finding. */
export interface ParseResult {
  /** False exactly when some diagnostic has severity `"error"`. */
  valid: boolean;
  /** Null when the string has no valid scheme. */
  scheme: "mongodb" | "mongodb+srv" | null;
  hosts: Host[];
  /** Percent-decoded; null without user information. */
  username: string | null;
  /**
   * Percent-decoded; null when the string has none (`user:@` gives `""`).
   * This is your data handed back to you: keep it out of logs, or use
   * {@link redact}.
   */
  password: string | null;
  /** The database of the path, percent-decoded; null when the path is empty. */
  database: string | null;
  /** Recognised options, typed, in the order written (the last of repeated keys wins). */
  options: Options;
  /** Options the registry does not know, in the order written. */
  unknownOptions: UnknownOption[];
  diagnostics: Diagnostic[];
}

/**
 * The parts {@link format} encodes: the shape of a {@link ParseResult}, with
 * everything but `hosts` optional. A ParseResult itself is valid input.
 */
export interface Parts {
  /** Default (also for null): `"mongodb"`. */
  scheme?: "mongodb" | "mongodb+srv" | null;
  hosts: Array<{ host: string; port?: number | null; type?: HostType }>;
  username?: string | null;
  password?: string | null;
  database?: string | null;
  options?: { [name: string]: OptionValue };
  unknownOptions?: UnknownOption[];
}

/** What {@link format} returns. */
export interface FormatResult {
  /** The encoded string; `""` when the parts cannot be encoded at all. */
  uri: string;
  /** Findings about the parts, in the same shape as {@link ParseResult.diagnostics}. */
  diagnostics: Diagnostic[];
}

/** Options for {@link resolve}. */
export interface ResolveOptions {
  /**
   * The DNS-over-HTTPS endpoint(s) to ask, tried in order. Default: the
   * module's built-in public resolvers.
   */
  dohURL?: string | string[];
  /** How long the whole resolution may take, in milliseconds. */
  timeoutMS?: number;
  /** Aborts the resolution: the promise rejects with `signal.reason`. */
  signal?: AbortSignal;
}

/** A {@link ParseResult} after DNS seedlist discovery. */
export interface ResolveResult extends ParseResult {
  /** `"host:port"` of each seed, after srvMaxHosts. */
  seeds: string[];
  /** Canonical names of the options that came from the TXT record. */
  fromTXT: string[];
  /** The equivalent `mongodb://` string; `""` when resolution failed. */
  uri: string;
}

/**
 * Decodes and validates a connection string. Never throws for bad input: a
 * string that is not a connection string, a value that is not a string, or
 * an internal failure all come back as error diagnostics.
 */
export function parse(uri: string): ParseResult;

/** Encodes a connection string from parts, escaping as needed. */
export function format(parts: Parts): FormatResult;

/**
 * Returns the string with the password and secret option values masked,
 * for logs and error messages. A value that is not a string gives `""`.
 */
export function redact(uri: string): string;

/**
 * Resolves a `mongodb+srv://` string through DNS-over-HTTPS: the SRV
 * records give the seed list, the TXT record extra options. A plain
 * `mongodb://` string resolves to itself. DNS failures come back as error
 * diagnostics; the promise rejects only when `signal` aborts (with its
 * reason) or when the module is not initialised; it never throws. The
 * first call after a plain `init()` loads the full build
 * (`mongouri-full.wasm`). What DNS may answer is bounded: more than 1,000
 * SRV records is `"srv-too-many-records"`, a TXT record over 64 KiB
 * `"txt-too-long"`, and seeds and options that make an equivalent string
 * over 64 KiB `"srv-equivalent-too-long"`.
 */
export function resolve(uri: string, opts?: ResolveOptions): Promise<ResolveResult>;

/** A span of the explained string, in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/**
 * What the explainer says about each part of a string, what a driver will
 * do with it, what is likely wrong and how to fix it, and how to test and
 * use it. Passwords and secret option values appear as `"*****"` (or
 * "set" in prose).
 */
export interface ExplainSections {
  valid: boolean;
  /**
   * The findings in one word, the same for every view: `"invalid"` (the
   * string as given is invalid by the specs), `"fails"` (valid, but an
   * error check says it cannot work as written: a placeholder password,
   * X.509 without TLS, ...), `"warnings"` or `"ok"` (at most infos).
   */
  verdict: "invalid" | "fails" | "warnings" | "ok";
  /** Which string the sections describe: "input", "cleaned" or "repaired". */
  basis: "input" | "cleaned" | "repaired";
  /** That string, secrets masked. */
  explained: string;
  /** The string with every error's and warning's fix applied; "" when there is none. */
  repaired: string;
  masked: boolean;
  scheme: { scheme: string; span: Span | null; summary: string; implies: string[]; srvName: string; txtName: string };
  hosts: {
    topology: string;
    summary: string;
    list: Array<{ host: string; type: HostType; port: number; defaultPort: boolean; address: string; kind: string; note: string; span: Span | null }>;
  };
  credentials: {
    username: string; password: string; hasPassword: boolean; span: Span | null; mechanism: string;
    mechanismFrom: string; mechanismNote: string; authSource: string; authSourceFrom: string; authSourceWhy: string;
  } | null;
  database: { name: string; given: boolean; span: Span | null; note: string };
  options: Array<{
    name: string; key: string; value: string; span: Span | null; group: string; status: string; description: string;
    unit: string; default: string; changes: boolean; effect: string; deprecated: string;
    notes: Array<{ drivers: string; note: string }>; docs: string;
  }>;
  unknown: Array<{ key: string; value: string; span: Span | null; suggestion: string }>;
  /** The configuration a driver uses, defaults applied. */
  effective: Array<{ name: string; value: string; source: string; note: string }>;
  /**
   * What each driver family does with the string as given: accepts it,
   * accepts it with a warning (`"warns"`), or rejects it, with the reasons
   * in that driver's terms. `checked` is true for the families whose
   * verdicts are tested against the real driver (Go, Node.js 7 and 6).
   */
  drivers: Array<{
    family: "node" | "node6" | "python" | "go" | "java" | "csharp" | "rust" | "c";
    driver: string; versions: string; checked: boolean; outcome: "accepts" | "warns" | "rejects"; reasons: string[];
  }>;
  /** Every finding with what to do about it. */
  checks: Array<{
    code: string; severity: Severity; source: "parse" | "resolve" | "explain"; title: string; seen: string;
    spans: Span[]; option: string; fix: string; fixed: string; docs: string;
  }>;
  tips: Array<{ code: string; title: string; symptoms: string[]; meaning: string; steps: string[]; fixed: string; docs: string }>;
  commands: Array<{ tool: string; platform: string; host: string; purpose: string; command: string }>;
  snippets: Array<{ language: string; title: string; install: string; code: string; env: string[] }>;
}

/** What {@link explain} returns: the ParseResult and the explainer's sections. */
export interface Explanation extends ParseResult {
  sections: ExplainSections | null;
}

/** Options for {@link explain}. */
export interface ExplainOptions {
  /**
   * Show the password and secret option values in `explained`, `repaired`,
   * the checks' `fixed` strings, the credentials section and the snippets
   * (percent-encoded where a string holds them), for a frontend that has
   * its own "show password". Default: false, everything masked as `"*****"`.
   */
  revealSecrets?: boolean;
}

/**
 * Explains a connection string: its {@link ParseResult} plus, in
 * `sections`, what each part does, the driver's effective settings,
 * checks with fixes, tips, commands and code snippets. Never throws for
 * bad input; `sections` is null only when an argument is wrong (`uri` not
 * a string, `opts` not {@link ExplainOptions}) or on an internal error,
 * which a diagnostic then reports. Needs the full build: `await init({full:
 * true})` (or `{ui: true}`) first; throws an Error otherwise.
 */
export function explain(uri: string, opts?: ExplainOptions): Explanation;

/** A kind of failure an error text reports. */
export type ErrorClass =
  | "parse" | "dns-srv" | "dns-host" | "tcp-refused" | "tcp-timeout" | "tcp-closed" | "tls-trust" | "tls-alert"
  | "authentication" | "server-refusal" | "selection-timeout" | "selection-timeout-without-cause";

/** The driver or shell whose wording the error text shows ("" when none). */
export type ErrorDriver = "" | "node" | "mongosh" | "mongoose" | "python" | "go" | "java" | "csharp" | "rust" | "c" | "php";

/**
 * What an error text says, read without the connection string. Every
 * string comes from the text after its credentials were masked.
 */
export interface ErrorReport {
  driver: ErrorDriver;
  /** What the wording tells about the driver's (or runtime's) version. */
  driverHint: string;
  /** e.g. "Node.js v22.22.0", when the text names it. */
  runtime: string;
  windows: boolean;
  /** The kinds of failure found, the most telling first. */
  classes: ErrorClass[];
  /** The error families recognised, with the line each was read from. */
  findings: Array<{ family: string; class: ErrorClass; title: string; evidence: string }>;
  /** The servers the driver tried, each with its own last error. */
  servers: Array<{ address: string; type: string; error: string; classes: ErrorClass[] }>;
  hosts: string[];
  /** "Unknown", "Single", "ReplicaSetNoPrimary", "ReplicaSetWithPrimary", "ReplicaSet", "Sharded", "LoadBalanced" or "". */
  topology: string;
  setName: string;
  srvName: string;
  txtName: string;
  timeouts: Array<{ name: string; ms: number }>;
  /** The auth source the driver used, when the text names it (Java's source='...'). */
  authSource: string;
  authMechanism: string;
  /** The option an "is not supported" error names. */
  option: string;
  /** What the reader could not make out of the text. */
  unread: string[];
  /** Only the first 64 KiB of the text were read. */
  truncated: boolean;
}

/** One fact a cause rests on: words of the error, or a part of the string. */
export interface Evidence {
  from: "error" | "string";
  text: string;
  /** The part of the string (UTF-16 units of `uri`); null for the error's words. */
  span: Span | null;
}

/** One conclusion of {@link diagnose}. */
export interface Cause {
  code: string;
  title: string;
  likelihood: "certain" | "likely" | "possible";
  evidence: Evidence[];
  fix: string;
  steps: string[];
  /** Commands that check the cause, with the real host names and no credentials. */
  commands: Array<{ tool: string; platform: string; host: string; purpose: string; command: string }>;
  /** The corrected string (secrets masked) when the fix is certain; "" otherwise. */
  fixed: string;
  docs: string;
}

/** What {@link diagnose} returns. */
export interface Diagnosis {
  /** The reading of the error text; null only when the call failed. */
  error: ErrorReport | null;
  /** The likely causes, most likely first. */
  causes: Cause[];
  /** The connection string diagnosed, secrets masked; "" without one. */
  string: string;
  /** Empty, unless an argument was wrong (or an internal error occurred). */
  diagnostics: Diagnostic[];
}

/**
 * Reads the error a MongoDB driver or shell printed together with the
 * connection string the application used, and says what most likely went
 * wrong and how to fix it: ranked causes with their evidence, commands and,
 * where the fix is certain, a corrected string. Offline and deterministic.
 * The error text is treated as secret-bearing: no credential of the string
 * or of the text appears in the result. `uri` may be null or "" when only
 * the error is known. Never throws for bad input. Needs the full build:
 * `await init({full: true})` first.
 */
export function diagnose(uri: string | null | undefined, errorText: string): Diagnosis;

/** Options for {@link mount}. */
export interface MountConfig {
  /** The initial string (else the value of an adopted textarea). */
  uri?: string;
  mode?: "decode" | "encode" | "explain";
  /** Used for the Resolve action; default: this package's {@link resolve}. */
  resolve?: (uri: string, opts: ResolveOptions & { dohURL: string }) => Promise<ResolveResult>;
  /** DoH endpoints offered before the built-in ones. */
  dohEndpoints?: Array<{ name: string; url: string }>;
  /** Called after every change of string or mode. */
  onChange?: (uri: string, mode: string) => void;
  /** An error a driver printed: its {@link diagnose diagnosis} shows at the top of the summary. */
  error?: string;
}

/** A mounted inspector. */
export interface Inspector {
  setURI(s: string): void;
  setMode(m: string): void;
  /** Puts an error text into Explain's "Paste the error" field; "" clears it. */
  setError(s: string): void;
  uri(): string;
  mode(): string;
  unmount(): void;
}

/**
 * Renders the inspector UI into `root` (browsers only; await
 * `init({ui: true})` first). The page must link the package's
 * `mongouri.css`. Throws a TypeError when root is not an Element or a
 * ShadowRoot, and an Error before that init.
 */
export function mount(root: Element | ShadowRoot, config?: MountConfig): Inspector;
