//! The page's sections and their data tables, as plain data built from the dataset.
//!
//! Two renderers read this model: the Leptos components in the app and the static HTML of the
//! no-JavaScript fallback. Neither decides what a table says, so both always agree.

use crate::charts::ChartId;
use crate::data::{Citation, Dataset, Language, Verdict, Winner};
use crate::format;
use crate::table::{Cell, Row, Table, source_anchor};

/// One section of the page.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// The fragment id (`#jobs`); stable, other pages may link to it.
    pub id: &'static str,
    pub title: &'static str,
    /// One paragraph in the app's own words.
    pub intro: String,
    /// Charts, each with its own table view, shown before the tables.
    pub charts: Vec<ChartId>,
    pub tables: Vec<Table>,
}

fn columns<const N: usize>(names: [&str; N]) -> Vec<String> {
    names.iter().map(|name| name.to_string()).collect()
}

/// How a verdict reads in a sentence or a table cell.
pub fn verdict_name(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Go => "Go",
        Verdict::Rust => "Rust",
        Verdict::GoThenRust => "Go first, then Rust",
    }
}

/// Every section, in page order.
pub fn sections(d: &'static Dataset) -> Vec<Section> {
    vec![
        jobs(d),
        sentiment(),
        growth(),
        compare(d),
        adoption(d),
        learning(),
        decide(d),
        facts(d),
        resources(d),
        sources(d),
    ]
}

fn jobs(d: &'static Dataset) -> Section {
    let m = &d.job_market;
    let approx = if m.postings_approximate { "~" } else { "" };
    let per_language = |f: &dyn Fn(Language) -> String| [f(Language::Go), f(Language::Rust)];
    let row = |label: &str, values: [String; 2]| {
        let [go, rust] = values;
        Row::new([label.to_string(), go, rust])
    };
    let us = Table {
        id: "jobs-us",
        caption: format!(
            "{} job market, Go and Rust ({})",
            m.region,
            crate::format::year(m.cite.year)
        ),
        columns: columns(["Measure", "Go", "Rust"]),
        rows: vec![
            row(
                "Job postings mentioning the language",
                per_language(&|l| format!("{approx}{}", format::thousands(m.get(l).postings))),
            ),
            row(
                "Year-over-year growth in postings",
                per_language(&|l| format::growth(m.get(l).postings_yoy_growth_pct)),
            ),
            row(
                "Median base salary",
                per_language(&|l| format::usd(m.get(l).median_salary_usd)),
            ),
            row(
                "Salary range, 10th to 90th percentile",
                per_language(&|l| format::usd_range(m.get(l).salary_p10_p90_usd)),
            ),
            row(
                "Postings asking for 3+ years of experience",
                per_language(&|l| format::percent(m.get(l).requires_3plus_years_pct)),
            ),
            row(
                "Listed as the primary skill / as nice-to-have",
                per_language(&|l| {
                    let jobs = m.get(l);
                    format!(
                        "{} / {}",
                        format::percent(jobs.primary_pct),
                        format::percent(jobs.nice_to_have_pct)
                    )
                }),
            ),
            row(
                "Languages most often required alongside",
                per_language(&|l| m.get(l).co_required_languages.join(", ")),
            ),
        ],
        cites: vec![&m.cite],
        note: Some(format!(
            "The article expects Rust's posting volume to approach Go's within {} years if these growth rates hold, and warns that trends do not always continue.",
            format::span(m.article_convergence_claim_years)
        )),
    };

    let e = &d.emerging_markets;
    let india = &e.india_go_salary;
    let ratio = &e.remote_go_roles_per_rust_role;
    let emerging = Table {
        id: "jobs-emerging",
        caption: format!("Emerging markets ({})", e.regions.join(", ")),
        columns: columns(["Measure", "Go", "Rust", "Source"]),
        rows: vec![
            Row::new([
                "Salary in India, per year".to_string(),
                format!(
                    "₹{} lakh ({})",
                    format::span(india.inr_lakh),
                    format::usd_range(india.usd)
                ),
                if e.india_rust_salary_available {
                    "See source".to_string()
                } else {
                    "No reliable data: too few roles".to_string()
                },
            ])
            .with_source(&india.cite),
            Row::new([
                "Remote roles open to these markets".to_string(),
                format!(
                    "{} for every Rust role",
                    format::span(crate::data::Range {
                        low: ratio.low,
                        high: ratio.high
                    })
                ),
                "1 (the baseline)".to_string(),
            ])
            .with_source(&ratio.cite),
        ],
        cites: vec![],
        note: None,
    };

    Section {
        id: "jobs",
        title: "Job market",
        intro: "Surveys say what developers enjoy; job postings say what employers pay for. \
                These are the US postings and salaries behind the debate, followed by what \
                changes outside the US."
            .to_string(),
        charts: vec![ChartId::Salary, ChartId::Jobs],
        tables: vec![us, emerging],
    }
}

