//! The post-build helper (`site post-build`) on a staged site of its own: it writes the shell,
//! hashes the chart-embed build's names, draws the icons, and writes a service worker that
//! precaches exactly the build's files in release builds and none in development builds.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A minimal staged site: the markers of index.html and a few built files.
fn stage(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("data")).unwrap();
    fs::write(
        dir.join("index.html"),
        "<!doctype html><head><script src=\"./boot.js\" data-embed-glue=\"@embed-glue@\" \
         data-embed-wasm=\"@embed-wasm@\" data-sw=\"@sw@\"></script></head><body>\
         <template id=shell-header></template><main id=\"app\"><template id=shell-sections></template></main></body>",
    )
    .unwrap();
    for (file, content) in [
        ("boot.js", "boot"),
        ("main-0123456789abcdef.css", "css"),
        ("rust-or-go-0123456789abcdef.js", "glue"),
        ("rust-or-go-0123456789abcdef_bg.wasm", "wasm"),
        ("rust-or-go-embed.js", "embed glue"),
        ("rust-or-go-embed_bg.wasm", "embed wasm"),
        ("data/rust-vs-go.json", "{}"),
    ] {
        fs::write(dir.join(file), content).unwrap();
    }
    dir
}

fn post_build(dir: &Path, profile: &str) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_site"))
        .arg("post-build")
        .env("TRUNK_STAGING_DIR", dir)
        .env("TRUNK_PROFILE", profile)
        .env("TRUNK_PUBLIC_URL", "./")
        .output()
        .expect("the site helper runs")
}

/// Runs the helper and expects it to succeed, showing what it printed when it does not.
fn post_build_ok(dir: &Path, profile: &str) {
    let output = post_build(dir, profile);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn a_release_build_gets_its_shell_icons_embed_names_and_worker() {
    let dir = stage("release");
    post_build_ok(&dir, "release");

    let index = fs::read_to_string(dir.join("index.html")).unwrap();
    assert!(index.contains("<h1>Rust or Go?</h1>"));
    assert!(index.contains("data-widget=\"quiz\""));
    assert!(index.contains("<section id=\"sources\""));
    assert!(index.contains("data-sw=\"sw.js\""));
    let glue = index
        .split("data-embed-glue=\"./")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    assert!(
        glue.starts_with("rust-or-go-embed-") && glue.ends_with(".js"),
        "{glue}"
    );
    assert!(dir.join(glue).exists());
    assert!(!dir.join("rust-or-go-embed.js").exists());

    for icon in [
        "icon.svg",
        "icon-192.png",
        "icon-512.png",
        "icon-maskable-512.png",
    ] {
        assert!(dir.join(icon).exists(), "{icon}");
    }
    let png = fs::read(dir.join("icon-512.png")).unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    // Width and height in the IHDR chunk.
    assert_eq!(&png[16..24], &[0, 0, 2, 0, 0, 0, 2, 0]);

    let worker = fs::read_to_string(dir.join("sw.js")).unwrap();
    let precache = worker
        .split("const PRECACHE = ")
        .nth(1)
        .unwrap()
        .split(';')
        .next()
        .unwrap();
    assert_eq!(
        precache,
        "[\"./\", \"./boot.js\", \"./data/rust-vs-go.json\", \"./icon.svg\", \"./main-0123456789abcdef.css\", \
         \"./rust-or-go-0123456789abcdef.js\", \"./rust-or-go-0123456789abcdef_bg.wasm\"]"
    );
    let cache = worker
        .split("const CACHE = \"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    assert!(
        cache.starts_with("rust-or-go-") && cache.len() == "rust-or-go-".len() + 16,
        "{cache}"
    );

    // Another build (one file changed) gets another cache name.
    let other = stage("release-changed");
    fs::write(other.join("boot.js"), "boot, changed").unwrap();
    post_build_ok(&other, "release");
    let other_worker = fs::read_to_string(other.join("sw.js")).unwrap();
    assert!(!other_worker.contains(cache));
}

#[test]
fn a_development_build_gets_no_worker() {
    let dir = stage("debug");
    post_build_ok(&dir, "debug");
    assert!(!dir.join("sw.js").exists());
    let index = fs::read_to_string(dir.join("index.html")).unwrap();
    assert!(index.contains("data-sw=\"\""));
}

#[test]
fn a_page_without_its_markers_is_refused() {
    let dir = stage("no-markers");
    fs::write(dir.join("index.html"), "<!doctype html><body></body>").unwrap();
    let output = post_build(&dir, "release");
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains(
        "index.html must contain the marker <template id=shell-header></template> exactly once, found it 0 times"
    ));
}
