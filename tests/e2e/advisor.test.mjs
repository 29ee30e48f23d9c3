// The advisor in headless Chromium: the URL contract (answers read on load, written back as
// they are given), the verdict hook and live region, keyboard-only use, and hostile input.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { collectProblems, useBrowserAndServer, watch } from "./helpers.mjs";

const shared = useBrowserAndServer();

async function open(query = "", options = {}) {
  const context = await shared.browser.newContext(options);
  const page = await context.newPage();
  const problems = await watch(page, shared.server.origin);
  await page.goto(shared.server.url + query);
  await page.locator("#advisor [data-verdict]").waitFor();
  return { context, page, problems };
}

const verdictOf = (page) => page.locator("#advisor [data-verdict]").getAttribute("data-verdict");
const queryOf = (page) => new URL(page.url()).search;

/** Waits until the URL's query string is `expected` (the advisor writes it from an effect). */
async function expectQuery(page, expected) {
  await page
    .waitForFunction((q) => location.search === q, expected, { timeout: 2000 })
    .catch(() => {});
  assert.equal(queryOf(page), expected);
}

/** Waits until the verdict is `expected`. */
async function expectVerdict(page, expected) {
  await page
    .locator(`#advisor [data-verdict="${expected}"]`)
    .waitFor({ timeout: 2000 })
    .catch(() => {});
  assert.equal(await verdictOf(page), expected);
}

describe("the advisor", () => {
  test("a pre-filled URL shows its verdict without any click", async () => {
    for (const [query, verdict, headline] of [
      ["?build=systems&background=cpp", "rust", "Learn Rust"],
      ["?build=web&employers=go&months=2", "go", "Learn Go"],
      ["?build=unsure", "go-then-rust", "Learn Go first, then Rust"],
      ["", "go-then-rust", "Learn Go first, then Rust"],
    ]) {
      const { context, page, problems } = await open(query);
      assert.equal(await verdictOf(page), verdict, query);
      const status = page.locator("#advisor [role=status]");
      assert.match(await status.innerText(), new RegExp(headline));
      assert.equal(queryOf(page), query, "loading does not rewrite the URL");
      assert.deepEqual(await collectProblems(page, problems), []);
      await context.close();
    }
  });

  test("the form reflects the URL's answers and explains them with figures", async () => {
    const { context, page } = await open("?build=devops&optimize=salary&months=12&region=emerging&team=10");
    assert.equal(await page.locator("#q-build-devops").isChecked(), true);
    assert.equal(await page.locator("#q-optimize-salary").isChecked(), true);
    assert.equal(await page.locator("#q-months").inputValue(), "12");
    assert.equal(await page.locator("#q-team").inputValue(), "10");
    const reasons = await page.locator("#advisor .reasons li").allInnerTexts();
    assert.equal(reasons.length, 5);
    assert.match(reasons[0], /Docker, Kubernetes, Terraform/);
    assert.match(reasons[1], /12 months → Rust, 1 point/);
    assert.match(reasons[2], /median salary \$175,000 for Rust, \$160,000 for Go \(\$15k more\)/);
    assert.match(reasons[3], /4–5 Go roles for every Rust role/);
    assert.match(reasons[4], /5 developer-months lost with Go, 21\.5–25\.5 with Rust/);
    const team = await page.locator("#advisor .team-cost").innerText();
    assert.match(team, /≈ \$67k at the Go median salary/);
    assert.match(team, /≈ \$314k–\$372k at the Rust median/);
    await context.close();
  });

  test("every answer is written to the URL as it is given, other parameters kept", async () => {
    const { context, page } = await open("?theme=light&utm_source=blog");
    await page.locator("#q-build-wasm").check();
    await expectQuery(page, "?theme=light&utm_source=blog&build=wasm");
    await expectVerdict(page, "rust");
    await page.locator("#q-months").selectOption("1");
    await expectQuery(page, "?theme=light&utm_source=blog&build=wasm&months=1");
    await page.locator("#q-team").fill("25");
    await page.locator("#q-team").press("Tab");
    await expectQuery(page, "?theme=light&utm_source=blog&build=wasm&months=1&team=25");
    await page.locator("#q-build-none").check();
    await expectQuery(page, "?theme=light&utm_source=blog&months=1&team=25");
    await page.getByRole("button", { name: "Clear all answers" }).click();
    await expectQuery(page, "?theme=light&utm_source=blog");
    await context.close();
  });

  test("the form can be completed with the keyboard alone", async () => {
    const { context, page, problems } = await open();
    // Tab from the top of the page into the first question.
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.name === "build")) break;
    }
    assert.equal(await page.evaluate(() => document.activeElement?.id), "q-build-none");
    await page.keyboard.press("ArrowRight"); // Web services and APIs
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowRight"); // Mostly Go
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "q-months");
    await page.keyboard.press("ArrowDown"); // 1 month
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowRight"); // The most job postings
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowRight"); // Python
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowRight"); // The United States
    await expectQuery(page, "?build=web&employers=go&months=1&optimize=postings&background=python&region=us");
    await expectVerdict(page, "go");
    assert.match(await page.locator("#advisor [role=status]").innerText(), /Confidence: high/);
    assert.deepEqual(await collectProblems(page, problems), []);
    await context.close();
  });

  test("'what would change it' names the smallest change, and trying it applies it", async () => {
    const { context, page } = await open("?build=web");
    const flip = page.locator("#advisor .flip");
    assert.match(await flip.innerText(), /answering "Systems software" instead of "Web services and APIs" would make it: Rust/);
    await flip.getByRole("button", { name: "Try that" }).click();
    await expectVerdict(page, "rust");
    await expectQuery(page, "?build=systems");
    await context.close();
  });

  test("the share button copies the link", async () => {
    const { context, page } = await open("?build=cli");
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: shared.server.origin });
    await page.evaluate(() => {
      // Headless Chromium may offer navigator.share without a share sheet; use the clipboard path.
      Object.defineProperty(navigator, "share", { value: undefined });
    });
    await page.getByRole("button", { name: "Share this result" }).click();
    await page.locator("#advisor .share-status", { hasText: "Link copied." }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
    await context.close();
  });

  test("hostile query strings leave the page working, with no error and no script run", async () => {
    const hostile = [
      "?build=%3Cscript%3Ealert(1)%3C/script%3E&months=99999999999999999999",
      "?build=web&build=systems&months=-1&team=0&region=%00%00",
      "?ref=%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E&theme=%3Cb%3E",
      "?months=%E2%80%AE12&team=5e2&background=c%2B%2B",
      "?" + "a=".repeat(5000),
      "?build=%ZZ%&employers=%F0%9F%A6%80&optimize=%0A%0D",
      "?background=" + encodeURIComponent("javascript:alert(1)") + "&region=us",
    ];
    for (const query of hostile) {
      const { context, page, problems } = await open(query);
      await page.evaluate(() => (window.__alerted = false));
      page.on("dialog", () => assert.fail(`a dialog opened for ${query}`));
      assert.ok(["go", "rust", "go-then-rust"].includes(await verdictOf(page)), query);
      // Still usable: answering changes the verdict.
      await page.locator("#q-build-embedded").check();
      await page.waitForFunction(() => new URLSearchParams(location.search).get("build") === "embedded");
      assert.ok(["rust", "go-then-rust"].includes(await verdictOf(page)), query);
      assert.equal(await page.locator("img[src=x]").count(), 0);
      assert.deepEqual(await collectProblems(page, problems), [], query);
      await context.close();
    }
  });
});
