// Hostile query strings for the browser tests (hostile-app.test.mjs, hostile-embeds.test.mjs):
// generated from a fixed seed, so every run visits the same strings, and visited one after the
// other in one page, checking that nothing ran, nothing was injected and the page still works.

import { collectProblems, serveDist, watch, WIDGET_IDS } from "./helpers.mjs";

export const VERDICTS = ["go", "rust", "go-then-rust"];

/** A small deterministic PRNG (mulberry32). */
function random(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INJECTIONS = [
  "<script>window.__pwned=1</script>",
  '"><img src=x onerror="window.__pwned=1">',
  "'><svg onload=window.__pwned=1>",
  "</title><script>window.__pwned=1</script>",
  "javascript:window.__pwned=1",
  "<iframe src=javascript:window.__pwned=1>",
  "<a href=javascript:window.__pwned=1>x</a>",
  "{{constructor.constructor('window.__pwned=1')()}}",
  "${window.__pwned=1}",
  "<style>*{display:none}</style>",
  "</textarea><script>window.__pwned=1</script>",
];

const ODD_VALUES = [
  "", " ", "0", "-1", "1", "36", "37", "500", "501", "-0", "1e3", "1e309", "NaN", "Infinity", "0x10", "1.5",
  " 12", "12 ", "+12", "012", "１２", "99999999999999999999999999", "WEB", "Web", "ｗｅｂ", "web\u0000",
  "web ", "go,rust", "null", "undefined", "true", "[]", "{}", "__proto__", "constructor", "../../etc/passwd",
  "\u202eweb", "\u200b", "\u0000", "\n\r\t", "\u001b[31m", "\u0007", "\uffff", "\ud83e\udd80", "🦀".repeat(300),
  "é".repeat(2000), "a".repeat(10000), "%".repeat(50),
];

/** Raw (not re-encoded) pieces: broken escapes and encodings of bytes that are not UTF-8. */
const RAW_VALUES = ["%", "%zz", "%%", "%E2%82", "%ED%A0%80", "%C0%AF", "%FF%FE", "%00", "%0A%0D", "+++", "%2", "%u0041"];

const KEYS = [
  "build", "employers", "months", "optimize", "background", "region", "team", "embed", "theme", "go_growth",
  "rust_growth", "ref", "__proto__", "constructor", "", "BUILD", "build[]", "months ", "<script>",
];

const APP_KEYS = KEYS.filter((key) => key !== "embed");

const VALID = {
  build: ["web", "cli", "devops", "systems", "embedded", "performance", "wasm", "unsure"],
  employers: ["go", "rust", "both", "unknown"],
  months: ["1", "6", "12", "36"],
  optimize: ["postings", "salary", "balanced"],
  background: ["python", "javascript", "ruby", "c", "cpp", "java", "csharp", "go", "rust", "other"],
  region: ["us", "emerging"],
  team: ["1", "10", "500"],
  embed: WIDGET_IDS,
  theme: ["light", "dark", "auto"],
  go_growth: ["0", "12", "40"],
  rust_growth: ["0", "30", "60"],
};

/** `count` query strings (with the leading `?`); `embed` sets the first key for embed pages. */
export function hostileQueries(count, seed, embed) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const value = () => {
    const roll = next();
    if (roll < 0.3) return encodeURIComponent(pick(INJECTIONS));
    if (roll < 0.65) return encodeURIComponent(pick(ODD_VALUES));
    if (roll < 0.8) return pick(RAW_VALUES);
    const key = pick(Object.keys(VALID));
    return encodeURIComponent(pick(VALID[key]));
  };
  const queries = new Set();
  while (queries.size < count) {
    const pairs = [];
    if (embed) pairs.push(`embed=${next() < 0.85 ? embed(pick) : value()}`);
    const length = 1 + Math.floor(next() * 6);
    for (let j = 0; j < length; j++) {
      // `embed` in the full app's queries would turn it into an embed page: only embeds draw it.
      const key = next() < 0.85 ? pick(embed ? KEYS : APP_KEYS) : value();
      // Repeated keys, keys without a value, and empty pairs.
      const shape = next();
      if (shape < 0.1) pairs.push(encodeURIComponent(key));
      else if (shape < 0.15) pairs.push("");
      else pairs.push(`${encodeURIComponent(key)}=${value()}`);
      if (next() < 0.15) pairs.push(`${encodeURIComponent(key)}=${value()}`);
    }
    queries.add(`?${pairs.join("&")}`);
  }
  return [...queries];
}

