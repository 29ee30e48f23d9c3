// The charts' pictures: drawn at build time into the static page, on screen at the first paint
// with and without JavaScript, in the reader's theme, and exactly where the app's canvas goes,
// so nothing moves when the canvas takes over, on the page and in every chart embed.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { CHART_IDS as CHARTS, collectProblems, frames, screenshotPath, useBrowserAndServer, waitForApp, watch } from "./helpers.mjs";

const GO = { light: "rgb(0, 103, 163)", dark: "rgb(86, 180, 233)" };

const shared = useBrowserAndServer();

/**
 * Holds back the app's wasm until `release()` is called, so a test sees the page as it is
 * before the app starts (the first paint on a slow network).
 */
async function holdWasm(page) {
  const held = [];
  let released = false;
  await page.route(/\.wasm$/, (route) => (released ? route.continue() : held.push(route)));
  return {
    release: async () => {
      released = true;
      await Promise.all(held.map((route) => route.continue()));
    },
  };
}

/** An init script: counts each chart's paints (its `rust-or-go:paint:<chart>` measures) in `window.__paints`. */
function countPaints() {
  window.__paints = {};
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const chart = entry.name.startsWith("rust-or-go:paint:") && entry.name.slice("rust-or-go:paint:".length);
      if (chart) window.__paints[chart] = (window.__paints[chart] ?? 0) + 1;
    }
  }).observe({ type: "measure" });
}

/** Each chart slot's visible pictures: how many, the first one's box within the slot, its text sizes and colour. */
function pictures(page, slots = CHARTS) {
  return page.evaluate((ids) => {
    const result = {};
    for (const id of ids) {
      const slot = document.querySelector(`.chart-slot-${id}`);
      const visible = [...slot.querySelectorAll("svg.chart-picture")].filter((svg) => svg.getBoundingClientRect().height > 0);
      const svg = visible[0];
      const box = svg?.getBoundingClientRect();
      const top = slot.getBoundingClientRect().y;
      const texts = svg ? [...svg.querySelectorAll("text")] : [];
      result[id] = {
        visible: visible.length,
        // Within the slot: what is above the slot (the advisor) may still change height.
        box: box && { x: box.x, y: box.y - top, width: box.width, height: box.height },
        plotWidth: slot.querySelector(".chart-plot")?.getBoundingClientRect().width,
        smallestText: Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize))),
        goFill: svg && getComputedStyle(svg.querySelector("text.g, circle.g, rect.g")).fill,
        label: svg?.closest("[role=img]")?.getAttribute("aria-label") ?? "",
        slotHeight: slot.getBoundingClientRect().height,
      };
    }
    return result;
  }, slots);
}

/** Each chart's canvas box, within its slot (in an embed, within the page). */
function canvases(page, slots = CHARTS, scope = (id) => `#chart-${id} canvas`) {
  return page.evaluate(
    ({ ids, selectors }) => {
      const result = {};
      ids.forEach((id, i) => {
        const canvas = document.querySelector(selectors[i]);
        const box = canvas.getBoundingClientRect();
        const slot = canvas.closest(".chart-slot");
        // Within the slot, as for the pictures; an embed has its canvas where its slot was.
        const top = slot ? slot.getBoundingClientRect().y : 0;
        result[id] = {
          box: { x: box.x, y: box.y - top, width: box.width, height: box.height },
          slotHeight: slot?.getBoundingClientRect().height,
        };
      });
      return result;
    },
    { ids: slots, selectors: slots.map(scope) },
  );
}

function assertSameBox(actual, expected, what) {
  for (const key of ["x", "y", "width", "height"]) {
    assert.ok(
      Math.abs(actual[key] - expected[key]) <= 1,
      `${what}: the canvas' ${key} is ${actual[key]}, its picture's ${expected[key]}`,
    );
  }
}

