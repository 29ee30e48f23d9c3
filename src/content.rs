//! The page's sections and their data tables, as plain data built from the dataset.
//!
//! Two renderers read this model: the Leptos components in the app and the static HTML of the
//! no-JavaScript fallback. Neither decides what a table says, so both always agree.

use crate::data::{Citation, Dataset, Language, Verdict, Winner};
use crate::format;
use crate::team;

/// One section of the page.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// The fragment id (`#jobs`); stable, other pages may link to it.
    pub id: &'static str,
    pub title: &'static str,
    /// One paragraph in the app's own words.
    pub intro: String,
    pub tables: Vec<Table>,
}

/// A data table: a caption, column headers, rows whose first cell names the row.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// Stable id, also used for the CSV file name of the table.
    pub id: &'static str,
    pub caption: String,
    pub columns: Vec<String>,
    pub rows: Vec<Row>,
    /// Where the figures come from; `None` when each row names its own source.
    pub cite: Option<&'static Citation>,
    /// A short note below the table.
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Fragment id of the row, for rows other parts of the page link to.
    pub id: Option<String>,
    /// `cells[0]` is the row's header.
    pub cells: Vec<Cell>,
}

/// A table cell: text, optionally linking to a fragment of the page (a source's entry).
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub text: String,
    /// Fragment id, without `#`.
    pub link: Option<String>,
}

impl From<String> for Cell {
    fn from(text: String) -> Cell {
        Cell { text, link: None }
    }
}

impl Row {
    fn new<const N: usize>(cells: [String; N]) -> Row {
        Row {
            id: None,
            cells: cells.into_iter().map(Cell::from).collect(),
        }
    }

    /// Adds a last cell naming the citation's sources, linked to the first one's entry.
    fn with_source(mut self, cite: &Citation) -> Row {
        self.cells.push(Cell {
            text: format::citation(cite),
            link: cite.sources.first().map(|id| source_anchor(id)),
        });
        self
    }
}

fn columns<const N: usize>(names: [&str; N]) -> Vec<String> {
    names.iter().map(|name| name.to_string()).collect()
}

/// The fragment id of a source's row in the sources table.
pub fn source_anchor(id: &str) -> String {
    format!("source-{id}")
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
        sentiment(d),
        growth(d),
        compare(d),
        adoption(d),
        learning(d),
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
        caption: format!("{} job market, Go and Rust ({})", m.region, m.cite.year),
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
        cite: Some(&m.cite),
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
        cite: None,
        note: None,
    };

    Section {
        id: "jobs",
        title: "Job market",
        intro: "Surveys say what developers enjoy; job postings say what employers pay for. \
                These are the US postings and salaries behind the debate, followed by what \
                changes outside the US."
            .to_string(),
        tables: vec![us, emerging],
    }
}

fn sentiment(d: &'static Dataset) -> Section {
    let s = &d.sentiment;
    let rank = |rank: u8| format!(" (#{rank})");
    let streak = &s.rust_admired_streak;
    let table = Table {
        id: "sentiment",
        caption: format!("Developer sentiment, Stack Overflow survey {}", s.cite.year),
        columns: columns(["Measure", "Go", "Rust"]),
        rows: vec![
            Row::new([
                "Admired: users who want to keep using it".to_string(),
                format::percent(s.admired.go),
                format!(
                    "{}{}",
                    format::percent(s.admired.rust),
                    rank(s.rust_rank_admired)
                ),
            ]),
            Row::new([
                "Desired: respondents who want to start".to_string(),
                format::percent(s.desired.go),
                format!(
                    "{}{}",
                    format::percent(s.desired.rust),
                    rank(s.rust_rank_desired)
                ),
            ]),
            Row::new([
                "Used: share of all respondents".to_string(),
                format::percent(s.used.go),
                format::percent(s.used.rust),
            ]),
        ],
        cite: Some(&s.cite),
        note: Some(format!(
            "#1 marks the top language of the whole survey. Rust has been the most admired language {} years in a row ({}–{}).",
            streak.years, streak.first_year, streak.last_year
        )),
    };
    Section {
        id: "sentiment",
        title: "Developer sentiment",
        intro: "Liking a language and using it are different things. The survey asks users \
                whether they want to keep going, others whether they want to start, and \
                everyone whether they use it at all."
            .to_string(),
        tables: vec![table],
    }
}

