//! The advisor: the article's decision framework as an explainable recommendation.
//!
//! [`advise`] turns [`Answers`] into an [`Advice`]: the verdict, how sure it is, every reason
//! with the answer that produced it and the figure behind it, the smallest single change that
//! would flip the verdict, a personal timeline from the learning-curve data, the job market for
//! the reader's region and, in team mode, the onboarding cost. Pure and deterministic: no DOM,
//! no clock, no randomness.
//!
//! ```
//! use rust_or_go::advisor::{Answers, advise};
//! use rust_or_go::data::{Verdict, dataset};
//! let advice = advise(&Answers::from_query("build=systems&background=cpp"), dataset());
//! assert_eq!(advice.verdict, Verdict::Rust);
//! ```

pub mod answers;
pub mod rules;

pub use answers::{Answers, Background, Build, Employers, Optimize, Region};

use crate::data::{Answers as Covered, Citation, Dataset, DurationRange, Language, Range, Verdict};
use crate::format;
use crate::team;

/// Which way a reason leans.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lean {
    Go,
    Rust,
    /// "Go first, then Rust": counts towards Go, lightly.
    GoFirst,
}

impl Lean {
    fn from_verdict(verdict: Verdict) -> Lean {
        match verdict {
            Verdict::Go => Lean::Go,
            Verdict::Rust => Lean::Rust,
            Verdict::GoThenRust => Lean::GoFirst,
        }
    }
}

/// One answer's part in the verdict.
#[derive(Debug, Clone, PartialEq)]
pub struct Reason {
    /// The URL key of the question, or `fallback` / `runway` for the advisor's own reasons.
    pub key: &'static str,
    /// The answer in words.
    pub answer: String,
    /// `None` when the answer does not decide anything.
    pub lean: Option<Lean>,
    pub points: u8,
    /// Why, in the app's words.
    pub why: String,
    /// The figure behind it, with its numbers.
    pub figure: Option<String>,
    pub cite: &'static Citation,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConfidenceLevel {
    Low,
    Medium,
    High,
}

impl ConfidenceLevel {
    pub fn label(self) -> &'static str {
        match self {
            ConfidenceLevel::Low => "low",
            ConfidenceLevel::Medium => "medium",
            ConfidenceLevel::High => "high",
        }
    }
}

/// How sure the verdict is, and the tally behind it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Confidence {
    pub level: ConfidenceLevel,
    pub go_points: u32,
    pub rust_points: u32,
    /// Questions answered, of six.
    pub answered: usize,
}

/// The smallest change to one answer that gives another verdict.
#[derive(Debug, Clone, PartialEq)]
pub struct Flip {
    pub key: &'static str,
    /// The answer now, in words (`None`: unanswered).
    pub from: Option<String>,
    /// The answer that flips it (`None`: leaving the question unanswered).
    pub to: Option<String>,
    pub verdict: Verdict,
    /// The answers after the change, for a "try it" link.
    pub answers: Answers,
}

/// Whether a milestone is reached within the reader's runway.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// Even the slow estimate fits.
    Yes,
    /// Only the quick estimate fits.
    Maybe,
    No,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TimelineRow {
    pub milestone: String,
    pub go: DurationRange,
    pub rust: DurationRange,
    /// Within the runway, when the reader gave one.
    pub go_reach: Option<Reach>,
    pub rust_reach: Option<Reach>,
}

/// The job market where the reader looks for work: `(measure, Go, Rust)` rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Market {
    pub title: String,
    pub rows: Vec<(String, String, String)>,
    pub cites: Vec<&'static Citation>,
}

/// Team mode: what onboarding costs, in developer-months and at the median salaries.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamCost {
    pub size: u16,
    pub lost_go: Range<f64>,
    pub lost_rust: Range<f64>,
    /// US dollars: developer-months × the language's median salary / 12.
    pub cost_go: Range<f64>,
    pub cost_rust: Range<f64>,
    pub cite: &'static Citation,
}

