// Chart readouts in headless Chromium: every figure of every chart, read with the keyboard alone
// (announced politely), with a pointer and with a finger; the figures checked against the
// dataset file, not against a copy in this test; the readout kept inside the chart and off its
// point at every width; following a slider's new figures; in embeds too; never redrawing the
// chart.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { CHART_IDS as CHARTS, collectProblems, frames, ROOT, screenshotPath, useBrowserAndServer, waitForApp, watch } from "./helpers.mjs";

const dataset = JSON.parse(readFileSync(`${ROOT}public/data/rust-vs-go.json`, "utf8"));

const shared = useBrowserAndServer();

const thousands = (n) => n.toLocaleString("en-US");
const usd = (n) => `$${thousands(n)}`;
const span = (low, high) => (low === high ? `${low}` : `${low}–${high}`);
const duration = ({ low, high, unit }) => `${span(low, high)} ${high === 1 ? unit.replace(/s$/, "") : unit}`;
const percent = (p) => `${p}%`;
const growth = (p) => `${p >= 0 ? "+" : ""}${p}%`;

/** What each point of each chart says, in reading order, worked out from the dataset file. */
function expectedFigures() {
  const m = dataset.job_market;
  const india = dataset.emerging_markets.india_go_salary.usd;
  const salary = [];
  for (const jobs of [m.go, m.rust]) {
    salary.push(usd(jobs.salary_p10_p90_usd.low), usd(jobs.median_salary_usd), usd(jobs.salary_p10_p90_usd.high));
  }
  salary.push(`${usd(india.low)}–${usd(india.high)}`, "No reliable data");

  const horizon = m.article_convergence_claim_years.high;
  const jobsFigures = [];
  for (const jobs of [m.go, m.rust]) {
    for (let t = 0; t <= horizon; t++) {
      const postings = Math.round((jobs.postings * (1 + jobs.postings_yoy_growth_pct / 100) ** t) / 100) * 100;
      jobsFigures.push(t === 0 ? `~${thousands(postings)} postings` : `about ${thousands(postings)} postings`);
    }
  }

  const s = dataset.sentiment;
  const sentiment = [s.admired, s.desired, s.used].flatMap((v) => [percent(v.go), percent(v.rust)]);
  const growthFigures = [
    ...dataset.ecosystem_growth.languages.map((l) => growth(l.growth_pct)),
    `rank ${span(dataset.tiobe.go_rank.low, dataset.tiobe.go_rank.high)}`,
    `rank ${span(dataset.tiobe.rust_rank.low, dataset.tiobe.rust_rank.high)}`,
  ];
  const learning = dataset.learning_curve.milestones.flatMap((ms) => [duration(ms.go), duration(ms.rust)]);

  // The team chart at the article's size: each line at each month either reports, the last
  // reported figure carrying forward.
  const t = dataset.team_onboarding;
  const months = [...new Set([...t.go, ...t.rust].map((p) => p.month))].sort((a, b) => a - b);
  const team = [t.go, t.rust].flatMap((points) =>
    months.map((month) => {
      const last = points.filter((p) => p.month <= month).at(-1);
      return `${span(last.productive.low, last.productive.high)} of ${t.team_size} developers productive`;
    }),
  );
  return { salary, jobs: jobsFigures, sentiment, growth: growthFigures, learning, team };
}

const EXPECTED = expectedFigures();

async function open(options = {}, query = "") {
  const context = await shared.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const problems = await watch(page, shared.server.origin);
  // Counts the charts' paints: reading a figure must never redraw a chart.
  await page.addInitScript(() => {
    window.__paints = 0;
    new PerformanceObserver((list) => {
      window.__paints += list.getEntries().filter((e) => e.name.startsWith("rust-or-go:paint:")).length;
    }).observe({ type: "measure" });
  });
  await page.goto(shared.server.url + query);
  if (query.includes("embed=")) {
    await page.locator(".embed canvas").waitFor();
    await frames(page, 3);
  } else {
    await waitForApp(page);
  }
  return { context, page, problems };
}

