//! Build helper, run natively by Trunk's `post_build` hook (see `Trunk.toml`).
//!
//! `site post-build` finishes the staged site in `$TRUNK_STAGING_DIR`:
//! - writes the page into `index.html` (the header with the key figures, and every section
//!   with its tables and a slot for each widget, each chart's holding its pictures, drawn by
//!   `src/charts/picture.rs`) in place of the `<template id=shell-…>`
//!   markers (elements, not comments, so they survive Trunk's minifier);
//! - shortens the names across each wasm build's boundary with its JS glue ([`boundary`]);
//! - gives the chart-embed builds' files content hashes (Trunk builds them as further modules
//!   and leaves their names plain) and writes, for each chart, its build's names where
//!   `boot.js` reads them;
//! - draws the icons (`icon.svg` and the manifest's PNGs) from `src/icon.rs`;
//! - ships `boot.js` and `embed.js` without their comments and indentation (they are read in
//!   `public/`; every reader downloads them);
//! - in release builds, writes the service worker `sw.js` with the precache list of exactly
//!   this build's files and a cache name derived from their content. Development builds
//!   (`trunk serve`) get no worker, so nothing is ever served stale while editing.
//!
//! `site shorten WASM GLUE` does the boundary's part alone, on files of one's choosing (`make
//! profile` uses it to measure the wasm as shipped).

mod boundary;

use plotters::prelude::{BitMapBackend, SVGBackend};
use rust_or_go::charts::ChartId;
use rust_or_go::charts::draw::Backend;
use rust_or_go::data::dataset;
use rust_or_go::{html, icon};
use std::path::{Path, PathBuf};
use std::{env, fs, process};

/// The full app's file stem (its binary's name).
const MAIN_BUILD: &str = "rust-or-go";
/// How the chart-embed builds' file stems (their binaries' names) begin; each chart names its
/// own build (`ChartId::embed_build`).
const EMBED_BUILDS: &str = "rust-or-go-embed-";
/// The dataset's download, under `data/` (copied there from `public/data/` by Trunk).
const DATASET_FILE: &str = "rust-vs-go.json";
/// The service worker's file name: stable, so a deployed worker can always find its update.
const SERVICE_WORKER: &str = "sw.js";
/// The service worker's code, before the build fills in its release and files.
const WORKER_TEMPLATE: &str = include_str!("../../sw.js");

/// The Content-Security-Policy the app runs under, shipped in the page for hosts that cannot
/// send headers (a policy in a `<meta>` can hold all of it: no `frame-ancestors` or reporting,
/// which embeds and this app do not use). The test server sends the same policy as a header.
const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; \
object-src 'none'; base-uri 'self'; form-action 'none'";

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["post-build"] => post_build(),
        ["shorten", wasm, glue] => shorten_boundary(Path::new("."), glue, wasm),
        _ => Err("usage: site post-build        run by Trunk, with TRUNK_STAGING_DIR set\n       \
                  site shorten WASM GLUE   shortens the names between a wasm and its glue, in place \
                  (as post-build does)"
            .to_string()),
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
    let (main_glue, main_wasm) = trunk_named_build(&staging, MAIN_BUILD)?;
    shorten_boundary(&staging, &main_glue, &main_wasm)?;
    // Quoted, as the names are separated by spaces; the minifier may have taken the marker's
    // quotes away.
    let embeds = format!("\"{}\"", embed_builds(&staging)?);
    let marker = if page.contains("\"@embeds@\"") {
        "\"@embeds@\""
    } else {
        "@embeds@"
    };
    let page = replace_marker(&page, marker, &embeds)?;
    let page = replace_marker(&page, "@sw@", if release { SERVICE_WORKER } else { "" })?;
    write_icons(&staging)?;
    offer_bundled_dataset(&staging)?;
    for script in ["boot.js", "embed.js"] {
        strip_script(&staging.join(script))?;
    }

    // Release builds name their release in the page (the service worker checks that the page
    // it stores and serves is its own) and carry the CSP. Development builds have neither: the
    // development server's live reload is an inline script.
    let precached = precached_files(&staging)?;
    let release_id = release_hash(&staging, &precached, &page)?;
    let head = if release {
        format!(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\
             <meta name=\"rust-or-go-release\" content=\"{release_id}\">"
        )
    } else {
        String::new()
    };
    let page = replace_marker(&page, "<template id=shell-head></template>", &head)?;
    write(&index, page.as_bytes())?;
    if release {
        write_service_worker(&staging, &precached, &release_id)?;
    }
    Ok(())
}

