//! The rules a dataset must keep beyond its shape: percentages on 0–100, ranges in order,
//! medians inside their ranges, every citation naming a known source, derived figures that
//! agree with the figures they come from.
//!
//! Each broken rule is reported with the field path (`job_market.go.median_salary_usd`) and
//! the rule, so a maintainer can fix the file without reading this code. The build script runs
//! these checks, so a dataset that breaks one never reaches a visitor.
//!
//! This file is also compiled into the build script (`build.rs`).

use super::model::*;
use super::questions::{Accepts, Question};
use std::collections::HashSet;
use std::fmt;

/// The `schema_version` this code understands.
pub const SCHEMA_VERSION: u32 = 2;

/// One broken rule: where, and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// Dotted field path from the top of the file, e.g. `sources[3].id`.
    pub path: String,
    /// The rule that is broken, with the offending value.
    pub rule: String,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.rule)
    }
}

/// Checks every rule and returns all violations, in file order.
pub fn validate(dataset: &Dataset) -> Result<(), Vec<Violation>> {
    let mut check = Checker::new(dataset);
    check.dataset(dataset);
    if check.violations.is_empty() {
        Ok(())
    } else {
        Err(check.violations)
    }
}

struct Checker {
    source_ids: HashSet<String>,
    /// Sources with a publication year.
    dated_sources: HashSet<String>,
    violations: Vec<Violation>,
}

impl Checker {
    fn new(dataset: &Dataset) -> Self {
        Checker {
            source_ids: dataset.sources.iter().map(|s| s.id.to_string()).collect(),
            dated_sources: dataset
                .sources
                .iter()
                .filter(|s| s.year.is_some())
                .map(|s| s.id.to_string())
                .collect(),
            violations: Vec::new(),
        }
    }

    fn fail(&mut self, path: impl Into<String>, rule: impl Into<String>) {
        self.violations.push(Violation {
            path: path.into(),
            rule: rule.into(),
        });
    }

    fn dataset(&mut self, d: &Dataset) {
        if d.schema_version != SCHEMA_VERSION {
            self.fail(
                "schema_version",
                format!(
                    "must be {SCHEMA_VERSION} (this app's version of the format), found {}",
                    d.schema_version
                ),
            );
        }
        self.text("meta.title", &d.meta.title);
        self.text("meta.article.title", &d.meta.article.title);
        self.text("meta.article.author", &d.meta.article.author);
        self.year("meta.article.year", d.meta.article.year);
        self.text("meta.license.name", &d.meta.license.name);
        self.text("meta.license.note", &d.meta.license.note);
        if !d.meta.license.url.starts_with("https://") {
            self.fail(
                "meta.license.url",
                format!(
                    "must be the https:// address of the licence, found {:?}",
                    d.meta.license.url
                ),
            );
        }
        self.sources(&d.sources);
        self.sentiment(&d.sentiment);
        self.ecosystem_growth(&d.ecosystem_growth);
        self.cite("tiobe.cite", &d.tiobe.cite);
        self.rank_band("tiobe.go_rank", d.tiobe.go_rank);
        self.rank_band("tiobe.rust_rank", d.tiobe.rust_rank);
        self.job_market(&d.job_market);
        self.emerging_markets(&d.emerging_markets);
        self.head_to_head(&d.head_to_head);
        self.adopters("companies.rust", &d.companies.rust);
        self.adopters("companies.go", &d.companies.go);
        self.domains(&d.domains);
        self.learning_curve(&d.learning_curve);
        self.team_onboarding(&d.team_onboarding);
        self.facts(&d.facts);
        self.decision_framework(&d.decision_framework, &d.job_market);
        self.resources("resources.go", &d.resources.go);
        self.resources("resources.rust", &d.resources.rust);
    }

    fn sources(&mut self, sources: &[Source]) {
        if sources.is_empty() {
            self.fail("sources", "must list at least one source");
        }
        let mut seen = HashSet::new();
        for (i, source) in sources.iter().enumerate() {
            let path = format!("sources[{i}]");
            let well_formed = !source.id.is_empty()
                && source
                    .id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if !well_formed {
                self.fail(
                    format!("{path}.id"),
                    format!(
                        "must be non-empty lowercase letters, digits and '-', found {:?}",
                        source.id
                    ),
                );
            }
            if !seen.insert(source.id.as_ref()) {
                self.fail(
                    format!("{path}.id"),
                    format!("duplicate source id {:?}", source.id),
                );
            }
            self.text(format!("{path}.name"), &source.name);
            self.text(format!("{path}.publisher"), &source.publisher);
            if let Some(year) = source.year {
                self.year(format!("{path}.year"), year);
            }
        }
    }

