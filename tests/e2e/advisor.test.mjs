// The advisor in headless Chromium: the URL contract (answers read on load, written back as
// they are given), the verdict hook and live region, keyboard-only use, and hostile input.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { collectProblems, screenshotPath, useBrowserAndServer, watch } from "./helpers.mjs";

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

  test("the article's explicit rules are never outvoted", async () => {
    for (const [query, verdict, headline, reason] of [
      // Target employers decide, however many answers point the other way.
      ["?employers=go&build=systems&background=cpp&optimize=salary", "go", "Learn Go", /Mostly Go → Go: decides/],
      ["?employers=rust&build=web&background=python&optimize=postings", "rust", "Learn Rust", /Mostly Rust → Rust: decides/],
      // A runway of 1–2 months decides Go, the article's answer for it.
      ["?build=systems&background=cpp&optimize=salary&months=2", "go", "Learn Go", /2 months → Go: decides/],
      // …but Rust employers still decide, with the runway as a warning and its figure.
      ["?employers=rust&months=2", "rust", "Learn Rust", /2 months → a warning: it does not change the verdict[\s\S]*Rust 2–3 months/],
      // Someone who knows Go is not told to learn it.
      ["?background=go", "go-then-rust", "Stay with Go, then add Rust", /leans a little towards adding Rust/],
      ["?background=go&build=web", "go", "Stay with Go", /Web services and APIs → Go, 3 points/],
    ]) {
      const { context, page, problems } = await open(query);
      assert.equal(await verdictOf(page), verdict, query);
      assert.equal(await page.locator("#advisor .verdict").innerText(), headline, query);
      const reasons = await page.locator("#advisor .reasons").innerText();
      assert.match(reasons, reason, query);
      assert.deepEqual(await collectProblems(page, problems), [], query);
      await context.close();
    }
  });

  test("answers a rule outweighs are shown as outweighed, with their points", async () => {
    const { context, page } = await open("?employers=go&build=systems&background=cpp&optimize=salary");
    const reasons = await page.locator("#advisor .reasons li").allInnerTexts();
    assert.match(reasons[0], /^Mostly Go → Go: decides/);
    assert.match(reasons[1], /^Systems software → Rust, 3 points, outweighed by your target employers/);
    assert.match(await page.locator("#advisor .confidence").innerText(), /Decided by your target employers, who use Go.*Go 0 points, Rust 7 points/);
    await context.close();
  });

  test("on a phone the verdict stays in view while answering, announced once", async () => {
    const { context, page, problems } = await open("?build=systems", { viewport: { width: 360, height: 740 } });
    const peek = page.locator("#advisor .verdict-peek");
    const onScreen = async (locator) => {
      const box = await locator.boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= 740;
    };
    // Answering a question far down the form, the verdict box is off screen; the peek is not.
    const salary = page.locator("#q-optimize-salary");
    await salary.scrollIntoViewIfNeeded();
    assert.equal(await onScreen(page.locator("#advisor .verdict-box")), false);
    assert.equal(await onScreen(peek), true);
    assert.match(await peek.innerText(), /So far:\s*Learn Rust/);
    await page.locator("#q-optimize-postings").check();
    await expectVerdict(page, "go-then-rust");
    assert.match(await peek.innerText(), /Learn Go first, then Rust/);
    assert.equal(await onScreen(peek), true);
    // One live region announces the verdict; the peek is not another one.
    assert.equal(await page.locator("#advisor [role=status]").count(), 1);
    assert.equal(await page.locator("#advisor [role=status] [data-verdict]").count(), 1);
    assert.equal(await peek.evaluate((e) => e.closest("[role=status], [aria-live]")), null);
    assert.equal(await peek.locator("[aria-live], [role=status]").count(), 0);
    // "See why" jumps to the reasons.
    await peek.getByRole("link", { name: "See why" }).click();
    await page.waitForFunction(() => location.hash === "#advisor-why");
    assert.equal(await onScreen(page.locator("#advisor-why")), true);
    // The timeline is short enough to read at this width.
    await page.locator("#q-months").selectOption("3");
    const cells = await page.locator("#table-timeline tbody td").allInnerTexts();
    assert.ok(cells.every((cell) => !cell.includes("within your time")), cells.join(" | "));
    assert.ok(cells.some((cell) => /^2–3 months\s✓$/.test(cell)), cells.join(" | "));
    const wrap = page.locator("#table-timeline").locator("xpath=..");
    assert.equal(await wrap.evaluate((e) => e.scrollWidth <= e.clientWidth), true, "no sideways scroll");
    await page.screenshot({ path: screenshotPath("advisor-phone-360") });
    assert.deepEqual(await collectProblems(page, problems), []);
    await context.close();
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
    // Lost time is priced at one salary for both languages, the region's: here India's range.
    const team = await page.locator("#advisor .team-cost").innerText();
    assert.match(team, /at \$12,000–\$30,000 a year for both \(what Go developers earn in India/);
    assert.match(team, /about \$5k–\$13k with Go and \$22k–\$64k with Rust/);
    assert.match(await page.locator("#advisor .advice-details").innerText(), /Computed from these by this app/);
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
    assert.match(await page.locator("#advisor [role=status]").innerText(), /Decided by your target employers, who use Go/);
    assert.deepEqual(await collectProblems(page, problems), []);
    await context.close();
  });

  test("'what would change it' names the smallest change, and trying it applies it", async () => {
    const { context, page } = await open("?build=web");
    const flip = page.locator("#advisor .flip");
    assert.match(await flip.innerText(), /The smallest change that alters it: answering "Systems software" instead of "Web services and APIs" makes it Rust\./);
    await flip.getByRole("button", { name: "Try that" }).click();
    await expectVerdict(page, "rust");
    await expectQuery(page, "?build=systems");
    await context.close();
  });

  test("Enter in the team-size field keeps the page and its answers", async () => {
    const { context, page, problems } = await open("?build=cli");
    // The form has one number field and no submit button: Enter there submits it, which
    // would load the page again with the form's fields as the query.
    await page.evaluate(() => {
      window.stillHere = true;
    });
    await page.locator("#q-team").fill("25");
    await page.locator("#q-team").press("Enter");
    await expectQuery(page, "?build=cli&team=25");
    assert.equal(await page.evaluate(() => window.stillHere), true, "the page was loaded again");
    assert.deepEqual(await collectProblems(page, problems), []);
    await context.close();
  });

  test("the advisor's embed snippet carries the answers when asked to", async () => {
    const { context, page, problems } = await open("?build=cli&months=6");
    const share = page.locator("#advisor .share");
    const dialog = share.locator("dialog");
    const snippetNow = async () => {
      await share.getByRole("button", { name: "Embed" }).click();
      const code = await dialog.locator("textarea").inputValue();
      await dialog.getByRole("button", { name: "Close" }).click();
      return code;
    };
    assert.match(await snippetNow(), /\?embed=quiz"/);
    await share.getByLabel("Embed with these answers").check();
    assert.match(await snippetNow(), /\?embed=quiz&amp;build=cli&amp;months=6"/);
    await share.getByLabel("Embed with these answers").uncheck();
    assert.match(await snippetNow(), /\?embed=quiz"/);
    assert.deepEqual(await collectProblems(page, problems), []);
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
      assert.match(await page.locator("#advisor .reasons").innerText(), /Embedded systems and IoT/, query);
      assert.equal(await page.locator("img[src=x]").count(), 0);
      assert.deepEqual(await collectProblems(page, problems), [], query);
      await context.close();
    }
  });
});
