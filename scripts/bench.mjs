// `make bench`: measures the release build in dist/, served on 127.0.0.1, in headless Chromium
// at 1280 px and a pixel ratio of 2, over several fresh first visits (BENCH_RUNS, default 7):
//
// - first-visit transfer per file and in total, at brotli -q 11 (deterministic: measured once);
// - time from navigation to first contentful paint, to every chart visible (its picture from
//   the static page, or its canvas, on screen: the first frame that shows it) and to every
//   chart interactive (its canvas painted by the app);
// - redraw time per chart while a slider is dragged (jobs, team) and while the window is
//   resized (every chart), median and 95th percentile over every redraw of every run;
// - the main-thread time from a pointer move to a new readout on screen, per chart, while the
//   pointer sweeps across each chart (and that no chart redraws meanwhile);
// - JS heap in use and wasm memory after load;
// - the same for a single-chart embed (`?embed=jobs`, which has sliders of its own);
// - the browser's floor for the same page: the app's script replaced by a few lines that give
//   each chart slot a bare canvas (filled, with its picture's labels, no chart code and no
//   wasm), started at DOM ready and again after the first contentful paint, so the bar on
//   "every chart interactive" can be read against what this machine needs for the page and its
//   canvases alone.
//
// Paint and readout times come from the app's own User Timing measures,
// `rust-or-go:paint:<chart>` and `rust-or-go:readout:<chart>`.
// Writes target/bench/report.md and target/bench/report.json and prints the summary table.
// No network throttling and no CPU slow-down: this is the machine's own speed, for comparing
// one release with the next on the same machine.
//
// Headless Chromium on a machine without a GPU gives canvases a CPU backing store, which the
// browser allocates again on every resize (a cost the report measures on its own, with no
// chart code). BENCH_GPU=1 runs Chromium with SwiftShader's GL instead, so canvases are
// GPU-backed as in a desktop browser.

import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { CHART_IDS as CHARTS, CHROMIUM_PATH, DIST, frames, launch, ROOT, serveDist, waitForApp } from "../tests/e2e/helpers.mjs";
import { firstVisitTransfer, gotoUntilPainted, median, quantile, transferTable, VIEWPORT, visitPaints } from "../tests/e2e/measure.mjs";
import { serve } from "../tests/e2e/server.mjs";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
if (!Number.isInteger(RUNS) || RUNS < 5) {
  console.error(`BENCH_RUNS must be a whole number of at least 5 (medians need it), not ${process.env.BENCH_RUNS}`);
  process.exit(2);
}
const OUT = `${ROOT}target/bench/`;
const KIB = 1024;
const MIB = 1024 * 1024;

/**
 * Runs before the page's scripts: keeps every paint measure (the app keeps only the latest of
 * each chart) with the reason the bench gave for it, and the first contentful paint.
 */
function recordPaints() {
  window.__bench = { paints: [], readouts: [], phase: "load", pictures: {} };
  // Each frame until every chart is on screen: which charts' pictures the frame shows. A
  // frame's callbacks run just before it is painted, so their time is that frame's.
  const look = (time) => {
    for (const slot of document.querySelectorAll(".chart-slot")) {
      const id = slot.dataset.widget;
      const shown = [...slot.querySelectorAll("svg.chart-picture")].some((svg) => svg.getBoundingClientRect().height > 0);
      if (shown && !(id in window.__bench.pictures)) window.__bench.pictures[id] = time;
    }
    if (time < 10_000 && !document.querySelector("#app canvas")) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name.startsWith("rust-or-go:paint:")) {
        window.__bench.paints.push({
          chart: entry.name.slice("rust-or-go:paint:".length),
          end: entry.startTime + entry.duration,
          duration: entry.duration,
          phase: window.__bench.phase,
        });
      } else if (entry.name.startsWith("rust-or-go:readout:")) {
        window.__bench.readouts.push({
          chart: entry.name.slice("rust-or-go:readout:".length),
          duration: entry.duration,
        });
      }
    }
  }).observe({ type: "measure" });
}


const setPhase = (page, phase) => page.evaluate((p) => (window.__bench.phase = p), phase);

