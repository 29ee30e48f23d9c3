// Hostile query strings on the full app, in headless Chromium (PRODUCT.md, "Quality bars"): 100
// generated strings and the edge cases (hostile.mjs), none of them a request for an embed. For
// each, no panic, no console error, no dialog, no script run and no element injected, and the
// advisor still answers. Embeds are in hostile-embeds.test.mjs.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { useBrowserAndServer, waitForApp } from "./helpers.mjs";
import { asksForEmbed, EDGE_QUERIES, hostileQueries, VERDICTS, visitWithAndWithoutCsp } from "./hostile.mjs";

// Each visit costs the browser half a second of CPU: the parsing behind these pages meets
// thousands more strings in `cargo test` (advisor/tests.rs, embed.rs).
const GENERATED = 100;

const shared = useBrowserAndServer();

describe("hostile query strings: the full app", () => {
  test(`the full app: ${GENERATED} generated and the edge cases, with and without the CSP in the way`, async () => {
    const queries = [...EDGE_QUERIES.filter((q) => !asksForEmbed(q)), ...hostileQueries(GENERATED, 7)];
    let answered = 0;
    const usable = async (page, query) => {
      const verdict = await page.locator("#advisor [data-verdict]").getAttribute("data-verdict");
      if (!VERDICTS.includes(verdict)) return `verdict ${verdict}`;
      if (!(await page.locator("#advisor").isVisible())) return "the advisor is hidden";
      // Every tenth page: answering still works and is written to the URL.
      if (answered++ % 10 === 0) {
        await page.locator("#q-build-embedded").check();
        await page.waitForFunction(() => new URLSearchParams(location.search).get("build") === "embedded", null, {
          timeout: 3000,
        });
        // The answer counts: it is among the reasons (the verdict itself may rest on a rule of
        // the article that other answers in the query trigger, such as a short runway).
        const after = await page.locator("#advisor [data-verdict]").getAttribute("data-verdict");
        if (!VERDICTS.includes(after)) return `after answering: verdict ${after} for ${query}`;
        const reasons = await page.locator("#advisor .reasons").innerText();
        if (!reasons.includes("Embedded systems and IoT")) return `after answering: no reason for it, for ${query}`;
      }
      return null;
    };
    assert.deepEqual(await visitWithAndWithoutCsp(shared, queries, waitForApp, usable), []);
  });

  test("the generator draws what it promises", () => {
    const queries = hostileQueries(GENERATED, 7);
    assert.equal(new Set(queries).size, GENERATED, `${GENERATED} different strings`);
    const all = queries.join("\n");
    for (const needle of ["%3Cscript%3E", "onerror", "%00", "%ED%A0%80", "%F0%9F%A6%80", "build="]) {
      assert.ok(all.includes(needle), needle);
    }
    assert.ok(queries.some((q) => /(?:^|[?&])(\w+)=[^&]*&(?:.*&)?\1=/.test(q)), "repeated keys");
    assert.ok(queries.some((q) => q.length > 10000), "huge values");
    assert.deepEqual(hostileQueries(5, 7), queries.slice(0, 5), "the same strings every run");
  });
});