/// Everything the advisor says.
#[derive(Debug, Clone, PartialEq)]
pub struct Advice {
    pub verdict: Verdict,
    pub confidence: Confidence,
    pub reasons: Vec<Reason>,
    /// `None`: nothing you could change on one answer changes the verdict.
    pub flip: Option<Flip>,
    pub timeline: Vec<TimelineRow>,
    pub market: Market,
    pub team: Option<TeamCost>,
}

/// The recommendation for `answers`.
pub fn advise(answers: &Answers, d: &'static Dataset) -> Advice {
    let (verdict, confidence, reasons) = decide(answers, d, true);
    Advice {
        verdict,
        confidence,
        reasons,
        flip: smallest_flip(answers, verdict, d),
        timeline: timeline(answers.months, d),
        market: market(answers.region, d),
        team: answers.team.map(|size| team_cost(size, d)),
    }
}

/// The verdict alone (what the flip search evaluates).
pub fn verdict(answers: &Answers, d: &'static Dataset) -> Verdict {
    decide(answers, d, false).0
}

/// The verdict, its confidence and the reasons; without `explain` the reasons carry their
/// leans and points but no text (the flip search decides dozens of variations).
fn decide(
    answers: &Answers,
    d: &'static Dataset,
    explain: bool,
) -> (Verdict, Confidence, Vec<Reason>) {
    let mut reasons = reasons(answers, d, explain);
    let (mut go_points, mut rust_points) = (0u32, 0u32);
    for reason in &reasons {
        match reason.lean {
            Some(Lean::Go | Lean::GoFirst) => go_points += u32::from(reason.points),
            Some(Lean::Rust) => rust_points += u32::from(reason.points),
            None => {}
        }
    }
    let margin = rust_points as i32 - go_points as i32;
    let mut verdict = if margin >= rules::DECIDES {
        Verdict::Rust
    } else if margin <= -rules::DECIDES {
        Verdict::Go
    } else {
        Verdict::GoThenRust
    };

    if verdict == Verdict::Rust
        && let Some(months) = answers.months
        && let Some(ready) = productive_milestone(d)
        && f64::from(months) < in_months(ready.rust.low, ready.rust.unit)
    {
        verdict = Verdict::GoThenRust;
    }
    if explain
        && verdict == Verdict::GoThenRust
        && margin >= rules::DECIDES
        && let Some(months) = answers.months
        && let Some(ready) = productive_milestone(d)
    {
        reasons.push(Reason {
            key: "runway",
            answer: format::duration(u32::from(months), crate::data::TimeUnit::Months),
            lean: Some(Lean::GoFirst),
            points: 0,
            why: "The rest points to Rust, but your runway ends before Rust usually makes you productive: start with Go, move to Rust after.".to_string(),
            figure: Some(format!(
                "\"{}\": Go {}, Rust {}",
                ready.label,
                format::duration_range(ready.go),
                format::duration_range(ready.rust)
            )),
            cite: &d.learning_curve.cite,
        });
    }

    if explain && go_points == 0 && rust_points == 0 {
        let f = &d.decision_framework;
        reasons.push(Reason {
            key: "fallback",
            answer: "Nothing decisive yet".to_string(),
            lean: Some(Lean::from_verdict(f.fallback.leans)),
            points: 0,
            why: f.fallback.because.to_string(),
            figure: Some(postings_figure(d)),
            cite: &f.cite,
        });
    }

    let level = match margin.abs() {
        m if m >= rules::HIGH_CONFIDENCE_MARGIN => ConfidenceLevel::High,
        m if m >= rules::MEDIUM_CONFIDENCE_MARGIN => ConfidenceLevel::Medium,
        _ => ConfidenceLevel::Low,
    };
    // "Go first, then Rust" answers an open question: at most "medium".
    let level = if verdict == Verdict::GoThenRust && level == ConfidenceLevel::High {
        ConfidenceLevel::Medium
    } else {
        level
    };
    let confidence = Confidence {
        level,
        go_points,
        rust_points,
        answered: answers.answered(),
    };
    (verdict, confidence, reasons)
}

