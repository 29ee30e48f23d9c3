// Strict CSP and privacy in headless Chromium (PRODUCT.md, "Quality bars"):
// - the release build carries no inline script, and runs under the contract's CSP with no
//   violation (and the watcher that says so does catch one);
// - a visit sets no cookie and reaches no other origin.
// Hostile query strings are in hostile-app.test.mjs and hostile-embeds.test.mjs.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { collectProblems, DIST, useBrowserAndServer, waitForApp, watch, WIDGET_IDS as WIDGETS } from "./helpers.mjs";

/** The policy of the contract (its first three directives, word for word), with no 'unsafe-inline'. */
const CONTRACT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";

const shared = useBrowserAndServer();

describe("strict CSP", () => {
  test("every response carries the contract's policy, and the page has no inline script or handler", async () => {
    for (const path of ["", "?embed=salary", "boot.js", "data/rust-vs-go.json"]) {
      const response = await fetch(shared.server.url + path);
      assert.equal(response.headers.get("content-security-policy"), CONTRACT_CSP, path);
    }
    const html = readFileSync(`${DIST}index.html`, "utf8");
    // The same policy ships in the page, for hosts that cannot send headers.
    const meta = html.match(/<meta http-equiv="?Content-Security-Policy"? content="([^"]*)"/);
    assert.equal(meta?.[1], CONTRACT_CSP, "the page's own policy");
    assert.ok(html.indexOf(meta[0]) < html.indexOf("<link"), "the policy comes before anything it governs");
    const scripts = html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? [];
    assert.equal(scripts.length, 1, "one script: boot.js");
    assert.match(scripts[0], /^<script [^>]*\bsrc=["']?(?:\.\/)?boot\.js["']?(?: [^>]*)?><\/script>$/);
    assert.doesNotMatch(html, /\son[a-z]+=/i, "an inline event handler");
    assert.doesNotMatch(html, /javascript:/i);
  });

  test("the watcher reports a violation when one happens", async () => {
    const context = await shared.browser.newContext();
    const page = await context.newPage();
    const problems = await watch(page, shared.server.origin);
    await page.goto(`${shared.server.url}?embed=salary`);
    await page.locator(".embed canvas").waitFor();
    await page.addScriptTag({ content: "window.__ran = true" }).catch(() => {});
    assert.equal(await page.evaluate(() => window.__ran), undefined, "an inline script ran under the CSP");
    const found = await collectProblems(page, problems);
    assert.ok(
      found.some((p) => p.startsWith("CSP violation: script-src")),
      `no violation reported: ${found.join("; ")}`,
    );
    await context.close();
  });

  test("the full app, used in every way, and each embed run with no violation, no cookie and no other origin", async () => {
    const context = await shared.browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
    const page = await context.newPage();
    const problems = await watch(page, shared.server.origin);
    await page.goto(shared.server.url);
    await waitForApp(page);
    await page.locator("#q-build-systems").check();
    await page.locator("#q-background-python").check();
    for (const toggle of await page.locator("#app figure.chart").getByRole("button", { name: "Table" }).all()) {
      await toggle.click();
    }
    const slider = page.locator("#chart-team input[type=range]").first();
    await slider.focus();
    await page.keyboard.press("ArrowRight");
    await page.locator("#chart-jobs").getByRole("button", { name: "Embed" }).click();
    const dialog = page.locator("#chart-jobs dialog");
    await dialog.locator("iframe").waitFor();
    await dialog.getByRole("button", { name: "Copy snippet" }).click();
    await dialog.getByRole("button", { name: "Close" }).click();
    await page.emulateMedia({ colorScheme: "dark" });
    await page.reload();
    await waitForApp(page);
    for (const widget of WIDGETS) {
      await page.goto(`${shared.server.url}?embed=${widget}&theme=dark`);
      await page.locator(".embed").waitFor();
    }
    assert.deepEqual(await collectProblems(page, problems), []);
    assert.deepEqual(await context.cookies(), []);
    assert.equal(await page.evaluate(() => document.cookie), "");
    await context.close();
  });
});
