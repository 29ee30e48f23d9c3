//! The dataset's types: one struct per object of `public/data/rust-vs-go.json`.
//!
//! Text and lists are `Cow<'static, …>`: the build script turns the validated JSON into a
//! `static` of borrowed values (no parsing in the browser), while native tests and the build
//! script itself deserialize owned values from JSON. Every struct denies unknown fields, so a
//! misspelt key fails the build instead of being ignored.
//!
//! This file is also compiled into the build script (`build.rs`), so it only uses `std` and
//! `serde`.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Text in the dataset.
pub type Text = Cow<'static, str>;
/// A list in the dataset.
pub type List<T> = Cow<'static, [T]>;

/// The whole dataset: every figure of the article, with its source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// Version of this file's shape; bumped when a field changes meaning.
    pub schema_version: u32,
    pub meta: Meta,
    /// Every source a figure may cite, by `id`.
    pub sources: List<Source>,
    pub sentiment: Sentiment,
    pub ecosystem_growth: EcosystemGrowth,
    pub tiobe: Tiobe,
    pub job_market: JobMarket,
    pub emerging_markets: EmergingMarkets,
    pub head_to_head: HeadToHead,
    pub companies: Companies,
    pub domains: List<Domain>,
    pub learning_curve: LearningCurve,
    pub team_onboarding: TeamOnboarding,
    pub facts: Facts,
    pub decision_framework: DecisionFramework,
    pub resources: Resources,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub title: Text,
    pub article: Article,
    /// The units convention, for people reading the file.
    pub units: Text,
    /// How figure years are assigned, for people reading the file.
    pub year_note: Text,
    /// The terms on which this compilation may be reused.
    pub license: License,
}

/// A licence, by name and the address of its text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct License {
    /// `CC BY 4.0`.
    pub name: Text,
    pub url: Text,
    /// What the licence covers, and what credit it asks for.
    pub note: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    pub title: Text,
    pub author: Text,
    pub year: u16,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Stable identifier that citations refer to.
    pub id: Text,
    /// Display name, as the article names it.
    pub name: Text,
    pub publisher: Text,
    /// Publication year, when the source has one (a survey edition, a dated post).
    pub year: Option<u16>,
}

/// Where a group of figures comes from: one or more source ids and the year the figures
/// describe, when the source gives one (`null`: undated, shown as "n.d.").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    pub sources: List<Text>,
    pub year: Option<u16>,
}

/// The same measure for both languages.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PerLanguage<T> {
    pub go: T,
    pub rust: T,
}

impl<T> PerLanguage<T> {
    /// The value for one language.
    pub fn get(&self, language: Language) -> &T {
        match language {
            Language::Go => &self.go,
            Language::Rust => &self.rust,
        }
    }
}

/// An inclusive range, `low <= high`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Range<T> {
    pub low: T,
    pub high: T,
}

/// A percentage on the 0–100 scale.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Serialize, Deserialize)]
pub struct Percent(pub f64);

/// Whole US dollars per year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Usd(pub u32);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Language {
    Go,
    Rust,
}

impl Language {
    pub const BOTH: [Language; 2] = [Language::Go, Language::Rust];

    pub fn name(self) -> &'static str {
        match self {
            Language::Go => "Go",
            Language::Rust => "Rust",
        }
    }

    /// The lowercase key used in the dataset, URLs and element ids.
    pub fn key(self) -> &'static str {
        match self {
            Language::Go => "go",
            Language::Rust => "rust",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TimeUnit {
    Seconds,
    Minutes,
    Days,
    Weeks,
    Months,
}

/// A duration with its unit, as the article states it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Duration {
    pub value: u32,
    pub unit: TimeUnit,
}

/// A range of durations in one unit, e.g. "3–4 weeks".
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DurationRange {
    pub low: u32,
    pub high: u32,
    pub unit: TimeUnit,
}