/// The reason each answer gives, in question order; without `explain`, leans and points only.
fn reasons(answers: &Answers, d: &'static Dataset, explain: bool) -> Vec<Reason> {
    let mut reasons = Vec::new();
    let framework = &d.decision_framework;
    // A question of the article's framework: its mapping for this answer decides the lean.
    let mut mapped = |key: &'static str,
                      value: Option<&str>,
                      months: Option<u8>,
                      answer: String,
                      points: fn(Lean) -> u8,
                      figure: Option<(String, &'static Citation)>| {
        let Some(question) = framework.questions.iter().find(|q| q.key == key) else {
            return;
        };
        let mapping = question.mappings.iter().find(|m| match &m.answers {
            Covered::Values(values) => value.is_some_and(|v| values.iter().any(|x| x == v)),
            Covered::Months(range) => months.is_some_and(|n| (range.low..=range.high).contains(&n)),
        });
        let lean = mapping.and_then(|m| m.leans).map(Lean::from_verdict);
        let (figure, cite) = match figure {
            Some((text, cite)) => (Some(text), cite),
            None => (None, &framework.cite),
        };
        let why = match mapping {
            _ if !explain => String::new(),
            Some(m) => m.because.to_string(),
            None => "This answer does not point either way.".to_string(),
        };
        reasons.push(Reason {
            key,
            answer,
            lean,
            points: lean.map_or(0, points),
            why,
            figure,
            cite,
        });
    };

    if let Some(build) = answers.build {
        mapped(
            "build",
            Some(build.id()),
            None,
            build.label().to_string(),
            |lean| {
                if lean == Lean::GoFirst {
                    rules::GO_FIRST
                } else {
                    rules::BUILD
                }
            },
            build_figure(build, d),
        );
    }
    if let Some(employers) = answers.employers {
        let figure = match employers {
            Employers::Go | Employers::Rust if explain => {
                Some((postings_figure(d), &d.job_market.cite))
            }
            _ => None,
        };
        mapped(
            "employers",
            Some(employers.id()),
            None,
            employers.label().to_string(),
            |_| rules::EMPLOYERS,
            figure,
        );
    }
    if let Some(months) = answers.months {
        let figure = productive_milestone(d).filter(|_| explain).map(|m| {
            (
                format!(
                    "\"{}\": Go {}, Rust {}",
                    m.label,
                    format::duration_range(m.go),
                    format::duration_range(m.rust)
                ),
                &d.learning_curve.cite,
            )
        });
        mapped(
            "months",
            None,
            Some(months),
            format::duration(u32::from(months), crate::data::TimeUnit::Months),
            |lean| {
                if lean == Lean::Rust {
                    rules::LONG_RUNWAY
                } else {
                    rules::SHORT_RUNWAY
                }
            },
            figure,
        );
    }
    if let Some(optimize) = answers.optimize {
        mapped(
            "optimize",
            Some(optimize.id()),
            None,
            optimize.label().to_string(),
            |_| rules::OPTIMIZE,
            explain.then(|| (optimize_figure(optimize, d), &d.job_market.cite)),
        );
    }
    if let Some(background) = answers.background {
        match background {
            Background::Go | Background::Rust => {
                let (lean, other) = if background == Background::Go {
                    (Lean::Rust, "Rust")
                } else {
                    (Lean::Go, "Go")
                };
                reasons.push(Reason {
                    key: "background",
                    answer: background.label().to_string(),
                    lean: Some(lean),
                    points: rules::KNOWS_THE_OTHER,
                    why: if explain {
                        format!(
                            "You already know {}: the article's advice is to learn both eventually, so {other} is the one to add.",
                            background.label()
                        )
                    } else {
                        String::new()
                    },
                    figure: None,
                    cite: &framework.cite,
                });
            }
            _ => mapped(
                "background",
                Some(background.id()),
                None,
                background.label().to_string(),
                |_| rules::BACKGROUND,
                if explain {
                    background_figure(background, d)
                } else {
                    None
                },
            ),
        }
    }
    if let Some(region) = answers.region {
        let e = &d.emerging_markets;
        let lean = (region == Region::Emerging).then_some(Lean::Go);
        let (why, figure, cite) = match region {
            _ if !explain => (String::new(), String::new(), &e.remote_go_roles_per_rust_role.cite),
            Region::Us => (
                "The US figures on this page apply as they are.".to_string(),
                postings_figure(d),
                &d.job_market.cite,
            ),
            Region::Emerging => (
                "Go has far more presence than Rust in emerging markets, locally and in remote roles open to them.".to_string(),
                format!(
                    "Remote roles: {}–{} Go roles for every Rust role; in India Go pays {} a year (₹{} lakh) and Rust roles are too few for reliable salary data",
                    e.remote_go_roles_per_rust_role.low,
                    e.remote_go_roles_per_rust_role.high,
                    format::usd_range(e.india_go_salary.usd),
                    format::span(e.india_go_salary.inr_lakh)
                ),
                &e.remote_go_roles_per_rust_role.cite,
            ),
        };
        reasons.push(Reason {
            key: "region",
            answer: region.label().to_string(),
            lean,
            points: if lean.is_some() {
                rules::EMERGING_MARKET
            } else {
                0
            },
            why,
            figure: explain.then_some(figure),
            cite,
        });
    }
    if let Some(size) = answers.team {
        let figure = explain.then(|| {
            let cost = team_cost(size, d);
            format!(
                "About {} developer-months lost with Go, {} with Rust",
                crate::charts::team::range_text(cost.lost_go),
                crate::charts::team::range_text(cost.lost_rust)
            )
        });
        reasons.push(Reason {
            key: "team",
            answer: format!("A team of {size}"),
            lean: Some(Lean::Go),
            points: rules::TEAM_ONBOARDING,
            why: "A team loses more working time to onboarding with Rust than with Go.".to_string(),
            figure,
            cite: &d.team_onboarding.cite,
        });
    }
    reasons
}

