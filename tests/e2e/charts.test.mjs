// The charts in headless Chromium: every canvas is drawn, sharp at the device pixel ratio,
// redrawn when it should be, described in words, with a table view and downloads that carry
// the same data.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { CHART_IDS as CHARTS, collectProblems, frames, readCanvas, screenshotPath, useBrowserAndServer, waitForApp, watch } from "./helpers.mjs";

const shared = useBrowserAndServer();

async function open(options = {}) {
  const context = await shared.browser.newContext({ acceptDownloads: true, ...options });
  const page = await context.newPage();
  const problems = await watch(page, shared.server.origin);
  await page.goto(shared.server.url);
  await waitForApp(page);
  await frames(page);
  return { context, page, problems };
}

const canvasStats = (page, id) => readCanvas(page.locator(`#chart-${id} canvas`));

describe("charts", () => {
  for (const dpr of [1, 2]) {
    test(`every canvas is drawn, with a backing store of CSS size × ${dpr}`, async () => {
      const { context, page, problems } = await open({ deviceScaleFactor: dpr, viewport: { width: 1280, height: 900 } });
      for (const id of CHARTS) {
        const stats = await canvasStats(page, id);
        assert.ok(stats.cssWidth > 200 && stats.cssHeight > 150, `${id}: ${stats.cssWidth}×${stats.cssHeight}`);
        assert.equal(stats.width, Math.round(stats.cssWidth * dpr), `${id}: backing width`);
        assert.equal(stats.height, Math.round(stats.cssHeight * dpr), `${id}: backing height`);
        assert.ok(stats.drawnShare > 0.02, `${id} looks blank: ${stats.drawnShare}`);
      }
      assert.deepEqual(await collectProblems(page, problems), []);
      await context.close();
    });
  }

  test("each chart is an image named by its takeaway, with its numbers", async () => {
    const { context, page } = await open();
    const names = {};
    for (const id of CHARTS) {
      const canvas = page.locator(`#chart-${id} canvas`);
      assert.equal(await canvas.getAttribute("role"), "img");
      names[id] = await canvas.getAttribute("aria-label");
    }
    assert.match(names.salary, /Go, US median \$160,000 \(10th–90th percentile \$120,000–\$210,000\)/);
    assert.match(names.salary, /Rust, India: no reliable salary data/);
    assert.match(names.jobs, /US job postings in 2025, as reported/);
    assert.match(names.jobs, /At these rates Rust stays below Go through 2029, at 72% of Go's postings\. A computed projection, not a forecast/);
    assert.match(names.sentiment, /Admired: Go 62%, Rust 83%/);
    assert.match(names.growth, /Rust \+40%, Go \+28%, Python \+22%, JavaScript \+12%, Java \+8%/);
    assert.match(names.learning, /Able to architect complex systems: Go 3–6 months, Rust 9–18 months/);
    assert.match(names.team, /about 21\.5–25\.5 developer-months lost/);
    await context.close();
  });

  test("dragging the projection slider redraws the chart and moves the crossover", async () => {
    const { context, page, problems } = await open();
    const status = page.locator("#chart-jobs .chart-status");
    const atArticleRates = "At these rates Rust stays below Go through 2029, at 72% of Go's postings";
    assert.equal(await status.innerText(), atArticleRates);
    const before = await canvasStats(page, "jobs");

    const slider = page.locator("#rate-rust");
    // Drag the Rust rate thumb from the left end towards the right end with the mouse.
    await slider.focus();
    await slider.press("Home");
    await slider.scrollIntoViewIfNeeded();
    const box = await slider.boundingBox();
    await page.mouse.move(box.x + 4, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2, { steps: 12 });
    await page.mouse.up();
    await frames(page);
    const rate = Number(await slider.inputValue());
    assert.ok(rate > 60, `the drag set the rate to ${rate}`);
    const text = await status.innerText();
    // Within the article's horizon, a year is named only as "if these growth rates held".
    assert.match(text, /^If these growth rates held, Rust would pass Go in 202[6-9]$/, text);
    assert.notEqual((await canvasStats(page, "jobs")).fingerprint, before.fingerprint, "the canvas changed");
    assert.ok((await page.locator("#chart-jobs canvas").getAttribute("aria-label")).includes(text));

    // With Rust growing slower than Go there is no crossover at all.
    await slider.focus();
    await slider.press("Home");
    await frames(page);
    assert.match(await status.innerText(), /^At these rates Rust stays below Go through 2029, at \d+% of Go's postings$/);

    await page.getByRole("button", { name: "Reset to the article's rates" }).click();
    await frames(page);
    assert.equal(await status.innerText(), atArticleRates);
    assert.equal(await slider.inputValue(), "45");
    assert.equal((await canvasStats(page, "jobs")).fingerprint, before.fingerprint, "reset restores the same drawing");
    assert.deepEqual(await collectProblems(page, problems), []);
    await context.close();
  });

  test("the projection is marked as computed everywhere, and ten years come only on request", async () => {
    const { context, page, problems } = await open();
    const frame = page.locator("#chart-jobs");
    assert.match(await frame.locator("figcaption .source").innerText(), /2026–2029: computed from the 2025 postings by compounding each reported growth rate; a projection, not a forecast\./);
    assert.match(await frame.locator(".chart-legend").innerText(), /projected/);
    await frame.getByRole("button", { name: "Table" }).click();
    const rows = await frame.locator(".chart-table tbody tr").allInnerTexts();
    assert.deepEqual(rows.map((row) => row.split("\t")[0]), ["2025", "2026", "2027", "2028", "2029"]);
    assert.match(rows[0], /Reported$/);
    for (const row of rows.slice(1)) assert.match(row, /Projected \(computed\)$/);
    await frame.getByRole("button", { name: "Table" }).click();

    const longer = frame.locator("#jobs-long-horizon");
    assert.equal(await longer.isChecked(), false);
    const before = await canvasStats(page, "jobs");
    await longer.check();
    await frames(page);
    assert.equal(await frame.locator(".chart-status").innerText(), "If these growth rates held, Rust would pass Go in 2031");
    assert.match(await frame.locator("canvas").getAttribute("aria-label"), /Projected by this app for 2026–2035/);
    assert.match(await frame.locator("figcaption .source").innerText(), /2026–2035: computed from the 2025 postings/);
    assert.notEqual((await canvasStats(page, "jobs")).fingerprint, before.fingerprint);
    await longer.uncheck();
    await frames(page);
    assert.equal((await canvasStats(page, "jobs")).fingerprint, before.fingerprint, "back to the article's horizon");
    assert.deepEqual(await collectProblems(page, problems), []);
    await context.close();
  });

  test("the team size slider rescales the onboarding chart", async () => {
    const { context, page } = await open();
    const slider = page.locator("#team-size");
    await slider.fill("20");
    await frames(page);
    const label = await page.locator("#chart-team canvas").getAttribute("aria-label");
    assert.match(label, /A team of 20 developers/);
    assert.match(label, /about 10 developer-months lost to onboarding/);
    assert.match(label, /about 43–51 developer-months lost/);
    await context.close();
  });

  test("the table toggle shows the chart's data as a table, and back", async () => {
    const { context, page } = await open();
    const frame = page.locator("#chart-salary");
    const toggle = frame.getByRole("button", { name: "Table" });
    assert.equal(await toggle.getAttribute("aria-pressed"), "false");
    assert.equal(await frame.locator(".chart-table").isVisible(), false);
    await toggle.click();
    assert.equal(await toggle.getAttribute("aria-pressed"), "true");
    assert.equal(await frame.locator("canvas").isVisible(), false);
    const table = frame.locator(".chart-table table");
    assert.match(await table.innerText(), /Go, US\s+\$120,000\s+\$160,000\s+\$210,000\s+10th and 90th percentiles/);
    // India's figures are a plain range, not percentiles, and say so.
    assert.match(await table.innerText(), /Go, India\s+\$12,000\s+—\s+\$30,000\s+Ends of the reported range \(₹10–25 lakh\); no median or percentiles/);
    assert.match(await table.innerText(), /Rust, India\s+No reliable data/);
    await toggle.click();
    await frames(page);
    assert.equal(await frame.locator("canvas").isVisible(), true);
    assert.ok((await canvasStats(page, "salary")).drawnShare > 0.02, "redrawn after coming back");
    await context.close();
  });

  test("downloads carry the same chart and data: PNG, SVG and CSV", async () => {
    const { context, page, problems } = await open();
    const frame = page.locator("#chart-salary");
    const fetchDownload = async (name) => {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        frame.getByRole("button", { name }).click(),
      ]);
      return { name: download.suggestedFilename(), body: await readFile(await download.path()) };
    };
    const png = await fetchDownload("PNG");
    assert.equal(png.name, "rust-or-go-salary.png");
    assert.deepEqual([...png.body.subarray(1, 4)], [0x50, 0x4e, 0x47]);
    const svg = await fetchDownload("SVG");
    assert.equal(svg.name, "rust-or-go-salary.svg");
    const svgText = svg.body.toString("utf8");
    assert.match(svgText, /^<svg/);
    for (const label of ["$160k median", "$175k median", "$120k", "$230k"]) {
      assert.ok(svgText.includes(label), label);
    }
    const csv = await fetchDownload("CSV");
    assert.equal(csv.name, "rust-or-go-salary.csv");
    assert.equal(
      csv.body.toString("utf8").split("\r\n")[1],
      "\"Go, US\",\"$120,000\",\"$160,000\",\"$210,000\",10th and 90th percentiles",
    );
    assert.deepEqual(await collectProblems(page, problems), []);
    await context.close();
  });

  test("a change of colour scheme redraws the charts in the new theme", async () => {
    const { context, page } = await open({ colorScheme: "light" });
    assert.equal((await canvasStats(page, "sentiment")).background, "255,255,255,255");
    await page.emulateMedia({ colorScheme: "dark" });
    await frames(page);
    assert.equal((await canvasStats(page, "sentiment")).background, "18,20,23,255");
    await context.close();
  });

  test("a resized container redraws at the new size", async () => {
    const { context, page } = await open({ viewport: { width: 1280, height: 900 } });
    const wide = await canvasStats(page, "growth");
    await page.setViewportSize({ width: 400, height: 900 });
    await frames(page);
    await frames(page);
    const narrow = await canvasStats(page, "growth");
    assert.ok(narrow.cssWidth < wide.cssWidth);
    assert.equal(narrow.width, narrow.cssWidth);
    assert.ok(narrow.cssHeight > wide.cssHeight, "the growth chart stacks its panels, taller");
    assert.ok(narrow.drawnShare > 0.02);
    await context.close();
  });

  for (const width of [320, 768, 1280]) {
    test(`charts at ${width} px, for a look (screenshots in tests/output)`, async () => {
      const { context, page } = await open({ viewport: { width, height: 900 }, deviceScaleFactor: 2 });
      for (const id of CHARTS) {
        await page.locator(`#chart-${id}`).screenshot({ path: screenshotPath(`chart-${id}-${width}`) });
      }
      await context.close();
    });
  }
});
