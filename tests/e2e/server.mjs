// A small static file server for the built app, bound to 127.0.0.1 only.
//
// It serves dist/ as a static host would, with the strict Content-Security-Policy the app is
// held to, optionally under a sub-path (`/tools/rust-or-go/`), and records every request so
// tests can check what the page fetched. Run by hand: `node tests/e2e/server.mjs [dir] [port]`.
//
// It can also play the hosts and networks real readers meet: a single-page fallback (every
// missing path answered with the page, 200 text/html), several deployments on one origin
// (`mount`), and requests that fail with a status, hang, or stall after their headers (`rule`).

import { createHash } from "node:crypto";
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * Serves `root` at http://127.0.0.1:<port><basePath>.
 * @param {{ root: string, port?: number, basePath?: string, csp?: boolean, fallback?: boolean }} options
 * `fallback`: answer every missing file with the deployment's page (200 text/html), as hosts
 * with a single-page-app rule do.
 * `compress`: send every file but images brotli- or gzip-encoded when the browser accepts it,
 * as the README asks hosts to (the other tests see the files as they are).
 * `setRoot(dir)` serves another directory from then on, as a redeploy at the same URL would;
 * `mount(basePath, dir)` adds another deployment on the same origin; `rule(pattern, answer)`
 * answers requests whose path matches with a status (a number), never ("hang"), or with
 * headers and the start of a page and then nothing ("stall"), until the function it returns
 * is called.
 * @returns {Promise<{ origin: string, url: string, requests: string[], setRoot: (dir: string) => void, mount: (basePath: string, dir: string) => string, rule: (pattern: RegExp, answer: number | "hang" | "stall") => () => void, close: () => Promise<void> }>}
 */
export async function serve({ root, port = 0, basePath = "/", csp = true, fallback = false, compress = false }) {
  const slash = (path) => (path.endsWith("/") ? path : `${path}/`);
  const base = slash(basePath);
  // Deployments by base path, the longest first.
  const mounts = [{ base, dir: resolve(root) }];
  const rules = [];
  const hanging = new Set();
  const requests = [];
  // Encoded bodies by encoding and ETag: each file is compressed once.
  const encoded = new Map();
  const encode = (body, etag, accepted) => {
    const encoding = /\bbr\b/.test(accepted) ? "br" : /\bgzip\b/.test(accepted) ? "gzip" : null;
    if (!encoding) return null;
    const key = `${encoding} ${etag}`;
    if (!encoded.has(key)) {
      const quality = { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } };
      encoded.set(key, encoding === "br" ? brotliCompressSync(body, quality) : gzipSync(body, { level: 9 }));
    }
    return { encoding, body: encoded.get(key) };
  };

  // Room for very long query strings (the hostile-input tests send 60,000 characters); many
  // hosts refuse such URLs, but the app must cope with whatever reaches it.
  const server = createServer({ maxHeaderSize: 256 * 1024 }, async (req, res) => {
    requests.push(req.url);
    // Joined, not resolved: a path starting with "//" is a path, not a host name.
    const url = new URL(`http://127.0.0.1${req.url}`);
    const send = (status, body, headers = {}) => {
      res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", ...headers });
      res.end(req.method === "HEAD" ? undefined : body);
    };
    if (req.method !== "GET" && req.method !== "HEAD") {
      return send(405, "method not allowed\n", { Allow: "GET, HEAD" });
    }
    const rule = rules.find((r) => r.pattern.test(url.pathname));
    if (rule && (rule.answer === "hang" || rule.answer === "stall")) {
      if (rule.answer === "stall") {
        // Headers and the start of a page, then nothing.
        res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
        res.write("<!doctype html><title>");
      }
      hanging.add(res);
      return;
    }
    if (rule) {
      return send(rule.answer, `status ${rule.answer}\n`);
    }
    const mount = mounts.find((m) => url.pathname.startsWith(m.base));
    if (!mount) {
      const moved = mounts.find((m) => url.pathname === m.base.slice(0, -1));
      if (moved) {
        return send(301, "moved\n", { Location: moved.base + url.search });
      }
      return send(404, "not found\n");
    }
    const rootDir = mount.dir;
    let relative;
    try {
      relative = decodeURIComponent(url.pathname.slice(mount.base.length));
    } catch {
      return send(400, "bad path\n");
    }
    if (relative === "" || relative.endsWith("/")) relative += "index.html";
    let file = normalize(join(rootDir, relative));
    if (file !== rootDir && !file.startsWith(rootDir + sep)) return send(404, "not found\n");
    try {
      let info = await stat(file).catch(() => null);
      if ((!info || !info.isFile()) && fallback) {
        // The single-page fallback: a missing file is answered with the page.
        file = join(rootDir, "index.html");
        info = await stat(file);
      }
      if (!info.isFile()) return send(404, "not found\n");
      const body = await readFile(file);
      // As the README advises hosts: hashed files are immutable, the rest is revalidated (with
      // an ETag, so an unchanged file costs a 304 and no body).
      const hashed = /-[0-9a-f]{1,16}(_bg\.wasm|\.js|\.css)$/.test(file);
      const etag = `"${createHash("sha1").update(body).digest("hex").slice(0, 16)}"`;
      const headers = {
        "Cache-Control": hashed ? "public, max-age=31536000, immutable" : "no-cache",
        ETag: etag,
        "X-Content-Type-Options": "nosniff",
      };
      if (csp) headers["Content-Security-Policy"] = CSP;
      if (req.headers["if-none-match"] === etag) {
        res.writeHead(304, headers);
        return res.end();
      }
      const type = TYPES[extname(file)] ?? "application/octet-stream";
      const compressed = compress && !type.startsWith("image/png") ? encode(body, etag, req.headers["accept-encoding"] ?? "") : null;
      if (compressed) {
        headers["Content-Encoding"] = compressed.encoding;
        headers.Vary = "Accept-Encoding";
      }
      const sent = compressed ? compressed.body : body;
      res.writeHead(200, { ...headers, "Content-Type": type, "Content-Length": sent.length });
      res.end(req.method === "HEAD" ? undefined : sent);
    } catch {
      send(404, "not found\n");
    }
  });

  await new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", ok);
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: origin + base,
    requests,
    setRoot: (dir) => {
      mounts.find((m) => m.base === base).dir = resolve(dir);
    },
    mount: (basePath, dir) => {
      mounts.push({ base: slash(basePath), dir: resolve(dir) });
      mounts.sort((a, b) => b.base.length - a.base.length);
      return origin + slash(basePath);
    },
    rule: (pattern, answer) => {
      const entry = { pattern, answer };
      rules.push(entry);
      return () => {
        rules.splice(rules.indexOf(entry), 1);
        if (answer === "hang" || answer === "stall") {
          for (const res of hanging) res.destroy();
          hanging.clear();
        }
      };
    },
    // Safe to call more than once.
    close: () =>
      new Promise((ok) => {
        for (const res of hanging) res.destroy();
        hanging.clear();
        if (!server.listening) return ok();
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = process.argv[2] ?? "dist";
  const port = Number(process.argv[3] ?? 8080);
  const { url } = await serve({ root, port });
  console.log(`serving ${root} at ${url} (Ctrl-C to stop)`);
}
