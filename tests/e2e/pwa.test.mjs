// The offline app in headless Chromium: installable, working with the network cut and the
// server gone after a first visit, offering an update when a new release is deployed (and
// showing its figures once accepted), and never trapping a reader on a broken release — at
// the root of a site and under a sub-path built with --public-url.
//
// Playwright's setOffline also cuts the service worker's own fetches, so offline is real here.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, rmSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CHART_IDS as CHARTS, DIST, ROOT, collectProblems, firstVisit, persistentBrowser, readCanvas, waitForApp } from "./helpers.mjs";
import { serve } from "./server.mjs";

const VARIANTS = `${ROOT}target/variants/`;

const DEPLOYS = [
  { label: "at the root", basePath: "/", dist: DIST, next: `${VARIANTS}next` },
  {
    label: "under /tools/rust-or-go/ (built with --public-url)",
    basePath: "/tools/rust-or-go/",
    dist: `${VARIANTS}subpath`,
    next: `${VARIANTS}subpath-next`,
  },
];

async function everyChartDrawn(page) {
  for (const id of CHARTS) {
    const { drawnShare } = await readCanvas(page.locator(`#chart-${id} canvas`));
    assert.ok(drawnShare > 0.02, `${id} is blank`);
  }
}

for (const deploy of DEPLOYS) {
  describe(`the offline app ${deploy.label}`, () => {
    test("is installable, and its worker precaches this build", async () => {
      const server = await serve({ root: deploy.dist, basePath: deploy.basePath });
      const browser = await persistentBrowser();
      try {
        const { page, problems } = await firstVisit(browser.context, server.url);
        const cdp = await browser.context.newCDPSession(page);
        const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
        assert.deepEqual(installabilityErrors, []);
        const manifest = await cdp.send("Page.getAppManifest");
        assert.equal(new URL(manifest.url).pathname, `${deploy.basePath}manifest.webmanifest`);
        const cached = await page.evaluate(async () => {
          const keys = await caches.keys();
          const cache = await caches.open(keys[0]);
          return { keys, urls: (await cache.keys()).map((r) => new URL(r.url).pathname) };
        });
        assert.equal(cached.keys.length, 1);
        // Named after the deployment (its path) and the release.
        assert.equal(cached.keys[0].replace(/[0-9a-f]{16}$/, "<release>"), `rust-or-go ${deploy.basePath} <release>`);
        for (const path of ["", "data/rust-vs-go.json", "boot.js", "icon.svg", "manifest.webmanifest"]) {
          assert.ok(cached.urls.includes(`${deploy.basePath}${path}`), `${path || "the page"} is precached`);
        }
        assert.ok(cached.urls.some((p) => /rust-or-go-[0-9a-f]+_bg\.wasm$/.test(p)), "the wasm is precached");
        for (const left of ["rust-or-go-embed-", "embed.js", ".png"]) {
          assert.ok(!cached.urls.some((p) => p.includes(left)), `${left} is not precached`);
        }
        assert.deepEqual(await collectProblems(page, problems), []);
      } finally {
        await browser.close();
        await server.close();
      }
    });

    test("works with the network cut and the server stopped", async () => {
      const server = await serve({ root: deploy.dist, basePath: deploy.basePath });
      const browser = await persistentBrowser();
      try {
        const { page, problems } = await firstVisit(browser.context, server.url);
        await server.close();
        await browser.context.setOffline(true);
        await page.goto(`${server.url}?build=wasm&months=12`);
        await waitForApp(page);
        await page.waitForTimeout(300);
        await everyChartDrawn(page);
        assert.equal(await page.locator("#advisor [data-verdict]").getAttribute("data-verdict"), "rust");
        assert.match(await page.locator(".notice-offline").innerText(), /You are offline/);
        // The data download works offline too.
        const data = await page.evaluate(async () => (await fetch("data/rust-vs-go.json")).json());
        assert.equal(data.job_market.go.postings, 38000);
        // Nothing the page asks for is missing offline (the manifest included).
        assert.deepEqual(await collectProblems(page, problems), []);
        await browser.context.setOffline(false);
        await page.locator(".notice-offline").waitFor({ state: "detached" });
      } finally {
        await browser.close();
        await server.close();
      }
    });

    test("offers a new release, and shows its figures once accepted", async () => {
      const server = await serve({ root: deploy.dist, basePath: deploy.basePath });
      const browser = await persistentBrowser();
      try {
        const { page, problems } = await firstVisit(browser.context, server.url);
        assert.match(await page.locator(".key-figures").innerText(), /~38,000/);
        server.setRoot(deploy.next);
        await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
        const notice = page.locator(".notice-update");
        await notice.waitFor();
        assert.match(await notice.innerText(), /A new version is available/);
        // Until it is accepted, the open page stays entirely on the old release.
        assert.match(await page.locator(".key-figures").innerText(), /~38,000/);
        const navigations = [];
        page.on("framenavigated", (frame) => frame === page.mainFrame() && navigations.push(frame.url()));
        // The old page is ready too: wait for the reload itself before waiting for the app.
        const reloaded = page.waitForEvent("framenavigated", (frame) => frame === page.mainFrame());
        await notice.getByRole("button", { name: "Reload" }).click();
        await reloaded;
        await waitForApp(page);
        await page.waitForFunction(() => document.querySelector(".key-figures")?.innerText.includes("~39,000"));
        assert.match(await page.locator("#chart-jobs canvas").getAttribute("aria-label"), /Go about 39,000/);
        await page.waitForTimeout(500);
        assert.equal(navigations.length, 1, "one reload");
        // Every file of the page now comes from the new release.
        const scripts = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname));
        const wasm = scripts.filter((p) => p.endsWith(".wasm"));
        assert.equal(wasm.length, 1);
        const nextWasm = await page.evaluate(() => document.querySelector("script[data-wasm]").getAttribute("data-wasm"));
        assert.ok(wasm[0].endsWith(nextWasm.replace(/^\.\//, "").replace(/^.*\//, "")), `${wasm[0]} vs ${nextWasm}`);
        assert.equal((await page.evaluate(() => caches.keys())).length, 1, "the old cache is gone");
        assert.deepEqual(await collectProblems(page, problems), []);
      } finally {
        await browser.close();
        await server.close();
      }
    });

    test("a release whose worker fails to install leaves the old one serving", async () => {
      const broken = mkdtempSync(join(tmpdir(), "rust-or-go-broken-"));
      cpSync(deploy.next, broken, { recursive: true });
      unlinkSync(join(broken, "icon.svg")); // precached, so the new worker cannot install
      const server = await serve({ root: deploy.dist, basePath: deploy.basePath });
      const browser = await persistentBrowser();
      try {
        const { page } = await firstVisit(browser.context, server.url);
        const before = await page.evaluate(() => caches.keys());
        server.setRoot(broken);
        await page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          await registration.update().catch(() => {});
          // Wait for the installing worker, if any, to settle.
          for (let i = 0; i < 50 && registration.installing; i++) {
            await new Promise((r) => setTimeout(r, 100));
          }
        });
        const state = await page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return { waiting: registration.waiting !== null, caches: await caches.keys() };
        });
        assert.deepEqual(state, { waiting: false, caches: before });
        assert.equal(await page.locator(".notice-update").count(), 0);
        await server.close();
        await browser.context.setOffline(true);
        await page.reload();
        await waitForApp(page);
        await everyChartDrawn(page);
        assert.match(await page.locator(".key-figures").innerText(), /~38,000/);
      } finally {
        await browser.close();
        await server.close();
        rmSync(broken, { recursive: true, force: true });
      }
    });
  });
}