/// "~38,000 US postings for Go, ~12,000 for Rust (about 3×)".
fn postings_figure(d: &Dataset) -> String {
    let m = &d.job_market;
    let approx = if m.postings_approximate { "~" } else { "" };
    format!(
        "{approx}{} US postings mention Go, {approx}{} mention Rust (about {}×)",
        format::thousands(m.go.postings),
        format::thousands(m.rust.postings),
        d.decision_framework.postings_ratio
    )
}

fn build_figure(build: Build, d: &'static Dataset) -> Option<(String, &'static Citation)> {
    let f = &d.facts;
    let comparison = |dimension: &str| {
        d.head_to_head
            .rows
            .iter()
            .find(|row| row.dimension == dimension)
            .map(|row| {
                (
                    format!("{}: Go {}; Rust {}", row.dimension, row.go, row.rust),
                    &d.head_to_head.cite,
                )
            })
    };
    match build {
        Build::Web => comparison("Ecosystem maturity (web/cloud)"),
        Build::Cli => comparison("Cross-compilation"),
        Build::Devops => d
            .domains
            .iter()
            .find(|domain| domain.language == Language::Go && domain.domain.contains("DevOps"))
            .map(|domain| {
                (
                    format!(
                        "{} of the tools it names are written in Go: {}",
                        domain.examples.len(),
                        domain.examples.join(", ")
                    ),
                    &d.head_to_head.cite,
                )
            }),
        Build::Systems => Some((
            format!(
                "About {} of high-severity security bugs in Chromium are memory-safety bugs, a class Rust rules out at compile time",
                format::percent(f.memory_safety_bug_share.percent)
            ),
            &f.memory_safety_bug_share.cite,
        )),
        Build::Embedded => comparison("Binary size"),
        Build::Performance => Some((
            format!(
                "Discord's Go service had garbage-collector latency spikes every {}; its Rust rewrite removed them",
                format::duration(
                    f.discord_gc_spike_interval.value,
                    f.discord_gc_spike_interval.unit
                )
            ),
            &f.discord_gc_spike_interval.cite,
        )),
        Build::Wasm => Some((
            format!(
                "{} of WebAssembly developers use Rust, more than any other language",
                format::percent(f.wasm_rust_share.percent)
            ),
            &f.wasm_rust_share.cite,
        )),
        Build::Unsure => Some((postings_figure(d), &d.job_market.cite)),
    }
}