/// Shortens and hashes each chart-embed build's files, and returns what `boot.js` reads in
/// `data-embeds`: for each chart, its id, then its build's glue and wasm, written like Trunk
/// writes the main build's names (behind the public URL), all separated by spaces.
fn embed_builds(staging: &Path) -> Result<String, String> {
    let base = env::var("TRUNK_PUBLIC_URL").unwrap_or_else(|_| "./".to_string());
    let mut files: Vec<(&str, String)> = Vec::new();
    let mut embeds = Vec::new();
    for chart in ChartId::ALL {
        let build = chart.embed_build();
        let names = match files.iter().find(|(named, _)| *named == build) {
            Some((_, names)) => names.clone(),
            None => {
                let (glue, wasm) = (format!("{build}.js"), format!("{build}_bg.wasm"));
                shorten_boundary(staging, &glue, &wasm)?;
                let glue = hash_name(staging, &glue)?;
                let wasm = hash_name(staging, &wasm)?;
                let names = format!("{base}{glue} {base}{wasm}");
                files.push((build, names.clone()));
                names
            }
        };
        embeds.push(format!("{} {names}", chart.id()));
    }
    Ok(embeds.join(" "))
}

/// The download is the dataset the build bundled: when `RUST_OR_GO_DATASET` points the build at
/// another file than `public/data/`'s, that file replaces the copied one, so a page's figures
/// and its download never disagree.
fn offer_bundled_dataset(dir: &Path) -> Result<(), String> {
    let Some(source) = env::var_os("RUST_OR_GO_DATASET") else {
        return Ok(());
    };
    let bytes = read(Path::new(&source))?;
    write(&dir.join("data").join(DATASET_FILE), &bytes)
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
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

/// The glue and wasm of the build Trunk named `stem-<hash>.js` and `stem-<hash>_bg.wasm`.
fn trunk_named_build(dir: &Path, stem: &str) -> Result<(String, String), String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    let mut glue = Vec::new();
    let mut wasm = Vec::new();
    for entry in entries {
        let name = entry.map_err(|e| e.to_string())?.file_name();
        let name = name.to_string_lossy();
        let Some(rest) = name.strip_prefix(stem).and_then(|r| r.strip_prefix('-')) else {
            continue;
        };
        let hashed = |hash: &str| hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit());
        if rest.strip_suffix(".js").is_some_and(hashed) {
            glue.push(name.to_string());
        } else if rest.strip_suffix("_bg.wasm").is_some_and(hashed) {
            wasm.push(name.to_string());
        }
    }
    match (glue.as_slice(), wasm.as_slice()) {
        ([glue], [wasm]) => Ok((glue.clone(), wasm.clone())),
        _ => Err(format!(
            "expected one {stem}-<hash>.js and one {stem}-<hash>_bg.wasm in {}, found {glue:?} and \
             {wasm:?}",
            dir.display()
        )),
    }
}

/// Rewrites the build's `glue` and `wasm` in `dir` with short names across their boundary.
fn shorten_boundary(dir: &Path, glue: &str, wasm: &str) -> Result<(), String> {
    let glue_path = dir.join(glue);
    let wasm_path = dir.join(wasm);
    let glue_text = fs::read_to_string(&glue_path)
        .map_err(|e| format!("cannot read {}: {e}", glue_path.display()))?;
    let shortened = boundary::shorten(&read(&wasm_path)?, &glue_text)
        .map_err(|e| format!("{wasm} and {glue}: {e}"))?;
    write(&wasm_path, &shortened.wasm)?;
    write(&glue_path, shortened.glue.as_bytes())
}

