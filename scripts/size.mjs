// `make size`: serves the release build in dist/ on 127.0.0.1 and prints what a first visit of
// the full app downloads, per file and in total, in brotli bytes.

import { launch, serveDist } from "../tests/e2e/helpers.mjs";
import { firstVisitTransfer, transferTable } from "../tests/e2e/measure.mjs";

const server = await serveDist();
const browser = await launch();
try {
  const transfer = await firstVisitTransfer(browser, server.url, "#app section");
  console.log("First visit of the full app (release build, brotli -q 11):\n");
  console.log(transferTable(transfer));
} finally {
  await browser.close();
  await server.close();
}