fn optimize_figure(optimize: Optimize, d: &Dataset) -> String {
    let m = &d.job_market;
    let salary = format!(
        "median salary {} for Rust, {} for Go ({} more)",
        format::usd(m.rust.median_salary_usd),
        format::usd(m.go.median_salary_usd),
        format::usd_k(d.decision_framework.salary_gap_usd)
    );
    let nice = format!(
        "{} of Rust postings list it only as nice-to-have (Go: {})",
        format::percent(m.rust.nice_to_have_pct),
        format::percent(m.go.nice_to_have_pct)
    );
    match optimize {
        Optimize::Postings => postings_figure(d),
        Optimize::Salary => format!("US {salary}; but {nice}"),
        Optimize::Balanced => format!("{}; {salary}", postings_figure(d)),
    }
}

fn background_figure(
    background: Background,
    d: &'static Dataset,
) -> Option<(String, &'static Citation)> {
    let m = &d.job_market;
    let co_required = |language: Language, name: &str| {
        let list = &m.get(language).co_required_languages;
        list.iter().any(|l| l.contains(name)).then(|| {
            (
                format!(
                    "{name} is among the languages most often required with {}: {}",
                    language.name(),
                    list.join(", ")
                ),
                &m.cite,
            )
        })
    };
    match background {
        Background::Python => co_required(Language::Go, "Python"),
        Background::Javascript => co_required(Language::Go, "JavaScript"),
        Background::C | Background::Cpp => co_required(Language::Rust, "C/C++"),
        Background::Ruby => d
            .companies
            .go
            .iter()
            .find(|a| a.uses.contains("Ruby"))
            .map(|a| (format!("{}: {}", a.company, a.uses), &d.head_to_head.cite)),
        _ => None,
    }
}

/// The milestone that counts as productive (see [`rules::PRODUCTIVE_MILESTONE`]).
fn productive_milestone(d: &Dataset) -> Option<&crate::data::Milestone> {
    d.learning_curve
        .milestones
        .iter()
        .find(|m| m.id == rules::PRODUCTIVE_MILESTONE)
}

/// A duration in months.
fn in_months(value: u32, unit: crate::data::TimeUnit) -> f64 {
    crate::charts::learning::days(value, unit) / crate::charts::learning::DAYS_PER_MONTH
}

fn reach(range: DurationRange, months: u8) -> Reach {
    let months = f64::from(months);
    if in_months(range.high, range.unit) <= months {
        Reach::Yes
    } else if in_months(range.low, range.unit) <= months {
        Reach::Maybe
    } else {
        Reach::No
    }
}

fn timeline(months: Option<u8>, d: &Dataset) -> Vec<TimelineRow> {
    d.learning_curve
        .milestones
        .iter()
        .map(|m| TimelineRow {
            milestone: m.label.to_string(),
            go: m.go,
            rust: m.rust,
            go_reach: months.map(|n| reach(m.go, n)),
            rust_reach: months.map(|n| reach(m.rust, n)),
        })
        .collect()
}

fn market(region: Option<Region>, d: &'static Dataset) -> Market {
    let m = &d.job_market;
    let e = &d.emerging_markets;
    if region == Some(Region::Emerging) {
        let ratio = &e.remote_go_roles_per_rust_role;
        return Market {
            title: format!("Emerging markets ({})", e.regions.join(", ")),
            rows: vec![
                (
                    "Salary in India, per year".to_string(),
                    format!(
                        "{} (₹{} lakh)",
                        format::usd_range(e.india_go_salary.usd),
                        format::span(e.india_go_salary.inr_lakh)
                    ),
                    "No reliable data: too few roles".to_string(),
                ),
                (
                    "Remote roles open to these markets".to_string(),
                    format!("{}–{} for every Rust role", ratio.low, ratio.high),
                    "1".to_string(),
                ),
            ],
            cites: vec![&e.india_go_salary.cite, &ratio.cite],
        };
    }
    let approx = if m.postings_approximate { "~" } else { "" };
    let row = |label: &str, f: &dyn Fn(&crate::data::LanguageJobs) -> String| {
        (label.to_string(), f(&m.go), f(&m.rust))
    };
    Market {
        title: format!("{} job market ({})", m.region, m.cite.year),
        rows: vec![
            row("Postings", &|j| {
                format!("{approx}{}", format::thousands(j.postings))
            }),
            row("Growth in postings, year over year", &|j| {
                format::growth(j.postings_yoy_growth_pct)
            }),
            row("Median base salary", &|j| format::usd(j.median_salary_usd)),
            row("10th to 90th percentile", &|j| {
                format::usd_range(j.salary_p10_p90_usd)
            }),
            row("Postings asking for 3+ years", &|j| {
                format::percent(j.requires_3plus_years_pct)
            }),
        ],
        cites: vec![&m.cite],
    }
}

