//! The post-build helper (`site post-build`) on a staged site of its own: it writes the shell,
//! hashes the chart-embed builds' names, draws the icons, and writes a service worker that
//! precaches exactly the build's files in release builds and none in development builds.

use rust_or_go::charts::ChartId;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A wasm build as wasm-bindgen writes it, in miniature: the wasm imports one function from its
/// glue (under a hashed name, from a module named after the glue) and exports one, which the
/// glue calls.
fn wasm_build(stem: &str) -> (Vec<u8>, String) {
    let module = format!("./{stem}_bg.js");
    let import = "__wbg_log_0123456789abcdef";
    let export = "main";
    let mut imports = vec![1, module.len() as u8];
    imports.extend(module.as_bytes());
    imports.push(import.len() as u8);
    imports.extend(import.as_bytes());
    imports.extend([0, 0]);
    let mut exports = vec![1, export.len() as u8];
    exports.extend(export.as_bytes());
    exports.extend([0, 0]);
    let mut wasm = b"\0asm\x01\0\0\0".to_vec();
    for (id, content) in [(1, vec![1, 0x60, 0, 0]), (2, imports), (7, exports)] {
        wasm.push(id);
        wasm.push(content.len() as u8);
        wasm.extend(content);
    }
    let glue = format!(
        "let wasm;function __wbg_get_imports(){{return{{__proto__:null,\"{module}\":\
         {{__proto__:null,{import}:function(e){{console.log(e)}}}}}}}}\
         function __wbg_finalize_init(e){{return wasm=e.exports,wasm.{export}(),wasm}}"
    );
    (wasm, glue)
}

/// A minimal staged site: the markers of index.html and a few built files.
fn stage(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("data")).unwrap();
    fs::write(
        dir.join("index.html"),
        "<!doctype html><head><template id=shell-head></template><script src=\"./boot.js\" data-embeds=@embeds@ \
         data-sw=\"@sw@\"></script></head><body>\
         <template id=shell-header></template><main id=\"app\"><template id=shell-sections></template></main></body>",
    )
    .unwrap();
    for (file, content) in [
        ("boot.js", "boot"),
        ("main-0123456789abcdef.css", "css"),
        ("data/rust-vs-go.json", "{}"),
        ("manifest.webmanifest", "{}"),
    ] {
        fs::write(dir.join(file), content).unwrap();
    }
    for (stem, name) in [
        ("rust-or-go", "rust-or-go-0123456789abcdef"),
        ("rust-or-go-embed-plain", "rust-or-go-embed-plain"),
        ("rust-or-go-embed-controls", "rust-or-go-embed-controls"),
    ] {
        let (wasm, glue) = wasm_build(stem);
        fs::write(dir.join(format!("{name}_bg.wasm")), wasm).unwrap();
        fs::write(dir.join(format!("{name}.js")), glue).unwrap();
    }
    dir
}

