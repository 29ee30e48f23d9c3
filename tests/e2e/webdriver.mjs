// A small W3C WebDriver client for the engines besides Chromium: Firefox (firefox-esr, driven by
// geckodriver) and WebKit (WebKitGTK's MiniBrowser, driven by WebKitWebDriver on a virtual
// display from Xvfb). Both drivers listen on 127.0.0.1 only. Only what the tests use: sessions,
// navigation, and scripts run in the page or one of its frames (async, returning JSON).

import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** How each engine is started: its driver, and the capabilities of a new session. */
export const ENGINES = {
  firefox: {
    command: (port) => ["geckodriver", "--host", "127.0.0.1", "--port", String(port)],
    capabilities: () => ({
      browserName: "firefox",
      "moz:firefoxOptions": {
        binary: process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr",
        args: ["-headless"],
        // No background traffic: the machines reach no other host.
        prefs: {
          "app.update.enabled": false,
          "browser.safebrowsing.malware.enabled": false,
          "browser.safebrowsing.phishing.enabled": false,
          "datareporting.policy.dataSubmissionEnabled": false,
          "network.captive-portal-service.enabled": false,
          "network.connectivity-service.enabled": false,
        },
      },
    }),
  },
  webkit: {
    // xvfb-run picks a free display (-a) and stops the server with the driver.
    command: (port) => ["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24 -nolisten tcp", "WebKitWebDriver", `--port=${port}`],
    capabilities: () => ({
      browserName: "MiniBrowser",
      "webkitgtk:browserOptions": {
        binary: process.env.MINIBROWSER_PATH ?? "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
        args: ["--automation"],
      },
    }),
  },
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts the engine's driver. Returns `{ newSession, close }`; each session is a fresh browser
 * with an empty profile.
 */
export async function startDriver(name) {
  const engine = ENGINES[name];
  const port = await freePort();
  // A home of its own: the drivers and browsers write their caches and profiles there.
  const home = mkdtempSync(join(tmpdir(), `rust-or-go-${name}-`));
  const [command, ...args] = engine.command(port);
  const child = spawn(command, args, {
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, HOME: home, XDG_RUNTIME_DIR: home, TMPDIR: home },
  });
  let log = "";
  child.stderr.on("data", (chunk) => {
    log = (log + chunk).slice(-4000);
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const base = `http://127.0.0.1:${port}`;

  async function call(method, path, body) {
    const response = await fetch(base + path, {
      method,
      headers: body === undefined ? {} : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const reply = await response.json().catch(() => ({}));
    if (!response.ok) {
      const { error, message } = reply.value ?? {};
      throw new Error(`${name} ${method} ${path}: ${error ?? response.status}: ${message ?? ""}`);
    }
    return reply.value;
  }

  let ready = false;
  for (let i = 0; i < 300 && !ready && child.exitCode === null; i++) {
    ready = await call("GET", "/status").then(
      (status) => status?.ready !== false,
      () => false,
    );
    if (!ready) await sleep(100);
  }
  if (!ready) {
    process.kill(-child.pid, "SIGKILL");
    throw new Error(`${name}: the driver did not start (${engine.command(port).join(" ")})\n${log}`);
  }

  return {
    name,
    async newSession() {
      const { sessionId } = await call("POST", "/session", {
        capabilities: { alwaysMatch: engine.capabilities() },
      });
      const path = `/session/${sessionId}`;
      await call("POST", `${path}/timeouts`, { script: 60000, pageLoad: 60000 });
      return new Session(name, (method, sub, body) => call(method, path + sub, body));
    },
    async close() {
      if (child.exitCode === null) {
        process.kill(-child.pid, "SIGTERM");
        await Promise.race([exited, sleep(5000)]);
        if (child.exitCode === null) process.kill(-child.pid, "SIGKILL");
      }
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** One browser, driven through WebDriver. */
class Session {
  constructor(engine, call) {
    this.engine = engine;
    this.call = call;
  }

  /** Opens `url` and waits for its load event. */
  goto(url) {
    return this.call("POST", "/url", { url });
  }

  /**
   * Runs `fn(...args)` in the page (it may be async) and returns its JSON result; an exception
   * in the page is thrown here with its message.
   */
  async run(fn, ...args) {
    const script = `const done = arguments[arguments.length - 1];
Promise.resolve().then(() => (${fn})(...Array.prototype.slice.call(arguments, 0, -1)))
  .then((value) => done({ value: value === undefined ? null : value }), (error) => done({ error: String(error && error.stack || error) }));`;
    const result = await this.call("POST", "/execute/async", { script, args });
    if (result && "error" in result) throw new Error(`${this.engine}: ${result.error}`);
    return result?.value;
  }

  /** Runs `fn(...args)` in the document of the iframe that `selector` finds. */
  async inFrame(selector, fn, ...args) {
    const element = await this.call("POST", "/element", { using: "css selector", value: selector });
    await this.call("POST", "/frame", { id: element });
    try {
      return await this.run(fn, ...args);
    } finally {
      await this.call("POST", "/frame/parent", {});
    }
  }

  /** Waits until `fn(...args)` returns a truthy value in the page (polled), and returns it. */
  async waitFor(fn, args = [], { timeout = 30000, what = String(fn) } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = await this.run(fn, ...args).catch((error) => {
        // The page may be between two documents (a reload): try again.
        if (Date.now() > deadline) throw error;
        return null;
      });
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`${this.engine}: timed out waiting for ${what}`);
      await sleep(100);
    }
  }

  close() {
    return this.call("DELETE", "", undefined);
  }
}
