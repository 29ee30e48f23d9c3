//! Build helper, run natively by Trunk's `post_build` hook (see `Trunk.toml`).
//!
//! `site post-build` writes the static shell (the header with the key figures, and the
//! `<noscript>` tables) into the staged `index.html`, in place of the `<!-- shell:… -->` markers.

use rust_or_go::data::dataset;
use rust_or_go::shell;
use std::path::{Path, PathBuf};
use std::{env, fs, process};

fn main() {
    let command = env::args().nth(1).unwrap_or_default();
    let result = match command.as_str() {
        "post-build" => post_build(),
        _ => Err("usage: site post-build   (run by Trunk with TRUNK_STAGING_DIR set)".to_string()),
    };
    if let Err(message) = result {
        eprintln!("site: {message}");
        process::exit(1);
    }
}

fn post_build() -> Result<(), String> {
    let staging = env::var_os("TRUNK_STAGING_DIR")
        .map(PathBuf::from)
        .ok_or("TRUNK_STAGING_DIR is not set: this command runs as Trunk's post_build hook")?;
    write_shell(&staging.join("index.html"))
}

fn write_shell(index: &Path) -> Result<(), String> {
    let html =
        fs::read_to_string(index).map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    let d = dataset();
    let html = replace_marker(&html, "<!-- shell:header -->", &shell::header(d))?;
    let html = replace_marker(&html, "<!-- shell:noscript -->", &shell::noscript(d))?;
    fs::write(index, html).map_err(|e| format!("cannot write {}: {e}", index.display()))
}

/// Replaces the one occurrence of `marker`; a missing or repeated marker is an error, so a
/// changed `index.html` cannot silently ship without its shell.
fn replace_marker(html: &str, marker: &str, content: &str) -> Result<String, String> {
    match html.matches(marker).count() {
        1 => Ok(html.replacen(marker, content, 1)),
        n => Err(format!(
            "index.html must contain the marker {marker} exactly once, found it {n} times"
        )),
    }
}
