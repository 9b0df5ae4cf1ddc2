// Service worker: keeps every asset of the site so that Decode, Encode and
// Explain work offline after the first visit. build-site.sh prepends
//   const VERSION = "<content hash>"; const ASSETS = [...];
// so a new build (any changed byte) gets a new cache and the old one goes.
// Requests to other origins (the DoH providers Resolve asks) are not
// touched: they go to the network, or fail when offline, and are never cached.

const CACHE = `mongouri-${VERSION}`;

// Install asks the server to revalidate each asset ("no-cache") instead of
// downloading it again ("reload"): what the page has just fetched is in the
// HTTP cache, so an unchanged file costs one 304, not a second download
// (app.js registers this worker only after the page has loaded the module).
self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(ASSETS.map((path) => new Request(path, { cache: "no-cache" }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("mongouri-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET" || new URL(req.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // A navigation to a path the cache lacks (say, with a fragment or a
    // query) still gets the page: the site is static.
    const hit = (await cache.match(req, { ignoreSearch: true })) ??
      (req.mode === "navigate" ? await cache.match("./") : undefined);
    return hit ?? fetch(req);
  })());
});
