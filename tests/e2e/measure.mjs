// What a first visit downloads, file by file, with each file's brotli size (quality 11, as a
// static host would precompress it). Shared by the size budget test and `make size`.

import { brotliCompressSync, constants } from "node:zlib";

/** Brotli size of `bytes` at quality 11 (the same as `brotli -q 11`, within a byte). */
export function brotliSize(bytes) {
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_LGWIN]: 24,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }).length;
}

/**
 * Loads `url` in a fresh browser context, waits until `readySelector` shows and the network is
 * idle, and returns every response the page received (same-origin paths), largest first.
 * @returns {Promise<{ files: { path: string, bytes: number, brotli: number }[], total: { bytes: number, brotli: number } }>}
 */
export async function firstVisitTransfer(browser, url, readySelector) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies = [];
  page.on("response", (response) => {
    if (response.status() === 200) {
      bodies.push(response.body().then((body) => ({ url: response.url(), body })));
    }
  });
  await page.goto(url);
  await page.locator(readySelector).first().waitFor();
  await page.waitForLoadState("networkidle");
  const received = await Promise.all(bodies);
  await context.close();

  const base = new URL(url);
  const files = received
    .map(({ url: fileUrl, body }) => ({
      path: new URL(fileUrl).pathname.slice(base.pathname.length) || "index.html",
      bytes: body.length,
      brotli: brotliSize(body),
    }))
    .sort((a, b) => b.brotli - a.brotli);
  const total = files.reduce(
    (sum, file) => ({ bytes: sum.bytes + file.bytes, brotli: sum.brotli + file.brotli }),
    { bytes: 0, brotli: 0 },
  );
  return { files, total };
}

/** A Markdown table of a transfer, sizes in KiB. */
export function transferTable({ files, total }) {
  const kib = (n) => (n / 1024).toFixed(1);
  const lines = ["| file | bytes | KiB | brotli KiB |", "|---|---:|---:|---:|"];
  for (const file of files) {
    lines.push(`| ${file.path} | ${file.bytes} | ${kib(file.bytes)} | ${kib(file.brotli)} |`);
  }
  lines.push(`| **total** | ${total.bytes} | ${kib(total.bytes)} | **${kib(total.brotli)}** |`);
  return lines.join("\n");
}
