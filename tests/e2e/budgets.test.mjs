// Byte budgets of the release build (PRODUCT.md, "Quality bars"): what a first visit downloads,
// measured in the browser (every file the page and its service worker fetch), each file at its
// brotli size, and each wasm build alone. Deterministic for a given build; a failure names the
// biggest files.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { CHART_IDS as CHART_WIDGETS, DIST, useBrowserAndServer, waitForApp } from "./helpers.mjs";
import { brotliSize, firstVisitTransfer, transferTable } from "./measure.mjs";

const KIB = 1024;
// The product's bars (README, "Size"), met and held here: a first visit of at most 150 KiB for
// the full app and 100 KiB for a chart embed; a wasm of at most 120 KiB for the full app and
// 88 KiB for each chart-embed build.
const FULL_APP_BUDGET = 150 * KIB;
const CHART_EMBED_BUDGET = 100 * KIB;
const WASM_BUDGETS = { "rust-or-go": 120 * KIB, "rust-or-go-embed-plain": 88 * KIB, "rust-or-go-embed-controls": 88 * KIB };
// The chart-embed build of each chart (ChartId::embed_build): the charts with controls have
// their own.
const EMBED_BUILD = Object.fromEntries(
  CHART_WIDGETS.map((id) => [id, ["jobs", "team"].includes(id) ? "rust-or-go-embed-controls" : "rust-or-go-embed-plain"]),
);

const shared = useBrowserAndServer();

/** A build's shipped wasm and glue in dist/: their names and contents. */
function shipped(build) {
  const wasm = readdirSync(DIST).find((file) => new RegExp(`^${build}-[0-9a-f]{1,16}_bg\\.wasm$`).test(file));
  const glue = readdirSync(DIST).find((file) => new RegExp(`^${build}-[0-9a-f]{1,16}\\.js$`).test(file));
  assert.ok(wasm && glue, `no ${build} wasm and glue in dist/`);
  return { wasm, bytes: readFileSync(`${DIST}${wasm}`), glue, script: readFileSync(`${DIST}${glue}`, "utf8") };
}

function assertWithin(transfer, budget, what) {
  const biggest = transfer.files
    .slice(0, 3)
    .map((file) => `${file.path} ${(file.brotli / KIB).toFixed(1)} KiB`)
    .join(", ");
  assert.ok(
    transfer.total.brotli <= budget,
    `${what}: ${(transfer.total.brotli / KIB).toFixed(1)} KiB brotli, over the budget of ${budget / KIB} KiB. ` +
      `Biggest files: ${biggest}.\n${transferTable(transfer)}`,
  );
}

describe("size budgets (brotli, first visit)", () => {
  test("the full app, service worker precache included, is at most 150 KiB", async () => {
    const transfer = await firstVisitTransfer(shared.browser, shared.server.url, DIST, waitForApp);
    const paths = transfer.files.map((file) => file.path);
    // The measure sees the whole visit: the page, the app and the worker's precache.
    for (const expected of ["index.html", "boot.js", "sw.js", "data/rust-vs-go.json"]) {
      assert.ok(paths.includes(expected), `${expected} not counted: ${paths.join(", ")}`);
    }
    // Trunk's content hash is hex without leading zeros: up to 16 digits.
    assert.ok(paths.some((path) => /^rust-or-go-[0-9a-f]{1,16}_bg\.wasm$/.test(path)), "the app's wasm not counted");
    assertWithin(transfer, FULL_APP_BUDGET, "full app");
  });

  for (const widget of CHART_WIDGETS) {
    test(`a single-chart embed (${widget}) is at most ${CHART_EMBED_BUDGET / KIB} KiB`, async () => {
      const transfer = await firstVisitTransfer(shared.browser, `${shared.server.url}?embed=${widget}`, DIST, (page) =>
        page.locator(".embed canvas").waitFor(),
      );
      const paths = transfer.files.map((file) => file.path);
      // Its own chart-embed build, and no other.
      const builds = paths.filter((path) => /^rust-or-go-embed-\w+-[0-9a-f]{1,16}_bg\.wasm$/.test(path));
      assert.deepEqual(builds.map((path) => path.replace(/-[0-9a-f]+_bg\.wasm$/, "")), [EMBED_BUILD[widget]], paths.join(", "));
      // An embed registers no service worker and downloads nothing of the full app.
      assert.ok(!paths.some((path) => /^rust-or-go-[0-9a-f]{1,16}[._]/.test(path) || path === "sw.js"), paths.join(", "));
      assertWithin(transfer, CHART_EMBED_BUDGET, `${widget} embed`);
    });
  }
});

