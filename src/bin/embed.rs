//! The browser entry point of the chart-embed build: a chart widget alone, without the page,
//! the advisor or the downloads, so that an embedded chart downloads as little as possible.
//! `public/boot.js` loads this build for `?embed=<chart>`.

fn main() {
    rust_or_go::ui::mount_embed();
}
