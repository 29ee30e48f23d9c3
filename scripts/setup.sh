#!/usr/bin/env bash
# Installs what building and testing the app need, skipping whatever is already in place.
#
#   scripts/setup.sh build   Rust toolchain and wasm target, Trunk, wasm-bindgen CLI, npm tooling
#   scripts/setup.sh test    all of the above, plus the browsers the tests drive: Chromium,
#                            Firefox ESR and WebKitGTK (with Xvfb) from Debian, geckodriver
#
# Every version comes from the repository (rust-toolchain.toml, Cargo.lock, package-lock.json,
# the constants below), so every machine builds with the same tools. Safe to run repeatedly.
set -euo pipefail

TRUNK_VERSION="0.22.1"

cd "$(dirname "$0")/.."
mode="${1:-build}"
case "$mode" in
  build | test) ;;
  *)
    echo "usage: scripts/setup.sh [build|test]" >&2
    exit 2
    ;;
esac

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }

export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"

# cargo install, with --locked first: a crate's lockfile can name a version that the registry
# mirror does not have yet, and then only a fresh resolution works. These are build tools, not
# shipped code: skipping their fat LTO and single codegen unit roughly halves the compile time.
cargo_install() {
  local crate="$1" version="$2"
  export CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16
  if ! cargo install "$crate" --version "$version" --locked; then
    say "retrying $crate $version without --locked"
    cargo install "$crate" --version "$version"
  fi
  unset CARGO_PROFILE_RELEASE_LTO CARGO_PROFILE_RELEASE_CODEGEN_UNITS
}

# 1. Rust: the pinned toolchain with the wasm target. RUSTUP_AUTO_INSTALL=0 machines do not
#    install it on first use, so install it explicitly.
have rustup || {
  echo "rustup is required (https://rustup.rs); it is not installed" >&2
  exit 1
}
toolchain="$(sed -n 's/^channel *= *"\(.*\)"/\1/p' rust-toolchain.toml)"
if rustup run "$toolchain" rustc --version >/dev/null 2>&1 &&
  rustup target list --installed --toolchain "$toolchain" | grep -qx wasm32-unknown-unknown &&
  rustup component list --installed --toolchain "$toolchain" | grep -q '^clippy'; then
  say "Rust $toolchain with wasm32-unknown-unknown: present"
else
  say "installing Rust $toolchain with wasm32-unknown-unknown, rustfmt and clippy"
  rustup toolchain install "$toolchain" --profile minimal \
    --component rustfmt --component clippy --target wasm32-unknown-unknown
fi

# 2. Trunk, at the version this project is tested with (about 7 minutes to compile).
if have trunk && [ "$(trunk --version | awk '{print $2}')" = "$TRUNK_VERSION" ]; then
  say "trunk $TRUNK_VERSION: present"
else
  say "installing trunk $TRUNK_VERSION (compiles from source, takes several minutes)"
  cargo_install trunk "$TRUNK_VERSION"
fi

# 3. wasm-bindgen CLI, at exactly the version of the wasm-bindgen crate in Cargo.lock: Trunk
#    uses it from PATH only on an exact match, and would otherwise try to download one.
bindgen_version="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
if have wasm-bindgen && [ "$(wasm-bindgen --version | awk '{print $2}')" = "$bindgen_version" ]; then
  say "wasm-bindgen $bindgen_version: present"
else
  say "installing wasm-bindgen-cli $bindgen_version (matches Cargo.lock)"
  cargo_install wasm-bindgen-cli "$bindgen_version"
fi

# 4. npm tooling: wasm-opt from the binaryen package (Debian's binaryen corrupts wasm-bindgen
#    output) and playwright-core. Reinstalled only when package-lock.json changed.
have npm || {
  echo "Node.js and npm are required; they are not installed" >&2
  exit 1
}
if [ -f node_modules/.package-lock.json ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
  say "npm packages: present"
else
  say "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund
fi

# 5. The three browser engines for the browser tests, from Debian (Playwright's own browser
#    downloads cannot work on machines that only reach package registries): Chromium and
#    ChromeDriver; Firefox ESR; WebKitGTK's MiniBrowser with its WebDriver, and Xvfb (with
#    xauth, for xvfb-run) as its display. Then geckodriver, which drives Firefox, from crates.io.
GECKODRIVER_VERSION="0.37.1"
if [ "$mode" = "test" ]; then
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && [ -x /usr/bin/firefox-esr ] &&
    [ -x /usr/bin/WebKitWebDriver ] && have Xvfb && have xvfb-run && have xauth; then
    say "chromium, firefox-esr, WebKitGTK with its WebDriver, and Xvfb: present"
  else
    say "installing chromium, firefox-esr, webkit2gtk-driver and xvfb from Debian"
    sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get update -q
    $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
      chromium chromium-driver firefox-esr webkit2gtk-driver xvfb xauth
  fi
  if have geckodriver && [ "$(geckodriver --version | awk 'NR == 1 { print $2 }')" = "$GECKODRIVER_VERSION" ]; then
    say "geckodriver $GECKODRIVER_VERSION: present"
  else
    say "installing geckodriver $GECKODRIVER_VERSION (compiles from source, takes a few minutes)"
    cargo_install geckodriver "$GECKODRIVER_VERSION"
  fi
fi

say "setup complete ($mode)"
