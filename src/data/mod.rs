//! The dataset: its types, its rules, and the copy bundled into the app.
//!
//! `public/data/rust-vs-go.json` is the single source of truth. The build script validates it
//! and compiles it into [`dataset()`], so the app starts without fetching or parsing anything.

pub mod bundle;
pub mod model;
pub mod questions;
pub mod validate;

#[cfg(not(target_arch = "wasm32"))]
pub mod codegen;
#[cfg(not(target_arch = "wasm32"))]
pub mod load;

pub use model::*;

mod bundled {
    use super::model::*;
    include!(concat!(env!("OUT_DIR"), "/dataset.rs"));
}

/// The bundled dataset, validated at build time. In the browser it leaves out what only the
/// static page shows ([`bundle`]).
pub fn dataset() -> &'static Dataset {
    &bundled::DATASET
}

/// A source by id. Every id a citation uses exists: the build checks it.
pub fn source(id: &str) -> Option<&'static Source> {
    dataset().sources.iter().find(|s| s.id == id)
}
