// Shared helpers for the browser tests: the system Chromium driven by playwright-core, the
// static server, and a watcher that collects everything a page must never do (console errors,
// uncaught exceptions, CSP violations, requests to another origin).

import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before } from "node:test";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serve } from "./server.mjs";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));
/** Screenshots land here, for people to look at; the directory is not committed. */
export const OUTPUT = fileURLToPath(new URL("../output/", import.meta.url));

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** No background traffic: the machines reach no other host. */
export const CHROMIUM_ARGS = [
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Launches headless Chromium, with `extraArgs` after the usual ones. */
export function launch(extraArgs = []) {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/**
 * For a test file: serves dist/ and launches Chromium before its tests, and stops both after.
 * Returns an object whose `browser` and `server` are set once the tests start.
 */
export function useBrowserAndServer() {
  const shared = { browser: null, server: null };
  before(async () => {
    shared.server = await serveDist();
    shared.browser = await launch();
  });
  after(async () => {
    await shared.browser?.close();
    await shared.server?.close();
  });
  return shared;
}

/**
 * For a test file: serves `OUTPUT/<name>/` as a blog author's pages, on an origin of its own and
 * without the app's CSP, before its tests, and stops it after. Returns an object whose `dir` is
 * that directory (write the host pages there) and whose `server` is set once the tests start.
 */
export function useHostPages(name) {
  const host = { dir: `${OUTPUT}${name}/`, server: null };
  before(async () => {
    mkdirSync(host.dir, { recursive: true });
    host.server = await serve({ root: host.dir, csp: false });
  });
  after(async () => {
    await host.server?.close();
  });
  return host;
}

/** Serves the release build in dist/, optionally under a sub-path. */
export function serveDist(options = {}) {
  return serve({ root: DIST, ...options });
}

/**
 * Records a page's console errors and warnings, uncaught exceptions, CSP violations and any
 * request to an origin other than `origins` (the app's, and a host page's where there is one).
 */
export async function watch(page, ...origins) {
  const problems = { console: [], exceptions: [], foreignRequests: [] };
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") {
      problems.console.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on("pageerror", (error) => problems.exceptions.push(error.message));
  page.on("request", (request) => {
    const url = request.url();
    const local = url.startsWith("data:") || url.startsWith("blob:") || url.startsWith("about:");
    if (!local && !origins.includes(new URL(url).origin)) {
      problems.foreignRequests.push(url);
    }
  });
  // Runs before any page script and is not subject to the page's CSP.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  return problems;
}

/** Everything `watch` saw plus CSP violations, as one list; empty when the page behaved. */
export async function collectProblems(page, problems) {
  const csp = await page.evaluate(() => window.__cspViolations ?? []);
  return [
    ...problems.console,
    ...problems.exceptions.map((e) => `exception: ${e}`),
    ...problems.foreignRequests.map((url) => `request to another origin: ${url}`),
    ...csp.map((v) => `CSP violation: ${v}`),
  ];
}

export function screenshotPath(name) {
  mkdirSync(OUTPUT, { recursive: true });
  return `${OUTPUT}${name}.png`;
}

/**
 * What a canvas shows: its sizes, the share of pixels that differ from the top-left one (the
 * background), that pixel as "r,g,b,a", and a fingerprint of the image. Reads a copy, so the
 * tests' readbacks do not slow down (or warn about) the page's own canvas.
 */
export function readCanvas(locator) {
  return locator.evaluate((canvas) => {
    const copy = document.createElement("canvas");
    copy.width = canvas.width;
    copy.height = canvas.height;
    const context = copy.getContext("2d", { willReadFrequently: true });
    context.drawImage(canvas, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    const background = data.slice(0, 4).join(",");
    let drawn = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (`${data[i]},${data[i + 1]},${data[i + 2]},${data[i + 3]}` !== background) drawn++;
    }
    const image = canvas.toDataURL();
    return {
      drawnShare: drawn / (data.length / 4),
      background,
      width: canvas.width,
      height: canvas.height,
      cssWidth: canvas.clientWidth,
      cssHeight: canvas.clientHeight,
      fingerprint: `${image.length}:${image.slice(-64)}`,
    };
  });
}

/** Opens every chart's table under its picture (the static page's, without the app). */
export async function openChartTables(page) {
  for (const summary of await page.locator(".chart-details > summary").all()) {
    await summary.click();
  }
}

/** Resolves after the browser has run `count` more animation frames (requested repaints are done). */
export function frames(page, count = 2) {
  return page.evaluate(
    (n) =>
      new Promise((resolve) => {
        const step = (left) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
        step(n);
      }),
    count,
  );
}

/** The chart widgets' ids, in page order (PRODUCT.md, "Embeds"). */
export const CHART_IDS = ["salary", "jobs", "sentiment", "growth", "learning", "team"];
/** Every widget id of the embed contract: the advisor's quiz and the charts. */
export const WIDGET_IDS = ["quiz", ...CHART_IDS];

/** How many widgets the full page mounts: the advisor and six charts. */
export const WIDGETS = WIDGET_IDS.length;

/**
 * Waits until the app has started on a full page: every widget mounted in its slot and each
 * chart's first paint done (first paints run as tasks of their own, after the mounts).
 */
export async function waitForApp(page) {
  await page.waitForFunction(
    (count) => document.querySelectorAll("#app .widget-slot.mounted").length === count,
    WIDGETS,
  );
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const settle = (n) => (n === 0 ? resolve() : setTimeout(() => requestAnimationFrame(() => settle(n - 1)), 0));
        settle(3);
      }),
  );
}

/** A browser with a profile of its own, as an installed app has (for the offline tests). */
export async function persistentBrowser() {
  const profile = mkdtempSync(join(tmpdir(), "rust-or-go-profile-"));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens the app (in `page`, or the context's first page) and waits until a service worker
 * controls it: the worker takes control of the page it was installed from (clients.claim). */
export async function firstVisit(context, url, page) {
  page = page ?? context.pages()[0] ?? (await context.newPage());
  const problems = await watch(page, new URL(url).origin);
  await page.goto(url);
  await waitForApp(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return { page, problems };
}