const card = (page, id) => page.locator(`${id ? `#chart-${id} ` : ""}[data-readout]`);
const plot = (page, id) => page.locator(`${id ? `#chart-${id} ` : ""}.chart-plot`);

/** The readout's point index and text once it shows point `index`. */
async function shown(page, id, index) {
  const readout = card(page, id);
  await page
    .waitForFunction(
      ([selector, i]) => document.querySelector(selector)?.getAttribute("data-point") === String(i),
      [`${id ? `#chart-${id} ` : ""}[data-readout]`, index],
      { timeout: 2000 },
    )
    .catch(() => {});
  return { point: await readout.getAttribute("data-point"), text: await readout.innerText(), hidden: await readout.isHidden() };
}

/** The centre of the ring that marks the point shown, in page coordinates. */
async function markCentre(page, id) {
  const box = await page.locator(`#chart-${id} .chart-mark`).boundingBox();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

describe("chart readouts", () => {
  test("the keyboard reads every figure of every chart in order, announced politely", async () => {
    const { context, page, problems } = await open();
    for (const id of CHARTS) {
      const figures = EXPECTED[id];
      // One tab stop, with nothing focusable inside it.
      assert.equal(await plot(page, id).getAttribute("tabindex"), "0");
      assert.equal(await plot(page, id).locator("a, button, input, select, [tabindex]").count(), 0);
      await plot(page, id).focus();
      assert.equal(await card(page, id).isHidden(), true, `${id}: nothing shown before a key`);
      const live = page.locator(`#chart-${id} .chart-plot [aria-live=polite]`);
      for (let i = 0; i < figures.length; i++) {
        await page.keyboard.press("ArrowRight");
        const { point, text } = await shown(page, id, i);
        assert.equal(point, String(i), `${id}: point ${i}`);
        assert.ok(text.includes(figures[i]), `${id} point ${i}: ${JSON.stringify(text)} lacks ${figures[i]}`);
        assert.ok((await live.innerText()).includes(figures[i]), `${id} point ${i} is not announced`);
      }
      // The last point is the end: Right stays there; Home and End jump; Escape hides.
      await page.keyboard.press("ArrowRight");
      assert.equal((await shown(page, id, figures.length - 1)).point, String(figures.length - 1));
      await page.keyboard.press("Home");
      assert.equal((await shown(page, id, 0)).point, "0");
      await page.keyboard.press("End");
      assert.equal((await shown(page, id, figures.length - 1)).point, String(figures.length - 1));
      await page.keyboard.press("Escape");
      assert.equal(await card(page, id).isHidden(), true, `${id}: Escape hides the readout`);
    }
    // Up and Down change series: from Go's 2026 postings down to Rust's 2026.
    await plot(page, "jobs").focus();
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowDown");
    const { text } = await shown(page, "jobs", EXPECTED.jobs.length / 2 + 1);
    assert.match(text, /Rust, 2026/);
    await page.keyboard.press("ArrowUp");
    assert.match((await shown(page, "jobs", 1)).text, /Go, 2026/);
    // The chart is one tab stop after its controls, and the keys do not scroll the page.
    await page.locator("#chart-jobs").getByRole("button", { name: "Reset to the article's rates" }).focus();
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement.classList.contains("chart-plot")), true);
    assert.equal(await page.evaluate(() => window.__paints > 0), true);
    assert.deepEqual(await collectProblems(page, problems), []);
    await context.close();
  });

  test("a pointer on each point shows its figure, without redrawing the chart; leaving hides it", async () => {
    const { context, page, problems } = await open();
    for (const id of CHARTS) {
      const figures = EXPECTED[id];
      await plot(page, id).scrollIntoViewIfNeeded();
      for (let i = 0; i < figures.length; i++) {
        // The keyboard puts the ring on point i; the pointer then goes where the ring is.
        await plot(page, id).focus();
        await page.keyboard.press("Home");
        for (let step = 0; step < i; step++) await page.keyboard.press("ArrowRight");
        await shown(page, id, i);
        const at = await markCentre(page, id);
        await page.keyboard.press("Escape");
        await page.locator("body").focus();
        const paintsBefore = await page.evaluate(() => window.__paints);
        await page.mouse.move(at.x, at.y, { steps: 3 });
        const readout = await shown(page, id, i);
        assert.equal(readout.hidden, false, `${id} point ${i}: no readout under the pointer`);
        assert.ok(readout.text.includes(figures[i]), `${id} point ${i}: ${JSON.stringify(readout.text)} lacks ${figures[i]}`);
        assert.equal(await page.evaluate(() => window.__paints), paintsBefore, `${id}: the pointer redrew the chart`);
      }
      // Off the chart, the readout goes.
      await page.mouse.move(2, 2);
      assert.equal(await card(page, id).isHidden(), true, `${id}: still shown after the pointer left`);
    }
    assert.deepEqual(await collectProblems(page, problems), []);
    await context.close();
  });

  test("a tap shows a figure on a touch screen, and a tap elsewhere hides it", async () => {
    const { context, page } = await open({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
    for (const id of ["salary", "team"]) {
      await plot(page, id).scrollIntoViewIfNeeded();
      await plot(page, id).focus();
      await page.keyboard.press("End");
      const at = await markCentre(page, id);
      await page.keyboard.press("Escape");
      await page.touchscreen.tap(at.x, at.y);
      const readout = await shown(page, id, EXPECTED[id].length - 1);
      assert.equal(readout.hidden, false, `${id}: the tap showed nothing`);
      assert.ok(readout.text.includes(EXPECTED[id].at(-1)), readout.text);
      // Lifting the finger keeps it; a tap outside the chart hides it.
      await frames(page);
      assert.equal(await card(page, id).isHidden(), false, `${id}: gone when the finger lifted`);
      const heading = await page.locator(`#chart-${id} h3`).boundingBox();
      await page.touchscreen.tap(heading.x + 5, heading.y + heading.height / 2);
      assert.equal(await card(page, id).isHidden(), true, `${id}: a tap elsewhere left it shown`);
    }
    await context.close();
  });

  for (const width of [320, 768, 1280]) {
    test(`every readout stays inside its chart and off its point at ${width} px`, async () => {
      const { context, page } = await open({ viewport: { width, height: 900 }, deviceScaleFactor: 2 });
      const problems = [];
      for (const id of CHARTS) {
        await plot(page, id).focus();
        for (let i = 0; i < EXPECTED[id].length; i++) {
          await page.keyboard.press(i === 0 ? "Home" : "ArrowRight");
          await shown(page, id, i);
          const box = await plot(page, id).boundingBox();
          const r = await card(page, id).boundingBox();
          const at = await markCentre(page, id);
          if (r.x < box.x - 0.5 || r.y < box.y - 0.5 || r.x + r.width > box.x + box.width + 0.5 || r.y + r.height > box.y + box.height + 0.5) {
            problems.push(`${id} point ${i}: readout ${JSON.stringify(r)} outside ${JSON.stringify(box)}`);
          }
          if (at.x > r.x && at.x < r.x + r.width && at.y > r.y && at.y < r.y + r.height) {
            problems.push(`${id} point ${i}: the readout covers its point`);
          }
        }
        if (width !== 768) {
          await page.locator(`#chart-${id}`).screenshot({ path: screenshotPath(`readout-${id}-${width}`) });
        }
        await page.keyboard.press("Escape");
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test("the readout follows the figures when a slider changes them", async () => {
    // Tall enough for the sliders and the plot to share the screen: nothing scrolls under the
    // pointer while the rate changes.
    const { context, page } = await open({ viewport: { width: 1280, height: 1400 } });
    await page.locator("#chart-jobs").scrollIntoViewIfNeeded();
    // The pointer on Rust's last point, then the Rust rate changed.
    await plot(page, "jobs").focus();
    await page.keyboard.press("End");
    const at = await markCentre(page, "jobs");
    await page.keyboard.press("Escape");
    await page.mouse.move(at.x, at.y, { steps: 3 });
    const last = EXPECTED.jobs.length - 1;
    const before = (await shown(page, "jobs", last)).text;
    assert.ok(before.includes(EXPECTED.jobs.at(-1)), before);
    // Rust's rate to 60% a year: the last point is 12,000 · 1.6^4 postings.
    await page.locator("#rate-rust").fill("60");
    const rust = dataset.job_market.rust.postings;
    const horizon = dataset.job_market.article_convergence_claim_years.high;
    const expected = `about ${thousands(Math.round((rust * 1.6 ** horizon) / 100) * 100)} postings`;
    await page.waitForFunction((text) => document.querySelector("#chart-jobs [data-readout]").innerText.includes(text), expected);
    assert.match(await card(page, "jobs").innerText(), /at \+60% a year/);
    await context.close();
  });

  for (const scheme of ["light", "dark"]) {
    test(`an embed reads its figures too (${scheme})`, async () => {
      const { context, page, problems } = await open({ colorScheme: scheme, viewport: { width: 600, height: 700 } }, `?embed=sentiment&theme=${scheme}`);
      await plot(page).focus();
      await page.keyboard.press("ArrowRight");
      assert.ok((await shown(page, null, 0)).text.includes(EXPECTED.sentiment[0]));
      await page.keyboard.press("End");
      assert.ok((await shown(page, null, EXPECTED.sentiment.length - 1)).text.includes(EXPECTED.sentiment.at(-1)));
      await page.screenshot({ path: screenshotPath(`readout-embed-sentiment-${scheme}`) });
      assert.deepEqual(await collectProblems(page, problems), []);
      await context.close();
    });
  }
});
