// The full app in headless Chromium: every section renders from the bundled dataset, every
// figure of the article is on the page, nothing breaks the strict CSP or leaves the origin, and
// the page reads well from 320 px to wide screens, light and dark, with or without JavaScript.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { collectProblems, openChartTables, ROOT, screenshotPath, serveDist, useBrowserAndServer, waitForApp, watch } from "./helpers.mjs";

const SECTIONS = [
  ["advisor", "Should you learn Rust or Go?"],
  ["jobs", "Job market"],
  ["sentiment", "Developer sentiment"],
  ["growth", "Ecosystem growth"],
  ["compare", "Head to head"],
  ["adoption", "Who uses what"],
  ["learning", "Learning curve and team onboarding"],
  ["decide", "How to decide"],
  ["facts", "More figures"],
  ["resources", "Where to start"],
  ["sources", "Sources"],
];

// Every figure of the article, as the page writes it.
const FIGURES = [
  // Stack Overflow 2024
  "62%", "83% (#1)", "17%", "30% (#1)", "13.5%", "12.6%", "9 years in a row (2016–2024)",
  // Octoverse 2024 and TIOBE
  "+40%", "+28%", "+22%", "+12%", "+8%", "7–9", "14–17",
  // US job market
  "~38,000", "~12,000", "+18%", "+45%", "$160,000", "$175,000",
  "$120,000–$210,000", "$130,000–$230,000", "55%", "65%", "70% / 30%", "50% / 50%",
  "Python, JavaScript, SQL", "C/C++, Python, Go", "within 3–4 years",
  // Emerging markets
  "₹10–25 lakh ($12,000–$30,000)", "No reliable data", "4–5 for every Rust role",
  // Learning curve and team onboarding
  "1–2 days", "1–2 weeks", "3–4 weeks", "2–4 weeks", "2–3 months", "1–2 months",
  "3–6 months", "2–3 months", "6–12 months", "3–6 months", "9–18 months",
  "Reported by 15 developers with at least 5 years", "team of 10", "3–4", "6–7",
  // Other cited facts
  "~70%", "45%", "47%", "4–8 weeks", "5–15 minutes", "Every 2 minutes",
  "90 seconds → 11 seconds (8× faster)", "(40 sources)", "took 2 days", "At least 2 weeks",
  "about 30% faster", "90% (the author's estimate)", "Linux 6.1", "Go 1.18 (2022)", "1,000+", "~2,000",
  // Decision framework
  "about 3× as many US postings", "$15k higher",
  // Head to head
  "Days to weeks", "Weeks to months", "Result<T, E> + ? operator (type-safe)", "Split: Go is simpler, Rust is safer",
  "Tie: Both excellent",
];

const dataset = JSON.parse(readFileSync(`${ROOT}public/data/rust-vs-go.json`, "utf8"));

const shared = useBrowserAndServer();

async function openApp(options = {}, url = shared.server.url) {
  const context = await shared.browser.newContext(options);
  const page = await context.newPage();
  const problems = await watch(page, new URL(url).origin);
  await page.goto(url);
  if (options.javaScriptEnabled !== false) {
    await waitForApp(page);
  }
  return { context, page, problems };
}

