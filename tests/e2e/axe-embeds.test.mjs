// axe-core (WCAG 2.0 and 2.1, levels A and AA) in headless Chromium: every embed, light and dark,
// as loaded, with a readout open and with its table view, and the unknown-widget message. The
// full app is in axe.test.mjs.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { useBrowserAndServer, WIDGET_IDS } from "./helpers.mjs";
import { openPage, SCHEMES, violations } from "./axe.mjs";

// Every widget, and an unknown id ("pie"), which gets the message listing the valid ones.
const EMBEDS = [...WIDGET_IDS, "pie"];

const shared = useBrowserAndServer();

describe("axe-core, WCAG 2.1 AA: embeds", () => {
  for (const scheme of SCHEMES) {
    test(`every embed (${scheme}), the unknown-widget message included`, async () => {
      const found = [];
      for (const widget of EMBEDS) {
        const { context, page } = await openPage(shared.browser, `${shared.server.url}?embed=${widget}&theme=${scheme}`, scheme, 700);
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
