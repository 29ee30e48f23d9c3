//! The browser entry point of the full app: mount it. No panic hook: like the chart-embed
//! builds, it leaves panic messages out of the wasm (0.7 KiB on every first visit); a panic
//! shows in the console as "unreachable" with the wasm's stack.

#[cfg(target_arch = "wasm32")]
fn main() {
    rust_or_go::ui::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    rust_or_go::browser_only("rust-or-go");
}
