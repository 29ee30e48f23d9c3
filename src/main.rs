//! The browser entry point of the full app: mount it. No panic hook: like the chart-embed
//! build, it leaves panic messages out of the wasm (0.7 KiB on every first visit); a panic
//! shows in the console as "unreachable" with the wasm's stack.

#[cfg(target_arch = "wasm32")]
fn main() {
    rust_or_go::ui::mount();
}

/// The interface runs only in the browser (`trunk build`); a native build of this binary says so.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("rust-or-go runs in the browser: build it with `trunk build` (see the README)");
    std::process::exit(2);
}
