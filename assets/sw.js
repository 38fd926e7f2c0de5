// Dala service worker: keeps the app shell so the app opens with no connection.
//
// `cargo xtask build-web` copies this file to web/dist/sw.js and fills in VERSION and
// PRECACHE from the files of that build; a new build therefore changes this file, which is how
// the browser learns there is a new shell to install. Course content is not cached here: the
// app keeps it in IndexedDB, where the learner controls it ("Remove download").
const VERSION = "__DALA_VERSION__";
const PRECACHE = __DALA_PRECACHE__;
const CACHE = "dala-shell-" + VERSION;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(
        keys.filter((key) => key.startsWith("dala-shell-") && key !== CACHE).map((key) => caches.delete(key))
      ))
      .then(() => self.clients.claim())
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  // The API goes to the network: the app decides what to do when it is unreachable. So do the
  // issuer's keys and revocation lists, which verifiers fetch (or open) by the addresses that
  // certificates name: answered with the app's page, they would read as missing.
  const network = ["/api/", "/.well-known/", "/credentials/"];
  if (url.origin !== self.location.origin || network.some((p) => url.pathname.startsWith(p)) || url.pathname === "/healthz") return;
  if (request.mode === "navigate") {
    // Every client route is the same page: answer from the cache first, so that a slow or
    // absent network never delays opening the app.
    event.respondWith(
      caches.open(CACHE).then((cache) => cache.match("/index.html")).then((hit) => hit || fetch(request))
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(request)).then((hit) => hit || fetch(request))
  );
});