fn post_build(dir: &Path, profile: &str) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_site"))
        .arg("post-build")
        .env("TRUNK_STAGING_DIR", dir)
        .env("TRUNK_PROFILE", profile)
        .env("TRUNK_PUBLIC_URL", "./")
        .env_remove("RUST_OR_GO_DATASET")
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
    // Each chart names its chart-embed build's files, hashed: the id, the glue, the wasm.
    let embeds = index
        .split("data-embeds=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the page names the chart-embed builds");
    let words: Vec<&str> = embeds.split(' ').collect();
    let mut builds = vec![(
        "rust-or-go-0123456789abcdef.js".to_string(),
        "rust-or-go-0123456789abcdef_bg.wasm".to_string(),
    )];
    assert_eq!(words.len(), 3 * ChartId::ALL.len(), "{embeds}");
    for (chart, named) in ChartId::ALL.iter().zip(words.chunks(3)) {
        assert_eq!(named[0], chart.id(), "{embeds}");
        let build = chart.embed_build();
        let glue = named[1].strip_prefix("./").unwrap().to_string();
        let wasm = named[2].strip_prefix("./").unwrap().to_string();
        for (name, end) in [(&glue, ".js"), (&wasm, "_bg.wasm")] {
            let hash = name
                .strip_prefix(&format!("{build}-"))
                .and_then(|n| n.strip_suffix(end));
            assert!(
                hash.is_some_and(|h| h.len() == 16),
                "{}: {name}",
                chart.id()
            );
            assert!(dir.join(name).exists(), "{name}");
        }
        assert!(!dir.join(format!("{build}.js")).exists());
        if !builds.contains(&(glue.clone(), wasm.clone())) {
            builds.push((glue, wasm));
        }
    }
    // The plain charts share one build, the charts with controls another.
    assert_eq!(builds.len(), 3, "{embeds}");

    // Every build's glue and wasm name their boundary with short names (its own test covers the
    // renaming: src/bin/site/boundary.rs).
    for (glue, wasm) in builds {
        let script = fs::read_to_string(dir.join(&glue)).unwrap();
        assert!(
            script.contains("\"a\":{__proto__:null,a:function(e)") && script.contains("wasm.a()"),
            "{glue}: {script}"
        );
        let bytes = fs::read(dir.join(&wasm)).unwrap();
        assert!(
            !bytes.windows(5).any(|w| w == b"__wbg") && !bytes.windows(4).any(|w| w == b"main"),
            "{wasm}"
        );
    }

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

    // The page carries the CSP and its release, which the worker knows too.
    assert!(index.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';"));
    assert!(index.contains("form-action 'none'"));
    let release = index
        .split("<meta name=\"rust-or-go-release\" content=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    assert_eq!(release.len(), 16, "{release}");

    let worker = fs::read_to_string(dir.join("sw.js")).unwrap();
    assert!(worker.contains(&format!("const RELEASE = \"{release}\";")));
    // Exactly this build's files, each but the page with the SHA-384 the browser checks.
    let urls: Vec<&str> = worker
        .split("{ url: \"")
        .skip(1)
        .map(|entry| entry.split('"').next().unwrap())
        .collect();
    assert_eq!(
        urls,
        [
            "./",
            "./boot.js",
            "./data/rust-vs-go.json",
            "./icon.svg",
            "./main-0123456789abcdef.css",
            "./manifest.webmanifest",
            "./rust-or-go-0123456789abcdef.js",
            "./rust-or-go-0123456789abcdef_bg.wasm"
        ]
    );
    // The SHA-384 of "boot", base64, as `printf boot | openssl dgst -sha384 -binary | base64` gives it.
    assert!(worker.contains(
        "{ url: \"./boot.js\", integrity: \"sha384-Bd2sofdWnOPxC3MaBAtkaxglCLMP+i2vg0uI/l7AB3Tt87Bq2L2Q3eJhpMjgVfoo\" }"
    ), "{worker}");
    assert!(worker.contains("{ url: \"./\", integrity: \"\" }"));
    assert!(worker.contains("const CACHE = PREFIX + RELEASE;"));

    // Another build (one file changed) is another release, with another cache.
    let other = stage("release-changed");
    fs::write(other.join("boot.js"), "boot, changed").unwrap();
    post_build_ok(&other, "release");
    let other_worker = fs::read_to_string(other.join("sw.js")).unwrap();
    assert!(!other_worker.contains(&release));
    // So is a build whose page alone changed: the worker never serves a page of another build.
    let page_only = stage("release-page-changed");
    let template = fs::read_to_string(page_only.join("index.html")).unwrap();
    fs::write(
        page_only.join("index.html"),
        template.replace("<head>", "<head><title>Changed</title>"),
    )
    .unwrap();
    post_build_ok(&page_only, "release");
    let page_only_worker = fs::read_to_string(page_only.join("sw.js")).unwrap();
    assert!(!page_only_worker.contains(&release));
    // And the same build again is the same release.
    let again = stage("release-again");
    post_build_ok(&again, "release");
    assert!(
        fs::read_to_string(again.join("sw.js"))
            .unwrap()
            .contains(&format!("const RELEASE = \"{release}\";"))
    );
}

#[test]
fn a_build_from_another_dataset_offers_that_dataset_for_download() {
    let dir = stage("other-dataset");
    let other = dir.join("other.json");
    fs::write(&other, "{\"other\": true}").unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_site"))
        .arg("post-build")
        .env("TRUNK_STAGING_DIR", &dir)
        .env("TRUNK_PROFILE", "release")
        .env("RUST_OR_GO_DATASET", &other)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        fs::read_to_string(dir.join("data/rust-vs-go.json")).unwrap(),
        "{\"other\": true}"
    );
    // The worker precaches (and checks) the file that is offered, not the one staged.
    let plain = stage("same-dataset");
    post_build_ok(&plain, "release");
    let dataset_integrity = |dir: &Path| {
        fs::read_to_string(dir.join("sw.js"))
            .unwrap()
            .split("{ url: \"./data/rust-vs-go.json\", integrity: \"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_string()
    };
    assert_ne!(dataset_integrity(&dir), dataset_integrity(&plain));
}

#[test]
fn scripts_ship_without_their_comments_and_indentation() {
    let dir = stage("scripts");
    fs::write(
        dir.join("boot.js"),
        "// What boot does.\n\"use strict\";\n\n/** A doc line. */\nfunction f() {\n  // inside\n  \
         return `a // b`; // after code\n}\n",
    )
    .unwrap();
    fs::write(
        dir.join("embed.js"),
        "  /* one line */\n  let x = 1;\n/* a */ run(); /* b */\n// a ` in a comment\r\n",
    )
    .unwrap();
    post_build_ok(&dir, "release");
    assert_eq!(
        fs::read_to_string(dir.join("boot.js")).unwrap(),
        "\"use strict\";\nfunction f() {\nreturn `a // b`; // after code\n}\n"
    );
    assert_eq!(
        fs::read_to_string(dir.join("embed.js")).unwrap(),
        "let x = 1;\n/* a */ run(); /* b */\n"
    );
    let worker = fs::read_to_string(dir.join("sw.js")).unwrap();
    assert!(!worker.contains("//") && !worker.contains("/*"), "{worker}");
    assert!(worker.contains("\nconst CACHE = PREFIX + RELEASE;\n"));

    // What the line-by-line reading could change is refused, naming the file and line.
    for (script, problem) in [
        (
            "let a = 1;\n/* one\n two */\n",
            "line 2: a block comment over several lines",
        ),
        (
            "let s = `one\n// two`;\n",
            "line 1: a template string over several lines",
        ),
        (
            "let s = \"one \\\n  two\";\n",
            "line 1: a string continued with \\ over several lines",
        ),
    ] {
        let dir = stage("scripts-refused");
        fs::write(dir.join("boot.js"), script).unwrap();
        let output = post_build(&dir, "release");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!output.status.success());
        assert!(
            stderr.contains("boot.js: ") && stderr.contains(problem),
            "{stderr}"
        );
    }
}

#[test]
fn a_development_build_gets_no_worker() {
    let dir = stage("debug");
    // Not minified: the marker keeps its quotes, and the names are written within them.
    let page = fs::read_to_string(dir.join("index.html")).unwrap();
    let quoted = page.replace("data-embeds=@embeds@", "data-embeds=\"@embeds@\"");
    fs::write(dir.join("index.html"), quoted).unwrap();
    post_build_ok(&dir, "debug");
    assert!(!dir.join("sw.js").exists());
    let index = fs::read_to_string(dir.join("index.html")).unwrap();
    assert!(index.contains("data-sw=\"\""));
    assert!(
        index.contains("data-embeds=\"salary ./rust-or-go-embed-plain-"),
        "{index}"
    );
    // No CSP in development: the development server's live reload is an inline script.
    assert!(!index.contains("Content-Security-Policy"));
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
