// A tiny browser app bundled with esbuild by consumer.test.mjs, to prove
// the package works through a bundler. It parses the string in the page's
// <input>, shows the result in <output>, and sets data-ready on <body>
// (or data-error) so that a browser test can wait for it.
import { init, parse, redact } from "mongouri";

async function main() {
  await init(); // mongouri.wasm sits next to the bundle
  const input = document.querySelector("input");
  const show = () => {
    const r = parse(input.value);
    document.querySelector("output").textContent = JSON.stringify({
      valid: r.valid,
      hosts: r.hosts.map((h) => h.host),
      codes: r.diagnostics.map((d) => d.code),
      redacted: redact(input.value),
    });
  };
  input.addEventListener("input", show);
  show();
  document.body.dataset.ready = "1";
}

main().catch((err) => {
  document.body.dataset.error = String(err?.message ?? err);
});
