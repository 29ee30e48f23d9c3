// `node scripts/compare.mjs [--runs N] [--query "?embed=jobs"] DIR_A DIR_B`: compares two builds
// of the site, say a copy of dist/ from before a change and one from after it.
//
// Serves each directory on 127.0.0.1 and visits them in turn (A B, then B A, and so on), each a
// first visit in a fresh browser context at 1280 px and a pixel ratio of 2, as `make bench`
// does. Prints for each build the median time from navigation to the first contentful paint and
// to every chart painted (the app's `rust-or-go:paint:<chart>` measures), then the median of
// the paired differences (B minus A) and in how many pairs B was later.
//
// This machine's speed varies with its load by up to a factor of two between runs, so two
// builds measured one after the other cannot be told apart by a few tens of milliseconds;
// visiting them alternately and comparing each pair can. Use 40 runs or more for differences
// of that size.

import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { CHART_IDS, launch } from "../tests/e2e/helpers.mjs";
import { median, VIEWPORT, visitPaints } from "../tests/e2e/measure.mjs";
import { serve } from "../tests/e2e/server.mjs";

function usage(message) {
  console.error(`${message}\nusage: node scripts/compare.mjs [--runs N] [--query "?embed=jobs"] DIR_A DIR_B`);
  process.exit(2);
}

const args = process.argv.slice(2);
let runs = 20;
let query = "";
const dirs = [];
while (args.length > 0) {
  const arg = args.shift();
  if (arg === "--runs") {
    runs = Number(args.shift());
    if (!Number.isInteger(runs) || runs < 2) usage("--runs takes a whole number of at least 2");
  } else if (arg === "--query") {
    query = args.shift() ?? "";
    if (!query.startsWith("?")) usage('--query takes a query string starting with "?"');
  } else {
    dirs.push(resolve(arg));
  }
}
if (dirs.length !== 2) usage("give two directories to compare");
for (const dir of dirs) {
  if (!existsSync(`${dir}/index.html`)) usage(`${dir} has no index.html: give two copies of dist/`);
}

// An embed paints its one chart; the page paints all six.
const embed = new URLSearchParams(query).get("embed");
const charts = embed === null ? CHART_IDS : [embed];
if (!charts.every((chart) => CHART_IDS.includes(chart))) usage(`${embed} is not a chart: ${CHART_IDS.join(", ")}`);

const servers = [];
const browser = await launch();
try {
  for (const root of dirs) servers.push(await serve({ root: `${root}/` }));
  const results = dirs.map(() => []);
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? [0, 1] : [1, 0];
    for (const index of order) results[index].push(await visitPaints(browser, `${servers[index].url}${query}`, charts, VIEWPORT));
    process.stdout.write(`\r    ${run + 1}/${runs} pairs`);
  }
  process.stdout.write("\n");
  dirs.forEach((dir, index) => {
    const fcp = median(results[index].map((r) => r.fcp));
    const painted = median(results[index].map((r) => r.allChartsPainted));
    console.log(`${"AB"[index]}: ${dir}: first contentful paint ${fcp.toFixed(0)} ms, every chart painted ${painted.toFixed(0)} ms`);
  });
  const differences = results[1].map((b, run) => b.allChartsPainted - results[0][run].allChartsPainted);
  console.log(
    `every chart painted, B minus A: median ${median(differences).toFixed(0)} ms; ` +
      `B later in ${differences.filter((d) => d > 0).length} of ${runs} pairs`,
  );
} finally {
  await browser.close();
  for (const server of servers) await server.close();
}
