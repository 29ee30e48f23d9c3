// Embeds in headless Chromium, in a host page served from another origin (another port on
// 127.0.0.1): iframes sized to their content by embed.js, messages of the wrong shape or from
// other windows and origins ignored, themes, options, keyboard use, a sandboxed iframe, the embed dialog's
// snippet working as pasted, and a widget that leaves no trace outside its frame.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { collectProblems, readCanvas, useBrowserAndServer, useHostPages, waitForApp, watch } from "./helpers.mjs";

const shared = useBrowserAndServer();
const host = useHostPages("host");
const HOST_DIR = host.dir;

/** Writes a host page with `body` and opens it. */
async function hostPage(name, body, options = {}) {
  writeFileSync(
    `${HOST_DIR}${name}.html`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<link rel="icon" href="data:,"></head>
<body style="margin:0;font-family:sans-serif"><main id="column" style="max-width:760px;margin:0 auto">
<h1>A blog post</h1>${body}<p>The end.</p></main></body></html>`,
  );
  const context = await shared.browser.newContext({ viewport: { width: 1000, height: 900 }, ...options });
  const page = await context.newPage();
  // The host page comes from the host's origin; everything else must come from the app's.
  const problems = await watch(page, shared.server.origin, host.server.origin);
  await page.goto(`${host.server.url}${name}.html`);
  return { context, page, problems };
}

function snippet(widget, query = "") {
  const src = `${shared.server.url}?embed=${widget}${query}`;
  return `<iframe src="${src}" title="${widget}" height="300" loading="lazy" style="width:100%;border:0"></iframe>
<script src="${shared.server.url}embed.js" async></script>`;
}

/** The frame showing `widget`. */
function frameOf(page, widget) {
  // (A lazy frame not loaded yet has no URL.)
  return page.frames().find((frame) => frame.url() && new URL(frame.url()).searchParams.get("embed") === widget);
}

/** The frame showing `widget`, once it has started loading. */
async function loadedFrame(page, widget) {
  for (let i = 0; i < 100; i++) {
    const frame = frameOf(page, widget);
    if (frame) return frame;
    await page.waitForTimeout(50);
  }
  assert.fail(`${widget} never loaded`);
}

/** Waits until the frame's widget is drawn, then returns its iframe height and content height. */
async function heights(page, widget) {
  // A lazy frame in view may start loading just after the host page's load event.
  const frame = await loadedFrame(page, widget);
  await frame.locator(".embed").waitFor();
  await page.waitForTimeout(150);
  const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const iframe = await (await frame.frameElement()).evaluate((e) => e.getBoundingClientRect().height);
  return { content, iframe };
}

async function expectFitted(page, widget) {
  let last;
  for (let i = 0; i < 40; i++) {
    last = await heights(page, widget);
    if (Math.abs(last.iframe - last.content) <= 4) return last;
    await page.waitForTimeout(100);
  }
  assert.fail(`${widget}: iframe ${last.iframe}px for content of ${last.content}px`);
}

/** Background colour of the frame's canvas. */
async function canvasBackground(frame) {
  return (await readCanvas(frame.locator("canvas"))).background;
}

describe("embeds", () => {
  test("two widgets in a page from another origin each fit their content, also after the column narrows", async () => {
    const { context, page, problems } = await hostPage("two", `${snippet("salary")}<p>Between.</p>${snippet("quiz", "&build=wasm")}`);
    const salary = await expectFitted(page, "salary");
    const quiz = await expectFitted(page, "quiz");
    assert.ok(salary.content > 250 && quiz.content > salary.content, JSON.stringify({ salary, quiz }));
    await page.locator("#column").evaluate((column) => (column.style.maxWidth = "360px"));
    const narrowSalary = await expectFitted(page, "salary");
    const narrowQuiz = await expectFitted(page, "quiz");
    assert.notEqual(narrowQuiz.content, quiz.content, "the quiz reflowed at 360 px");
    assert.ok(narrowSalary.content >= salary.content);
    assert.deepEqual(await collectProblems(page, problems), []);
    await context.close();
  });

  test("a script that arrives after its widgets (and after a frame that is no URL), a widget added later and a lazy one far below all fit", async () => {
    const frame = (widget) => `<iframe src="${shared.server.url}?embed=${widget}" title="${widget}" height="300" loading="lazy" style="width:100%;border:0"></iframe>`;
    const { context, page, problems } = await hostPage(
      "late",
      // A host's own frame whose address is not a URL comes first: embed.js must pass over it.
      `<iframe title="not a URL" src="http://[" height="40"></iframe>${frame("salary")}<div style="height:4000px"></div>${frame("growth")}`,
    );
    // The widget has drawn (and reported its height to no one) before embed.js loads.
    const salary = await loadedFrame(page, "salary");
    await salary.locator(".embed canvas").waitFor();
    await page.waitForTimeout(200);
    assert.equal((await heights(page, "salary")).iframe, 300);
    await page.evaluate((src) => {
      const script = document.createElement("script");
      script.src = src;
      document.body.appendChild(script);
    }, `${shared.server.url}embed.js`);
    await expectFitted(page, "salary");
    // A widget added to the page later.
    await page.evaluate((html) => document.querySelector('iframe[title="salary"]').insertAdjacentHTML("afterend", html), frame("jobs"));
    await loadedFrame(page, "jobs");
    await expectFitted(page, "jobs");
    // The lazy widget far below loads when scrolled to, and fits.
    assert.equal(frameOf(page, "growth"), undefined, "not loaded before it is near the view");
    await page.locator('iframe[title="growth"]').scrollIntoViewIfNeeded();
    await loadedFrame(page, "growth");
    await expectFitted(page, "growth");
    assert.deepEqual(await collectProblems(page, problems), []);
    await context.close();
  });

  test("messages of the wrong shape, or from other windows, are ignored", async () => {
    writeFileSync(`${HOST_DIR}foreign.html`, "<!doctype html><title>Another site</title><p>another site</p>");
    const { context, page } = await hostPage(
      "messages",
      `${snippet("salary")}<iframe id="other" title="other" srcdoc="<p>other</p>" style="height:50px"></iframe>
<iframe id="foreign" title="foreign" src="${host.server.url}foreign.html" style="height:60px"></iframe>`,
    );
    const fitted = await expectFitted(page, "salary");
    const salaryFrame = frameOf(page, "salary");
    const iframeHeight = async () => (await salaryFrame.frameElement()).evaluate((e) => e.style.height);
    const before = await iframeHeight();
    // From the widget's own window, but malformed.
    for (const message of [
      { type: "rust-or-go:resize", widget: "salary", height: "999px" },
      { type: "rust-or-go:resize", widget: "salary", height: Number.NaN },
      { type: "rust-or-go:resize", widget: "salary", height: 1e9 },
      { type: "rust-or-go:resize", widget: "pie", height: 999 },
      { type: "resize", widget: "salary", height: 999 },
      "rust-or-go:resize",
      null,
    ]) {
      await salaryFrame.evaluate((m) => parent.postMessage(m, "*"), message);
    }
    // Well-formed, but from the host window itself and from frames of other origins (the
    // host's own, inline and loaded): none of them is the app, so nothing is resized.
    await page.evaluate(() => window.postMessage({ type: "rust-or-go:resize", widget: "salary", height: 999 }, "*"));
    for (const id of ["other", "foreign"]) {
      const frame = await (await page.locator(`#${id}`).elementHandle()).contentFrame();
      await frame.waitForLoadState();
      await frame.evaluate(() => parent.postMessage({ type: "rust-or-go:resize", widget: "salary", height: 777 }, "*"));
    }
    await page.waitForTimeout(200);
    assert.equal(await iframeHeight(), before);
    assert.equal(Math.round(parseFloat(before)), fitted.content);
    assert.equal(await page.locator("#other").evaluate((e) => e.style.height), "50px");
    assert.equal(await page.locator("#foreign").evaluate((e) => e.style.height), "60px");
    await context.close();
  });

  test("a chart widget draws in both themes and follows its options", async () => {
    const { context, page, problems } = await hostPage(
      "themes",
      `${snippet("sentiment", "&theme=light")}${snippet("team", "&theme=dark&team=25")}${snippet("jobs", "&go_growth=10&rust_growth=60&horizon=10")}`,
      { colorScheme: "light" },
    );
    for (const widget of ["sentiment", "team", "jobs"]) await expectFitted(page, widget);
    assert.equal(await canvasBackground(frameOf(page, "sentiment")), "255,255,255,255");
    assert.equal(await canvasBackground(frameOf(page, "team")), "18,20,23,255");
    assert.match(await frameOf(page, "team").locator("canvas").getAttribute("aria-label"), /A team of 25 developers/);
    const jobs = frameOf(page, "jobs");
    assert.equal(await jobs.locator("#rate-go").inputValue(), "10");
    assert.equal(await jobs.locator("#rate-rust").inputValue(), "60");
    assert.equal(await jobs.locator("#jobs-long-horizon").isChecked(), true);
    assert.equal(await jobs.locator(".chart-status").innerText(), "If these growth rates held, Rust would pass Go in 2029");
    // Minimal chrome: the widget, its source line and a link to the full app; no page header.
    assert.equal(await jobs.locator(".site-header").isVisible(), false);
    const link = jobs.getByRole("link", { name: "Open the full Rust or Go? app" });
    assert.equal(await link.getAttribute("target"), "_blank");
    assert.equal(await link.getAttribute("href"), `${shared.server.url}#chart-jobs`);
    assert.match(await jobs.locator("figcaption .source").innerText(), /Indeed job postings/);
    assert.deepEqual(await collectProblems(page, problems), []);
    await context.close();
  });

  test("the team embed shows a team larger than the slider's usual range as given", async () => {
    const context = await shared.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${shared.server.url}?embed=team&team=300`);
    const slider = page.locator("#team-size");
    await slider.waitFor();
    assert.equal(await slider.inputValue(), "300");
    assert.equal(await slider.getAttribute("max"), "300");
    assert.match(await page.locator("canvas").getAttribute("aria-label"), /A team of 300 developers/);
    await slider.focus();
    await page.keyboard.press("ArrowLeft");
    assert.equal(await page.locator("output[for=team-size]").innerText(), "299 developers");
    await context.close();
  });

  test("a chart embed loads its own chart-embed build, not the full app", async () => {
    for (const [widget, build] of [
      ["growth", "rust-or-go-embed-plain-"],
      ["team", "rust-or-go-embed-controls-"],
    ]) {
      const before = shared.server.requests.length;
      const { context, page } = await hostPage(`build-${widget}`, snippet(widget));
      await expectFitted(page, widget);
      const wasm = shared.server.requests.slice(before).filter((path) => path.endsWith(".wasm"));
      assert.equal(wasm.length, 1, wasm.join(" "));
      assert.ok(wasm[0].includes(build), `${widget}: ${wasm[0]}`);
      await context.close();
    }
  });

  test("the quiz keeps its verdict in view: first, above questions that each take one line", async () => {
    // Before: 2,322 px in a 680 px column and 3,472 px in a 380 px one, the verdict at the bottom.
    for (const [width, most] of [[680, 1200], [380, 1700]]) {
      const { context, page, problems } = await hostPage(`quiz-${width}`, snippet("quiz", "&build=systems&background=go"), {
        viewport: { width: width + 40, height: 800 },
      });
      await page.locator("#column").evaluate((column, w) => (column.style.maxWidth = `${w}px`), width);
      const { content } = await expectFitted(page, "quiz");
      assert.ok(content <= most, `${width} px: ${content} px tall`);
      const quiz = frameOf(page, "quiz");
      const top = (selector) => quiz.locator(selector).evaluate((e) => e.getBoundingClientRect().top);
      assert.ok((await top("[data-verdict]")) < (await top("#q-build")), "the verdict comes before the questions");
      // Every question is in the same screenful as the verdict at a blog's usual width.
      if (width === 680) assert.ok((await top("#q-team")) - (await top("[data-verdict]")) < 600);
      assert.equal(await quiz.locator("[data-verdict]").innerText(), "Add Rust");
      assert.equal(await quiz.locator("[role=status]").count(), 1);
      assert.deepEqual(await collectProblems(page, problems), []);
      await context.close();
    }
  });

  test("the quiz can be completed with the keyboard inside its iframe", async () => {
    const { context, page, problems } = await hostPage("keyboard", snippet("quiz"));
    await expectFitted(page, "quiz");
    const quiz = frameOf(page, "quiz");
    await quiz.locator("#q-build").focus();
    await page.keyboard.press("ArrowDown"); // Web services and APIs
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowDown"); // Mostly Go
    await quiz.locator('[data-verdict="go"]').waitFor();
    assert.equal(new URL(quiz.url()).search, "?embed=quiz&build=web&employers=go");
    assert.equal(new URL(page.url()).search, "", "the host page's URL is untouched");
    assert.deepEqual(await collectProblems(page, problems), []);
    await context.close();
  });

  test("a sandboxed iframe works, and the widget leaves no trace outside its frame", async () => {
    const src = `${shared.server.url}?embed=quiz`;
    const { context, page, problems } = await hostPage(
      "sandbox",
      `<iframe src="${src}" title="quiz" sandbox="allow-scripts allow-same-origin allow-popups" style="width:100%;border:0;height:900px"></iframe>`,
    );
    const quiz = await loadedFrame(page, "quiz");
    await quiz.locator("#q-build").selectOption("systems");
    await quiz.locator('[data-verdict="rust"]').waitFor();
    const traces = await quiz.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
      databases: indexedDB.databases ? (await indexedDB.databases()).length : 0,
      workers: navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 0,
    }));
    assert.deepEqual(traces, { local: 0, session: 0, cookie: "", databases: 0, workers: 0 });
    assert.deepEqual(await collectProblems(page, problems), []);
    await context.close();
  });

  test("an unknown widget id says so and lists the valid ones", async () => {
    const { context, page, problems } = await hostPage("unknown", snippet("pie%22%3E%3Cb%3E"));
    // A lazy frame in view may start loading just after the host page's load event.
    const frame = await loadedFrame(page, 'pie"><b>');
    const text = await frame.locator(".embed-unknown").innerText();
    assert.match(text, /There is no widget called "pie"><b>"\. Use one of: quiz, salary, jobs, sentiment, growth, learning, team\./);
    assert.equal(await frame.locator("b").count(), 0, "the id is shown as text, not markup");
    assert.deepEqual(await collectProblems(page, problems), []);
    await context.close();
  });

  test("the embed dialog's snippet works as pasted into a fresh page", async () => {
    const context = await shared.browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
    const app = await context.newPage();
    await app.goto(shared.server.url);
    await waitForApp(app);
    const frame = app.locator("#chart-learning");
    await frame.getByRole("button", { name: "Embed" }).click();
    const dialog = app.locator("#chart-learning dialog");
    await dialog.getByLabel("Dark").check();
    const code = await dialog.locator("textarea").inputValue();
    assert.match(code, /\?embed=learning&amp;theme=dark/);
    // The live preview shows exactly that snippet's widget, sized by embed.js.
    const preview = await loadedFrame(app, "learning");
    await preview.locator("canvas").waitFor();
    await dialog.getByRole("button", { name: "Copy snippet" }).click();
    await dialog.locator("text=Snippet copied.").waitFor();
    assert.equal(await app.evaluate(() => navigator.clipboard.readText()), code);
    await dialog.getByRole("button", { name: "Close" }).click();
    assert.equal(await dialog.isVisible(), false);
    // A closed dialog's preview stops: its frame is emptied.
    await dialog.locator('iframe[src="about:blank"]').waitFor({ state: "attached", timeout: 2000 });
    await context.close();

    const { context: hostContext, page, problems } = await hostPage("pasted", code);
    const fitted = await expectFitted(page, "learning");
    assert.ok(fitted.content > 400);
    assert.equal(await canvasBackground(frameOf(page, "learning")), "18,20,23,255");
    assert.deepEqual(await collectProblems(page, problems), []);
    await hostContext.close();
  });
});