/** Drags a range input's thumb from one end to the other and back, in small mouse steps. */
async function dragSlider(page, selector) {
  const slider = page.locator(selector);
  await slider.scrollIntoViewIfNeeded();
  await slider.focus();
  await slider.press("Home");
  await frames(page);
  const box = await slider.boundingBox();
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 3, y);
  await page.mouse.down();
  for (const [from, to] of [
    [0.0, 1.0],
    [1.0, 0.0],
  ]) {
    for (let step = 1; step <= 20; step++) {
      const share = from + ((to - from) * step) / 20;
      await page.mouse.move(box.x + 3 + (box.width - 6) * share, y);
      await frames(page, 1);
    }
  }
  await page.mouse.up();
  await frames(page);
}

/**
 * Sweeps the pointer across each chart's plot along three lines, as a reader exploring it
 * would; each move that reaches a new point is one readout measure.
 */
async function sweepReadouts(page, charts) {
  for (const id of charts) {
    const plot = page.locator(charts.length > 1 ? `#chart-${id} .chart-plot` : ".chart-plot");
    await plot.scrollIntoViewIfNeeded();
    await frames(page);
    const box = await plot.boundingBox();
    for (const row of [0.3, 0.55, 0.8]) {
      for (let step = 0; step <= 40; step++) {
        await page.mouse.move(box.x + box.width * (0.02 + (0.96 * step) / 40), box.y + box.height * row);
      }
    }
    await page.mouse.move(1, 1);
    await frames(page);
  }
}

/** Narrows the window and widens it again in steps, as a reader dragging its edge would. */
async function sweepWidth(page) {
  for (const width of [1200, 1100, 1000, 900, 800, 900, 1000, 1100, 1200, VIEWPORT.width]) {
    await page.setViewportSize({ width, height: VIEWPORT.height });
    await frames(page, 3);
  }
}

/**
 * The browser's own cost of a resized canvas, with no chart code: resizes a canvas of the
 * learning chart's size by 2 device pixels and draws one pixel, 20 times. A resize redraw of
 * a chart pays this before drawing anything.
 */
function canvasResizeBaseline(page) {
  return page.evaluate(async () => {
    const chart = document.querySelector("#chart-learning canvas") ?? document.querySelector("canvas");
    const canvas = document.createElement("canvas");
    canvas.style.cssText = `display:block;width:${chart.clientWidth}px;height:${chart.clientHeight}px`;
    chart.after(canvas);
    canvas.width = chart.width;
    canvas.height = chart.height;
    const context = canvas.getContext("2d");
    const times = [];
    for (let i = 0; i < 20; i++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const start = performance.now();
      canvas.width = chart.width + (i % 2 ? 2 : -2);
      context.fillRect(0, 0, 1, 1);
      times.push(performance.now() - start);
    }
    canvas.remove();
    return { times, pixels: chart.width * chart.height };
  });
}

/** JS heap in use and the wasm instances' linear memory, read through the DevTools protocol. */
async function memory(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  const { result: prototype } = await cdp.send("Runtime.evaluate", { expression: "WebAssembly.Memory.prototype" });
  const { objects } = await cdp.send("Runtime.queryObjects", { prototypeObjectId: prototype.objectId });
  const { result } = await cdp.send("Runtime.callFunctionOn", {
    objectId: objects.objectId,
    functionDeclaration: "function () { return this.reduce((sum, m) => sum + m.buffer.byteLength, 0); }",
    returnByValue: true,
  });
  await cdp.detach();
  return { jsHeap: usedSize, wasmMemory: result.value };
}

/**
 * One first visit of `url` in a fresh context: load timings, redraws while `interact` runs,
 * and memory. `charts` are the charts the page must paint.
 */
async function visit(browser, url, charts, interact) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.addInitScript(recordPaints);
  await gotoUntilPainted(page, url, charts);
  await page.waitForLoadState("networkidle");
  await frames(page, 3);
  const load = await page.evaluate((names) => {
    const fcp = performance.getEntriesByName("first-contentful-paint")[0];
    const firstPaint = (name) => Math.min(...window.__bench.paints.filter((p) => p.chart === name).map((p) => p.end));
    const visible = (name) => Math.min(window.__bench.pictures[name] ?? Infinity, firstPaint(name));
    return {
      fcp: fcp ? fcp.startTime : null,
      charts: Object.fromEntries(names.map((name) => [name, firstPaint(name)])),
      visible: Object.fromEntries(names.map((name) => [name, visible(name)])),
    };
  }, charts);
  const memoryAfterLoad = await memory(page);
  await interact(page);
  const baseline = await canvasResizeBaseline(page);
  const redraws = await page.evaluate(() => window.__bench.paints.filter((p) => p.phase !== "load"));
  const readouts = await page.evaluate(() => window.__bench.readouts);
  const readoutRedraws = redraws.filter((p) => p.phase === "readout").length;
  await context.close();
  return {
    readouts,
    readoutRedraws,
    fcp: load.fcp,
    allChartsVisible: Math.max(...Object.values(load.visible)),
    allChartsPainted: Math.max(...Object.values(load.charts)),
    firstPaints: load.charts,
    redraws,
    canvasResize: baseline,
    ...memoryAfterLoad,
  };
}

