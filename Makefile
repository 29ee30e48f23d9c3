# The two commands of the README, and the steps they are made of.
#
#   make serve   install what is missing, build, and serve the app at http://127.0.0.1:8080/
#   make test    install what is missing, then run every check and test
#
# Each step prints what it does; every install step is skipped when the tool is present.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
# scripts/tools first: its wasm-opt keeps each result, so the variant builds reuse the release's.
export PATH := $(CURDIR)/scripts/tools:$(CARGO_BIN):$(CURDIR)/node_modules/.bin:$(PATH)

.PHONY: serve test setup setup-test lint test-native test-broken-dataset build build-variants test-browser size bench profile clean

serve: setup
	@echo "==> serving at http://127.0.0.1:8080/ (rebuilds on change; Ctrl-C to stop)"
	trunk serve

test: setup-test test-broken-dataset lint test-native build build-variants test-browser
	@echo "==> all tests passed"

setup:
	scripts/setup.sh build

setup-test:
	scripts/setup.sh test

lint:
	@echo "==> cargo fmt --check"
	cargo fmt --all --check
	@echo "==> cargo clippy (native and wasm32), warnings are errors"
	cargo clippy --all-targets -- -D warnings
	# The wasm is checked in the release profile, the one it ships in: the proc macros and build
	# scripts compiled for it are then the release build's own, compiled once (a minute less).
	cargo clippy --release --target wasm32-unknown-unknown --bin rust-or-go -- -D warnings
	cargo clippy --release --target wasm32-unknown-unknown --bin rust-or-go-embed-plain --no-default-features --features embed-plain -- -D warnings
	cargo clippy --release --target wasm32-unknown-unknown --bin rust-or-go-embed-controls --no-default-features --features embed-controls -- -D warnings

test-native:
	@echo "==> cargo test (dataset, models, formatting)"
	cargo test

test-broken-dataset:
	@echo "==> a broken dataset must fail the build, naming the field"
	scripts/check-broken-dataset.sh

build:
	@echo "==> trunk build --release"
	trunk build --release

build-variants:
	@echo "==> release variants for the offline tests (sub-path, next release)"
	scripts/build-variants.sh

# Two test files at a time, which fills the time one file alone leaves a core idle (a quarter
# less in all on two cores). Lighthouse scores the page's speed, so it runs alone, after them.
BROWSER_TESTS := $(filter-out tests/e2e/lighthouse.test.mjs,$(wildcard tests/e2e/*.test.mjs))
NODE_TEST := node --test --test-reporter=spec --test-timeout=180000

test-browser:
	@echo "==> browser tests, two files at a time (Chromium; Firefox and WebKit in engine-*.test.mjs)"
	$(NODE_TEST) --test-concurrency=2 $(BROWSER_TESTS)
	@echo "==> Lighthouse, alone"
	$(NODE_TEST) tests/e2e/lighthouse.test.mjs

size: setup-test build
	@echo "==> first-visit transfer of the release build"
	node scripts/size.mjs

bench: setup-test build
	@echo "==> benchmark of the release build (medians of BENCH_RUNS runs, default 7)"
	node scripts/bench.mjs

profile: setup
	@echo "==> where the full app's wasm bytes go (twiggy)"
	scripts/profile.sh

clean:
	cargo clean
	rm -rf dist tests/output