/// Stack Overflow Developer Survey figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sentiment {
    pub cite: Citation,
    /// Share of users who want to keep using the language.
    pub admired: PerLanguage<Percent>,
    /// Share of respondents who want to start using it.
    pub desired: PerLanguage<Percent>,
    /// Share of all respondents who use it.
    pub used: PerLanguage<Percent>,
    pub rust_rank_admired: u8,
    pub rust_rank_desired: u8,
    pub rust_admired_streak: Streak,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Streak {
    pub years: u8,
    pub first_year: u16,
    pub last_year: u16,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EcosystemGrowth {
    pub cite: Citation,
    pub metric: Text,
    pub languages: List<LanguageGrowth>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageGrowth {
    pub language: Text,
    pub growth_pct: Percent,
}

/// The band of ranks each language holds in the TIOBE index (1 is the top).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tiobe {
    pub cite: Citation,
    pub go_rank: Range<u8>,
    pub rust_rank: Range<u8>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JobMarket {
    pub cite: Citation,
    pub region: Text,
    pub go: LanguageJobs,
    pub rust: LanguageJobs,
    /// The article gives posting counts as approximations ("~38,000").
    pub postings_approximate: bool,
    /// The article's own claim of when Rust's posting volume would approach Go's.
    pub article_convergence_claim_years: Range<u8>,
}

impl JobMarket {
    pub fn get(&self, language: Language) -> &LanguageJobs {
        match language {
            Language::Go => &self.go,
            Language::Rust => &self.rust,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageJobs {
    /// US job postings mentioning the language.
    pub postings: u32,
    pub postings_yoy_growth_pct: Percent,
    pub median_salary_usd: Usd,
    /// 10th to 90th percentile of base salary.
    pub salary_p10_p90_usd: Range<Usd>,
    pub requires_3plus_years_pct: Percent,
    /// Share of postings where the language is the primary requirement.
    pub primary_pct: Percent,
    /// Share of postings where it is a "nice to have".
    pub nice_to_have_pct: Percent,
    pub co_required_languages: List<Text>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmergingMarkets {
    pub regions: List<Text>,
    pub india_go_salary: IndiaSalary,
    /// The article says Rust roles in India are too scarce for reliable salary data.
    pub india_rust_salary_available: bool,
    pub remote_go_roles_per_rust_role: RemoteRatio,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndiaSalary {
    pub cite: Citation,
    /// As quoted: lakh rupees per year (1 lakh = 100,000 INR).
    pub inr_lakh: Range<u32>,
    pub usd: Range<Usd>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RemoteRatio {
    pub cite: Citation,
    pub low: u8,
    pub high: u8,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HeadToHead {
    pub cite: Citation,
    pub rows: List<Comparison>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Comparison {
    pub dimension: Text,
    pub go: Text,
    pub rust: Text,
    pub winner: Winner,
    /// Why a row is split or tied.
    pub winner_note: Option<Text>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Winner {
    Go,
    Rust,
    /// Each language wins on a different aspect of the dimension.
    Split,
    Tie,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Companies {
    pub rust: List<Adopter>,
    pub go: List<Adopter>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Adopter {
    pub company: Text,
    pub uses: Text,
    /// Source id.
    pub source: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Domain {
    pub language: Language,
    pub domain: Text,
    pub why: Text,
    pub examples: List<Text>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LearningCurve {
    pub cite: Citation,
    /// How many developers the author asked.
    pub respondents: u16,
    pub respondent_min_experience_years: u8,
    pub milestones: List<Milestone>,
    /// How long "fighting the borrow checker" typically lasts.
    pub rust_borrow_checker_phase: DurationRange,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    pub id: Text,
    pub label: Text,
    pub go: DurationRange,
    pub rust: DurationRange,
}

impl Milestone {
    pub fn get(&self, language: Language) -> &DurationRange {
        match language {
            Language::Go => &self.go,
            Language::Rust => &self.rust,
        }
    }
}

/// How many developers of a team are productive after a number of months.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TeamOnboarding {
    pub cite: Citation,
    pub team_size: u16,
    pub go: List<OnboardingPoint>,
    pub rust: List<OnboardingPoint>,
}

impl TeamOnboarding {
    pub fn get(&self, language: Language) -> &[OnboardingPoint] {
        match language {
            Language::Go => &self.go,
            Language::Rust => &self.rust,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OnboardingPoint {
    pub month: u8,
    pub productive: Range<u16>,
}

/// Other figures the article cites, each with its own source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Facts {
    pub memory_safety_bug_share: MemorySafetyShare,
    pub wasm_rust_share: CitedPercent,
    pub rust_too_difficult_share: CitedPercent,
    pub rewrite_anecdote: RewriteAnecdote,
    pub discord_gc_spike_interval: CaveatedDuration,
    pub rust_clean_build: CitedDurationRange,
    pub linux_rust_since: CitedVersion,
    pub go_generics_since: CitedRelease,
    pub go_team_scale_quote: TeamScaleQuote,
    pub uber_go_microservices: CitedCount,
    pub mercadolibre_go_services: CitedCount,
    pub performance_problems_outside_app_pct: CitedPercent,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MemorySafetyShare {
    pub cite: Citation,
    pub percent: Percent,
    pub approximate: bool,
    pub similar_report: Text,
    pub similar_report_source: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CitedPercent {
    pub cite: Citation,
    pub percent: Percent,
}

/// A duration from a story the article itself warns against generalising from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaveatedDuration {
    pub cite: Citation,
    pub value: u32,
    pub unit: TimeUnit,
    /// The warning, with its own source.
    pub caveat: Caveat,
}

/// A warning about a figure, in this dataset's words, with the source that gives it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Caveat {
    pub cite: Citation,
    pub text: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CitedDurationRange {
    pub cite: Citation,
    pub low: u32,
    pub high: u32,
    pub unit: TimeUnit,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CitedVersion {
    pub cite: Citation,
    pub version: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CitedRelease {
    pub cite: Citation,
    pub version: Text,
    pub year: u16,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TeamScaleQuote {
    pub cite: Citation,
    /// How many programmers should be able to share one codebase.
    pub programmers: u16,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CitedCount {
    pub cite: Citation,
    pub count: u32,
    /// The article says "N+" (at least N) rather than "about N".
    pub at_least: bool,
}

/// The author's Python-to-Go rewrite, told at the top of the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RewriteAnecdote {
    pub cite: Citation,
    pub sources_scraped: u16,
    pub python_runtime: Duration,
    pub go_runtime: Duration,
    /// How many times faster the Go version was, as the article rounds it.
    pub speedup: u8,
    pub go_rewrite_effort: Duration,
    pub rust_rewrite_effort_min: Duration,
    /// The author's estimate of how much faster a Rust version would have been.
    pub rust_estimated_gain_pct: Percent,
    pub bottleneck: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DecisionFramework {
    pub cite: Citation,
    pub questions: List<FrameworkQuestion>,
    /// What the article recommends when the answers do not decide.
    pub fallback: Fallback,
    /// "About 3x more listings": Go postings per Rust posting, rounded.
    pub postings_ratio: u8,
    /// "$15k higher median": Rust median minus Go median.
    pub salary_gap_usd: Usd,
}

impl DecisionFramework {
    /// The framework's wording and mappings for one of the advisor's questions.
    pub fn question(&self, question: super::questions::Question) -> Option<&FrameworkQuestion> {
        self.questions.iter().find(|q| q.key == question.key())
    }
}

/// One question of the article's decision framework.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrameworkQuestion {
    /// The advisor's URL key for this question (`src/data/questions.rs`).
    pub key: Text,
    pub question: Text,
    pub mappings: List<Mapping>,
}

/// One row of the framework: which answers lean which way, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    /// The answers in words.
    pub when: Text,
    pub answers: Answers,
    /// `None` when the article says the answer does not decide.
    pub leans: Option<Verdict>,
    /// How the article words the direction when it is weaker than a recommendation ("Rust
    /// becomes viable"); `None`: the language the mapping leans to, as it is.
    pub leans_wording: Option<Text>,
    pub because: Text,
}

/// The answers a mapping covers: URL values of the question, or a span of months.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Answers {
    Values(List<Text>),
    Months(Range<u8>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    Go,
    Rust,
    GoThenRust,
}

impl Verdict {
    /// The value of the `data-verdict` attribute (PRODUCT.md).
    pub fn id(self) -> &'static str {
        match self {
            Verdict::Go => "go",
            Verdict::Rust => "rust",
            Verdict::GoThenRust => "go-then-rust",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fallback {
    pub leans: Verdict,
    pub because: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Resources {
    pub go: List<Resource>,
    pub rust: List<Resource>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Resource {
    pub title: Text,
    pub kind: Text,
    pub authors: Option<Text>,
}
