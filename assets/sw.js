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
// The interface's messages are one file per language (`/locales/<tag>.ftl?v=MESSAGES`), kept
// once the app has asked for one, so that only the languages used on this device are fetched
// and they open offline; the next version of this worker fetches those languages' new files.
const MESSAGES = "__DALA_MESSAGES__";
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
    const languages = new Set();
    for (const key of await caches.keys()) {
      if (!key.startsWith("dala-shell-")) continue;
      for (const request of await (await caches.open(key)).keys()) {
        const url = new URL(request.url);
        if (url.pathname.startsWith("/locales/")) languages.add(url.pathname + "?v=" + MESSAGES);
      }
    }
    const cache = await caches.open(CACHE);
    await cache.addAll([...new Set(PRECACHE.concat(used))]);
    // A language that cannot be fetched now fails the install (the old worker, with its own
    // messages, stays); one the server no longer has is left out.
    for (const address of languages) {
      const response = await fetch(address);
      if (response.ok) await cache.put(address, response);
    }
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
  const url = new URL(request.url);
  const path = key || url.pathname;
  if (response.ok && bundleFiles.has(path)) await cache.put(path, response.clone());
  if (response.ok && isMessages(url)) await cache.put(request, response.clone());
  return response;
}

// A language's messages of this build.
function isMessages(url) {
  return url.pathname.startsWith("/locales/") && url.searchParams.get("v") === MESSAGES;
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
