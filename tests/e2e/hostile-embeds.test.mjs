// Hostile query strings on embeds, in headless Chromium (PRODUCT.md, "Quality bars"): 100
// generated strings and the edge cases (hostile.mjs), each asking for an embed. For each, no
// panic, no console error, no dialog, no script run and no element injected, and the widget (or
// the unknown-widget message) still shows. The full app is in hostile-app.test.mjs.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readCanvas, useBrowserAndServer, waitForApp, WIDGET_IDS as WIDGETS } from "./helpers.mjs";
import { appParams, asksForEmbed, EDGE_QUERIES, hostileQueries, VERDICTS, visitWithAndWithoutCsp } from "./hostile.mjs";

// Each visit costs the browser half a second of CPU: the parsing behind these pages meets
// thousands more strings in `cargo test` (embed.rs).
const GENERATED = 100;

const shared = useBrowserAndServer();

describe("hostile query strings: embeds", () => {
  test(`embeds: ${GENERATED} generated and the edge cases, with and without the CSP in the way`, async () => {
    const widgetId = (pick) => pick(WIDGETS);
    const queries = [...EDGE_QUERIES.filter(asksForEmbed), ...hostileQueries(GENERATED, 11, widgetId)];
    // An `embed` key past the first 4,096 characters is not read: the full app shows.
    const ready = (page) =>
      appParams(page).has("embed") ? page.locator(".embed, .embed-unknown").first().waitFor() : waitForApp(page);
    const usable = async (page) => {
      const params = appParams(page);
      if (!params.has("embed")) {
        const verdict = await page.locator("#advisor [data-verdict]").getAttribute("data-verdict");
        return VERDICTS.includes(verdict) ? null : `full app: verdict ${verdict}`;
      }
      const id = params.get("embed");
      if (!WIDGETS.includes(id)) {
        const text = await page.locator(".embed-unknown").innerText();
        return /Use one of: quiz, salary, jobs, sentiment, growth, learning, team\./.test(text) ? null : "no widget list";
      }
      if (!(await page.locator(".embed").isVisible())) return "the widget is hidden";
      if (id === "quiz") {
        const verdict = await page.locator(".embed [data-verdict]").getAttribute("data-verdict");
        return VERDICTS.includes(verdict) ? null : `verdict ${verdict}`;
      }
      const canvas = page.locator(".embed canvas").first();
      await page.waitForFunction(() => document.querySelector(".embed canvas")?.width > 0);
      const image = await readCanvas(canvas);
      return image.drawnShare > 0.01 ? null : `${id}: the chart is blank`;
    };
    assert.deepEqual(await visitWithAndWithoutCsp(shared, queries, ready, usable), []);
  });
});