    fn sentiment(&mut self, s: &Sentiment) {
        self.cite("sentiment.cite", &s.cite);
        self.per_language_percent("sentiment.admired", s.admired);
        self.per_language_percent("sentiment.desired", s.desired);
        self.per_language_percent("sentiment.used", s.used);
        self.rank("sentiment.rust_rank_admired", s.rust_rank_admired);
        self.rank("sentiment.rust_rank_desired", s.rust_rank_desired);
        let streak = &s.rust_admired_streak;
        self.year(
            "sentiment.rust_admired_streak.first_year",
            streak.first_year,
        );
        self.year("sentiment.rust_admired_streak.last_year", streak.last_year);
        let span = i32::from(streak.last_year) - i32::from(streak.first_year) + 1;
        if span != i32::from(streak.years) {
            self.fail(
                "sentiment.rust_admired_streak.years",
                format!(
                    "must equal last_year - first_year + 1 = {span}, found {}",
                    streak.years
                ),
            );
        }
    }

    fn ecosystem_growth(&mut self, g: &EcosystemGrowth) {
        self.cite("ecosystem_growth.cite", &g.cite);
        self.text("ecosystem_growth.metric", &g.metric);
        let mut seen = HashSet::new();
        for (i, lang) in g.languages.iter().enumerate() {
            let path = format!("ecosystem_growth.languages[{i}]");
            self.text(format!("{path}.language"), &lang.language);
            if !seen.insert(lang.language.as_ref()) {
                self.fail(
                    format!("{path}.language"),
                    format!("duplicate language {:?}", lang.language),
                );
            }
            self.percent(format!("{path}.growth_pct"), lang.growth_pct);
        }
        for required in ["Go", "Rust"] {
            if !seen.contains(required) {
                self.fail(
                    "ecosystem_growth.languages",
                    format!("must include {required}"),
                );
            }
        }
    }

    fn job_market(&mut self, m: &JobMarket) {
        self.cite("job_market.cite", &m.cite);
        if m.cite.year.is_none() {
            self.fail(
                "job_market.cite.year",
                "must give the year the postings were counted: the projection starts from it",
            );
        }
        self.text("job_market.region", &m.region);
        for language in Language::BOTH {
            let path = format!("job_market.{}", language.key());
            let jobs = m.get(language);
            if jobs.postings == 0 {
                self.fail(format!("{path}.postings"), "must be greater than 0");
            }
            self.percent(
                format!("{path}.postings_yoy_growth_pct"),
                jobs.postings_yoy_growth_pct,
            );
            self.percent(
                format!("{path}.requires_3plus_years_pct"),
                jobs.requires_3plus_years_pct,
            );
            self.percent(format!("{path}.primary_pct"), jobs.primary_pct);
            self.percent(format!("{path}.nice_to_have_pct"), jobs.nice_to_have_pct);
            let sum = jobs.primary_pct.0 + jobs.nice_to_have_pct.0;
            if (sum - 100.0).abs() > 0.01 {
                self.fail(
                    format!("{path}.nice_to_have_pct"),
                    format!("primary_pct + nice_to_have_pct must be 100, found {sum}"),
                );
            }
            let range = jobs.salary_p10_p90_usd;
            if self.range(format!("{path}.salary_p10_p90_usd"), range) {
                self.within(
                    format!("{path}.median_salary_usd"),
                    jobs.median_salary_usd,
                    range,
                );
            }
            if jobs.co_required_languages.is_empty() {
                self.fail(
                    format!("{path}.co_required_languages"),
                    "must list at least one language",
                );
            }
            for (i, lang) in jobs.co_required_languages.iter().enumerate() {
                self.text(format!("{path}.co_required_languages[{i}]"), lang);
            }
        }
        self.range(
            "job_market.article_convergence_claim_years",
            m.article_convergence_claim_years,
        );
    }

