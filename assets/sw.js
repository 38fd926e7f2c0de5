// Dala service worker: keeps the app shell so the app opens with no connection.
//
// `cargo xtask build-web` copies this file to web/dist/sw.js and fills in VERSION, PRECACHE
// and BUNDLES from the files of that build; a new build therefore changes this file, which is
// how the browser learns there is a new shell to install. Course content is not cached here: the
// app keeps it in IndexedDB, where the learner controls it ("Remove download").
//
// The client is several apps (bundles). PRECACHE is the learner's, which every visitor gets.
// BUNDLES are the others (the staff's, the certificate check's): each with its page, the first
// path segments of its addresses and its files. Their files are kept only once someone opens one
// of their pages on this device (and kept again by the next version of this worker), so a
// learner never downloads them.
const VERSION = "__DALA_VERSION__";
const PRECACHE = __DALA_PRECACHE__;
const BUNDLES = __DALA_BUNDLES__;
const CACHE = "dala-shell-" + VERSION;

const bundles = Object.values(BUNDLES);
const bundleFiles = new Set(bundles.flatMap((bundle) => bundle.files));

// The bundle whose page answers this address: the one naming its first path segment, otherwise
// the learner's (null).
function bundleOf(pathname) {
  const first = pathname.replace(/^\/+/, "").split("/")[0];
  return bundles.find((bundle) => bundle.segments.includes(first)) || null;
}

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    // Bundles this device used under the previous version: their new files come too, so that a
    // trainer's editor still opens offline after an update.
    const used = [];
    for (const bundle of bundles) {
      if (await caches.match(bundle.page)) used.push(...bundle.files);
    }
    const cache = await caches.open(CACHE);
    await cache.addAll(PRECACHE.concat(used));
    await self.skipWaiting();
  })());
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

// Answers from this version's cache, else from the network; a file of another bundle is kept
// once it arrives (under `key`, the page's own name for a page).
async function cached(request, key) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(key || request);
  if (hit) return hit;
  const response = await fetch(request);
  const path = key || new URL(request.url).pathname;
  if (response.ok && bundleFiles.has(path)) await cache.put(path, response.clone());
  return response;
}

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
    // Every address of a bundle is its one page: answer from the cache first, so that a slow or
    // absent network never delays opening the app.
    const bundle = bundleOf(url.pathname);
    if (!bundle) {
      event.respondWith(cached(request, "/index.html"));
      return;
    }
    // A bundle this device never opened, with no connection: the learner's app says so.
    event.respondWith(
      cached(request, bundle.page).catch(() => caches.open(CACHE).then((cache) => cache.match("/index.html")))
        .then((answer) => answer || Response.error())
    );
    return;
  }
  event.respondWith(cached(request));
});
