// The installed app against hostile hosts, deploys and networks, in headless Chromium: a
// single-page fallback during a two-step deploy, a worker-only release whose install fails, a
// returning reader after a deploy, offline navigations that are not the page, two deployments on
// one origin, two tabs during an update, a hanging or failing navigation, storage that runs out;
// and on the host's side, the page's own CSP without any header, and the reader's parameters
// left as they were. Each case ends with a working app, online and offline.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CHART_IDS as CHARTS, DIST, ROOT, collectProblems, firstVisit, launch, persistentBrowser, readCanvas, waitForApp, watch } from "./helpers.mjs";
import { CSP, serve } from "./server.mjs";

const NEXT = `${ROOT}target/variants/next`;
const scratch = [];

/** A copy of a build to change, removed after the tests. */
function copyOf(dir) {
  const copy = mkdtempSync(join(tmpdir(), "rust-or-go-host-"));
  cpSync(dir, copy, { recursive: true });
  scratch.push(copy);
  return copy;
}

after(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** Asks the worker to look for an update and waits until any install has settled. */
function checkForUpdate(page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration.update().catch(() => {});
    for (let i = 0; i < 100 && registration.installing; i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    return { waiting: registration.waiting !== null };
  });
}

async function everyChartDrawn(page) {
  for (const id of CHARTS) {
    const { drawnShare } = await readCanvas(page.locator(`#chart-${id} canvas`));
    assert.ok(drawnShare > 0.02, `${id} is blank`);
  }
}

const goPostings = (page) => page.locator(".key-figures").innerText();

/** Accepts the offered next release: the page shows it whole, online and then offline. */
async function acceptTheNextRelease(browser, page, problems) {
  await page.locator(".notice-update").waitFor();
  const reloaded = page.waitForEvent("framenavigated", (frame) => frame === page.mainFrame());
  await page.locator(".notice-update").getByRole("button", { name: "Reload" }).click();
  await reloaded;
  for (const offline of [false, true]) {
    if (offline) {
      await browser.context.setOffline(true);
      await page.reload();
    }
    await waitForApp(page);
    await everyChartDrawn(page);
    assert.match(await goPostings(page), /~39,000/, offline ? "offline" : "online");
  }
  assert.deepEqual(await collectProblems(page, problems), []);
}

