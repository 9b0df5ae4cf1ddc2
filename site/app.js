// The page's loader: load the WebAssembly module, hand the pre-rendered
// shell in index.html to the Go UI, which adopts it (what was typed before
// the module arrived is kept), then start the service worker. No logic
// lives here.
//
// index.html loads this script async, so it runs as soon as it and its
// imports are fetched, while the page is still being parsed: the module's
// compilation starts then, reading the preloaded bytes as they arrive, and
// the mount waits for the parsed page only once the module is ready.
import { init, mount } from "./mongouri/index.js";

const loaded = init({ ui: true });
const parsed = document.readyState === "loading"
  ? new Promise((resolve) => document.addEventListener("DOMContentLoaded", resolve, { once: true }))
  : Promise.resolve();

// DoH servers the person hosting the page allows besides the built-in ones
// (the server that rewrites this meta tag also widens connect-src to match).
function configuredDoH() {
  const meta = document.querySelector('meta[name="mongouri-doh"]');
  return (meta?.content ?? "").split(/\s+/).filter(Boolean).map((url) => ({ name: new URL(url).host, url }));
}

function showOfflineState() {
  const el = document.getElementById("offline-state");
  if (!("serviceWorker" in navigator)) return;
  navigator.serviceWorker.ready.then(() => {
    el.textContent = "Saved for offline use.";
  });
}

// The service worker is registered once the module has loaded, so that its
// install finds every file in the HTTP cache instead of competing with the
// page for the network and downloading the module a second time.
function registerServiceWorker() {
  if (!("serviceWorker" in navigator)) return;
  navigator.serviceWorker.register("sw.js").catch(() => {
    // Without a service worker the page still works; it only will not load offline.
  });
  showOfflineState();
}

loaded
  .then(() => parsed)
  .then(() => {
    mount(document.getElementById("inspector"), { dohEndpoints: configuredDoH() });
  })
  .catch((err) => parsed.then(() => {
    const box = document.getElementById("load-error");
    box.textContent = `The parser could not load: ${err.message}`;
    box.hidden = false;
    document.querySelector('[data-mu="status"]').textContent = "The parser could not load.";
  }))
  .finally(registerServiceWorker);
