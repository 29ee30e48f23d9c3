// axe-core (WCAG 2.0 and 2.1, levels A and AA) in headless Chromium: the full app and every embed,
// light and dark, including the states a reader opens (a chart's readout, chart table views, the
// embed dialog, an answered advisor), the page before the app starts (the charts' pictures in
// place) and without JavaScript.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { AxeBuilder } from "@axe-core/playwright";
import { openChartTables, useBrowserAndServer, waitForApp } from "./helpers.mjs";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const EMBEDS = ["quiz", "salary", "jobs", "sentiment", "growth", "learning", "team", "pie"];
const SCHEMES = ["light", "dark"];

const shared = useBrowserAndServer();

/** axe's violations on the page as readable lines: rule, impact, and where. */
async function violations(page, what) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  // axe must have looked at something: a blank page passes every rule.
  assert.ok(results.passes.length >= 5, `${what}: axe checked only ${results.passes.length} rules`);
  return results.violations.map(
    (v) => `${what}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
}

async function openPage(colorScheme, query = "", width = 1280) {
  const context = await shared.browser.newContext({ colorScheme, viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(shared.server.url + query);
  return { context, page };
}

describe("axe-core, WCAG 2.1 AA", () => {
  for (const scheme of SCHEMES) {
    test(`the full app (${scheme}): as loaded, with every table view and an embed dialog open, at 1280 and 360 px`, async () => {
      const found = [];
      for (const width of [1280, 360]) {
        const { context, page } = await openPage(scheme, "?build=wasm&months=6&team=12", width);
        await waitForApp(page);
        found.push(...(await violations(page, `${width}px loaded`)));
        // A readout open on a chart, from the keyboard.
        await page.locator("#chart-salary .chart-plot").focus();
        await page.keyboard.press("ArrowRight");
        await page.locator("#chart-salary [data-readout]:not([hidden])").waitFor();
        found.push(...(await violations(page, `${width}px readout open`)));
        for (const toggle of await page.locator("#app figure.chart").getByRole("button", { name: "Table" }).all()) {
          await toggle.click();
        }
        found.push(...(await violations(page, `${width}px table views`)));
        await page.locator("#chart-salary").getByRole("button", { name: "Embed" }).click();
        await page.locator("#chart-salary dialog iframe").waitFor();
        found.push(...(await violations(page, `${width}px embed dialog`)));
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
      found.push(...(await violations(page, "no JavaScript, tables open")));
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

    test(`every embed (${scheme}), the unknown-widget message included`, async () => {
      const found = [];
      for (const widget of EMBEDS) {
        const { context, page } = await openPage(scheme, `?embed=${widget}&theme=${scheme}`, 700);
        await page.locator(".embed, .embed-unknown").first().waitFor();
        if (widget !== "quiz" && widget !== "pie") {
          await page.locator(".embed canvas").waitFor();
        }
        found.push(...(await violations(page, widget)));
        if (widget !== "quiz" && widget !== "pie") {
          await page.locator(".chart-plot").focus();
          await page.keyboard.press("End");
          await page.locator("[data-readout]:not([hidden])").waitFor();
          found.push(...(await violations(page, `${widget} readout open`)));
          await page.getByRole("button", { name: "Table" }).click();
          found.push(...(await violations(page, `${widget} table view`)));
        }
        await context.close();
      }
      assert.deepEqual(found, []);
    });
  }
});
