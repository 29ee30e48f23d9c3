// axe-core for the browser tests (axe.test.mjs, axe-embeds.test.mjs): WCAG 2.0 and 2.1, levels
// A and AA, with the violations as readable lines.

import assert from "node:assert/strict";
import { AxeBuilder } from "@axe-core/playwright";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * An axe run in the page itself (axe's `run`), frames included. By default the builder runs axe
 * in each frame apart and merges the results in a blank page of its own, for frames of other
 * origins, which these pages never have (the tests hold them to no request to another origin);
 * that costs a page and a second axe per check, 40% of the time of each run.
 */
function axe(page) {
  return new AxeBuilder({ page }).setLegacyMode(true);
}

export const SCHEMES = ["light", "dark"];

/**
 * axe's violations as readable lines: rule, impact, and where. `within` (a selector) limits the
 * check to what a step opened, once the whole page has been checked as it was before.
 */
export async function violations(page, what, within) {
  const builder = axe(page).withTags(TAGS);
  if (within) builder.include(within);
  const results = await builder.analyze();
  // axe must have looked at something: a blank page passes every rule.
  assert.ok(results.passes.length >= 5, `${what}: axe checked only ${results.passes.length} rules`);
  return results.violations.map(
    (v) => `${what}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
}

/**
 * axe's `landmark-unique` (a best practice beyond WCAG): a reader listing the page's regions
 * tells each apart by its name. Returns the violations as readable lines.
 */
export async function landmarkClashes(page, what) {
  const results = await axe(page).withRules(["landmark-unique"]).analyze();
  const applied = [...results.passes, ...results.violations].some((r) => r.id === "landmark-unique");
  assert.ok(applied, `${what}: axe found no landmark to compare`);
  return results.violations.flatMap((v) => v.nodes.map((n) => `${what}: ${v.id} at ${n.target.join(" ")}`));
}

/** A fresh context in `colorScheme`, `width` px wide, with a page open at `url`. */
export async function openPage(browser, url, colorScheme, width = 1280) {
  const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  return { context, page };
}
