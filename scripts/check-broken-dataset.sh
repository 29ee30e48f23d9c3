#!/usr/bin/env bash
# Proves the build refuses a broken dataset: builds the crate against a copy of the dataset with
# one median moved outside its salary range, and expects the build to fail with a message that
# names the field. (Each kind of broken field is covered by `cargo test`; this checks that the
# build itself stops on one.) It checks in the shared target directory, so the dependencies are
# checked once for this and for clippy; `make test` runs it first, and the crate's next check
# runs its build script again with the real dataset.
set -euo pipefail
cd "$(dirname "$0")/.."

work="target/broken-dataset"
mkdir -p "$work"
broken="$PWD/$work/rust-vs-go.json"
node scripts/edit-dataset.mjs "$broken" job_market.rust.median_salary_usd 999999

log="$work/build.log"
if RUST_OR_GO_DATASET="$broken" cargo check --lib --quiet >"$log" 2>&1; then
  echo "FAIL: the build accepted a dataset whose median lies outside its range" >&2
  exit 1
fi
expected="job_market.rust.median_salary_usd: median 999999 must lie within its range 130000..=230000"
if grep -qF "$expected" "$log"; then
  echo "ok: the build failed with: $(grep -F "$expected" "$log" | head -n 1 | sed 's/^ *//')"
else
  echo "FAIL: the build failed, but without naming the field; expected: $expected" >&2
  cat "$log" >&2
  exit 1
fi
