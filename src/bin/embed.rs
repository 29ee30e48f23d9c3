//! The browser entry point of the chart-embed build: a chart widget alone, without the page,
//! the advisor or the downloads, so that an embedded chart downloads as little as possible.
//! `public/boot.js` loads this build for `?embed=<chart>`.

#[cfg(target_arch = "wasm32")]
fn main() {
    rust_or_go::ui::mount_embed();
}

/// The widget runs only in the browser (`trunk build`); a native build of this binary says so.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("rust-or-go-embed runs in the browser: build it with `trunk build` (see the README)");
    std::process::exit(2);
}