fn team_cost(size: u16, d: &'static Dataset) -> TeamCost {
    let t = &d.team_onboarding;
    let (lost_go, lost_rust) = team::lost_developer_months(t, size);
    let at_median = |lost: Range<f64>, language: Language| {
        let monthly = f64::from(d.job_market.get(language).median_salary_usd.0) / 12.0;
        Range {
            low: lost.low * monthly,
            high: lost.high * monthly,
        }
    };
    TeamCost {
        size,
        lost_go,
        lost_rust,
        cost_go: at_median(lost_go, Language::Go),
        cost_rust: at_median(lost_rust, Language::Rust),
        cite: &t.cite,
    }
}

/// Every single-answer change, cheapest first: a changed or newly given answer costs 1; months
/// changes also cost a little per month, so the nearest runway that flips is the one named.
/// Among equally cheap changes the first question, then the first answer, wins.
/// One answer changed: what it would cost the reader, and the answers after it.
struct Change {
    cost: f64,
    key: &'static str,
    from: Option<String>,
    to: Option<String>,
    answers: Answers,
}

fn smallest_flip(answers: &Answers, current: Verdict, d: &'static Dataset) -> Option<Flip> {
    let mut changes: Vec<Change> = Vec::new();
    let months_text =
        |m: Option<u8>| m.map(|n| format::duration(u32::from(n), crate::data::TimeUnit::Months));
    let choices = |key: &'static str, changes: &mut Vec<_>| {
        let options = answers::options(key);
        let label = |id: &str| {
            options
                .iter()
                .find(|(choice, _)| *choice == id)
                .map(|(_, label)| label.to_string())
        };
        let from = answers.choice(key).and_then(label);
        let ids = options.iter().map(|(id, _)| Some(*id));
        for id in ids.chain(std::iter::once(None)) {
            let mut changed = *answers;
            changed.set_choice(key, id);
            changes.push(Change {
                cost: 1.0,
                key,
                from: from.clone(),
                to: id.and_then(label),
                answers: changed,
            });
        }
    };
    choices("build", &mut changes);
    choices("employers", &mut changes);
    for months in answers::MONTHS.map(Some).chain(std::iter::once(None)) {
        let distance = match (answers.months, months) {
            (Some(now), Some(then)) => f64::from(now.abs_diff(then)) / 100.0,
            _ => 0.0,
        };
        let changed = Answers { months, ..*answers };
        changes.push(Change {
            cost: 1.0 + distance,
            key: "months",
            from: months_text(answers.months),
            to: months_text(months),
            answers: changed,
        });
    }
    choices("optimize", &mut changes);
    choices("background", &mut changes);
    choices("region", &mut changes);
    if let Some(size) = answers.team {
        let changed = Answers {
            team: None,
            ..*answers
        };
        changes.push(Change {
            cost: 1.0,
            key: "team",
            from: Some(format!("A team of {size}")),
            to: None,
            answers: changed,
        });
    }

    let mut best: Option<(f64, Flip)> = None;
    for Change {
        cost,
        key,
        from,
        to,
        answers: changed,
    } in changes
    {
        if changed == *answers
            || best
                .as_ref()
                .is_some_and(|(best_cost, _)| cost >= *best_cost)
        {
            continue;
        }
        let verdict = verdict(&changed, d);
        if verdict != current {
            best = Some((
                cost,
                Flip {
                    key,
                    from,
                    to,
                    verdict,
                    answers: changed,
                },
            ));
        }
    }
    best.map(|(_, flip)| flip)
}

#[cfg(test)]
mod tests;
