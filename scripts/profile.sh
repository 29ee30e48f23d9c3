#!/usr/bin/env bash
# `make profile`: where the bytes of the full app's wasm go. Builds the release wasm as Trunk
# does (cargo, wasm-bindgen, wasm-opt with the flags in index.html, then the post-build step's
# short names) but with wasm-opt keeping the function names (-g: the code is the same as
# shipped, only the names section is added), then prints twiggy's ten biggest items and the
# shipped file's brotli size.
# Installs twiggy with `cargo install` if it is missing (about a minute).
set -euo pipefail
cd "$(dirname "$0")/.."
# wasm-opt from the npm binaryen package (Debian's corrupts the output), as the Makefile sets it.
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

if ! command -v twiggy >/dev/null; then
  echo "==> installing twiggy 0.8.0 (cargo install)"
  cargo install --locked twiggy --version 0.8.0
fi

# The wasm-opt flags of the full app's <link data-trunk rel="rust"> in index.html.
params=$(sed -n 's/.*data-bin="rust-or-go" .*data-wasm-opt-params="\([^"]*\)".*/\1/p' index.html)
out="$PWD/target/profile"
mkdir -p "$out"

echo "==> cargo build --release (wasm32)"
cargo build --release --target wasm32-unknown-unknown --bin rust-or-go
echo "==> wasm-bindgen, then wasm-opt -Oz $params (names kept for the profile)"
wasm-bindgen --target web --out-dir "$out" target/wasm32-unknown-unknown/release/rust-or-go.wasm
# shellcheck disable=SC2086
wasm-opt -Oz $params "$out/rust-or-go_bg.wasm" -o "$out/shipped.wasm"
# shellcheck disable=SC2086
wasm-opt -Oz $params -g "$out/rust-or-go_bg.wasm" -o "$out/named.wasm"
echo "==> the names between the wasm and its glue shortened, as the post-build step does"
for wasm in shipped named; do
  cp "$out/rust-or-go.js" "$out/$wasm.js"
  cargo run --quiet --bin site -- shorten "$out/$wasm.wasm" "$out/$wasm.js"
done

node -e '
const { readFileSync } = require("node:fs");
const { brotliCompressSync, constants } = require("node:zlib");
const bytes = readFileSync(process.argv[1]);
const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
console.log(`==> the full app wasm: ${bytes.length} bytes, ${(brotli / 1024).toFixed(1)} KiB brotli`);
' "$out/shipped.wasm"
shipped=$(wc -c < "$out/shipped.wasm")
echo "==> the ten biggest items (twiggy top), in bytes and as a share of the shipped wasm"
twiggy top -n 11 -f csv "$out/named.wasm" | tail -n +2 | grep -v 'function names' | head -n 10 |
  node -e '
const lines = require("node:fs").readFileSync(0, "utf8").trim().split("\n");
for (const line of lines) {
  // Name (quoted where it has commas), shallow size and share, retained size and share.
  const fields = line.split(",");
  const size = parseInt(fields.at(-4), 10);
  const clean = fields.slice(0, -4).join(",").replace(/^"|"$/g, "").replace(/""/g, "\"").replace(/\[[0-9a-f]{16}\]/g, "");
  console.log(`${String(size).padStart(7)}  ${(100 * size / process.argv[1]).toFixed(1).padStart(4)}%  ${clean.slice(0, 110)}`);
}' "$shipped"