describe("what the wasm weighs", () => {
  for (const [build, budget] of Object.entries(WASM_BUDGETS)) {
    test(`${build}: at most ${budget / KIB} KiB brotli`, () => {
      const { wasm, bytes } = shipped(build);
      const size = brotliSize(bytes);
      assert.ok(size <= budget, `${wasm}: ${size} bytes brotli (${(size / KIB).toFixed(2)} KiB), over ${budget / KIB} KiB`);
    });
  }
});

describe("what the wasm carries", () => {
  // Each chart-embed build has its own charts' code only (ChartId::in_build): the other
  // build's charts' texts are not in it.
  for (const [build, other] of [
    ["rust-or-go-embed-plain", "If these growth rates held, Rust would pass Go in"],
    ["rust-or-go-embed-controls", "Too few roles for reliable salary data"],
  ]) {
    test(`${build}: none of the other chart-embed build's charts`, () => {
      const { wasm, bytes } = shipped(build);
      assert.equal(bytes.indexOf(other), -1, `${wasm} holds "${other}"`);
      // The full app has every chart.
      assert.notEqual(shipped("rust-or-go").bytes.indexOf(other), -1, `the full app lacks "${other}"`);
    });
  }

  for (const build of Object.keys(WASM_BUDGETS)) {
    // Leptos compiles in its server functions' client, whose stream classes (wasm-streams'
    // IntoUnderlying*) are exports, which keep their code and every function it takes the
    // address of. This app calls no server: the wasm builds link without those exports
    // (scripts/wasm-ld). The crate's code carries the paths of its source files (for panic
    // messages), so its absence shows.
    test(`${build}: not the server functions' stream classes`, () => {
      const { wasm, bytes } = shipped(build);
      const source = bytes.indexOf("/wasm-streams-");
      assert.equal(source, -1, `${wasm} holds wasm-streams' code: ${bytes.subarray(source - 60, source + 60).toString("latin1")}`);
    });

    // The SVG download draws through plotters' SVG backend, whose errors are std's I/O errors;
    // they are named rather than formatted (src/charts/draw.rs), so their texts stay out.
    test(`${build}: none of std's I/O error texts`, () => {
      const { wasm, bytes } = shipped(build);
      for (const text of ["entity not found", "connection refused", "operation would block"]) {
        assert.equal(bytes.indexOf(text), -1, `${wasm} holds "${text}"`);
      }
    });

    // The app wires its own event listeners and live input values (src/ui/listen.rs) rather
    // than through Leptos' `on:` and `prop:`, whose machinery weighs kilobytes in each build.
    // Their code carries a long diagnostic text, so its absence shows.
    test(`${build}: not Leptos' event and property machinery`, () => {
      const { wasm, bytes } = shipped(build);
      const text = "the `ssr` feature is active";
      const at = bytes.indexOf(text);
      assert.equal(at, -1, `${wasm} holds "${text}": an on:, prop: or use: in a view?`);
    });

    // wasm-bindgen names each import after its JS and a hash, written in the wasm and in the
    // glue, and the exports the glue calls after their Rust paths; the post-build step renames
    // them to a, b, … in both files (src/bin/site/boundary.rs).
    test(`${build}: short names across the boundary with its glue, and the two agree`, () => {
      const { wasm, bytes, glue, script } = shipped(build);
      const module = new WebAssembly.Module(bytes);
      const imports = WebAssembly.Module.imports(module);
      assert.ok(imports.length > 50, `${wasm} imports only ${imports.length} functions`);
      const long = imports.filter((i) => i.module !== "a" || !/^[a-zA-Z]{1,2}$/.test(i.name));
      assert.deepEqual(long.slice(0, 5), [], `${wasm}: ${long.length} of ${imports.length} imports keep long names`);
      const hashed = script.match(/__wbg\w*_[0-9a-f]{16}\b/g) ?? [];
      assert.deepEqual(hashed.slice(0, 5), [], `${glue} still names ${hashed.length} hashed imports`);

      const exports = WebAssembly.Module.exports(module).map((e) => e.name);
      assert.ok(exports.every((name) => /^[a-zA-Z]{1,2}$/.test(name)), `${wasm} exports ${exports.join(", ")}`);
      // The glue calls only what the wasm exports, but for the stream classes' methods, which
      // wasm-bindgen still writes into the glue and nothing calls.
      const called = new Set([...script.matchAll(/\bwasm\.([A-Za-z_$][\w$]*)/g)].map((m) => m[1]));
      const absent = [...called].filter((name) => !exports.includes(name) && !/intounderlying/.test(name));
      assert.deepEqual(absent, [], `${glue} calls exports that ${wasm} lacks`);
      assert.ok(called.size >= 10, `${glue} calls only ${[...called].join(", ")}`);
      // Every import the wasm needs is in the glue's import object.
      const provided = [...imports].filter((i) => new RegExp(`[{,]${i.name}:`).test(script));
      assert.equal(provided.length, imports.length, `${glue} provides ${provided.length} of ${imports.length} imports`);
    });
  }
});