    fn emerging_markets(&mut self, e: &EmergingMarkets) {
        for (i, region) in e.regions.iter().enumerate() {
            self.text(format!("emerging_markets.regions[{i}]"), region);
        }
        self.cite(
            "emerging_markets.india_go_salary.cite",
            &e.india_go_salary.cite,
        );
        self.range(
            "emerging_markets.india_go_salary.inr_lakh",
            e.india_go_salary.inr_lakh,
        );
        self.range(
            "emerging_markets.india_go_salary.usd",
            e.india_go_salary.usd,
        );
        let ratio = &e.remote_go_roles_per_rust_role;
        self.cite(
            "emerging_markets.remote_go_roles_per_rust_role.cite",
            &ratio.cite,
        );
        self.range(
            "emerging_markets.remote_go_roles_per_rust_role",
            Range {
                low: ratio.low,
                high: ratio.high,
            },
        );
    }

    fn head_to_head(&mut self, h: &HeadToHead) {
        self.cite("head_to_head.cite", &h.cite);
        for (i, row) in h.rows.iter().enumerate() {
            let path = format!("head_to_head.rows[{i}]");
            self.text(format!("{path}.dimension"), &row.dimension);
            self.text(format!("{path}.go"), &row.go);
            self.text(format!("{path}.rust"), &row.rust);
            let needs_note = matches!(row.winner, Winner::Split | Winner::Tie);
            if needs_note && row.winner_note.as_deref().is_none_or(str::is_empty) {
                self.fail(
                    format!("{path}.winner_note"),
                    "must explain a split or tied winner",
                );
            }
        }
    }

    fn adopters(&mut self, path: &str, adopters: &[Adopter]) {
        for (i, adopter) in adopters.iter().enumerate() {
            let path = format!("{path}[{i}]");
            self.text(format!("{path}.company"), &adopter.company);
            self.text(format!("{path}.uses"), &adopter.uses);
            if adopter.source.is_empty() {
                self.fail(
                    format!("{path}.source"),
                    format!("company {:?} must name its source", adopter.company),
                );
            } else {
                self.source_ref(format!("{path}.source"), &adopter.source);
            }
        }
    }

    fn domains(&mut self, domains: &[Domain]) {
        for (i, domain) in domains.iter().enumerate() {
            let path = format!("domains[{i}]");
            self.text(format!("{path}.domain"), &domain.domain);
            self.text(format!("{path}.why"), &domain.why);
            if domain.examples.is_empty() {
                self.fail(format!("{path}.examples"), "must list at least one example");
            }
        }
    }

    fn learning_curve(&mut self, l: &LearningCurve) {
        self.cite("learning_curve.cite", &l.cite);
        if l.milestones.is_empty() {
            self.fail(
                "learning_curve.milestones",
                "must list at least one milestone",
            );
        }
        let mut ids = HashSet::new();
        for (i, milestone) in l.milestones.iter().enumerate() {
            let path = format!("learning_curve.milestones[{i}]");
            if !ids.insert(milestone.id.as_ref()) {
                self.fail(
                    format!("{path}.id"),
                    format!("duplicate milestone id {:?}", milestone.id),
                );
            }
            self.text(format!("{path}.id"), &milestone.id);
            self.text(format!("{path}.label"), &milestone.label);
            self.duration_range(format!("{path}.go"), milestone.go);
            self.duration_range(format!("{path}.rust"), milestone.rust);
        }
        self.duration_range(
            "learning_curve.rust_borrow_checker_phase",
            l.rust_borrow_checker_phase,
        );
    }

    fn team_onboarding(&mut self, t: &TeamOnboarding) {
        self.cite("team_onboarding.cite", &t.cite);
        if t.team_size == 0 {
            self.fail("team_onboarding.team_size", "must be greater than 0");
        }
        for language in Language::BOTH {
            let path = format!("team_onboarding.{}", language.key());
            let points = t.get(language);
            if points.is_empty() {
                self.fail(path.clone(), "must list at least one point");
            }
            let mut previous_month = 0;
            for (i, point) in points.iter().enumerate() {
                let path = format!("{path}[{i}]");
                if point.month <= previous_month {
                    self.fail(
                        format!("{path}.month"),
                        format!(
                            "months must increase and start at 1 or later, found {} after {previous_month}",
                            point.month
                        ),
                    );
                }
                previous_month = point.month;
                if self.range(format!("{path}.productive"), point.productive)
                    && point.productive.high > t.team_size
                {
                    self.fail(
                        format!("{path}.productive.high"),
                        format!(
                            "cannot exceed team_size {}, found {}",
                            t.team_size, point.productive.high
                        ),
                    );
                }
            }
        }
    }