/** Switches the colour scheme back and forth: every chart redraws at the same size. */
async function switchTheme(page) {
  for (const scheme of ["dark", "light", "dark", "light", "dark", "light"]) {
    await page.emulateMedia({ colorScheme: scheme });
    await frames(page, 3);
  }
}

async function appInteraction(page) {
  await setPhase(page, "readout");
  await sweepReadouts(page, CHARTS);
  await setPhase(page, "slider");
  await dragSlider(page, "#rate-rust");
  await dragSlider(page, "#rate-go");
  await dragSlider(page, "#team-size");
  await page.evaluate(() => window.scrollTo(0, 0));
  await setPhase(page, "theme");
  await switchTheme(page);
  await setPhase(page, "resize");
  await sweepWidth(page);
}

async function embedInteraction(page) {
  await setPhase(page, "readout");
  await sweepReadouts(page, ["jobs"]);
  await setPhase(page, "slider");
  await dragSlider(page, "#rate-rust");
  await setPhase(page, "theme");
  await switchTheme(page);
  await setPhase(page, "resize");
  await sweepWidth(page);
}

/**
 * The floor's script, served in place of boot.js (same place in <head>, same origin, so the
 * page's CSP allows it). Like boot.js it marks the page as scripted (and an embed as such)
 * before the first paint. Then, at DOM ready or once the first contentful paint is reported
 * (a URL ending in `#after-paint`), it reads where each chart's picture and its labels are (one
 * layout), and gives each chart slot a canvas in place of its picture, at the picture's size
 * times the pixel ratio, filled, with the picture's labels drawn at their places, each marked
 * as the app marks its paints (`rust-or-go:paint:<chart>`). All six in one task, the least
 * work for the browser: one chart per task, as the app paints, took 16–39 ms longer as the
 * median of 30 paired visits.
 */
function floorScript() {
  return `(function () {
  var root = document.documentElement;
  root.classList.add("js");
  var embed = new URLSearchParams(location.search).get("embed");
  if (embed !== null) root.setAttribute("data-embed", embed);
  // Where each chart and its labels are, read in one layout before any canvas goes in.
  function measure(slot) {
    var pictures = slot.querySelector(".chart-pictures");
    var box = pictures.getBoundingClientRect();
    var labels = [];
    pictures.querySelectorAll("svg.chart-picture text").forEach(function (text) {
      var at = text.getBoundingClientRect();
      if (at.height > 0) labels.push([text.textContent, at.left - box.left, at.bottom - box.top]);
    });
    return { id: slot.getAttribute("data-widget"), pictures: pictures, box: box, labels: labels };
  }
  function paint(chart) {
    performance.mark("floor:" + chart.id);
    var ratio = window.devicePixelRatio;
    var canvas = document.createElement("canvas");
    canvas.style.cssText = "display:block;width:100%;height:" + chart.box.height + "px";
    canvas.width = Math.round(chart.box.width * ratio);
    canvas.height = Math.round(chart.box.height * ratio);
    chart.pictures.replaceWith(canvas);
    var context = canvas.getContext("2d");
    context.fillStyle = "#fff";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.fillStyle = "#1b1d21";
    context.font = 13 * ratio + "px system-ui, sans-serif";
    chart.labels.forEach(function (label) {
      context.fillText(label[0], label[1] * ratio, label[2] * ratio);
    });
    performance.measure("rust-or-go:paint:" + chart.id, "floor:" + chart.id);
  }
  function start() {
    var charts = [];
    document.querySelectorAll(".chart-slot").forEach(function (slot) {
      var chart = measure(slot);
      if (chart.box.height > 0) charts.push(chart);
    });
    charts.forEach(paint);
  }
  document.addEventListener("DOMContentLoaded", function () {
    if (location.hash === "#after-paint") {
      // As boot.js: the first contentful paint, not a first paint that may come before it.
      new PerformanceObserver(function (list, observer) {
        if (list.getEntriesByName("first-contentful-paint").length) {
          observer.disconnect();
          start();
        }
      }).observe({ type: "paint", buffered: true });
    } else {
      start();
    }
  });
})();
`;
}