fn sentiment() -> Section {
    Section {
        id: "sentiment",
        title: "Developer sentiment",
        intro: "Liking a language and using it are different things. The survey asks users \
                whether they want to keep going, others whether they want to start, and \
                everyone whether they use it at all."
            .to_string(),
        charts: vec![ChartId::Sentiment],
        tables: vec![],
    }
}

fn growth() -> Section {
    Section {
        id: "growth",
        title: "Ecosystem growth",
        intro: "Growth measures momentum, not size. A language can grow faster and still be \
                the smaller of the two."
            .to_string(),
        charts: vec![ChartId::Growth],
        tables: vec![],
    }
}

fn compare(d: &'static Dataset) -> Section {
    let h = &d.head_to_head;
    let winner = |row: &crate::data::Comparison| {
        let name = match row.winner {
            Winner::Go => "Go",
            Winner::Rust => "Rust",
            Winner::Split => "Split",
            Winner::Tie => "Tie",
        };
        match &row.winner_note {
            Some(note) => format!("{name}: {note}"),
            None => name.to_string(),
        }
    };
    let table = Table {
        id: "compare",
        caption: "Go and Rust, dimension by dimension".to_string(),
        columns: columns(["Dimension", "Go", "Rust", "Better"]),
        rows: h
            .rows
            .iter()
            .map(|row| {
                Row::new([
                    row.dimension.to_string(),
                    row.go.to_string(),
                    row.rust.to_string(),
                    winner(row),
                ])
            })
            .collect(),
        cites: vec![&h.cite],
        note: None,
    };
    Section {
        id: "compare",
        title: "Head to head",
        intro: "Neither language wins across the board: each row below is a trade-off, and \
                which rows matter depends on what you build."
            .to_string(),
        charts: vec![],
        tables: vec![table],
    }
}

fn adoption(d: &'static Dataset) -> Section {
    let adopters = |id: &'static str, language: &str, list: &[crate::data::Adopter]| Table {
        id,
        caption: format!("Companies using {language}, and for what"),
        columns: columns(["Company", "What for", "Source"]),
        rows: list
            .iter()
            .map(|a| {
                let mut row = Row::new([a.company.to_string(), a.uses.to_string()]);
                row.cells.push(Cell {
                    text: crate::data::source(&a.source)
                        .map_or(a.source.to_string(), |s| s.name.to_string()),
                    link: Some(source_anchor(&a.source)),
                });
                row
            })
            .collect(),
        cites: vec![],
        note: None,
    };
    let domains = Table {
        id: "domains",
        caption: "Where each language wins".to_string(),
        columns: columns(["Domain", "Language", "Why", "Examples"]),
        rows: d
            .domains
            .iter()
            .map(|domain| {
                Row::new([
                    domain.domain.to_string(),
                    domain.language.name().to_string(),
                    domain.why.to_string(),
                    domain.examples.join(", "),
                ])
            })
            .collect(),
        cites: vec![&d.head_to_head.cite],
        note: None,
    };
    Section {
        id: "adoption",
        title: "Who uses what",
        intro: "Rust tends to sit in the lowest layers, such as virtual machines, kernels and \
                parsers of untrusted input. Go runs the services and tools built on top of them."
            .to_string(),
        charts: vec![],
        tables: vec![
            adopters("adoption-rust", "Rust", &d.companies.rust),
            adopters("adoption-go", "Go", &d.companies.go),
            domains,
        ],
    }
}

fn learning() -> Section {
    Section {
        id: "learning",
        title: "Learning curve and team onboarding",
        intro: "Getting started takes about as long in both languages. After that Go's curve \
                stays flat, while Rust's climbs steeply before it levels off. For a team, \
                the difference adds up in months of work."
            .to_string(),
        charts: vec![ChartId::Learning, ChartId::Team],
        tables: vec![],
    }
}

