// axe-core (WCAG 2.0 and 2.1, levels A and AA) in headless Chromium: the full app, light and
// dark, including the states a reader opens (a chart's readout, chart table views, the embed
// dialog, an answered advisor), the page before the app starts (the charts' pictures in place)
// and without JavaScript. Embeds are in axe-embeds.test.mjs.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { openChartTables, useBrowserAndServer, waitForApp } from "./helpers.mjs";
import { landmarkClashes, openPage, SCHEMES, violations } from "./axe.mjs";

const shared = useBrowserAndServer();

describe("axe-core, WCAG 2.1 AA", () => {
  test("every landmark has a name of its own, with the app and without JavaScript", async () => {
    const found = [];
    for (const javaScript of [true, false]) {
      const context = await shared.browser.newContext();
      // Without boot.js the page stays as a reader without JavaScript sees it.
      if (!javaScript) await context.route(/\/boot\.js$/, (route) => route.abort());
      const page = await context.newPage();
      await page.goto(shared.server.url);
      if (javaScript) await waitForApp(page);
      found.push(...(await landmarkClashes(page, javaScript ? "the app" : "no JavaScript")));
      await context.close();
    }
    assert.deepEqual(found, []);
  });

  for (const scheme of SCHEMES) {
    test(`the full app (${scheme}): as loaded, with every table view and an embed dialog open, at 1280 and 360 px`, async () => {
      const found = [];
      for (const width of [1280, 360]) {
        const { context, page } = await openPage(shared.browser, `${shared.server.url}?build=wasm&months=6&team=12`, scheme, width);
        await waitForApp(page);
        found.push(...(await violations(page, `${width}px loaded`)));
        // A readout open on a chart, from the keyboard.
        await page.locator("#chart-salary .chart-plot").focus();
        await page.keyboard.press("ArrowRight");
        await page.locator("#chart-salary [data-readout]:not([hidden])").waitFor();
        found.push(...(await violations(page, `${width}px readout open`, "#chart-salary")));
        for (const toggle of await page.locator("#app figure.chart").getByRole("button", { name: "Table" }).all()) {
          await toggle.click();
        }
        found.push(...(await violations(page, `${width}px table views`, "#app figure.chart")));
        await page.locator("#chart-salary").getByRole("button", { name: "Embed" }).click();
        await page.locator("#chart-salary dialog iframe").waitFor();
        found.push(...(await violations(page, `${width}px embed dialog`, "#chart-salary dialog")));
        if (width === 1280) {
          // The preview is a frame: axe looks inside it (a picture without a text, planted there, is found).
          const preview = page.frameLocator("#chart-salary dialog iframe");
          await preview.locator(".embed canvas").waitFor();
          await preview.locator(".embed").evaluate((embed) => {
            const image = embed.ownerDocument.createElement("img");
            image.src = "data:,";
            embed.append(image);
          });
          const planted = await violations(page, "planted", "#chart-salary dialog");
          assert.ok(planted.some((line) => line.includes("image-alt")), `axe missed the frame's content: ${planted}`);
        }
        await context.close();
      }
      assert.deepEqual(found, []);
    });

    test(`the static page, as a reader without JavaScript sees it (${scheme})`, async () => {
      // axe needs JavaScript; without boot.js the page renders exactly as with JavaScript off.
      const context = await shared.browser.newContext({ colorScheme: scheme });
      await context.route(/\/boot\.js$/, (route) => route.abort());
      const page = await context.newPage();
      await page.goto(shared.server.url);
      assert.equal(await page.locator(".chart-slot svg.chart-picture:visible").count(), 6);
      const found = await violations(page, "no JavaScript");
      // Every chart's table opened below its picture.
      await openChartTables(page);
      assert.equal(await page.locator(".chart-slot table:visible").count(), 6);
      found.push(...(await violations(page, "no JavaScript, tables open", ".chart-details")));
      assert.deepEqual(found, []);
      await context.close();
    });

    test(`the page before the app starts, the charts' pictures in place (${scheme})`, async () => {
      const found = [];
      for (const query of ["", "?embed=team"]) {
        const context = await shared.browser.newContext({ colorScheme: scheme });
        const page = await context.newPage();
        // The app's code never arrives: the page stays as it is at the first paint.
        await page.route(/\.wasm$/, () => {});
        await page.goto(shared.server.url + query);
        assert.ok((await page.locator("svg.chart-picture:visible").count()) >= 1);
        found.push(...(await violations(page, `pictures${query}`)));
        await context.close();
      }
      assert.deepEqual(found, []);
    });
  }
});