describe("chart pictures", () => {
  for (const scheme of ["light", "dark"]) {
    test(`without JavaScript every chart is a picture in the ${scheme} theme, its table one click away`, async () => {
      for (const width of [320, 1280]) {
        const context = await shared.browser.newContext({ javaScriptEnabled: false, colorScheme: scheme, viewport: { width, height: 900 } });
        const page = await context.newPage();
        await page.goto(shared.server.url);
        const shown = await pictures(page);
        for (const id of CHARTS) {
          const p = shown[id];
          assert.equal(p.visible, 1, `${id} at ${width} px: ${p.visible} pictures shown`);
          assert.ok(Math.abs(p.box.width - p.plotWidth) <= 1, `${id} at ${width} px: the picture is ${p.box.width} px wide in a ${p.plotWidth} px plot`);
          assert.ok(p.box.height >= 250, `${id} at ${width} px: the picture is ${p.box.height} px high`);
          assert.ok(p.smallestText >= 11.5, `${id} at ${width} px: text of ${p.smallestText} px`);
          assert.equal(p.goFill, GO[scheme], `${id} at ${width} px: Go drawn in ${p.goFill}`);
          assert.ok(p.label.length > 40, `${id}: the picture is not described`);
          const slot = page.locator(`.chart-slot-${id}`);
          assert.equal(await slot.locator("table").isVisible(), false);
          await slot.locator("summary", { hasText: "Table" }).click();
          assert.equal(await slot.locator("table").isVisible(), true, `${id}: the table does not open`);
        }
        await page.screenshot({ path: screenshotPath(`pictures-no-js-${scheme}-${width}`), fullPage: true });
        await context.close();
      }
    });
  }

  test("each picture sits exactly where its canvas goes, and gives way to it, at every width, painted once", async () => {
    for (const width of [300, 390, 430, 520, 700, 1280]) {
      const context = await shared.browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript(countPaints);
      const problems = await watch(page, new URL(shared.server.url).origin);
      const wasm = await holdWasm(page);
      await page.goto(shared.server.url);
      await page.locator(".chart-slot-team svg.chart-picture").first().waitFor({ state: "attached" });
      const before = await pictures(page);
      for (const id of CHARTS) {
        assert.equal(before[id].visible, 1, `${id} at ${width} px: ${before[id].visible} pictures shown`);
        assert.ok(before[id].smallestText >= 11.5, `${id} at ${width} px: text of ${before[id].smallestText} px`);
      }
      await wasm.release();
      await waitForApp(page);
      const after = await canvases(page);
      for (const id of CHARTS) {
        assertSameBox(after[id].box, before[id].box, `${id} at ${width} px`);
        assert.ok(Math.abs(after[id].slotHeight - before[id].slotHeight) <= 1, `${id} at ${width} px: the slot went from ${before[id].slotHeight} to ${after[id].slotHeight} px`);
      }
      assert.equal(await page.locator(".chart-slot .fallback").count(), 0, "a picture is left under a painted canvas");
      await frames(page, 5);
      const once = Object.fromEntries(CHARTS.map((id) => [id, 1]));
      assert.deepEqual(await page.evaluate(() => window.__paints), once, `at ${width} px: paints as the app started`);
      assert.deepEqual(await collectProblems(page, problems), []);
      await context.close();
    }
  });

  test("a forced theme recolours the pictures before the app starts", async () => {
    for (const [scheme, forced] of [["light", "dark"], ["dark", "light"]]) {
      const context = await shared.browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      await holdWasm(page);
      await page.goto(`${shared.server.url}?theme=${forced}`);
      const shown = await pictures(page);
      for (const id of CHARTS) {
        assert.equal(shown[id].goFill, GO[forced], `${id} with ?theme=${forced}: Go drawn in ${shown[id].goFill}`);
      }
      await context.close();
    }
  });

  test("a chart embed shows its picture at once, where its canvas then goes, painted once", async () => {
    for (const id of CHARTS) {
      const context = await shared.browser.newContext({ viewport: { width: 640, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript(countPaints);
      const wasm = await holdWasm(page);
      await page.goto(`${shared.server.url}?embed=${id}`);
      const shown = await page.evaluate(() =>
        [...document.querySelectorAll("svg.chart-picture")]
          .filter((svg) => svg.getBoundingClientRect().height > 0)
          .map((svg) => {
            const box = svg.getBoundingClientRect();
            return { chart: svg.closest(".chart-slot").dataset.widget, box: { x: box.x, y: box.y, width: box.width, height: box.height } };
          }),
      );
      assert.deepEqual(shown.map((s) => s.chart), [id], `?embed=${id} shows the pictures of ${shown.map((s) => s.chart)}`);
      await page.screenshot({ path: screenshotPath(`pictures-embed-${id}`) });
      await wasm.release();
      await page.locator(".embed canvas").waitFor();
      await page.waitForFunction(() => !document.querySelector("#app > :not(.embed)"));
      const after = await canvases(page, [id], () => ".embed canvas");
      assertSameBox(after[id].box, shown[0].box, `?embed=${id}`);
      // The widget has its final size from the start: its first paint is its only one, with
      // no frame of a chart stretched to the new size while it is drawn again.
      await frames(page, 5);
      assert.deepEqual(await page.evaluate(() => window.__paints), { [id]: 1 }, `?embed=${id}: paints as it started`);
      await context.close();
    }
  });

  test("an embed with options of its own shows no picture of the article's figures", async () => {
    const context = await shared.browser.newContext();
    const page = await context.newPage();
    const wasm = await holdWasm(page);
    await page.goto(`${shared.server.url}?embed=jobs&go_growth=5`);
    const visible = await page.evaluate(
      () => [...document.querySelectorAll("svg.chart-picture")].filter((svg) => svg.getBoundingClientRect().height > 0).length,
    );
    assert.equal(visible, 0);
    await wasm.release();
    await page.locator(".embed canvas").waitFor();
    assert.equal(await page.locator("#rate-go").inputValue(), "5");
    await context.close();
  });
});
