//! A browser entry point for `?embed=<chart>`: a chart widget alone, without the page, the
//! advisor or the downloads, so that an embedded chart downloads as little as possible. This
//! build has the charts without controls (salary, sentiment, growth, learning); `public/boot.js`
//! loads it for them.

#[cfg(target_arch = "wasm32")]
fn main() {
    rust_or_go::ui::mount_embed();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    rust_or_go::browser_only("rust-or-go-embed-plain");
}