/**
 * A copy of dist/ whose page loads the floor's script (bench-floor.js) in place of boot.js, to
 * be served as the app is. The script starts at DOM ready, or after the first contentful
 * paint when the URL's fragment is `#after-paint`.
 */
function floorSite() {
  const root = `${OUT}floor/`;
  rmSync(root, { recursive: true, force: true });
  cpSync(DIST, root, { recursive: true });
  const html = readFileSync(`${root}index.html`, "utf8");
  const replaced = html.replace(/<script\b[^>]*\bboot\.js\b[^>]*>\s*<\/script>/, '<script src="bench-floor.js"></script>');
  if (replaced === html) throw new Error("dist/index.html has no boot.js script tag to replace");
  writeFileSync(`${root}index.html`, replaced);
  writeFileSync(`${root}bench-floor.js`, floorScript());
  return root;
}

/** Medians over the floor's runs of one page: at DOM ready, and after the first paint. */
function summariseFloor(atReady, afterPaint) {
  return {
    atDomReady: { fcp: median(atReady.map((r) => r.fcp)), allChartsPainted: median(atReady.map((r) => r.allChartsPainted)) },
    afterFirstPaint: { fcp: median(afterPaint.map((r) => r.fcp)), allChartsPainted: median(afterPaint.map((r) => r.allChartsPainted)) },
  };
}

/** Medians (and p95 of redraws) over the runs of one page. */
function summarise(runs, charts) {
  const redraws = {};
  for (const chart of charts) {
    const byPhase = (phase) =>
      runs.flatMap((run) => run.redraws.filter((p) => p.chart === chart && (!phase || p.phase === phase)).map((p) => p.duration));
    const all = byPhase();
    const sameSize = [...byPhase("slider"), ...byPhase("theme")];
    redraws[chart] = {
      count: all.length,
      median: median(all),
      p95: quantile(all, 0.95),
      sameSize: { median: median(sameSize), p95: quantile(sameSize, 0.95) },
      slider: { median: median(byPhase("slider")), p95: quantile(byPhase("slider"), 0.95) },
      theme: { median: median(byPhase("theme")), p95: quantile(byPhase("theme"), 0.95) },
      resize: { median: median(byPhase("resize")), p95: quantile(byPhase("resize"), 0.95) },
    };
  }
  const readouts = {};
  for (const chart of charts) {
    const times = runs.flatMap((run) => run.readouts.filter((r) => r.chart === chart).map((r) => r.duration));
    readouts[chart] = { count: times.length, median: median(times), p95: quantile(times, 0.95) };
  }
  const allReadouts = runs.flatMap((run) => run.readouts.map((r) => r.duration));
  return {
    runs: runs.length,
    readouts,
    readout: { count: allReadouts.length, median: median(allReadouts), p95: quantile(allReadouts, 0.95) },
    readoutRedraws: runs.reduce((sum, run) => sum + run.readoutRedraws, 0),
    fcp: median(runs.map((run) => run.fcp)),
    allChartsVisible: median(runs.map((run) => run.allChartsVisible)),
    // How much later than the first contentful paint the last chart came on screen, run by run.
    visibleAfterFcp: median(runs.map((run) => run.allChartsVisible - run.fcp)),
    allChartsPainted: median(runs.map((run) => run.allChartsPainted)),
    firstPaint: Object.fromEntries(charts.map((chart) => [chart, median(runs.map((run) => run.firstPaints[chart]))])),
    redraws,
    canvasResize: {
      pixels: runs[0].canvasResize.pixels,
      median: median(runs.flatMap((run) => run.canvasResize.times)),
    },
    jsHeap: median(runs.map((run) => run.jsHeap)),
    wasmMemory: median(runs.map((run) => run.wasmMemory)),
  };
}

const ms = (value) => (value === null ? "–" : `${value.toFixed(1)} ms`);
const ms2 = (value) => (value === null ? "–" : `${value.toFixed(2)} ms`);
const kib = (bytes) => `${(bytes / KIB).toFixed(1)} KiB`;
const mib = (bytes) => `${(bytes / MIB).toFixed(1)} MiB`;

