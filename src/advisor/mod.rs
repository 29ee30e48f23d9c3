//! The advisor: the article's decision framework as an explainable recommendation.
//!
//! [`advise`] turns [`Answers`] into an [`Advice`]: the verdict and a headline that reads right
//! for the reader, how sure it is, every reason with the answer that produced it and the
//! figure behind it, the smallest single change that would flip the verdict, a personal
//! timeline from the learning-curve data, the job market for the reader's region and, in team
//! mode, the onboarding cost. Pure and deterministic: no DOM, no clock, no randomness.
//!
//! Scoring and explaining are separate: [`tally`](tally::tally) decides (the article's explicit
//! rules first, then points; see [`rules`]), [`explain`](explain::explain) words the tally,
//! and the flip search ([`flip`]) runs the whole decision again for every alternative answer.
//!
//! ```
//! use rust_or_go::advisor::{Answers, advise};
//! use rust_or_go::data::{Verdict, dataset};
//! let advice = advise(&Answers::from_query("build=systems&background=cpp"), dataset());
//! assert_eq!(advice.verdict, Verdict::Rust);
//! assert_eq!(advice.headline, "Learn Rust");
//! ```

pub mod answers;
mod explain;
mod flip;
pub mod rules;
pub mod tally;

pub use answers::{Answers, Background, Build, Employers, Optimize, Question, Region};
pub use rules::Rule;

use crate::data::{Citation, Dataset, DurationRange, Range, Usd, Verdict};
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

/// What a reason did to the verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReasonKind {
    /// An explicit instruction of the article that settled the verdict.
    Rule,
    /// An answer that adds its points to the tally.
    Points,
    /// An answer whose points a rule outweighed: it leans away from the verdict the rule set.
    Outweighed(Rule),
    /// An answer at odds with the rule that decided, which the reader should know about.
    Warning,
    /// An answer that points neither way.
    Neutral,
    /// Nothing answered decides anything: the article's answer for the undecided.
    Fallback,
}

/// One answer's part in the verdict.
#[derive(Debug, Clone, PartialEq)]
pub struct Reason {
    /// The question answered; `None` for the reasons of the rules themselves.
    pub question: Option<Question>,
    pub kind: ReasonKind,
    /// The answer in words.
    pub answer: String,
    /// `None` when the answer does not point either way.
    pub lean: Option<Lean>,
    pub points: u8,
    /// Why, in the app's words.
    pub why: String,
    /// The figure behind it, with its numbers.
    pub figure: Option<String>,
    /// Where the figure comes from (the framework's citation when there is no figure).
    pub cites: Vec<&'static Citation>,
    /// The figure is computed by the app from the cited figures, not reported by them.
    pub computed: bool,
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
    /// The article's rule that settled the verdict, where one did.
    pub rule: Option<Rule>,
}

/// The smallest change to one answer that gives another verdict.
#[derive(Debug, Clone, PartialEq)]
pub struct Flip {
    pub question: Question,
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

/// Team mode (a team of two or more): the working time onboarding costs, in developer-months,
/// and what that time costs at one yearly salary for both languages, the region's, so that
/// Rust's higher pay is not counted as onboarding cost. All of it is computed by the app.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamCost {
    pub size: u16,
    pub lost_go: Range<f64>,
    pub lost_rust: Range<f64>,
    /// The yearly salary both languages are priced at.
    pub salary: Range<Usd>,
    /// What that salary is, in words ("the US median for Go").
    pub salary_basis: &'static str,
    /// US dollars: developer-months × salary / 12.
    pub cost_go: Range<f64>,
    pub cost_rust: Range<f64>,
    pub cite: &'static Citation,
    pub salary_cite: &'static Citation,
}

/// Everything the advisor says.
#[derive(Debug, Clone, PartialEq)]
pub struct Advice {
    pub verdict: Verdict,
    /// The verdict in words, for this reader (see [`headline`]).
    pub headline: &'static str,
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
    let tally = tally::tally(answers, d);
    Advice {
        verdict: tally.verdict,
        headline: headline(tally.verdict, answers.background),
        confidence: Confidence {
            level: tally.confidence(),
            go_points: tally.go_points,
            rust_points: tally.rust_points,
            answered: answers.answered(),
            rule: tally.rule,
        },
        reasons: explain::explain(answers, &tally, d),
        flip: flip::smallest_flip(answers, tally.verdict, d),
        timeline: timeline(answers.months, d),
        market: market(answers.region, d),
        team: answers
            .team
            .and_then(|size| team_cost(size, answers.region, d)),
    }
}

/// The verdict alone.
pub fn verdict(answers: &Answers, d: &'static Dataset) -> Verdict {
    tally::tally(answers, d).verdict
}

/// The verdict in words. Someone who already knows one of the two is never told to learn it:
/// they are told to stay with it or to add the other one.
pub fn headline(verdict: Verdict, background: Option<Background>) -> &'static str {
    match (background, verdict) {
        (Some(Background::Go), Verdict::Go) => "Stay with Go",
        (Some(Background::Go), Verdict::Rust) => "Add Rust",
        (Some(Background::Go), Verdict::GoThenRust) => "Stay with Go, then add Rust",
        (Some(Background::Rust), Verdict::Go) => "Add Go",
        (Some(Background::Rust), Verdict::Rust) => "Stay with Rust",
        (Some(Background::Rust), Verdict::GoThenRust) => "Add Go, and keep your Rust",
        (_, Verdict::Go) => "Learn Go",
        (_, Verdict::Rust) => "Learn Rust",
        (_, Verdict::GoThenRust) => "Learn Go first, then Rust",
    }
}

/// The milestone that counts as productive (see [`rules::PRODUCTIVE_MILESTONE`]).
pub(crate) fn productive_milestone(d: &Dataset) -> Option<&crate::data::Milestone> {
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
        title: format!(
            "{} job market ({})",
            m.region,
            crate::format::year(m.cite.year)
        ),
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

/// Team mode's cost for a team of `size`; `None` below two people (one person is not a team).
/// Lost time is priced at one salary for both languages, the region's: the US median for Go
/// (the lower median, so Rust's pay premium is not counted as onboarding cost), or, in
/// emerging markets, the range Go developers earn in India, the only salary the article gives
/// there.
pub fn team_cost(size: u16, region: Option<Region>, d: &'static Dataset) -> Option<TeamCost> {
    if size < rules::MIN_TEAM_SIZE {
        return None;
    }
    let t = &d.team_onboarding;
    let (lost_go, lost_rust) = team::lost_developer_months(t, size);
    let (salary, salary_basis, salary_cite) = match region {
        Some(Region::Emerging) => (
            d.emerging_markets.india_go_salary.usd,
            "what Go developers earn in India, the only salary figure for these markets",
            &d.emerging_markets.india_go_salary.cite,
        ),
        _ => {
            let median = d.job_market.go.median_salary_usd;
            (
                Range {
                    low: median,
                    high: median,
                },
                "the US median for Go, so that Rust's higher pay is not counted as onboarding cost",
                &d.job_market.cite,
            )
        }
    };
    let priced = |lost: Range<f64>| Range {
        low: lost.low * f64::from(salary.low.0) / 12.0,
        high: lost.high * f64::from(salary.high.0) / 12.0,
    };
    Some(TeamCost {
        size,
        lost_go,
        lost_rust,
        salary,
        salary_basis,
        cost_go: priced(lost_go),
        cost_rust: priced(lost_rust),
        cite: &t.cite,
        salary_cite,
    })
}

#[cfg(test)]
mod tests;
