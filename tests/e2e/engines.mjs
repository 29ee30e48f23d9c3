// The three engines readers use: Chromium (playwright-core), Firefox (firefox-esr through
// geckodriver) and WebKit (WebKitGTK's MiniBrowser through WebKitWebDriver, under Xvfb). In each:
// the page and every embed (in a host page of another origin, sized by embed.js) load with their
// charts drawn; fresh first visits are never offered an update (WebKit reports the first worker
// installed after it has taken control); and a deployed release is offered, accepted and shown.
//
// Each engine has a test file of its own (engine-<name>.test.mjs), so `make test` runs them side
// by side with the other files, each within its own time limit.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { CHART_IDS as CHARTS, DIST, ROOT, WIDGET_IDS as WIDGETS, launch, useHostPages } from "./helpers.mjs";
import { serve } from "./server.mjs";
import { startDriver } from "./webdriver.mjs";

const NEXT = `${ROOT}target/variants/next`;
/** Fresh first visits per engine: WebKit used to offer a false update on about one in five. */
const FIRST_VISITS = Number(process.env.FIRST_VISITS ?? 16);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** `fn(...args)` as an expression to evaluate in a page (as WebDriver's scripts are). */
const call = (fn, args) => `(${fn})(...${JSON.stringify(args)})`;

/** The same few commands as a WebDriver session, over playwright-core's Chromium. */
async function startChromium() {
  const browser = await launch();
  return {
    async newSession() {
      const context = await browser.newContext();
      const page = await context.newPage();
      const session = {
        engine: "chromium",
        goto: (url) => page.goto(url),
        run: (fn, ...args) => page.evaluate(call(fn, args)),
        async waitFor(fn, args = [], { timeout = 30000, what = String(fn) } = {}) {
          const deadline = Date.now() + timeout;
          for (;;) {
            const value = await session.run(fn, ...args).catch(() => null);
            if (value) return value;
            if (Date.now() > deadline) throw new Error(`chromium: timed out waiting for ${what}`);
            await sleep(100);
          }
        },
        async inFrame(selector, fn, ...args) {
          const frame = await (await page.locator(selector).elementHandle()).contentFrame();
          return frame.evaluate(call(fn, args));
        },
        close: () => context.close(),
      };
      return session;
    },
    close: () => browser.close(),
  };
}

/** The share of a canvas' pixels that differ from its top-left one (0: blank). */
function drawnShare(selector) {
  const canvas = document.querySelector(selector);
  if (!canvas || !canvas.width || !canvas.height) return 0;
  const copy = document.createElement("canvas");
  copy.width = canvas.width;
  copy.height = canvas.height;
  const context = copy.getContext("2d");
  context.drawImage(canvas, 0, 0);
  const { data } = context.getImageData(0, 0, copy.width, copy.height);
  let drawn = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2] || data[i + 3] !== data[3]) drawn++;
  }
  return drawn / (data.length / 4);
}

/** Waits until the full page's widgets are all mounted. */
function appStarted(session) {
  return session.waitFor(() => document.querySelectorAll("#app .widget-slot.mounted").length === 7, [], {
    what: "the app to start",
  });
}

/** Waits until `read()` (a canvas' drawn share) shows a drawing, and says which one is blank. */
async function drawn(read, label) {
  let share = 0;
  for (let i = 0; i < 100 && share <= 0.02; i++) {
    share = await read();
    if (share <= 0.02) await sleep(100);
  }
  assert.ok(share > 0.02, `${label} is blank`);
}

/** Waits until every chart on the full page is drawn. */
async function chartsDrawn(session) {
  for (const id of CHARTS) {
    await drawn(() => session.run(drawnShare, `#chart-${id} canvas`), `${session.engine}: ${id}`);
  }
}

const ENGINES = {
  chromium: startChromium,
  firefox: () => startDriver("firefox"),
  webkit: () => startDriver("webkit"),
};