/** Shapes no generator draws by chance: huge and degenerate query strings. */
export const EDGE_QUERIES = [
  "?",
  "?&&&&",
  "?=",
  "?==&&==",
  "?embed",
  "?embed=",
  `?${"&".repeat(5000)}`,
  `?build=${"w".repeat(60000)}`,
  `?junk=${"x".repeat(5000)}&embed=quiz&theme=dark`,
  `?junk=${"x".repeat(5000)}&embed=salary`,
  `?${Array.from({ length: 2000 }, (_, i) => `build=${VALID.build[i % 8]}`).join("&")}`,
  `?${Array.from({ length: 500 }, (_, i) => `k${i}=${i}`).join("&")}`,
];

/** Whether a query names an embed anywhere (the app reads only its first 4,096 characters). */
export const asksForEmbed = (query) => /[?&]embed(?:[=&]|$)/.test(query);

/** The query as the app reads it: its first 4,096 characters after the `?`. */
export const appParams = (page) => new URLSearchParams(new URL(page.url()).search.slice(0, 1 + 4096));

/**
 * Opens each query in one page and checks it: no problem reported, no dialog, no script run, no
 * element injected, and `usable(page, query)` holds. Returns the failures, one line each.
 */
async function visitAll(browser, server, queries, ready, usable) {
  const context = await browser.newContext({ viewport: { width: 900, height: 900 } });
  const page = await context.newPage();
  const problems = await watch(page, server.origin);
  const dialogs = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  const failures = [];
  for (const query of queries) {
    const started = Date.now();
    problems.console.length = 0;
    problems.exceptions.length = 0;
    problems.foreignRequests.length = 0;
    dialogs.length = 0;
    const shown = query.length > 120 ? `${query.slice(0, 120)}… (${query.length} chars)` : query;
    try {
      await page.goto(server.url + query);
      await ready(page);
      const injected = await page.evaluate(() => {
        const found = [];
        if (window.__pwned !== undefined) found.push("a script ran");
        for (const element of document.querySelectorAll("*")) {
          for (const attribute of element.attributes) {
            if (/^on/i.test(attribute.name)) found.push(`<${element.localName} ${attribute.name}>`);
            if (/^\s*javascript:/i.test(attribute.value)) found.push(`<${element.localName} ${attribute.name}=javascript:>`);
          }
        }
        for (const script of document.scripts) {
          if (!/\/boot\.js$/.test(script.src)) found.push(`a script element: ${script.outerHTML.slice(0, 80)}`);
        }
        for (const selector of ["img[src=x]", "iframe:not(dialog iframe)", "style:not(head style)"]) {
          if (document.querySelector(selector)) found.push(selector);
        }
        return found;
      });
      const problemsFound = [...(await collectProblems(page, problems)), ...dialogs.map((d) => `dialog: ${d}`), ...injected];
      const notUsable = await usable(page, query);
      if (notUsable) problemsFound.push(notUsable);
      if (problemsFound.length) failures.push(`${shown}: ${problemsFound.join("; ")}`);
      if (process.env.HOSTILE_LOG) console.log(`${Date.now() - started} ms ${shown.slice(0, 60)}`);
    } catch (error) {
      failures.push(`${shown}: ${error.message.split("\n")[0]}`);
      if (process.env.HOSTILE_LOG) console.log(`${Date.now() - started} ms FAILED ${shown}: ${error.message.split("\n")[0]}`);
      // Go on in a fresh context, in case this page is stuck.
      await context.close();
      const rest = queries.slice(queries.indexOf(query) + 1);
      return failures.concat(await visitAll(browser, server, rest, ready, usable));
    }
  }
  await context.close();
  return failures;
}

/**
 * Visits the first half of `queries` on `shared.server`, with the CSP, and the second half on
 * a server without it, so an injected script would run rather than be blocked. Returns the
 * failures of both.
 */
export async function visitWithAndWithoutCsp(shared, queries, ready, usable) {
  const open = await serveDist({ csp: false });
  try {
    const half = Math.ceil(queries.length / 2);
    return [
      ...(await visitAll(shared.browser, shared.server, queries.slice(0, half), ready, usable)),
      ...(await visitAll(shared.browser, open, queries.slice(half), ready, usable)),
    ];
  } finally {
    await open.close();
  }
}