/// Renames `dir/name` to include a hash of its content (`stem-<hash>.ext`, as Trunk names the
/// main build's files), so browsers and caches never mix files of two builds. Returns the new
/// name.
fn hash_name(dir: &Path, name: &str) -> Result<String, String> {
    let path = dir.join(name);
    let bytes = read(&path)?;
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

/// The files the service worker precaches besides the page, sorted: what the page loads (the
/// manifest too, which the browser reads on every load) and the dataset it offers for download.
/// Left out, as the page offline never needs them: the chart-embed builds and `embed.js`
/// (embeds live in other people's pages) and the PNG icons (an installed app's browser keeps
/// its own copies).
fn precached_files(dir: &Path) -> Result<Vec<String>, String> {
    let mut files = Vec::new();
    collect_files(dir, dir, &mut files)?;
    files.retain(|name| {
        name != SERVICE_WORKER
            && name != "index.html"
            && name != "embed.js"
            && !name.starts_with(EMBED_BUILDS)
            && !name.starts_with('.')
            && !name.ends_with(".png")
    });
    files.sort();
    Ok(files)
}

/// The release: a hash of the worker's code, of the page (before the release and the policy are
/// written into it), of the policy and of every other precached file. Any change to any of them
/// is another release.
fn release_hash(dir: &Path, files: &[String], page: &str) -> Result<String, String> {
    let mut hash = fnv1a(WORKER_TEMPLATE.as_bytes(), 0xcbf2_9ce4_8422_2325);
    hash = fnv1a(page.as_bytes(), hash);
    // The policy the page will carry, which is written into it with the release.
    hash = fnv1a(CSP.as_bytes(), hash);
    for name in files {
        let bytes = fs::read(dir.join(name)).map_err(|e| format!("cannot read {name}: {e}"))?;
        hash = fnv1a(name.as_bytes(), hash);
        hash = fnv1a(&bytes, hash);
    }
    Ok(format!("{hash:016x}"))
}

/// `sw.js` from `src/sw.js`: its release (which names its cache) and the precache list, each
/// file with the integrity hash the browser checks it against (the page is checked for its
/// release marker instead: hosts may rewrite HTML, adding analytics or compressing it).
fn write_service_worker(dir: &Path, files: &[String], release: &str) -> Result<(), String> {
    let mut precache = vec!["{ url: \"./\", integrity: \"\" }".to_string()];
    for name in files {
        let bytes = fs::read(dir.join(name)).map_err(|e| format!("cannot read {name}: {e}"))?;
        precache.push(format!(
            "{{ url: {:?}, integrity: {:?} }}",
            format!("./{name}"),
            integrity(&bytes)
        ));
    }
    let worker = WORKER_TEMPLATE.replacen("@release@", release, 1).replacen(
        "@precache@",
        &format!("[\n{},\n]", precache.join(",\n")),
        1,
    );
    let worker = without_comments(&worker).map_err(|e| format!("src/sw.js: {e}"))?;
    write(&dir.join(SERVICE_WORKER), worker.as_bytes())
}

/// Rewrites the staged script at `path` (if the build has one) without its comments.
fn strip_script(path: &Path) -> Result<(), String> {
    let Ok(script) = fs::read_to_string(path) else {
        return Ok(());
    };
    let stripped = without_comments(&script).map_err(|e| format!("{}: {e}", path.display()))?;
    write(path, stripped.as_bytes())
}

/// A script without its comment lines, blank lines and indentation: lines whose code starts with
/// `//`, and lines that are one `/* … */` comment. Line breaks stay where they were, so the code
/// means what it meant (automatic semicolons included). A comment beside code stays. The line
/// is the unit, so a script this cannot read line by line is refused rather than changed: one
/// with a block comment, a template string or a string continued (`\` at the end) over several
/// lines.
fn without_comments(script: &str) -> Result<String, String> {
    let mut kept = Vec::new();
    for (number, line) in script.lines().enumerate() {
        let code = line.trim();
        let refuse = |what: &str, fix: &str| {
            Err(format!(
                "line {}: {what} over several lines ({fix})",
                number + 1
            ))
        };
        let comment = if code.starts_with("//") {
            true
        } else if code.starts_with("/*") {
            match code.find("*/") {
                None => return refuse("a block comment", "write it as // lines"),
                // The comment ends the line: nothing else is on it.
                Some(end) => end + 2 == code.len(),
            }
        } else {
            false
        };
        if comment || code.is_empty() {
            continue;
        }
        if code.matches('`').count() % 2 == 1 {
            return refuse("a template string", "join it on one line");
        }
        if code.ends_with('\\') {
            return refuse("a string continued with \\", "join it on one line");
        }
        kept.push(code);
    }
    let mut out = kept.join("\n");
    if script.ends_with('\n') {
        out.push('\n');
    }
    Ok(out)
}

/// A Subresource Integrity value: `sha384-` and the base64 of the SHA-384 of `bytes`.
fn integrity(bytes: &[u8]) -> String {
    use base64::Engine;
    use sha2::Digest;
    let digest = sha2::Sha384::digest(bytes);
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
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
