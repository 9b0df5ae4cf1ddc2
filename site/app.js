// The page's loader: start the service worker, load the WebAssembly module,
// and hand the pre-rendered shell in index.html to the Go UI, which adopts
// it (what was typed before the module arrived is kept). No logic lives here.
import { init, mount } from "./mongouri/index.js";

const root = document.getElementById("inspector");

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

init({ ui: true })
  .then(() => {
    mount(root, { dohEndpoints: configuredDoH() });
  })
  .catch((err) => {
    const box = document.getElementById("load-error");
    box.textContent = `The parser could not load: ${err.message}`;
    box.hidden = false;
    document.querySelector('[data-mu="status"]').textContent = "The parser could not load.";
  })
  .finally(registerServiceWorker);
