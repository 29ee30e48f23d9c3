#!/usr/bin/env bash
# Builds the variants the offline (PWA) tests need, beside the main build in dist/:
#   target/variants/subpath        the same app built with --public-url /tools/rust-or-go/
#   target/variants/next           a "next release": the dataset with one figure changed
#   target/variants/subpath-next   the next release, under the sub-path
# The changed dataset makes the wasm differ, as a real update would. The sub-path builds reuse
# the compiled wasm and wasm-opt's results (scripts/tools/wasm-opt), so only "next" compiles
# and optimises anything.
set -euo pipefail
cd "$(dirname "$0")/.."

out="$PWD/target/variants"
mkdir -p "$out"
next_dataset="$out/next-dataset.json"
# The next release: 39,000 Go postings instead of 38,000 (still about 3x Rust's, as the
# framework's derived figure requires).
node scripts/edit-dataset.mjs "$next_dataset" job_market.go.postings 39000

echo "==> variant: sub-path build"
trunk build --release --dist "$out/subpath" --public-url /tools/rust-or-go/
echo "==> variant: next release"
RUST_OR_GO_DATASET="$next_dataset" trunk build --release --dist "$out/next"
echo "==> variant: next release under the sub-path"
RUST_OR_GO_DATASET="$next_dataset" trunk build --release --dist "$out/subpath-next" --public-url /tools/rust-or-go/
