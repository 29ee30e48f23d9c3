// Rust or Go? service worker. Generated at build time by src/bin/site.rs from src/sw.js, which
// fills in RELEASE (a hash of this worker's own code and of every file it precaches, the page
// included) and PRECACHE (exactly this build's files, relative to this worker, each with the
// integrity hash the build recorded).
//
// One release at a time. The page and everything it uses come from this worker's cache, which
// holds exactly one release. The page is asked of the network first (so a new release is seen
// as soon as it is deployed) but used only if it is this worker's release; another release's
// page waits for its own worker, which the reader is offered ("A new version is available").
// A navigation that fails, answers an error status, or has not come whole (headers and body)
// within NAVIGATION_TIMEOUT gets the cached page.
//
// The precache stores only what the build made: each file must match its recorded hash (a
// host's single-page fallback or a half-finished deploy fails it), the page must be this
// release. An install that fails leaves nothing behind and changes nothing: the worker in place
// keeps serving. Caches are named after the deployment (the worker's scope), so two
// deployments on one origin never delete each other's.
"use strict";

const RELEASE = "@release@";
const SCOPE = new URL("./", self.location).href;
const PREFIX = `rust-or-go ${new URL(SCOPE).pathname} `;
const CACHE = PREFIX + RELEASE;
const PRECACHE = @precache@;
const PAGE = SCOPE;
/** What the page says it is: `<meta name="rust-or-go-release" content="…">`. */
const MARKER = `name="rust-or-go-release" content="${RELEASE}"`;
const NAVIGATION_TIMEOUT = 4000;

self.addEventListener("install", (event) => {
  event.waitUntil(precache());
});

async function precache() {
  // A cache of this name may already hold this release (the same release installed again): an
  // install that fails must leave it as it was.
  const existed = await caches.has(CACHE);
  const cache = await caches.open(CACHE);
  try {
    await Promise.all(
      PRECACHE.map(async ({ url, integrity }) => {
        // Hashed files may come from the HTTP cache (their content never changes); the others
        // are revalidated, so this release never stores another release's copy.
        const hashed = /-[0-9a-f]{1,16}(_bg\.wasm|\.js|\.css)$/.test(url);
        const request = new Request(url, { cache: hashed ? "default" : "no-cache", integrity });
        const response = await fetch(request);
        if (!response.ok || response.redirected) {
          throw new Error(`${url}: ${response.status}${response.redirected ? " (redirected)" : ""}`);
        }
        if (new URL(url, self.location).href === PAGE && !(await isThisRelease(response))) {
          throw new Error(`${url} is not release ${RELEASE}`);
        }
        await cache.put(url, response);
      }),
    );
  } catch (error) {
    // A cache this install created holds nothing anyone serves from: remove it. (Its name holds
    // the worker's own hash, so no other release shares it.)
    if (!existed) {
      await caches.delete(CACHE);
    }
    throw error;
  }
}

/** Whether a page response is this release's page (it reads a copy to its end). */
async function isThisRelease(response) {
  const type = response.headers.get("Content-Type") || "";
  return type.includes("text/html") && (await response.clone().text()).includes(MARKER);
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith(PREFIX) && key !== CACHE)
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
  if (request.method !== "GET" || !request.url.startsWith(SCOPE)) {
    return;
  }
  const path = new URL(request.url).pathname;
  const scopePath = new URL(SCOPE).pathname;
  if (request.mode === "navigate" && (path === scopePath || path === `${scopePath}index.html`)) {
    // The page, whatever its query (?build=…, ?embed=…).
    event.respondWith(page(request));
    return;
  }
  // Everything else, navigations included (the dataset download, a deeper path): this
  // release's copy, or the network. Never the page in place of another file.
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(request).then((cached) => cached || fetch(request))),
  );
});

/** The network's page if it is this release and comes whole in time; otherwise the cached page. */
async function page(request) {
  const cached = await caches.open(CACHE).then((cache) => cache.match(PAGE));
  if (!cached) {
    // Nothing installed to fall back on (storage was cleared): the network, however slow.
    return fetch(request);
  }
  // The network's answer, read to its end within the time (a host that sends its headers and
  // then stalls is as slow as one that sends nothing): the page to show, or null for ours.
  const fresh = fetch(request).then(async (response) => {
    if (response.type === "opaqueredirect") {
      // The host moves the page: the browser follows.
      return response;
    }
    if (!response.ok) {
      return null;
    }
    if (await isThisRelease(response)) {
      return response;
    }
    // Another release is deployed: its worker installs and is offered to the reader; until
    // then this page stays on the release its files come from.
    self.registration.update().catch(() => {});
    return null;
  });
  const late = new Promise((resolve) => setTimeout(() => resolve(null), NAVIGATION_TIMEOUT));
  try {
    return (await Promise.race([fresh, late])) || cached;
  } catch (error) {
    return cached;
  }
}
