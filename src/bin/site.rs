//! Build helper, run natively by Trunk's `post_build` hook (see `Trunk.toml`).
//!
//! `site post-build` finishes the staged `index.html`:
//! - writes the static shell (the header with the key figures, and the `<noscript>` tables) in
//!   place of the `<!-- shell:… -->` markers;
//! - fills in the hashed file names of the chart-embed build, which Trunk builds as a second
//!   module without referencing it, so that `boot.js` can load it for `?embed=<chart>`.

use rust_or_go::data::dataset;
use rust_or_go::html;
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
    let page =
        fs::read_to_string(index).map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    let d = dataset();
    let page = replace_marker(&page, "<!-- shell:header -->", &html::header(d))?;
    let page = replace_marker(&page, "<!-- shell:noscript -->", &html::noscript(d))?;
    let dir = index.parent().unwrap_or(Path::new("."));
    let glue = hash_name(dir, &format!("{EMBED_BUILD}.js"))?;
    let wasm = hash_name(dir, &format!("{EMBED_BUILD}_bg.wasm"))?;
    let page = replace_marker(&page, "@embed-glue@", &format!("./{glue}"))?;
    let page = replace_marker(&page, "@embed-wasm@", &format!("./{wasm}"))?;
    fs::write(index, page).map_err(|e| format!("cannot write {}: {e}", index.display()))
}

/// The chart-embed build's file stem (its binary's name).
const EMBED_BUILD: &str = "rust-or-go-embed";

/// Renames `dir/name` to include a hash of its content (`stem-<hash>.ext`, as Trunk names the
/// main build's files, which Trunk does not do for a second module), so browsers and caches
/// never mix files of two builds. Returns the new name.
fn hash_name(dir: &Path, name: &str) -> Result<String, String> {
    let path = dir.join(name);
    let bytes = fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let (stem, extension) = if let Some(stem) = name.strip_suffix("_bg.wasm") {
        (stem, "_bg.wasm")
    } else {
        name.rsplit_once('.')
            .map(|(stem, _)| (stem, &name[stem.len()..]))
            .unwrap_or((name, ""))
    };
    let hashed = format!("{stem}-{:016x}{extension}", fnv1a(&bytes));
    fs::rename(&path, dir.join(&hashed))
        .map_err(|e| format!("cannot rename {}: {e}", path.display()))?;
    Ok(hashed)
}

/// 64-bit FNV-1a: a stable content hash for cache-busting file names.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
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
