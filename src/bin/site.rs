//! Build helper, run natively by Trunk's `post_build` hook (see `Trunk.toml`).
//!
//! `site post-build` finishes the staged site in `$TRUNK_STAGING_DIR`:
//! - writes the page into `index.html` (the header with the key figures, and every section
//!   with its tables and a slot for each widget) in place of the `<template id=shell-…>`
//!   markers (elements, not comments, so they survive Trunk's minifier);
//! - gives the chart-embed build's files content hashes (Trunk builds it as a second module and
//!   leaves its names plain) and writes those names where `boot.js` reads them;
//! - draws the icons (`icon.svg` and the manifest's PNGs) from `src/icon.rs`;
//! - in release builds, writes the service worker `sw.js` with the precache list of exactly
//!   this build's files and a cache name derived from their content. Development builds
//!   (`trunk serve`) get no worker, so nothing is ever served stale while editing.

use plotters::prelude::{BitMapBackend, SVGBackend};
use rust_or_go::charts::draw::Backend;
use rust_or_go::data::dataset;
use rust_or_go::{html, icon};
use std::path::{Path, PathBuf};
use std::{env, fs, process};

/// The chart-embed build's file stem (its binary's name).
const EMBED_BUILD: &str = "rust-or-go-embed";
/// The service worker's file name: stable, so a deployed worker can always find its update.
const SERVICE_WORKER: &str = "sw.js";

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
    let release = env::var("TRUNK_PROFILE").is_ok_and(|profile| profile == "release");
    let index = staging.join("index.html");
    let page =
        fs::read_to_string(&index).map_err(|e| format!("cannot read {}: {e}", index.display()))?;

    let d = dataset();
    let page = replace_marker(
        &page,
        "<template id=shell-header></template>",
        &html::header(d),
    )?;
    let page = replace_marker(
        &page,
        "<template id=shell-sections></template>",
        &html::sections(d),
    )?;
    let glue = hash_name(&staging, &format!("{EMBED_BUILD}.js"))?;
    let wasm = hash_name(&staging, &format!("{EMBED_BUILD}_bg.wasm"))?;
    // Written like Trunk writes the main build's names: behind the public URL.
    let base = env::var("TRUNK_PUBLIC_URL").unwrap_or_else(|_| "./".to_string());
    let page = replace_marker(&page, "@embed-glue@", &format!("{base}{glue}"))?;
    let page = replace_marker(&page, "@embed-wasm@", &format!("{base}{wasm}"))?;
    let page = replace_marker(&page, "@sw@", if release { SERVICE_WORKER } else { "" })?;
    write(&index, page.as_bytes())?;

    write_icons(&staging)?;
    if release {
        write_service_worker(&staging)?;
    }
    Ok(())
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// Replaces the one occurrence of `marker`; a missing or repeated marker is an error, so a
/// changed `index.html` cannot silently ship without its shell.
fn replace_marker(page: &str, marker: &str, content: &str) -> Result<String, String> {
    match page.matches(marker).count() {
        1 => Ok(page.replacen(marker, content, 1)),
        n => Err(format!(
            "index.html must contain the marker {marker} exactly once, found it {n} times"
        )),
    }
}

/// Renames `dir/name` to include a hash of its content (`stem-<hash>.ext`, as Trunk names the
/// main build's files), so browsers and caches never mix files of two builds. Returns the new
/// name.
fn hash_name(dir: &Path, name: &str) -> Result<String, String> {
    let path = dir.join(name);
    let bytes = fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let (stem, extension) = match name.strip_suffix("_bg.wasm") {
        Some(stem) => (stem, "_bg.wasm"),
        None => name
            .rsplit_once('.')
            .map_or((name, ""), |(stem, _)| (stem, &name[stem.len()..])),
    };
    let hashed = format!(
        "{stem}-{:016x}{extension}",
        fnv1a(&bytes, 0xcbf2_9ce4_8422_2325)
    );
    fs::rename(&path, dir.join(&hashed))
        .map_err(|e| format!("cannot rename {}: {e}", path.display()))?;
    Ok(hashed)
}

/// 64-bit FNV-1a over `bytes`, continuing from `hash`: a stable content hash for file and
/// cache names.
fn fnv1a(bytes: &[u8], hash: u64) -> u64 {
    bytes.iter().fold(hash, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// `icon.svg` and the manifest's PNG icons, all drawn by `icon::draw`.
fn write_icons(dir: &Path) -> Result<(), String> {
    let mut svg = String::new();
    {
        let surface = Backend::new(SVGBackend::with_string(&mut svg, (64, 64)));
        icon::draw(&surface, 64, false)?;
        surface.present()?;
    }
    write(&dir.join("icon.svg"), svg.as_bytes())?;

    for (name, size, maskable) in icon::PNG_ICONS {
        let mut pixels = vec![0u8; (size * size * 3) as usize];
        {
            let surface = Backend::new(BitMapBackend::with_buffer(&mut pixels, (size, size)));
            icon::draw(&surface, size, maskable)?;
            surface.present()?;
        }
        let path = dir.join(name);
        let file =
            fs::File::create(&path).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        let mut encoder = png::Encoder::new(std::io::BufWriter::new(file), size, size);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        encoder.set_compression(png::Compression::Best);
        encoder
            .write_header()
            .and_then(|mut writer| writer.write_image_data(&pixels))
            .map_err(|e| format!("cannot encode {}: {e}", path.display()))?;
    }
    Ok(())
}

/// `sw.js` from `src/sw.js`, with this build's files and a cache name from their content.
fn write_service_worker(dir: &Path) -> Result<(), String> {
    let mut files = Vec::new();
    collect_files(dir, dir, &mut files)?;
    // The page is precached as "./", the URL readers open, with what it loads and the dataset
    // it offers for download. Left out, as the page offline never needs them: the chart-embed
    // build and embed.js (embeds live in other people's pages), the manifest and the PNG icons
    // (an installed app's browser keeps its own copies).
    files.retain(|name| {
        name != SERVICE_WORKER
            && name != "index.html"
            && name != "embed.js"
            && name != "manifest.webmanifest"
            && !name.starts_with(EMBED_BUILD)
            && !name.starts_with('.')
            && !name.ends_with(".png")
    });
    files.sort();
    let mut hash = 0xcbf2_9ce4_8422_2325;
    for name in std::iter::once("index.html").chain(files.iter().map(String::as_str)) {
        let bytes = fs::read(dir.join(name)).map_err(|e| format!("cannot read {name}: {e}"))?;
        hash = fnv1a(name.as_bytes(), hash);
        hash = fnv1a(&bytes, hash);
    }
    let precache: Vec<String> = std::iter::once("./".to_string())
        .chain(files.iter().map(|name| format!("./{name}")))
        .map(|url| format!("{url:?}"))
        .collect();
    let worker = include_str!("../sw.js")
        .replacen("@cache@", &format!("rust-or-go-{hash:016x}"), 1)
        .replacen("@precache@", &format!("[{}]", precache.join(", ")), 1);
    write(&dir.join(SERVICE_WORKER), worker.as_bytes())
}

/// Every file under `dir`, as paths relative to `root` with `/` separators.
fn collect_files(root: &Path, dir: &Path, files: &mut Vec<String>) -> Result<(), String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            collect_files(root, &path, files)?;
        } else if let Ok(relative) = path.strip_prefix(root) {
            let parts: Vec<String> = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            files.push(parts.join("/"));
        }
    }
    Ok(())
}
