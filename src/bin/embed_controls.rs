//! A browser entry point for `?embed=<chart>`, as `embed_plain.rs`, for the charts with
//! controls (jobs and team): their code weighs most, so they have a build of their own.

#[cfg(target_arch = "wasm32")]
fn main() {
    rust_or_go::ui::mount_embed();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    rust_or_go::browser_only("rust-or-go-embed-controls");
}
