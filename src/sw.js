// Rust or Go? service worker. Generated at build time by src/bin/site.rs from src/sw.js, which
// fills in CACHE (named after the content of this build's files) and PRECACHE (exactly this
// build's files, relative to this worker, which sits at the root of the site).
//
// Hashed assets are served cache-first; navigations network-first, with the cached page as the
// fallback when offline. A new worker waits until the page asks it to take over
// ({ type: "SKIP_WAITING" }), so a page never mixes files of two versions; it then deletes the
// old caches. If installing fails, nothing changes and the old worker keeps serving.
"use strict";

const CACHE = "@cache@";
const PRECACHE = @precache@;
const PAGE = new URL("./", self.location).href;

self.addEventListener("install", (event) => {
  // Hashed files may come from the HTTP cache (their content never changes); the others are
  // revalidated with the server, so this version never caches another version's copy (and a
  // file the page has just loaded costs a "not modified" answer, not a second download).
  // Trunk writes a 64-bit content hash in hex without leading zeros: up to 16 digits.
  const hashed = /-[0-9a-f]{1,16}(_bg\.wasm|\.js|\.css)$/;
  const requests = PRECACHE.map((url) => new Request(url, { cache: hashed.test(url) ? "default" : "no-cache" }));
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(requests))
      // A failed install leaves nothing behind; the worker in place keeps serving.
      .catch((error) => caches.delete(CACHE).then(() => Promise.reject(error))),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith("rust-or-go-") && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "SKIP_WAITING") {
    self.skipWaiting();
  }
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  if (request.mode === "navigate") {
    // The page, whatever its query (?build=…, ?embed=…): the network first, so a new version
    // is seen as soon as it is deployed, and the cached page when offline.
    event.respondWith(
      fetch(request).catch(() =>
        caches.open(CACHE).then((cache) => cache.match(PAGE)).then((page) => page || Response.error()),
      ),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(request).then((cached) => cached || fetch(request)),
    ),
  );
});
