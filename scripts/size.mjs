// `make size`: serves the release build in dist/ on 127.0.0.1 and prints what a first visit
// downloads — of the full app, and of a single-chart embed of each chart-embed build (salary:
// the charts without controls; jobs: those with) — per file and in total, in brotli.

import { DIST, launch, serveDist, waitForApp } from "../tests/e2e/helpers.mjs";
import { firstVisitTransfer, transferTable } from "../tests/e2e/measure.mjs";

const server = await serveDist();
const browser = await launch();
try {
  const app = await firstVisitTransfer(browser, server.url, DIST, waitForApp);
  console.log("First visit of the full app (release build, brotli -q 11):\n");
  console.log(transferTable(app));
  for (const chart of ["salary", "jobs"]) {
    const embed = await firstVisitTransfer(browser, `${server.url}?embed=${chart}`, DIST, (page) =>
      page.locator(".embed canvas").waitFor(),
    );
    console.log(`\nFirst visit of a single-chart embed (?embed=${chart}):\n`);
    console.log(transferTable(embed));
  }
} finally {
  await browser.close();
  await server.close();
}
