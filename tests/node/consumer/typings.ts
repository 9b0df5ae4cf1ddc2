// Type-checked with tsc --noEmit against the installed package by
// consumer.test.mjs: the declarations accept what the API takes, give the
// documented result types, and reject what it does not take.
import { init, parse, format, redact, resolve, mount, explain } from "mongouri";
import type { ParseResult, ResolveResult, FormatResult, Diagnostic, Host, OptionValue, Parts, Inspector, Explanation } from "mongouri";

async function main(): Promise<void> {
  await init();
  await init({ wasmURL: "/assets/mongouri.wasm" });
  await init({ wasmURL: new URL("https://example.net/mongouri.wasm"), ui: true });
  await init({ wasmModule: await WebAssembly.compile(new Uint8Array()) });
  await init({ fetch: (url, reqInit) => fetch(url, reqInit) });

  const r: ParseResult = parse("mongodb://localhost");
  const valid: boolean = r.valid;
  const scheme: "mongodb" | "mongodb+srv" | null = r.scheme;
  const hosts: Host[] = r.hosts;
  const port: number | null = hosts[0].port;
  const type: "hostname" | "ipv4" | "ip_literal" | "unix" = hosts[0].type;
  const user: string | null = r.username;
  const db: string | null = r.database;
  const opt: OptionValue | undefined = r.options["replicaSet"];
  const d: Diagnostic | undefined = r.diagnostics[0];
  const start: number | undefined = d?.start;
  const severity: "error" | "warning" | "info" | undefined = d?.severity;

  const parts: Parts = { hosts: [{ host: "h", port: 27017 }], options: { tls: true, readPreferenceTags: [{ dc: "ny" }] } };
  const f: FormatResult = format(parts);
  const again: FormatResult = format(r); // a ParseResult is valid input
  const red: string = redact(f.uri);

  const x: Explanation = explain("mongodb://h");
  const checks = x.sections?.checks ?? [];
  const firstFix: string | undefined = checks[0]?.fix;
  const dbSpan: number | undefined = x.sections?.database.span?.start;
  const shown: Explanation = explain("mongodb://u:p@h", { revealSecrets: true });
  const verdict: "invalid" | "fails" | "warnings" | "ok" | undefined = shown.sections?.verdict;

  const ac = new AbortController();
  const rr: ResolveResult = await resolve("mongodb+srv://c.example.net/", { dohURL: ["https://a/dns-query"], timeoutMS: 5000, signal: ac.signal });
  const seeds: string[] = rr.seeds;
  const uri: string = rr.uri;

  const inspector: Inspector = mount(document.body, { uri: "mongodb://h", mode: "decode", onChange: (u: string, m: string) => {} });
  inspector.setURI("mongodb://x");
  inspector.unmount();

  // @ts-expect-error parse takes a string
  parse(42);
  // @ts-expect-error revealSecrets is a boolean
  explain("mongodb://h", { revealSecrets: "yes" });
  // @ts-expect-error format needs hosts
  format({ username: "u" });
  // @ts-expect-error timeoutMS is a number
  await resolve("mongodb+srv://c.example.net/", { timeoutMS: "5" });
  // @ts-expect-error the scheme is one of two strings
  const s: "http" = r.scheme;
  // @ts-expect-error init takes no string
  await init("mongouri.wasm");

  console.log(valid, scheme, port, type, user, db, opt, start, severity, again, red, seeds, uri, s, firstFix, dbSpan);
}
main();