describe("hostile hosts, deploys and networks", () => {
  test("a single-page fallback during a two-step deploy never gets stored for a file", async () => {
    // The new page and worker are up, but not yet the new wasm: the host answers its URL with
    // the page. Then the wasm arrives.
    const halfway = copyOf(DIST);
    for (const name of ["index.html", "sw.js"]) cpSync(join(NEXT, name), join(halfway, name));
    const server = await serve({ root: DIST, fallback: true });
    const browser = await persistentBrowser();
    try {
      const { page, problems } = await firstVisit(browser.context, server.url);
      server.setRoot(halfway);
      assert.deepEqual(await checkForUpdate(page), { waiting: false }, "the half-deployed release must not install");
      assert.equal(await page.locator(".notice-update").count(), 0);
      // Online, the reader still gets a whole release: the one its worker holds.
      await page.reload();
      await waitForApp(page);
      await everyChartDrawn(page);
      assert.match(await goPostings(page), /~38,000/);
      // The deploy completes: now the new release installs, and is offered.
      server.setRoot(NEXT);
      assert.deepEqual(await checkForUpdate(page), { waiting: true });
      await acceptTheNextRelease(browser, page, problems);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  test("a deploy that puts the page up last never stores the old page with the new files", async () => {
    // The usual order of an upload: the new files and worker first, the page last. Meanwhile
    // the new worker is handed the old release's page, which must not go into its cache.
    const halfway = copyOf(NEXT);
    cpSync(join(DIST, "index.html"), join(halfway, "index.html"));
    const server = await serve({ root: DIST });
    const browser = await persistentBrowser();
    try {
      const { page, problems } = await firstVisit(browser.context, server.url);
      server.setRoot(halfway);
      assert.deepEqual(await checkForUpdate(page), { waiting: false }, "a release without its page must not install");
      const keys = await page.evaluate(() => caches.keys());
      assert.equal(keys.length, 1, `one release cached: ${keys.join(", ")}`);
      // The page arrives: now the new release installs, whole.
      server.setRoot(NEXT);
      assert.deepEqual(await checkForUpdate(page), { waiting: true });
      await acceptTheNextRelease(browser, page, problems);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  test("a worker whose install fails leaves the cache the live worker serves from", async () => {
    // The same release with a changed worker (a build of new worker code, or a host that
    // rewrites it), and one precached file failing while it installs.
    const changed = copyOf(DIST);
    writeFileSync(join(changed, "sw.js"), `${readFileSync(join(DIST, "sw.js"), "utf8")}\n// changed\n`);
    const server = await serve({ root: DIST });
    const browser = await persistentBrowser();
    try {
      const { page } = await firstVisit(browser.context, server.url);
      const before = await page.evaluate(async () => {
        const keys = await caches.keys();
        return { keys, entries: (await (await caches.open(keys[0])).keys()).length };
      });
      server.setRoot(changed);
      const stop = server.rule(/icon\.svg$/, 503);
      assert.deepEqual(await checkForUpdate(page), { waiting: false });
      stop();
      const after = await page.evaluate(async (keys) => {
        const cache = await caches.open(keys[0]);
        return { keys: await caches.keys(), entries: (await cache.keys()).length };
      }, before.keys);
      assert.deepEqual(after, before, "the live cache is untouched");
      await server.close();
      await browser.context.setOffline(true);
      await page.reload();
      await waitForApp(page);
      await everyChartDrawn(page);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  test("a returning reader after a deploy sees one release until accepting the next", async () => {
    const server = await serve({ root: DIST });
    const browser = await persistentBrowser();
    try {
      const { page, problems } = await firstVisit(browser.context, server.url);
      server.setRoot(NEXT);
      // Coming back: the page, its script and its data are all the release the worker holds.
      await page.reload();
      await waitForApp(page);
      assert.match(await goPostings(page), /~38,000/);
      const data = await page.evaluate(async () => (await fetch("data/rust-vs-go.json")).json());
      assert.equal(data.job_market.go.postings, 38000);
      // The next release is offered, and brings its page, script and data together.
      await page.locator(".notice-update").waitFor({ timeout: 15000 });
      const reloaded = page.waitForEvent("framenavigated", (frame) => frame === page.mainFrame());
      await page.locator(".notice-update").getByRole("button", { name: "Reload" }).click();
      await reloaded;
      await waitForApp(page);
      assert.match(await goPostings(page), /~39,000/);
      const next = await page.evaluate(async () => (await fetch("data/rust-vs-go.json")).json());
      assert.equal(next.job_market.go.postings, 39000);
      assert.equal(await page.locator(".notice-update").count(), 0, "no offer on a page that shows the new release");
      assert.deepEqual(await collectProblems(page, problems), []);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  test("offline, only the page's own address gets the page", async () => {
    const server = await serve({ root: DIST });
    const browser = await persistentBrowser();
    try {
      const { page } = await firstVisit(browser.context, server.url);
      await server.close();
      await browser.context.setOffline(true);
      // The dataset download, opened as a page (a navigation), stays JSON.
      const response = await page.goto(`${server.url}data/rust-vs-go.json`);
      assert.match(response.headers()["content-type"], /application\/json/);
      assert.equal(JSON.parse(await response.text()).job_market.go.postings, 38000);
      // A deeper path is not the app: its relative files would all fail.
      const deeper = await page.goto(`${server.url}some/deeper/path`).catch((error) => error);
      assert.ok(deeper instanceof Error, "a deeper path offline is a network error, not the page");
      // The page itself, with any query, still is.
      const fresh = await browser.context.newPage();
      await fresh.goto(`${server.url}?build=cli`);
      await waitForApp(fresh);
      await everyChartDrawn(fresh);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  test("two deployments on one origin keep each other's caches", async () => {
    const server = await serve({ root: DIST, basePath: "/prod/" });
    const staging = server.mount("/staging/", NEXT);
    const browser = await persistentBrowser();
    try {
      await firstVisit(browser.context, server.url);
      const other = await browser.context.newPage();
      await firstVisit(browser.context, staging, other);
      const keys = await other.evaluate(() => caches.keys());
      assert.equal(keys.length, 2, `both deployments' caches: ${keys}`);
      await server.close();
      await browser.context.setOffline(true);
      const page = browser.context.pages()[0];
      for (const [url, figure] of [[server.url, /~38,000/], [staging, /~39,000/]]) {
        await page.goto(url);
        await waitForApp(page);
        await everyChartDrawn(page);
        assert.match(await goPostings(page), figure, url);
      }
    } finally {
      await browser.close();
      await server.close();
    }
  });

  test("an update accepted in one tab reaches the other tab too", async () => {
    const server = await serve({ root: DIST });
    const browser = await persistentBrowser();
    try {
      const { page: first } = await firstVisit(browser.context, server.url);
      const second = await browser.context.newPage();
      await firstVisit(browser.context, server.url, second);
      server.setRoot(NEXT);
      await checkForUpdate(first);
      for (const tab of [first, second]) await tab.locator(".notice-update").waitFor();
      const firstReloaded = first.waitForEvent("framenavigated", (frame) => frame === first.mainFrame());
      await first.locator(".notice-update").getByRole("button", { name: "Reload" }).click();
      await firstReloaded;
      await waitForApp(first);
      assert.match(await goPostings(first), /~39,000/);
      // The other tab is now served by the new worker: its Reload must work.
      await second.locator(".notice-update", { hasText: /now active|available/ }).waitFor();
      const secondReloaded = second.waitForEvent("framenavigated", (frame) => frame === second.mainFrame(), { timeout: 5000 });
      await second.locator(".notice-update").last().getByRole("button", { name: "Reload" }).click();
      await secondReloaded;
      await waitForApp(second);
      assert.match(await goPostings(second), /~39,000/);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  for (const [failure, answer] of [["hangs", "hang"], ["stalls after its headers", "stall"], ["answers 503", 503]]) {
    test(`a navigation that ${failure} gets the installed release`, async () => {
      const server = await serve({ root: DIST });
      const browser = await persistentBrowser();
      try {
        const { page } = await firstVisit(browser.context, server.url);
        const stop = server.rule(/^\/$/, answer);
        const started = Date.now();
        await page.goto(`${server.url}?build=systems`, { timeout: 15000 });
        await waitForApp(page);
        await everyChartDrawn(page);
        assert.equal(await page.locator("#advisor [data-verdict]").getAttribute("data-verdict"), "rust");
        assert.ok(Date.now() - started < 10000, `took ${Date.now() - started} ms`);
        stop();
      } finally {
        await browser.close();
        await server.close();
      }
    });
  }

  test("storage that runs out leaves a whole release: none, or the installed one", async () => {
    const server = await serve({ root: DIST });
    const browser = await persistentBrowser();
    try {
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      const problems = await watch(page, server.origin);
      const cdp = await browser.context.newCDPSession(page);
      const quota = (quotaSize) => cdp.send("Storage.overrideQuotaForOrigin", { origin: server.origin, quotaSize });
      const settled = () =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          for (let i = 0; i < 100 && (!registration || registration.installing); i++) {
            await new Promise((r) => setTimeout(r, 100));
          }
          return { active: Boolean(registration?.active), caches: await caches.keys() };
        });
      // A first visit with no room: no worker, and the app works online as a plain page.
      await quota(1000);
      await page.goto(server.url);
      await waitForApp(page);
      assert.deepEqual(await settled(), { active: false, caches: [] });
      await page.reload();
      await waitForApp(page);
      await everyChartDrawn(page);
      // With room, the release installs.
      await quota(undefined);
      await page.reload();
      await waitForApp(page);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      // Storage runs out again as the next release is deployed: it cannot install, and the
      // reader keeps one whole release, whose page and download agree, online and offline.
      await quota(1000);
      server.setRoot(NEXT);
      assert.deepEqual(await checkForUpdate(page), { waiting: false });
      for (const offline of [false, true]) {
        await browser.context.setOffline(offline);
        await page.reload();
        await waitForApp(page);
        await everyChartDrawn(page);
        const shown = (await goPostings(page)).match(/~(\d\d),000/)[1];
        const data = await page.evaluate(async () => (await fetch("data/rust-vs-go.json")).json());
        assert.equal(data.job_market.go.postings, Number(shown) * 1000, `the page and its download agree (offline: ${offline})`);
        assert.equal(shown, "38");
      }
      await browser.context.setOffline(false);
      // Room again: the next release installs and is offered.
      await quota(undefined);
      assert.deepEqual(await checkForUpdate(page), { waiting: true });
      await page.locator(".notice-update").waitFor();
      assert.deepEqual(await collectProblems(page, problems), []);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe("the host's side", () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test("a host that sends no CSP still runs the app under the page's own policy", async () => {
    const server = await serve({ root: DIST, csp: false });
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const problems = await watch(page, server.origin);
      const response = await page.goto(server.url);
      assert.equal(response.headers()["content-security-policy"], undefined);
      assert.equal(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content"), CSP);
      await waitForApp(page);
      await everyChartDrawn(page);
      assert.deepEqual(await collectProblems(page, problems), []);
      // An injected inline script does not run.
      const ran = await page.evaluate(async () => {
        window.__ran = false;
        const script = document.createElement("script");
        script.textContent = "window.__ran = true";
        document.body.appendChild(script);
        await new Promise((r) => setTimeout(r, 50));
        return window.__ran;
      });
      assert.equal(ran, false);
    } finally {
      await context.close();
      await server.close();
    }
  });

  test("answering leaves the host's parameters as they were, past 4,096 characters too", async () => {
    const server = await serve({ root: DIST });
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const tracking = "utm_source=news%20letter+issue&ref=a%2Fb&empty=&flag";
      const tail = `&long=${"z".repeat(4200)}&build=cli`;
      await page.goto(`${server.url}?${tracking}&build=web${tail}`);
      await waitForApp(page);
      await page.locator("#q-build-wasm").check();
      await page.waitForFunction(() => new URLSearchParams(location.search).get("build") === "wasm");
      const search = await page.evaluate(() => location.search);
      assert.ok(search.startsWith(`?build=wasm&${tracking}`) || search.startsWith(`?${tracking}`), search.slice(0, 120));
      assert.ok(search.includes(tracking), "the host's parameters, byte for byte");
      assert.ok(search.endsWith(tail), "everything past 4,096 characters, unchanged");
      // A page whose path starts with "//" keeps its path: it is not taken for a host name.
      await page.goto(`${server.origin}//?build=web`);
      await waitForApp(page);
      await page.locator("#q-build-systems").check();
      await page.waitForFunction(() => new URLSearchParams(location.search).get("build") === "systems");
      assert.equal(await page.evaluate(() => location.pathname), "//");
    } finally {
      await context.close();
      await server.close();
    }
  });
});

// The directories a test copies from must exist: the offline tests build them (make test).
for (const dir of [DIST, NEXT]) {
  assert.ok(readdirSync(dir).includes("sw.js"), `${dir} is a release build`);
}