fn decide(d: &'static Dataset) -> Section {
    let f = &d.decision_framework;
    let leans = |mapping: &crate::data::Mapping| match (&mapping.leans_wording, mapping.leans) {
        (Some(wording), _) => wording.to_string(),
        (None, Some(verdict)) => verdict_name(verdict).to_string(),
        (None, None) => "Does not decide".to_string(),
    };
    let mut rows: Vec<Row> = f
        .questions
        .iter()
        .flat_map(|question| {
            question.mappings.iter().map(move |mapping| {
                Row::new([
                    question.question.to_string(),
                    mapping.when.to_string(),
                    leans(mapping),
                    mapping.because.to_string(),
                ])
            })
        })
        .collect();
    rows.push(Row::new([
        "Still cannot decide?".to_string(),
        "Any other combination".to_string(),
        verdict_name(f.fallback.leans).to_string(),
        f.fallback.because.to_string(),
    ]));
    let table = Table {
        id: "decide",
        caption: "The decision framework, question by question".to_string(),
        columns: columns(["Question", "If your answer is", "Points to", "Why"]),
        rows,
        cites: vec![&f.cite],
        note: Some(format!(
            "The figures behind the postings and salary rows: Go has about {}× as many US postings as Rust, and Rust's median salary is {} higher.",
            f.postings_ratio,
            format::usd_k(f.salary_gap_usd)
        )),
    };
    Section {
        id: "decide",
        title: "How to decide",
        intro: "The article ends with a set of questions. Here they are with the way each \
                answer points; some answers do not decide anything on their own. The advisor \
                above applies the article's explicit instructions first: employers that use Go \
                or Rust settle the answer, and otherwise a runway of one or two months settles \
                it for Go. Only then does it weigh the other answers."
            .to_string(),
        charts: vec![],
        tables: vec![table],
    }
}

fn facts(d: &'static Dataset) -> Section {
    let f = &d.facts;
    let mut rows = Vec::new();
    let mut fact = |figure: &str, value: String, cite: &Citation| {
        rows.push(Row::new([figure.to_string(), value]).with_source(cite));
    };
    let m = &f.memory_safety_bug_share;
    fact(
        "High-severity security bugs in Chromium that are memory-safety bugs",
        format!(
            "{}{} ({})",
            if m.approximate { "~" } else { "" },
            format::percent(m.percent),
            m.similar_report
        ),
        &m.cite,
    );
    fact(
        "WebAssembly developers who use Rust",
        format::percent(f.wasm_rust_share.percent),
        &f.wasm_rust_share.cite,
    );
    fact(
        "Rust survey respondents who gave \"too difficult to learn\" as a reason to stop or not start",
        format::percent(f.rust_too_difficult_share.percent),
        &f.rust_too_difficult_share.cite,
    );
    fact(
        "Rust's \"fighting the borrow checker\" phase",
        format::duration_range(d.learning_curve.rust_borrow_checker_phase),
        &d.learning_curve.cite,
    );
    let build = &f.rust_clean_build;
    fact(
        "Clean build of a medium-sized Rust project",
        format::duration_range(crate::data::DurationRange {
            low: build.low,
            high: build.high,
            unit: build.unit,
        }),
        &build.cite,
    );
    let spikes = &f.discord_gc_spike_interval;
    fact(
        "Go garbage-collector latency spikes at Discord before the Rust rewrite",
        format!("Every {}", format::duration(spikes.value, spikes.unit)),
        &spikes.cite,
    );
    fact(
        "How far the Discord story goes",
        spikes.caveat.text.to_string(),
        &spikes.caveat.cite,
    );
    let r = &f.rewrite_anecdote;
    fact(
        &format!(
            "The author's job-listing pipeline ({} sources), Python then Go",
            r.sources_scraped
        ),
        format!(
            "{} → {} ({}× faster); the Go rewrite took {}",
            format::duration(r.python_runtime.value, r.python_runtime.unit),
            format::duration(r.go_runtime.value, r.go_runtime.unit),
            r.speedup,
            format::duration(r.go_rewrite_effort.value, r.go_rewrite_effort.unit),
        ),
        &r.cite,
    );
    fact(
        "The same pipeline rewritten in Rust, as the author estimates it",
        format!(
            "At least {}, and about {} faster, in a pipeline whose bottleneck was {}",
            format::duration(
                r.rust_rewrite_effort_min.value,
                r.rust_rewrite_effort_min.unit
            ),
            format::percent(r.rust_estimated_gain_pct),
            r.bottleneck
        ),
        &r.cite,
    );
    fact(
        "Performance problems that sit in the database or network, not the application",
        format!(
            "{} (the author's estimate)",
            format::percent(f.performance_problems_outside_app_pct.percent)
        ),
        &f.performance_problems_outside_app_pct.cite,
    );
    fact(
        "Rust accepted for Linux kernel development since",
        format!("Linux {}", f.linux_rust_since.version),
        &f.linux_rust_since.cite,
    );
    fact(
        "Generics arrived in Go with",
        format!(
            "Go {} ({})",
            f.go_generics_since.version, f.go_generics_since.year
        ),
        &f.go_generics_since.cite,
    );
    fact(
        "Programmers Go was meant to let share one codebase",
        f.go_team_scale_quote.programmers.to_string(),
        &f.go_team_scale_quote.cite,
    );
    for (label, count) in [
        ("Go microservices at Uber", &f.uber_go_microservices),
        ("Go services at Mercado Libre", &f.mercadolibre_go_services),
    ] {
        let value = if count.at_least {
            format!("{}+", format::thousands(count.count))
        } else {
            format!("~{}", format::thousands(count.count))
        };
        fact(label, value, &count.cite);
    }
    let table = Table {
        id: "facts",
        caption: "Other figures the article cites".to_string(),
        columns: columns(["Figure", "Value", "Source"]),
        rows,
        cites: vec![],
        note: None,
    };
    Section {
        id: "facts",
        title: "More figures",
        intro: "The smaller numbers behind the argument, each with the source it comes from."
            .to_string(),
        charts: vec![],
        tables: vec![table],
    }
}

