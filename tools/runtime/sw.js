// The site's service worker, written to site/sw.js by tools/prepare.py from
// tools/runtime/sw.js. Registered by the Python pages (docs/assets/calculator/python.js) once
// Python is up, it keeps a copy of the runtime (Pyodide, this site's build of it, and PyScript),
// the page's modules and every page visited after that, so a second visit, even offline, starts
// from this cache.
//
// One cache per build: its name holds the build id, a hash of every file in PRECACHE. A new
// build is a new sw.js; the browser installs it, it fills its own cache, and on activation
// deletes every older jss- cache at once, so a reader never mixes two builds' runtimes.
const BUILD = "__BUILD__";
const CACHE = `jss-${BUILD}`;
// Site-relative paths of the runtime and the page modules (all of them change with BUILD).
const PRECACHE = __PRECACHE__;
const SCOPE = new URL(self.registration.scope);
const VERSIONED = PRECACHE.map((path) => new URL(path, SCOPE).href);

self.addEventListener("install", (event) => {
  // The default cache mode: the page that registered this has just downloaded these files, so
  // they come from the browser's HTTP cache rather than the network a second time.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(VERSIONED))
    .then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((n) => n.startsWith("jss-") && n !== CACHE)
      .map((n) => caches.delete(n))))
    .then(() => self.clients.claim()));
});

// The page lists what it loaded before this worker controlled it (the page itself, the theme).
self.addEventListener("message", (event) => {
  if (!event.data || event.data.type !== "keep") return;
  const urls = event.data.urls.filter((url) => url.startsWith(SCOPE.href));
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(urls.map((url) =>
    cache.match(url).then((hit) => hit || fetch(url).then((response) => {
      if (response.ok) return cache.put(url, response);
      return undefined;
    }).catch(() => undefined))))));
});

async function fromNetwork(request, cache) {
  const response = await fetch(request);
  if (response.ok && response.type === "basic") cache.put(request, response.clone());
  return response;
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || !request.url.startsWith(SCOPE.href)) return;
  event.respondWith(caches.open(CACHE).then(async (cache) => {
    if (request.mode === "navigate") {
      // Pages: the network first (a reader online sees today's page), this copy offline.
      try {
        return await fromNetwork(request, cache);
      } catch (error) {
        const hit = await cache.match(request, { ignoreSearch: true });
        if (hit) return hit;
        throw error;
      }
    }
    const hit = await cache.match(request);
    if (VERSIONED.includes(request.url.split(/[?#]/)[0])) {
      // The runtime and page modules: fixed for this build, so the cache answers.
      return hit || fromNetwork(request, cache);
    }
    // Everything else (the theme, the search index): this copy now, a fresh one for next time.
    const fresh = fromNetwork(request, cache);
    if (hit) {
      event.waitUntil(fresh.catch(() => undefined));
      return hit;
    }
    return fresh;
  }));
});
