// <mongouri-inspector>: the inspector as a custom element for documentation
// pages. One module script and one tag embed it:
//
//   <script type="module" src="/path/to/mongouri/widget.js"></script>
//   <mongouri-inspector uri="mongodb://localhost/" mode="decode"></mongouri-inspector>
//
// It renders into an open shadow root (the page's styles do not reach in, its
// own do not leak out), themed through --mongouri-* custom properties set on
// the element or any ancestor. The WebAssembly module is fetched only when
// an element first comes into view; until then the element shows its input,
// which already accepts typing.
//
// Attributes (and matching properties): uri, mode ("decode" | "encode" |
// "explain"), compact (boolean: only the verdict, the fixed string and
// what a driver will do, in a box of bounded height, with "Open in full"), doh (space-separated DoH URLs offered before the built-in
// providers; the page's CSP connect-src must allow them), error (an error a
// driver printed: its diagnosis shows at the top of the summary, see
// diagnose() in index.js). The read-only
// property `result` is the last ParseResult. A `change` event (detail: the
// ParseResult) fires after every change of the string.
//
// This file is a loader: everything the element shows is drawn by the Go UI.
import { init, mount, parse } from "./index.js";

const STYLESHEET = new URL("./mongouri.css", import.meta.url);
const MODES = ["decode", "encode", "explain"];

let seq = 0;

/** Writes the shell the Go UI adopts (see wasm/ui/doc.go), so the element
 * has its final layout and a usable input before the module loads. */
function shell(root, uri, mode, compact) {
  const id = `mui${++seq}-`;
  const el = (tag, attrs = {}, text = "") => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    if (text) e.textContent = text;
    return e;
  };
  const app = el("div", { class: "mu", "data-mu": "app", "data-mode": mode });
  if (compact) app.dataset.compact = "";
  const input = el("textarea", {
    id: `${id}input`, class: "mu-input", "data-mu": "input", rows: "3",
    spellcheck: "false", autocomplete: "off", autocapitalize: "off",
    placeholder: "mongodb+srv://user:password@cluster0.example.net/app",
  });
  input.value = uri;
  const tabs = el("div", { class: "mu-tabs", "data-mu": "tabs", role: "tablist", "aria-label": "View" });
  const panels = [];
  for (const m of MODES) {
    const label = m[0].toUpperCase() + m.slice(1);
    tabs.append(el("button", {
      id: `${id}tab-${m}`, type: "button", role: "tab", class: "mu-tab", "data-mu": `tab-${m}`,
      "aria-selected": String(m === mode), "aria-controls": `${id}panel-${m}`, tabindex: m === mode ? "0" : "-1",
    }, label));
    const panel = el("section", {
      id: `${id}panel-${m}`, class: "mu-panel", "data-mu": `panel-${m}`, role: "tabpanel",
      "aria-labelledby": `${id}tab-${m}`,
    });
    panel.hidden = m !== mode;
    panels.push(panel);
  }
  // The summary sits between the tabs and the views (see wasm/ui/mount.go).
  const summary = el("section", { class: "mu-summary", "data-mu": "summary", "aria-label": "Summary" });
  const full = el("button", { type: "button", class: "mu-btn mu-open-full", "data-mu": "open-full" }, "Open in full");
  full.hidden = !compact;
  app.append(
    el("label", { class: "mu-label", "data-mu": "input-label", for: input.id }, "Connection string"),
    input,
    el("p", { class: "mu-status", "data-mu": "status", role: "status", "aria-live": "polite" }, "Loading the parser…"),
    tabs,
    summary,
    full,
    ...panels,
  );
  const link = el("link", { rel: "stylesheet", href: STYLESHEET.href });
  // Keep the box invisible (but laid out) until the stylesheet applies, so
  // the unstyled shell never flashes. CSSOM writes are allowed by a strict CSP.
  app.style.visibility = "hidden";
  link.addEventListener("load", () => app.style.removeProperty("visibility"), { once: true });
  link.addEventListener("error", () => app.style.removeProperty("visibility"), { once: true });
  root.append(link, app);
}