    fn facts(&mut self, f: &Facts) {
        let m = &f.memory_safety_bug_share;
        self.cite("facts.memory_safety_bug_share.cite", &m.cite);
        self.percent("facts.memory_safety_bug_share.percent", m.percent);
        self.text(
            "facts.memory_safety_bug_share.similar_report",
            &m.similar_report,
        );
        self.source_ref(
            "facts.memory_safety_bug_share.similar_report_source",
            &m.similar_report_source,
        );
        for (name, fact) in [
            ("wasm_rust_share", &f.wasm_rust_share),
            ("rust_too_difficult_share", &f.rust_too_difficult_share),
            (
                "performance_problems_outside_app_pct",
                &f.performance_problems_outside_app_pct,
            ),
        ] {
            self.cite(format!("facts.{name}.cite"), &fact.cite);
            self.percent(format!("facts.{name}.percent"), fact.percent);
        }
        let r = &f.rewrite_anecdote;
        self.cite("facts.rewrite_anecdote.cite", &r.cite);
        self.percent(
            "facts.rewrite_anecdote.rust_estimated_gain_pct",
            r.rust_estimated_gain_pct,
        );
        self.text("facts.rewrite_anecdote.bottleneck", &r.bottleneck);
        if r.python_runtime.unit == r.go_runtime.unit && r.go_runtime.value > 0 {
            let measured = r.python_runtime.value as f64 / r.go_runtime.value as f64;
            if (measured - f64::from(r.speedup)).abs() >= 1.0 {
                self.fail(
                    "facts.rewrite_anecdote.speedup",
                    format!(
                        "must be python_runtime / go_runtime rounded ({measured:.1}), found {}",
                        r.speedup
                    ),
                );
            }
        }
        self.cite(
            "facts.discord_gc_spike_interval.cite",
            &f.discord_gc_spike_interval.cite,
        );
        let caveat = &f.discord_gc_spike_interval.caveat;
        self.cite("facts.discord_gc_spike_interval.caveat.cite", &caveat.cite);
        self.text("facts.discord_gc_spike_interval.caveat.text", &caveat.text);
        let build = &f.rust_clean_build;
        self.cite("facts.rust_clean_build.cite", &build.cite);
        self.duration_range(
            "facts.rust_clean_build",
            DurationRange {
                low: build.low,
                high: build.high,
                unit: build.unit,
            },
        );
        self.cite("facts.linux_rust_since.cite", &f.linux_rust_since.cite);
        self.text(
            "facts.linux_rust_since.version",
            &f.linux_rust_since.version,
        );
        self.cite("facts.go_generics_since.cite", &f.go_generics_since.cite);
        self.text(
            "facts.go_generics_since.version",
            &f.go_generics_since.version,
        );
        self.year("facts.go_generics_since.year", f.go_generics_since.year);
        self.cite(
            "facts.go_team_scale_quote.cite",
            &f.go_team_scale_quote.cite,
        );
        self.cite(
            "facts.uber_go_microservices.cite",
            &f.uber_go_microservices.cite,
        );
        self.cite(
            "facts.mercadolibre_go_services.cite",
            &f.mercadolibre_go_services.cite,
        );
    }