/** The one table to compare from release to release. */
function summaryTable(report) {
  const { app, embed } = report;
  const pair = (r) => (r && r.median !== null ? `${ms2(r.median)} / ${ms2(r.p95)}` : "");
  const rows = [
    ["first-visit transfer (brotli)", kib(app.transfer.total.brotli), kib(embed.transfer.total.brotli), "≤ 150 / 100 KiB"],
    ["first contentful paint", ms(app.fcp), ms(embed.fcp), ""],
    ["every chart visible (picture or canvas)", ms(app.allChartsVisible), ms(embed.allChartsVisible), ""],
    ["… after the first contentful paint", ms(app.visibleAfterFcp), ms(embed.visibleAfterFcp), "≤ 16.7 ms (one frame)"],
    ["every chart interactive (canvas painted)", ms(app.allChartsPainted), ms(embed.allChartsPainted), "≤ 250 ms"],
    [
      "floor: bare canvases painted, no chart code, started at DOM ready",
      ms(app.floor.atDomReady.allChartsPainted),
      ms(embed.floor.atDomReady.allChartsPainted),
      "",
    ],
    [
      "floor: … started after the first contentful paint, as the app",
      ms(app.floor.afterFirstPaint.allChartsPainted),
      ms(embed.floor.afterFirstPaint.allChartsPainted),
      "",
    ],
  ];
  for (const chart of CHARTS) {
    rows.push([`redraw ${chart} (slider, theme): median / p95`, pair(app.redraws[chart].sameSize), pair(embed.redraws[chart]?.sameSize), "median ≤ 4 ms"]);
  }
  for (const chart of CHARTS) {
    rows.push([`redraw ${chart} (window resized): median / p95`, pair(app.redraws[chart].resize), pair(embed.redraws[chart]?.resize), ""]);
  }
  rows.push([
    "pointer move to a new readout: median / p95 (all charts)",
    pair(app.readout),
    pair(embed.readout),
    "median ≤ 2 ms",
  ]);
  rows.push(["chart redraws while the pointer sweeps", `${app.readoutRedraws}`, `${embed.readoutRedraws}`, "0"]);
  const baseline = (page) => `${ms2(page.canvasResize.median)} (${(page.canvasResize.pixels / 1e6).toFixed(1)} Mpx)`;
  rows.push(["browser alone: resize a canvas, draw 1 px", baseline(app), baseline(embed), ""]);
  rows.push(["JS heap after load", mib(app.jsHeap), mib(embed.jsHeap), ""]);
  rows.push(["wasm memory after load", mib(app.wasmMemory), mib(embed.wasmMemory), ""]);
  const lines = [`| median of ${report.runs} runs | full app | embed (${report.embed.widget}) | bar |`, "|---|---:|---:|---|"];
  for (const row of rows) lines.push(`| ${row.join(" | ")} |`);
  return lines.join("\n");
}

function markdown(report) {
  const { app, embed } = report;
  const redrawTable = (page) => {
    const pair = ({ median, p95 }) => (median === null ? "–" : `${ms2(median)} / ${ms2(p95)}`);
    const lines = [
      "| chart | redraws | all: median / p95 | slider dragged | theme switched | window resized |",
      "|---|---:|---:|---:|---:|---:|",
    ];
    for (const [chart, r] of Object.entries(page.redraws)) {
      lines.push(`| ${chart} | ${r.count} | ${pair(r)} | ${pair(r.slider)} | ${pair(r.theme)} | ${pair(r.resize)} |`);
    }
    return lines.join("\n");
  };
  const readoutTable = (page) => {
    const pair = ({ median, p95 }) => (median === null ? "–" : `${ms2(median)} / ${ms2(p95)}`);
    const lines = ["| chart | new readouts | median / p95 |", "|---|---:|---:|"];
    for (const [chart, r] of Object.entries(page.readouts)) lines.push(`| ${chart} | ${r.count} | ${pair(r)} |`);
    return lines.join("\n");
  };
  const firstPaints = (page) =>
    ["| chart | canvas first painted after navigation |", "|---|---:|", ...Object.entries(page.firstPaint).map(([c, t]) => `| ${c} | ${ms(t)} |`)].join("\n");
  return `# Benchmark: ${report.commit}, ${report.date}

${report.browser}; ${VIEWPORT.width}×${VIEWPORT.height} px at pixel ratio 2; ${report.runs} fresh first visits per page;
served from 127.0.0.1 with no throttling. Medians over the runs; redraw figures pool every redraw of every run:
while a slider is dragged end to end and back (jobs, team), while the colour scheme switches (every chart, same
size), and while the window narrows from 1280 to 800 px and widens again (every chart, new backing store each time).

${summaryTable(report)}

## Full app

${firstPaints(app)}

${redrawTable(app)}

Pointer readouts (main-thread time from a pointer move to a new readout on screen):

${readoutTable(app)}

First-visit transfer:

${transferTable(app.transfer)}

## Embed (\`?embed=${embed.widget}\`)

${firstPaints(embed)}

${redrawTable(embed)}

First-visit transfer:

${transferTable(embed.transfer)}
`;
}