class MongoURIInspector extends HTMLElement {
  static observedAttributes = ["uri", "mode", "doh", "compact", "error"];

  #inspector = null; // the mounted Go UI
  #observer = null;
  #result = null;
  #loading = null;

  constructor() {
    super();
    this.attachShadow({ mode: "open" });
  }

  connectedCallback() {
    if (!this.shadowRoot.firstChild) {
      shell(this.shadowRoot, this.getAttribute("uri") ?? "", this.mode, this.compact);
      this.shadowRoot.querySelector('[data-mu="open-full"]').addEventListener("click", () => {
        this.compact = false;
        this.shadowRoot.querySelector('[data-mu="tabs"] [aria-selected="true"]')?.focus();
      });
    }
    if (this.#inspector || this.#observer) return;
    if (!("IntersectionObserver" in globalThis)) {
      this.#load();
      return;
    }
    this.#observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) this.#load();
    }, { rootMargin: "200px" });
    this.#observer.observe(this);
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#observer = null;
  }

  attributeChangedCallback(name, _old, value) {
    if (name === "compact") {
      const app = this.shadowRoot.querySelector('[data-mu="app"]');
      if (app) app.toggleAttribute("data-compact", value !== null);
      const full = this.shadowRoot.querySelector('[data-mu="open-full"]');
      if (full) full.hidden = value === null;
      return;
    }
    if (!this.#inspector) return; // read when mounting
    if (name === "uri") this.#inspector.setURI(value ?? "");
    if (name === "mode") this.#inspector.setMode(value ?? "decode");
    if (name === "error") this.#inspector.setError(value ?? "");
  }

  /** The current string (what was typed, or the uri attribute). */
  get uri() {
    return this.#inspector ? this.#inspector.uri() : (this.shadowRoot.querySelector('[data-mu="input"]')?.value ?? this.getAttribute("uri") ?? "");
  }

  set uri(value) {
    const s = String(value ?? "");
    if (this.#inspector) this.#inspector.setURI(s);
    else {
      const input = this.shadowRoot.querySelector('[data-mu="input"]');
      if (input) input.value = s;
      else this.setAttribute("uri", s);
    }
  }

  get mode() {
    if (this.#inspector) return this.#inspector.mode();
    const m = this.getAttribute("mode");
    return MODES.includes(m) ? m : "decode";
  }

  set mode(value) {
    this.setAttribute("mode", String(value));
  }

  /** Whether only the summary shows (verdict, fixed string, what a driver does). */
  get compact() {
    return this.hasAttribute("compact");
  }

  set compact(value) {
    this.toggleAttribute("compact", Boolean(value));
  }

  /** The ParseResult of the current string, or null before the module loaded. */
  get result() {
    return this.#result;
  }

  /** Resolves when the module is loaded and the UI drawn (loading it now if needed). */
  ready() {
    return this.#load();
  }

  #load() {
    if (!this.#loading) {
      this.#observer?.disconnect();
      this.#observer = null;
      this.#loading = init({ ui: true }).then(() => {
        const doh = (this.getAttribute("doh") ?? "").split(/\s+/).filter(Boolean)
          .map((url) => ({ name: new URL(url).host, url }));
        this.#inspector = mount(this.shadowRoot, {
          mode: this.mode,
          error: this.getAttribute("error") ?? "",
          dohEndpoints: doh,
          onChange: (uri) => this.#changed(uri),
        });
        this.#changed(this.#inspector.uri());
      }).catch((err) => {
        this.#loading = null;
        const status = this.shadowRoot.querySelector('[data-mu="status"]');
        if (status) status.textContent = `The parser could not load: ${err.message}`;
        throw err;
      });
    }
    return this.#loading;
  }

  #changed(uri) {
    const result = parse(uri);
    if (this.#result && JSON.stringify(this.#result) === JSON.stringify(result)) return;
    this.#result = result;
    this.dispatchEvent(new CustomEvent("change", { detail: result, bubbles: true, composed: true }));
  }
}

if (!customElements.get("mongouri-inspector")) {
  customElements.define("mongouri-inspector", MongoURIInspector);
}

export { MongoURIInspector };