describe("the full app", () => {
  test("renders every section with its tables, with no console error, CSP violation or foreign request", async () => {
    const { context, page, problems } = await openApp();
    const ids = await page.locator("#app section").evaluateAll((s) => s.map((e) => e.id));
    assert.deepEqual(ids, SECTIONS.map(([id]) => id));
    for (const [id, title] of SECTIONS) {
      const section = page.locator(`#app #${id}`);
      assert.equal(await section.locator(":scope > h2").innerText(), title);
      assert.equal(await section.getAttribute("aria-labelledby"), `${id}-title`);
      // Every section shows its data: a widget (a chart with its table view, or the advisor)
      // or an HTML table with a caption and headers.
      const widgets = await section.locator(".widget-slot.mounted").count();
      const tables = section.locator(":scope > .tables table, :scope > .table-wrap table, :scope > div > .table-wrap table");
      assert.ok(widgets + (await tables.count()) >= 1, `${id} shows its data`);
      for (const table of await tables.all()) {
        assert.ok((await table.locator("caption").innerText()).length > 0, `${id}: caption`);
        assert.ok((await table.locator('thead th[scope="col"]').count()) >= 2, `${id}: column headers`);
        assert.ok((await table.locator('tbody th[scope="row"]').count()) >= 1, `${id}: row headers`);
      }
    }
    assert.deepEqual(await collectProblems(page, problems), []);
    await context.close();
  });

  test("shows every figure of the article", async () => {
    const { context, page } = await openApp();
    // Every figure is on the page: in a table, or in a chart's table view (opened here).
    for (const toggle of await page.locator("#app figure.chart").getByRole("button", { name: "Table" }).all()) {
      await toggle.click();
    }
    const text = await page.locator("#app").innerText();
    const missing = FIGURES.filter((figure) => !text.includes(figure));
    assert.deepEqual(missing, [], "figures missing from the page");
    for (const company of [...dataset.companies.rust, ...dataset.companies.go]) {
      assert.ok(text.includes(company.company), company.company);
    }
    for (const source of dataset.sources) {
      assert.ok(await page.locator(`#app #source-${source.id}`).isVisible(), source.id);
    }
    await context.close();
  });

  test("every source link points at an entry of the sources table", async () => {
    const { context, page } = await openApp();
    const targets = await page
      .locator('a[href^="#source-"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute("href").slice(1)));
    assert.ok(targets.length > 40, `only ${targets.length} source links`);
    for (const id of new Set(targets)) {
      assert.equal(await page.locator(`#app [id="${id}"]`).count(), 1, id);
    }
    await context.close();
  });

  test("shows the headline figures before the app starts, and offers the dataset for download", async () => {
    const { context, page } = await openApp();
    const header = page.locator("header.site-header");
    assert.equal(await header.locator("h1").innerText(), "Rust or Go?");
    const figures = await header.locator(".key-figure").allInnerTexts();
    assert.equal(figures.length, 4);
    assert.match(figures[0], /~38,000[\s\S]*~12,000/);
    const download = header.locator("a[download]");
    const response = await page.request.get(new URL(await download.getAttribute("href"), page.url()).href);
    assert.equal(response.status(), 200);
    assert.deepEqual(await response.json(), dataset);
    await context.close();
  });

  test("says everything without JavaScript, each chart's table one click away", async () => {
    const { context, page } = await openApp({ javaScriptEnabled: false });
    assert.match(await page.locator(".key-figures").innerText(), /\$175,000/);
    assert.equal(await page.locator(".chart-slot svg.chart-picture:visible").count(), 6);
    await openChartTables(page);
    const text = await page.locator("body").innerText();
    const missing = FIGURES.filter((figure) => !text.includes(figure));
    assert.deepEqual(missing, [], "figures missing without JavaScript");
    assert.equal(await page.locator("section").count(), SECTIONS.length);
    // Each chart's slot shows its picture over its table, and the advisor's says where it is.
    assert.equal(await page.locator(".chart-slot table:visible").count(), 6);
    assert.match(await page.locator(".advisor-slot").innerText(), /needs JavaScript/);
    await context.close();
  });

  test("keeps its figures, each chart a picture over its table, when the app cannot start", async () => {
    const context = await shared.browser.newContext();
    const page = await context.newPage();
    await context.route(/_bg\.wasm$/, (route) => route.fulfill({ status: 404, body: "" }));
    await page.goto(shared.server.url);
    const notice = page.locator(".notice-failure");
    await notice.waitFor();
    assert.match(await notice.innerText(), /could not start/);
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains("js")), false);
    assert.equal(await page.locator("#app section").count(), SECTIONS.length);
    assert.equal(await page.locator(".chart-slot svg.chart-picture:visible").count(), 6);
    await openChartTables(page);
    assert.equal(await page.locator(".chart-slot table:visible").count(), 6);
    await context.close();
  });

  for (const width of [320, 768, 1280]) {
    for (const colorScheme of ["light", "dark"]) {
      test(`fits ${width} px without horizontal page scroll (${colorScheme})`, async () => {
        const { context, page, problems } = await openApp({
          viewport: { width, height: 900 },
          colorScheme,
        });
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        assert.equal(overflow, 0, "the page scrolls sideways");
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        assert.equal(background, colorScheme === "dark" ? "rgb(18, 20, 23)" : "rgb(255, 255, 255)");
        await page.screenshot({ path: screenshotPath(`app-${width}-${colorScheme}`), fullPage: true });
        assert.deepEqual(await collectProblems(page, problems), []);
        await context.close();
      });
    }
  }

  test("theme=dark forces the dark theme whatever the system prefers", async () => {
    const { context, page } = await openApp({ colorScheme: "light" }, `${shared.server.url}?theme=dark`);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark");
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(background, "rgb(18, 20, 23)");
    await context.close();
  });
});

describe("deployed under a sub-path", () => {
  test("the same build works at /tools/rust-or-go/", async () => {
    const sub = await serveDist({ basePath: "/tools/rust-or-go/" });
    try {
      const { context, page, problems } = await openApp({}, sub.url);
      assert.equal(await page.locator("#app section").count(), SECTIONS.length);
      assert.deepEqual(await collectProblems(page, problems), []);
      assert.ok(sub.requests.every((path) => path.startsWith("/tools/rust-or-go/")), sub.requests.join(" "));
      await context.close();
    } finally {
      await sub.close();
    }
  });
});
