// What a first visit downloads, file by file, with each file's brotli size (quality 11, as a
// static host would precompress it), shared by the size budget test and the benchmark; and when
// a first visit paints its charts, with the window and the statistics to read it, shared by the
// benchmark and scripts/compare.mjs.

import { readFileSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";

/** The window of the benchmark's visits (at a pixel ratio of 2), and of scripts/compare.mjs'. */
export const VIEWPORT = { width: 1280, height: 900 };

/** The q-th quantile of `values` (linear interpolation between the nearest ranks). */
export function quantile(values, q) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

export const median = (values) => quantile(values, 0.5);

/** Brotli size of `bytes` at quality 11 (the same as `brotli -q 11`, within a byte). */
export function brotliSize(bytes) {
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_LGWIN]: 24,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }).length;
}

/**
 * Loads `url` (served from the directory `root`) in a fresh browser context and returns every
 * file the visit downloaded — by the page, and by its service worker's precaching — once
 * `ready(page)` has resolved, the worker is ready and the network is idle. Each file counts at
 * its brotli size, but PNG files at their own size (hosts do not compress them); an answer
 * "not modified" carries no body and counts as nothing.
 * @returns {Promise<{ files: { path: string, bytes: number, brotli: number, by: string }[], total: { bytes: number, brotli: number } }>}
 */
export async function firstVisitTransfer(browser, url, root, ready) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const base = new URL(url);
  const downloads = [];
  const count = async (request) => {
    const requestUrl = new URL(request.url());
    const response = await request.response();
    if (!response || response.status() !== 200 || requestUrl.origin !== base.origin) return;
    // Answers from the browser's cache arrive with no body over the network.
    const { responseBodySize } = await request.sizes();
    if (responseBodySize > 0) {
      const by = request.serviceWorker() ? "service worker" : "page";
      downloads.push({ path: requestUrl.pathname.slice(base.pathname.length) || "index.html", by });
    }
  };
  // Each finished request is counted asynchronously: the count waits for all of them, so none
  // is missed, and none is still asking the browser about its sizes when the context closes.
  const counting = new Set();
  const failures = [];
  let closing = false;
  context.on("requestfinished", (request) => {
    const counted = count(request).catch((error) => {
      if (!closing) failures.push(error);
    });
    counting.add(counted);
    counted.finally(() => counting.delete(counted));
  });
  await page.goto(url);
  await ready(page);
  await page.waitForLoadState("networkidle");
  const worker = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker?.getRegistration();
    if (!registration) return null;
    await navigator.serviceWorker.ready;
    return new URL(registration.active.scriptURL).pathname;
  });
  await page.waitForLoadState("networkidle");
  while (counting.size > 0) await Promise.all(counting);
  closing = true;
  await context.close();
  if (failures.length > 0) throw failures[0];
  // The browser fetches the worker's own script outside the page and the worker: count it.
  if (worker) downloads.push({ path: worker.slice(base.pathname.length), by: "browser (worker script)" });

  const files = downloads
    .map(({ path, by }) => {
      const body = readFileSync(`${root}/${path}`);
      return {
        path,
        by,
        bytes: body.length,
        brotli: path.endsWith(".png") ? body.length : brotliSize(body),
      };
    })
    .sort((a, b) => b.brotli - a.brotli);
  const total = files.reduce(
    (sum, file) => ({ bytes: sum.bytes + file.bytes, brotli: sum.brotli + file.brotli }),
    { bytes: 0, brotli: 0 },
  );
  return { files, total };
}

/** A Markdown table of a transfer, sizes in KiB. */
export function transferTable({ files, total }) {
  const kib = (n) => (n / 1024).toFixed(1);
  const lines = ["| file | fetched by | bytes | brotli KiB |", "|---|---|---:|---:|"];
  for (const file of files) {
    lines.push(`| ${file.path} | ${file.by} | ${file.bytes} | ${kib(file.brotli)} |`);
  }
  lines.push(`| **total** | | ${total.bytes} | **${kib(total.brotli)}** |`);
  return lines.join("\n");
}

/**
 * One first visit of `url` in a fresh browser context at `viewport` and a pixel ratio of 2: the
 * time from navigation to the first contentful paint, and to the end of the last of `charts`'
 * first paints (the `rust-or-go:paint:<chart>` measures). Shared by the benchmark's floor and
 * `scripts/compare.mjs`.
 */
export async function visitPaints(browser, url, charts, viewport) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 2 });
  try {
    const page = await context.newPage();
    await gotoUntilPainted(page, url, charts);
    return await page.evaluate((names) => {
      const fcp = performance.getEntriesByName("first-contentful-paint")[0];
      const end = (name) => {
        const measure = performance.getEntriesByName(`rust-or-go:paint:${name}`)[0];
        return measure.startTime + measure.duration;
      };
      return { fcp: fcp ? fcp.startTime : null, allChartsPainted: Math.max(...names.map(end)) };
    }, charts);
  } finally {
    await context.close();
  }
}

/** What the page writes to its console once every chart it was asked for has painted. */
const PAINTED = "rust-or-go:measure:painted";

/**
 * Opens `url` in `page` and waits until each of `charts` has had its first paint (its
 * `rust-or-go:paint:<chart>` measure). The page tells it through its console, from an
 * observer installed before the page's own scripts, so nothing else runs in the page while it
 * starts: Playwright's `waitForFunction` would evaluate its own script there (about 25 ms of
 * the main thread in a trace of this page, just as the wasm arrives) and poll every frame.
 */
export async function gotoUntilPainted(page, url, charts) {
  await page.addInitScript(
    ([names, signal]) => {
      const painted = new Set();
      new PerformanceObserver((list, observer) => {
        for (const entry of list.getEntries()) {
          if (entry.name.startsWith("rust-or-go:paint:")) painted.add(entry.name.slice("rust-or-go:paint:".length));
        }
        if (names.every((name) => painted.has(name))) {
          observer.disconnect();
          console.debug(signal);
        }
      }).observe({ type: "measure" });
    },
    [charts, PAINTED],
  );
  const painted = page.waitForEvent("console", { predicate: (message) => message.text() === PAINTED, timeout: 30_000 });
  // Settled either way, so a failed navigation does not also leave the wait unhandled.
  painted.catch(() => {});
  await page.goto(url);
  await painted;
}