/** Registers the tests of one engine (`chromium`, `firefox` or `webkit`) in the calling file. */
export function testEngine(engine) {
  const start = ENGINES[engine];
  if (!start) throw new Error(`unknown engine ${engine}; known: ${Object.keys(ENGINES).join(", ")}`);
  const host = useHostPages("engines-host");

  describe(`in ${engine}`, () => {
    let driver;
    before(async () => {
      driver = await start();
    });
    after(async () => {
      await driver?.close();
    });

    test("the page and every embed load with their charts drawn", async () => {
      const server = await serve({ root: DIST });
      const session = await driver.newSession();
      try {
        await session.goto(server.url);
        await appStarted(session);
        await chartsDrawn(session);
        assert.equal(await session.run(() => document.querySelectorAll(".notice-failure").length), 0);

        // Every widget in a blog post of another origin, sized by embed.js.
        const frames = WIDGETS.map(
          (id) => `<iframe id="${id}" src="${server.url}?embed=${id}" title="${id}" height="300" style="width:100%;border:0"></iframe>`,
        ).join("\n");
        writeFileSync(
          `${host.dir}${engine}.html`,
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head>
<body><main style="max-width:700px">${frames}<script src="${server.url}embed.js" async></script></main></body></html>`,
        );
        await session.goto(`${host.server.url}${engine}.html`);
        for (const id of WIDGETS) {
          // Sized to its content: the height embed.js set, not the snippet's 300.
          const height = await session.waitFor((i) => parseFloat(document.getElementById(i).style.height) || 0, [id], {
            what: `${id} sized by embed.js`,
          });
          assert.ok(height >= 200 && height !== 300, `${engine}: ${id} is ${height}px tall`);
          if (id === "quiz") {
            const verdict = await session.inFrame("#quiz", () => document.querySelector("[data-verdict]")?.textContent);
            assert.ok(verdict, `${engine}: the quiz shows a verdict`);
          } else {
            await drawn(() => session.inFrame(`#${id}`, drawnShare, "canvas"), `${engine}: the ${id} embed`);
          }
        }
      } finally {
        await session.close();
        await server.close();
      }
    });

    test(`${FIRST_VISITS} fresh first visits, none offered an update`, async () => {
      const server = await serve({ root: DIST });
      const session = await driver.newSession();
      try {
        const offered = [];
        for (let visit = 0; visit < FIRST_VISITS; visit++) {
          // A fresh start: no worker and no cache left on the origin, so no worker controls the
          // next page. (The session's first page is about:blank, with neither.)
          const left = await session.run(async () => {
            if (location.origin === "null") return [];
            for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
            for (const key of await caches.keys()) await caches.delete(key);
            return [...(await navigator.serviceWorker.getRegistrations()).map((r) => r.scope), ...(await caches.keys())];
          });
          assert.deepEqual(left, [], "a first visit: nothing left of the previous one");
          await session.goto(`${server.url}?visit=${visit}`);
          await appStarted(session);
          await session.waitFor(async () => {
            const registration = await navigator.serviceWorker.getRegistration();
            return Boolean(navigator.serviceWorker.controller && registration?.active?.state === "activated");
          }, [], { what: "the worker to take control" });
          // Time for any late state change to arrive and be (mis)taken for an update.
          await session.run(() => new Promise((resolve) => setTimeout(resolve, 300)));
          const notices = await session.run(() => [...document.querySelectorAll(".notice-update")].map((e) => e.textContent));
          if (notices.length) offered.push(`visit ${visit}: ${notices.join(" | ")}`);
        }
        assert.deepEqual(offered, [], `${engine} offered an update on a first visit`);
      } finally {
        await session.close();
        await server.close();
      }
    });

    test("a new release is offered, and shown once accepted", async () => {
      const server = await serve({ root: DIST });
      const session = await driver.newSession();
      try {
        await session.goto(server.url);
        await appStarted(session);
        await session.waitFor(() => navigator.serviceWorker.controller !== null, [], { what: "the worker to take control" });
        assert.match(await session.run(() => document.querySelector(".key-figures").textContent), /~38,000/);
        server.setRoot(NEXT);
        await session.run(async () => (await navigator.serviceWorker.getRegistration()).update());
        await session.waitFor(() => document.querySelector(".notice-update")?.textContent.includes("A new version is available"), [], {
          what: "the offer of the new version",
        });
        // Until accepted, the page stays on its release.
        assert.match(await session.run(() => document.querySelector(".key-figures").textContent), /~38,000/);
        await session.run(() => {
          window.__before = true;
          document.querySelector(".notice-update button").click();
        });
        await session.waitFor(
          () => !window.__before && document.querySelectorAll("#app .widget-slot.mounted").length === 7,
          [],
          { what: "the page to reload on the new release" },
        );
        assert.match(await session.run(() => document.querySelector(".key-figures").textContent), /~39,000/);
        await chartsDrawn(session);
        await session.run(() => new Promise((resolve) => setTimeout(resolve, 300)));
        assert.equal(await session.run(() => document.querySelectorAll(".notice-update").length), 0, "no offer on the new release");
        assert.equal((await session.run(async () => caches.keys())).length, 1, "one release cached");
      } finally {
        await session.close();
        await server.close();
      }
    });
  });
}
