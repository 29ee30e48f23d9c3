//! Rust or Go? Charts and an explainable advisor from one bundled job-market dataset.
//!
//! Data flows one way: the bundled JSON ([`data`]) becomes page content ([`content`],
//! [`summary`]) that the Leptos components (`ui`) render. Everything above `ui` is plain Rust
//! that native tests exercise directly; `ui`, and the browser crates it alone uses (Leptos,
//! web-sys, plotters-canvas), are compiled only for the wasm, so native builds and tests never
//! compile them.

pub mod advisor;
pub mod charts;
pub mod content;
pub mod data;
pub mod embed;
pub mod format;
pub mod html;
pub mod icon;
pub mod summary;
pub mod table;
pub mod team;
#[cfg(test)]
mod test_rng;
#[cfg(target_arch = "wasm32")]
pub mod ui;
pub mod url;

/// A browser entry point run natively: says how to build it, and fails.
#[cfg(not(target_arch = "wasm32"))]
pub fn browser_only(binary: &str) -> ! {
    eprintln!("{binary} runs in the browser: build it with `trunk build` (see the README)");
    std::process::exit(2)
}