fn growth(d: &'static Dataset) -> Section {
    let g = &d.ecosystem_growth;
    let octoverse = Table {
        id: "growth-octoverse",
        caption: format!("{} ({})", g.metric, g.cite.year),
        columns: columns(["Language", "Growth"]),
        rows: g
            .languages
            .iter()
            .map(|lang| Row::new([lang.language.to_string(), format::growth(lang.growth_pct)]))
            .collect(),
        cite: Some(&g.cite),
        note: None,
    };
    let t = &d.tiobe;
    let tiobe = Table {
        id: "growth-tiobe",
        caption: "Rank in the TIOBE index of search popularity (1 is the top)".to_string(),
        columns: columns(["Language", "Usual rank"]),
        rows: vec![
            Row::new(["Go".to_string(), format::span(t.go_rank)]),
            Row::new(["Rust".to_string(), format::span(t.rust_rank)]),
        ],
        cite: Some(&t.cite),
        note: Some(
            "TIOBE counts searches, not code or jobs: a rough gauge of mindshare.".to_string(),
        ),
    };
    Section {
        id: "growth",
        title: "Ecosystem growth",
        intro: "Growth measures momentum, not size. A language can grow faster and still be \
                the smaller of the two."
            .to_string(),
        tables: vec![octoverse, tiobe],
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
        cite: Some(&h.cite),
        note: None,
    };
    Section {
        id: "compare",
        title: "Head to head",
        intro: "Neither language wins across the board: each row below is a trade-off, and \
                which rows matter depends on what you build."
            .to_string(),
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
        cite: None,
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
        cite: Some(&d.head_to_head.cite),
        note: None,
    };
    Section {
        id: "adoption",
        title: "Who uses what",
        intro: "Rust tends to sit in the lowest layers, such as virtual machines, kernels and \
                parsers of untrusted input. Go runs the services and tools built on top of them."
            .to_string(),
        tables: vec![
            adopters("adoption-rust", "Rust", &d.companies.rust),
            adopters("adoption-go", "Go", &d.companies.go),
            domains,
        ],
    }
}

fn learning(d: &'static Dataset) -> Section {
    let l = &d.learning_curve;
    let milestones = Table {
        id: "learning",
        caption: "Time to reach each milestone".to_string(),
        columns: columns(["Milestone", "Go", "Rust"]),
        rows: l
            .milestones
            .iter()
            .map(|m| {
                Row::new([
                    m.label.to_string(),
                    format::duration_range(m.go),
                    format::duration_range(m.rust),
                ])
            })
            .collect(),
        cite: Some(&l.cite),
        note: Some(format!(
            "Reported by {} developers with at least {} years in other languages: an informal poll, not a study.",
            l.respondents, l.respondent_min_experience_years
        )),
    };

    let t = &d.team_onboarding;
    let productive = |language: Language, month: u8| {
        team::reported_at(t, language, month).map_or("not reported".to_string(), format::span)
    };
    let team = Table {
        id: "team",
        caption: format!(
            "Productive developers in a team of {} adopting each language",
            t.team_size
        ),
        columns: columns(["After", "Go", "Rust"]),
        rows: team::reported_months(t)
            .into_iter()
            .map(|month| {
                Row::new([
                    format::duration(u32::from(month), crate::data::TimeUnit::Months),
                    productive(Language::Go, month),
                    productive(Language::Rust, month),
                ])
            })
            .collect(),
        cite: Some(&t.cite),
        note: Some(
            "A month where a language has no figure of its own carries the last one forward: \
             developers who became productive stay productive."
                .to_string(),
        ),
    };
    Section {
        id: "learning",
        title: "Learning curve and team onboarding",
        intro: "Getting started takes about as long in both languages. After that Go's curve \
                stays flat, while Rust's climbs steeply before it levels off."
            .to_string(),
        tables: vec![milestones, team],
    }
}

fn decide(d: &'static Dataset) -> Section {
    let f = &d.decision_framework;
    let leans = |verdict: Option<Verdict>| verdict.map_or("Does not decide", verdict_name);
    let mut rows: Vec<Row> = f
        .questions
        .iter()
        .flat_map(|question| {
            question.mappings.iter().map(move |mapping| {
                Row::new([
                    question.question.to_string(),
                    mapping.when.to_string(),
                    leans(mapping.leans).to_string(),
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
        cite: Some(&f.cite),
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
                answer points; some answers do not decide anything on their own."
            .to_string(),
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
            "At least {}, about {} faster; the bottleneck: {}",
            format::duration(
                r.rust_rewrite_effort_min.value,
                r.rust_rewrite_effort_min.unit
            ),
            format::percent(r.rust_estimated_gain_pct),
            r.bottleneck.to_lowercase()
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
        cite: None,
        note: None,
    };
    Section {
        id: "facts",
        title: "More figures",
        intro: "The smaller numbers behind the argument, each with the source it comes from."
            .to_string(),
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
        cite: None,
        note: None,
    };
    Section {
        id: "resources",
        title: "Where to start",
        intro: "The learning resources the article recommends for each language.".to_string(),
        tables: vec![
            list("resources-go", "Go", &d.resources.go),
            list("resources-rust", "Rust", &d.resources.rust),
        ],
    }
}

fn sources(d: &'static Dataset) -> Section {
    let table = Table {
        id: "sources",
        caption: "Sources".to_string(),
        columns: columns(["Source", "Publisher", "Year"]),
        rows: d
            .sources
            .iter()
            .map(|s| Row {
                id: Some(source_anchor(&s.id)),
                ..Row::new([
                    s.name.to_string(),
                    s.publisher.to_string(),
                    s.year.map_or("—".to_string(), |y| y.to_string()),
                ])
            })
            .collect(),
        cite: None,
        note: Some(d.meta.year_note.to_string()),
    };
    Section {
        id: "sources",
        title: "Sources",
        intro: format!(
            "Every figure on this page comes from the article \"{}\" ({}) and the sources it \
             names. The text of this app is its own.",
            d.meta.article.title, d.meta.article.year
        ),
        tables: vec![table],
    }
}