    fn decision_framework(&mut self, f: &DecisionFramework, jobs: &JobMarket) {
        self.cite("decision_framework.cite", &f.cite);
        let mut seen = HashSet::new();
        for (i, question) in f.questions.iter().enumerate() {
            let path = format!("decision_framework.questions[{i}]");
            let framework_keys = || {
                Question::FRAMEWORK
                    .iter()
                    .map(|q| q.key())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let known = match Question::from_key(&question.key) {
                Some(known) if known.in_framework() => known,
                Some(_) => {
                    self.fail(
                        format!("{path}.key"),
                        format!(
                            "{:?} is one of the advisor's own questions, not the article's; \
                             the framework's questions are {}",
                            question.key,
                            framework_keys()
                        ),
                    );
                    continue;
                }
                None => {
                    self.fail(
                        format!("{path}.key"),
                        format!(
                            "unknown question key {:?}; the framework's questions are {}",
                            question.key,
                            framework_keys()
                        ),
                    );
                    continue;
                }
            };
            if !seen.insert(known) {
                self.fail(
                    format!("{path}.key"),
                    format!("duplicate question key {:?}", question.key),
                );
            }
            self.text(format!("{path}.question"), &question.question);
            if question.mappings.is_empty() {
                self.fail(format!("{path}.mappings"), "must list at least one mapping");
            }
            let mut answered = HashSet::new();
            for (j, mapping) in question.mappings.iter().enumerate() {
                let path = format!("{path}.mappings[{j}]");
                self.text(format!("{path}.when"), &mapping.when);
                self.text(format!("{path}.because"), &mapping.because);
                self.leans_wording(&path, mapping);
                match (&mapping.answers, known.accepts()) {
                    (Answers::Values(values), Accepts::Choice(options)) => {
                        if values.is_empty() {
                            self.fail(
                                format!("{path}.answers.values"),
                                "must list at least one answer",
                            );
                        }
                        for value in values.iter() {
                            if !options.iter().any(|(id, _)| id == value) {
                                let ids: Vec<&str> = options.iter().map(|(id, _)| *id).collect();
                                self.fail(
                                    format!("{path}.answers.values"),
                                    format!(
                                        "{value:?} is not an answer to {:?}; its answers are {}",
                                        question.key,
                                        ids.join(", ")
                                    ),
                                );
                            } else if known.beyond_framework().contains(&value.as_ref()) {
                                self.fail(
                                    format!("{path}.answers.values"),
                                    format!(
                                        "{value:?} is decided by the advisor's own rules, not mapped here"
                                    ),
                                );
                            }
                            if !answered.insert(value.to_string()) {
                                self.fail(
                                    format!("{path}.answers.values"),
                                    format!("answer {value:?} is already mapped in this question"),
                                );
                            }
                        }
                    }
                    (Answers::Months(months), Accepts::Number(accepted)) => {
                        let ordered = self.range(format!("{path}.answers.months"), *months);
                        let within = accepted.contains(&u16::from(months.low))
                            && accepted.contains(&u16::from(months.high));
                        if ordered && !within {
                            self.fail(
                                format!("{path}.answers.months"),
                                format!(
                                    "must lie within {}..={} months, found {}..={}",
                                    accepted.start(),
                                    accepted.end(),
                                    months.low,
                                    months.high
                                ),
                            );
                        }
                    }
                    (Answers::Values(_), Accepts::Number(_)) => self.fail(
                        format!("{path}.answers"),
                        format!(
                            "{:?} takes a number of months: use {{\"months\": {{\"low\": …, \"high\": …}}}}",
                            question.key
                        ),
                    ),
                    (Answers::Months(_), Accepts::Choice(_)) => self.fail(
                        format!("{path}.answers"),
                        format!(
                            "{:?} is multiple choice: use {{\"values\": [ … ]}}",
                            question.key
                        ),
                    ),
                }
            }
            // Every answer the form offers is mapped, except those the advisor's rules handle.
            if let Accepts::Choice(options) = known.accepts() {
                let missing: Vec<&str> = options
                    .iter()
                    .map(|(id, _)| *id)
                    .filter(|id| !answered.contains(*id) && !known.beyond_framework().contains(id))
                    .collect();
                if !missing.is_empty() {
                    self.fail(
                        format!("{path}.mappings"),
                        format!(
                            "must map every answer of {:?}; not mapped: {}",
                            question.key,
                            missing.join(", ")
                        ),
                    );
                }
            }
        }
        for question in Question::FRAMEWORK {
            if !seen.contains(&question) {
                self.fail(
                    "decision_framework.questions",
                    format!("missing the question {:?}", question.key()),
                );
            }
        }
        self.text("decision_framework.fallback.because", &f.fallback.because);

        // The framework quotes two figures derived from the job table; they must agree with it.
        let (go, rust) = (&jobs.go, &jobs.rust);
        if rust.postings > 0 {
            let ratio = (f64::from(go.postings) / f64::from(rust.postings)).round();
            if ratio != f64::from(f.postings_ratio) {
                self.fail(
                    "decision_framework.postings_ratio",
                    format!(
                        "must be job_market go/rust postings rounded ({ratio}), found {}",
                        f.postings_ratio
                    ),
                );
            }
        }
        let gap = i64::from(rust.median_salary_usd.0) - i64::from(go.median_salary_usd.0);
        if gap != i64::from(f.salary_gap_usd.0) {
            self.fail(
                "decision_framework.salary_gap_usd",
                format!(
                    "must be job_market rust minus go median ({gap}), found {}",
                    f.salary_gap_usd.0
                ),
            );
        }
    }

    /// A mapping's wording must say which language it leans to.
    fn leans_wording(&mut self, path: &str, mapping: &Mapping) {
        let Some(wording) = &mapping.leans_wording else {
            return;
        };
        let language = match mapping.leans {
            Some(Verdict::Go) => "Go",
            Some(Verdict::Rust) => "Rust",
            Some(Verdict::GoThenRust) => "Go",
            None => {
                self.fail(
                    format!("{path}.leans_wording"),
                    "must be null when the mapping leans nowhere",
                );
                return;
            }
        };
        if !wording.contains(language) {
            self.fail(
                format!("{path}.leans_wording"),
                format!(
                    "must name {language}, the language the mapping leans to, found {wording:?}"
                ),
            );
        }
    }

    fn resources(&mut self, path: &str, resources: &[Resource]) {
        if resources.is_empty() {
            self.fail(path, "must list at least one resource");
        }
        for (i, resource) in resources.iter().enumerate() {
            self.text(format!("{path}[{i}].title"), &resource.title);
            self.text(format!("{path}[{i}].kind"), &resource.kind);
        }
    }

    // Rules shared by many fields.

    fn text(&mut self, path: impl Into<String>, text: &str) {
        if text.trim().is_empty() {
            self.fail(path, "must not be empty");
        }
    }

    fn year(&mut self, path: impl Into<String>, year: u16) {
        if !(1990..=2100).contains(&year) {
            self.fail(
                path,
                format!("must be a year between 1990 and 2100, found {year}"),
            );
        }
    }

    fn rank(&mut self, path: impl Into<String>, rank: u8) {
        if rank == 0 {
            self.fail(path, "ranks start at 1, found 0");
        }
    }

    fn rank_band(&mut self, path: &str, band: Range<u8>) {
        if self.range(path, band) {
            self.rank(format!("{path}.low"), band.low);
        }
    }

    fn percent(&mut self, path: impl Into<String>, percent: Percent) {
        if !(0.0..=100.0).contains(&percent.0) {
            self.fail(
                path,
                format!("percentage must be between 0 and 100, found {}", percent.0),
            );
        }
    }

    fn per_language_percent(&mut self, path: &str, values: PerLanguage<Percent>) {
        self.percent(format!("{path}.go"), values.go);
        self.percent(format!("{path}.rust"), values.rust);
    }

    /// Checks `low <= high`; returns whether the range is in order.
    fn range<T: PartialOrd + fmt::Debug>(
        &mut self,
        path: impl Into<String>,
        range: Range<T>,
    ) -> bool {
        let ordered = range.low <= range.high;
        if !ordered {
            self.fail(
                path.into() + ".low",
                format!(
                    "low must not exceed high, found low {:?} > high {:?}",
                    range.low, range.high
                ),
            );
        }
        ordered
    }

    fn within(&mut self, path: impl Into<String>, value: Usd, range: Range<Usd>) {
        if value < range.low || value > range.high {
            self.fail(
                path,
                format!(
                    "median {} must lie within its range {}..={}",
                    value.0, range.low.0, range.high.0
                ),
            );
        }
    }

    fn duration_range(&mut self, path: impl Into<String>, range: DurationRange) {
        let path = path.into();
        if range.low == 0 {
            self.fail(format!("{path}.low"), "durations must be at least 1");
        }
        self.range(
            path,
            Range {
                low: range.low,
                high: range.high,
            },
        );
    }

    fn cite(&mut self, path: impl Into<String>, cite: &Citation) {
        let path = path.into();
        if cite.sources.is_empty() {
            self.fail(format!("{path}.sources"), "must name at least one source");
        }
        for (i, source) in cite.sources.iter().enumerate() {
            self.source_ref(format!("{path}.sources[{i}]"), source);
        }
        match cite.year {
            Some(year) => self.year(format!("{path}.year"), year),
            // "n.d." is for sources without a date; a figure from dated sources keeps a year.
            None => {
                let all_dated = !cite.sources.is_empty()
                    && cite
                        .sources
                        .iter()
                        .all(|id| self.dated_sources.contains(id.as_ref()));
                if all_dated {
                    self.fail(
                        format!("{path}.year"),
                        format!(
                            "may be null only when a source has no date, but {} each give a year",
                            cite.sources.join(", ")
                        ),
                    );
                }
            }
        }
    }

    fn source_ref(&mut self, path: impl Into<String>, id: &str) {
        if !self.source_ids.contains(id) {
            self.fail(
                path,
                format!("source {id:?} does not exist (it must be an id listed in `sources`)"),
            );
        }
    }
}
