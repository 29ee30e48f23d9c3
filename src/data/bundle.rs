//! What the browser's copy of the dataset leaves out.
//!
//! The whole dataset is validated, and native code (the tests, and the post-build helper that
//! writes the static page) gets all of it. The page's prose, tables and sources list are
//! written into `index.html` at build time, so the WebAssembly never reads the parts that only
//! they show; its bundled copy leaves them empty, and the chart-embed build also leaves out
//! what only the advisor reads. Every kilobyte of text left out is a kilobyte less to
//! download before the charts run.
//!
//! This file is also compiled into the build script (`build.rs`), so it uses only `std`.

use super::model::*;
use std::borrow::Cow;

/// The head-to-head rows the advisor quotes (for web services, CLI tools and embedded work).
pub const ADVISOR_COMPARISONS: [&str; 3] = [
    "Ecosystem maturity (web/cloud)",
    "Cross-compilation",
    "Binary size",
];
/// The domain the advisor quotes for DevOps work: the one whose name holds this.
pub const ADVISOR_DOMAIN: &str = "DevOps";
/// The Go adopter the advisor quotes for a Ruby background: the one whose use holds this.
pub const ADVISOR_ADOPTER_USE: &str = "Ruby";

/// Which build the copy is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Build {
    /// Native code: everything.
    Native,
    /// The full app in the browser: the charts and the advisor.
    App,
    /// The chart-embed build: the charts alone.
    Charts,
}

/// The dataset as `build` bundles it.
pub fn for_build(mut d: Dataset, build: Build) -> Dataset {
    if build == Build::Native {
        return d;
    }
    let none = || Cow::Borrowed("");
    // Only the static page shows these: the sources list's publishers, the file's notes for
    // its readers, the licence (in the footer), the learning resources.
    for source in d.sources.to_mut() {
        source.publisher = none();
    }
    d.meta.title = none();
    d.meta.units = none();
    d.meta.year_note = none();
    d.meta.article.title = none();
    d.meta.article.author = none();
    d.meta.license = License {
        name: none(),
        url: none(),
        note: none(),
    };
    d.resources = Resources {
        go: Cow::Borrowed(&[]),
        rust: Cow::Borrowed(&[]),
    };
    d.companies.rust = Cow::Borrowed(&[]);
    // Only the advisor reads these, and only the rows it quotes; the framework's "when" texts
    // are the static page's decision table.
    d.head_to_head.rows = d
        .head_to_head
        .rows
        .iter()
        .filter(|row| ADVISOR_COMPARISONS.contains(&row.dimension.as_ref()))
        .cloned()
        .collect();
    d.domains = d
        .domains
        .iter()
        .filter(|domain| domain.domain.contains(ADVISOR_DOMAIN))
        .cloned()
        .collect();
    d.companies.go = d
        .companies
        .go
        .iter()
        .filter(|adopter| adopter.uses.contains(ADVISOR_ADOPTER_USE))
        .cloned()
        .collect();
    for question in d.decision_framework.questions.to_mut() {
        for mapping in question.mappings.to_mut() {
            mapping.when = none();
        }
    }
    if build == Build::Charts {
        // Only the advisor reads these.
        d.companies.go = Cow::Borrowed(&[]);
        d.domains = Cow::Borrowed(&[]);
        d.head_to_head.rows = Cow::Borrowed(&[]);
        d.decision_framework.questions = Cow::Borrowed(&[]);
        d.decision_framework.fallback.because = none();
        let f = &mut d.facts;
        f.memory_safety_bug_share.similar_report = none();
        f.discord_gc_spike_interval.caveat.text = none();
        f.rewrite_anecdote.bottleneck = none();
    }
    d
}