fn resources(d: &'static Dataset) -> Section {
    let list = |id: &'static str, language: &str, resources: &[crate::data::Resource]| Table {
        id,
        caption: format!("Where to start with {language}"),
        columns: columns(["Resource", "Kind", "By"]),
        rows: resources
            .iter()
            .map(|r| {
                Row::new([
                    r.title.to_string(),
                    r.kind.to_string(),
                    r.authors.as_deref().unwrap_or("—").to_string(),
                ])
            })
            .collect(),
        cites: vec![],
        note: None,
    };
    Section {
        id: "resources",
        title: "Where to start",
        intro: "The learning resources the article recommends for each language.".to_string(),
        charts: vec![],
        tables: vec![
            list("resources-go", "Go", &d.resources.go),
            list("resources-rust", "Rust", &d.resources.rust),
        ],
    }
}

fn sources(d: &'static Dataset) -> Section {
    let table = Table {
        id: "sources",
        caption: "Who published each source, and when".to_string(),
        columns: columns(["Source", "Publisher", "Year"]),
        rows: d
            .sources
            .iter()
            .map(|s| Row {
                id: Some(source_anchor(&s.id)),
                ..Row::new([
                    s.name.to_string(),
                    s.publisher.to_string(),
                    format::year(s.year),
                ])
            })
            .collect(),
        cites: vec![],
        note: Some(d.meta.year_note.to_string()),
    };
    Section {
        id: "sources",
        title: "Sources",
        intro: format!(
            "The reported figures on this page come from the article \"{}\" ({}) and the \
             sources it names, each credited where it appears. A few figures are computed by \
             this app from them, and say so wherever they appear: the job-postings projection \
             and any year it names (compound growth at the reported rates), team onboarding for \
             other team sizes and the developer-months lost (a steady ramp between the \
             article's figures for a team of {}), and the advisor's onboarding costs \
             (developer-months × a yearly salary ÷ 12). The article never gives those. The text \
             of this app is its own.",
            d.meta.article.title, d.meta.article.year, d.team_onboarding.team_size
        ),
        charts: vec![],
        tables: vec![table],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_ids_are_unique_on_the_page() {
        let d = crate::data::dataset();
        let mut ids: Vec<&str> = sections(d)
            .iter()
            .flat_map(|s| s.tables.iter().map(|t| t.id))
            .chain(
                crate::charts::ChartId::ALL
                    .iter()
                    .map(|&c| crate::charts::Chart::new(c, d).table().id),
            )
            .collect();
        let count = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), count);
    }
}