const commit = (() => {
  try {
    const hash = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain"], { cwd: ROOT, encoding: "utf8" }).trim() !== "";
    return dirty ? `${hash} (with uncommitted changes)` : hash;
  } catch {
    return "unknown commit";
  }
})();

const server = await serveDist();
const floor = await serve({ root: floorSite() });
const GPU = Boolean(process.env.BENCH_GPU);
const browser = await launch(GPU ? ["--use-angle=swiftshader", "--enable-unsafe-swiftshader"] : []);
try {
  const browserName = `Chromium ${browser.version()} (${CHROMIUM_PATH}), ${GPU ? "GPU canvas (SwiftShader)" : "CPU canvas"}`;
  console.log(`==> ${browserName}, ${RUNS} runs per page`);
  const EMBED = "jobs";
  const embedUrl = `${server.url}?embed=${EMBED}`;
  const appRuns = [];
  const embedRuns = [];
  const floorRuns = { app: [[], []], embed: [[], []] };
  for (let run = 1; run <= RUNS; run++) {
    appRuns.push(await visit(browser, server.url, CHARTS, appInteraction));
    embedRuns.push(await visit(browser, embedUrl, [EMBED], embedInteraction));
    for (const [index, fragment] of ["", "#after-paint"].entries()) {
      floorRuns.app[index].push(await visitPaints(browser, `${floor.url}${fragment}`, CHARTS, VIEWPORT));
      floorRuns.embed[index].push(await visitPaints(browser, `${floor.url}?embed=${EMBED}${fragment}`, [EMBED], VIEWPORT));
    }
    const [last, lastEmbed] = [appRuns.at(-1), embedRuns.at(-1)];
    console.log(
      `    run ${run}/${RUNS}: full app charts visible at ${ms(last.allChartsVisible)} (first contentful paint ${ms(last.fcp)}), ` +
        `painted at ${ms(last.allChartsPainted)}; embed visible at ${ms(lastEmbed.allChartsVisible)}, painted at ${ms(lastEmbed.allChartsPainted)}; ` +
        `floor ${ms(floorRuns.app[0].at(-1).allChartsPainted)} / ${ms(floorRuns.app[1].at(-1).allChartsPainted)} ` +
        `(embed ${ms(floorRuns.embed[0].at(-1).allChartsPainted)} / ${ms(floorRuns.embed[1].at(-1).allChartsPainted)})`,
    );
  }
  console.log("==> first-visit transfer");
  const appTransfer = await firstVisitTransfer(browser, server.url, DIST, waitForApp);
  const embedTransfer = await firstVisitTransfer(browser, embedUrl, DIST, (page) => page.locator(".embed canvas").waitFor());

  const report = {
    commit,
    date: new Date().toISOString(),
    browser: browserName,
    viewport: { ...VIEWPORT, devicePixelRatio: 2 },
    runs: RUNS,
    app: { ...summarise(appRuns, CHARTS), floor: summariseFloor(...floorRuns.app), transfer: appTransfer },
    embed: { widget: EMBED, ...summarise(embedRuns, [EMBED]), floor: summariseFloor(...floorRuns.embed), transfer: embedTransfer },
    raw: {
      app: appRuns.map(({ redraws, readouts, ...rest }) => rest),
      embed: embedRuns.map(({ redraws, readouts, ...rest }) => rest),
      floor: floorRuns,
    },
  };
  mkdirSync(OUT, { recursive: true });
  writeFileSync(`${OUT}report.json`, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(`${OUT}report.md`, markdown(report));
  console.log(`\n${summaryTable(report)}\n`);
  console.log(`Full report: target/bench/report.md and target/bench/report.json`);
} finally {
  await browser.close();
  await server.close();
  await floor.close();
}
