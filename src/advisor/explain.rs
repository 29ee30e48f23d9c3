//! Explaining a tally: one reason per answered question, each with what it did to the verdict
//! (decided it by a rule, added points, was outweighed by a rule, or warns), why in the app's
//! words, and the figure behind it with its sources. The rule that decided comes first, then
//! what added points, then what a rule outweighed; the article's answer for the undecided when
//! nothing points anywhere.

use super::answers::{Answers, Background, Build, Employers, Optimize, Question, Region};
use super::rules::{self, Rule};
use super::tally::{Tally, mapping};
use super::{Lean, Reason, ReasonKind, team_cost};
use crate::data::bundle::{ADVISOR_ADOPTER_USE, ADVISOR_COMPARISONS, ADVISOR_DOMAIN};
use crate::data::{Citation, Dataset, Language};
use crate::format;

/// Every reason behind `tally`, for `answers`.
pub fn explain(answers: &Answers, tally: &Tally, d: &'static Dataset) -> Vec<Reason> {
    let all: Vec<Reason> = Question::ALL
        .into_iter()
        .filter_map(|question| answer_reason(answers, tally, question, d))
        .collect();
    // The rule that decided first; then what the points did; what the rule outweighed last.
    // Within each, question order.
    let rank = |reason: &Reason| match reason.kind {
        ReasonKind::Rule => 0,
        ReasonKind::Warning => 1,
        ReasonKind::Points | ReasonKind::Neutral | ReasonKind::Fallback => 2,
        ReasonKind::Outweighed(_) => 3,
    };
    let mut reasons = Vec::with_capacity(all.len() + 1);
    for pass in 0..4 {
        reasons.extend(all.iter().filter(|r| rank(r) == pass).cloned());
    }
    if tally.go_points == 0 && tally.rust_points == 0 && tally.rule.is_none() {
        let f = &d.decision_framework;
        reasons.push(Reason {
            question: None,
            kind: ReasonKind::Fallback,
            answer: "Nothing decisive yet".to_string(),
            lean: Some(Lean::from_verdict(f.fallback.leans)),
            points: 0,
            why: f.fallback.because.to_string(),
            figure: Some(postings_figure(d)),
            cites: vec![&d.job_market.cite],
            computed: false,
        });
    }
    reasons
}

/// The reason of one answered question (`None`: unanswered).
fn answer_reason(
    answers: &Answers,
    tally: &Tally,
    question: Question,
    d: &'static Dataset,
) -> Option<Reason> {
    let weight = tally.weight(question)?;
    let answer = answers.label(question)?;
    let framework_cite = &d.decision_framework.cite;
    let because = mapping(answers, question, d).map(|m| m.because.to_string());
    let (mut why, figure, cites, computed): Parts = match question {
        Question::Build => match build_figure(answers.build?, d) {
            Some((figure, cites)) => (because.clone(), Some(figure), cites, false),
            None => (because.clone(), None, vec![framework_cite], false),
        },
        Question::Employers => {
            if matches!(answers.employers, Some(Employers::Go | Employers::Rust)) {
                (
                    because.clone(),
                    Some(postings_figure(d)),
                    vec![&d.job_market.cite],
                    false,
                )
            } else {
                (because.clone(), None, vec![framework_cite], false)
            }
        }
        Question::Months => (
            because.clone(),
            milestone_figure(d),
            vec![&d.learning_curve.cite],
            false,
        ),
        Question::Optimize => (
            because.clone(),
            Some(optimize_figure(answers.optimize?, d)),
            vec![&d.job_market.cite],
            false,
        ),
        Question::Background => background_parts(answers.background?, because.clone(), d),
        Question::Region => region_parts(answers.region?, d),
        Question::Team => {
            let size = answers.team?;
            match team_cost(size, answers.region, d) {
                Some(cost) => (
                    Some(
                        "A team loses more working time to onboarding with Rust than with Go."
                            .to_string(),
                    ),
                    Some(format!(
                        "About {} lost with Go, {} with Rust, for a team of {size}",
                        format::developer_months(cost.lost_go),
                        format::range_text(cost.lost_rust)
                    )),
                    vec![&d.team_onboarding.cite],
                    true,
                ),
                None => (
                    Some(
                        "Team mode is for a team of two or more; for one person, the timeline \
                         below tells the story."
                            .to_string(),
                    ),
                    None,
                    vec![&d.team_onboarding.cite],
                    false,
                ),
            }
        }
    };

    let short_runway = question == Question::Months
        && answers
            .months
            .is_some_and(|n| rules::SHORT_RUNWAY_MONTHS.contains(&n));
    let kind = match (tally.rule, weight.lean) {
        (Some(Rule::Employers(_)), _) if question == Question::Employers => ReasonKind::Rule,
        (Some(Rule::ShortRunway), _) if short_runway => ReasonKind::Rule,
        // Rust employers decided, and the runway is too short for Rust: worth a warning.
        (Some(Rule::Employers(Language::Rust)), _) if short_runway => {
            why = Some(
                "Your target employers use Rust, so Rust it is; but Rust usually takes longer \
                 than your runway before you can contribute to a team project. Expect a slower \
                 start, or look for a role that leaves time to learn."
                    .to_string(),
            );
            ReasonKind::Warning
        }
        (Some(rule), Some(lean)) if leans_against(lean, rule) => ReasonKind::Outweighed(rule),
        (_, None) => ReasonKind::Neutral,
        (_, Some(_)) => ReasonKind::Points,
    };
    if kind == ReasonKind::Rule {
        why = Some(match question {
            Question::Months => {
                let mut text = "You need to be job-ready within 1–2 months, and for that the \
                                article's answer is Go, the quicker to learn. That settles it: \
                                Rust can come after."
                    .to_string();
                if answers.background == Some(Background::Rust) {
                    text.push_str(
                        " You already know Rust: if the jobs you want use it, say so under \
                         target employers, which come first.",
                    );
                }
                text
            }
            _ => format!(
                "{} The article's most direct instruction, so it settles the verdict: no other \
                 answer outweighs it.",
                sentence(because.as_deref().unwrap_or_default())
            ),
        });
    }
    let why = why.unwrap_or_else(|| "This answer does not point either way.".to_string());
    Some(Reason {
        question: Some(question),
        kind,
        answer,
        lean: weight.lean,
        points: weight.points,
        why: sentence(&why),
        figure,
        cites,
        computed,
    })
}

/// Whether `lean` points away from the verdict a rule set.
fn leans_against(lean: Lean, rule: Rule) -> bool {
    match rule {
        Rule::Employers(Language::Go) | Rule::ShortRunway => lean == Lean::Rust,
        Rule::Employers(Language::Rust) => matches!(lean, Lean::Go | Lean::GoFirst),
    }
}

/// Ends `text` with a full stop.
fn sentence(text: &str) -> String {
    let text = text.trim();
    if text.is_empty() || text.ends_with(['.', '!', '?', ')']) {
        text.to_string()
    } else {
        format!("{text}.")
    }
}

/// "~38,000 US postings mention Go, ~12,000 mention Rust (about 3×)".
pub fn postings_figure(d: &Dataset) -> String {
    let m = &d.job_market;
    let approx = if m.postings_approximate { "~" } else { "" };
    format!(
        "{approx}{} US postings mention Go, {approx}{} mention Rust (about {}×)",
        format::thousands(m.go.postings),
        format::thousands(m.rust.postings),
        d.decision_framework.postings_ratio
    )
}

/// "\"Able to contribute to a team project\": Go 2–4 weeks, Rust 2–3 months".
fn milestone_figure(d: &Dataset) -> Option<String> {
    let m = super::productive_milestone(d)?;
    Some(format!(
        "\"{}\": Go {}, Rust {}",
        m.label,
        format::duration_range(m.go),
        format::duration_range(m.rust)
    ))
}

fn build_figure(build: Build, d: &'static Dataset) -> Option<(String, Vec<&'static Citation>)> {
    let f = &d.facts;
    let comparison = |dimension: &str| {
        d.head_to_head
            .rows
            .iter()
            .find(|row| row.dimension == dimension)
            .map(|row| {
                (
                    format!("{}: Go {}; Rust {}", row.dimension, row.go, row.rust),
                    vec![&d.head_to_head.cite],
                )
            })
    };
    match build {
        Build::Web => comparison(ADVISOR_COMPARISONS[0]),
        Build::Cli => comparison(ADVISOR_COMPARISONS[1]),
        Build::Devops => d
            .domains
            .iter()
            .find(|domain| {
                domain.language == Language::Go && format::holds(&domain.domain, ADVISOR_DOMAIN)
            })
            .map(|domain| {
                (
                    format!(
                        "The {} DevOps tools the article names are all written in Go: {}",
                        domain.examples.len(),
                        domain.examples.join(", ")
                    ),
                    vec![&d.head_to_head.cite],
                )
            }),
        Build::Systems => Some((
            format!(
                "About {} of high-severity security bugs in Chromium are memory-safety bugs, a class Rust rules out at compile time",
                format::percent(f.memory_safety_bug_share.percent)
            ),
            vec![&f.memory_safety_bug_share.cite],
        )),
        Build::Embedded => comparison(ADVISOR_COMPARISONS[2]),
        Build::Performance => {
            let spikes = &f.discord_gc_spike_interval;
            Some((
                format!(
                    "Discord's Go service had garbage-collector latency spikes every {}; its Rust rewrite removed them. {}",
                    format::duration(spikes.value, spikes.unit),
                    spikes.caveat.text
                ),
                vec![&spikes.cite, &spikes.caveat.cite],
            ))
        }
        Build::Wasm => Some((
            format!(
                "{} of WebAssembly developers use Rust, more than any other language",
                format::percent(f.wasm_rust_share.percent)
            ),
            vec![&f.wasm_rust_share.cite],
        )),
        Build::Unsure => Some((postings_figure(d), vec![&d.job_market.cite])),
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

/// A reason's why, figure, citations and whether the figure is computed.
type Parts = (Option<String>, Option<String>, Vec<&'static Citation>, bool);

fn background_parts(background: Background, because: Option<String>, d: &'static Dataset) -> Parts {
    let framework_cite = &d.decision_framework.cite;
    if let Some((known, other)) = match background {
        Background::Go => Some(("Go", "Rust")),
        Background::Rust => Some(("Rust", "Go")),
        _ => None,
    } {
        return (
            Some(format!(
                "You already know {known}. The article's advice is to learn both eventually, so \
                 this leans a little towards adding {other}."
            )),
            None,
            vec![framework_cite],
            false,
        );
    }
    let m = &d.job_market;
    let co_required = |language: Language, name: &str| {
        let list = &m.get(language).co_required_languages;
        list.iter().any(|l| format::holds(l, name)).then(|| {
            (
                format!(
                    "{name} is among the languages most often required with {}: {}",
                    language.name(),
                    list.join(", ")
                ),
                vec![&m.cite],
            )
        })
    };
    let figure = match background {
        Background::Python => co_required(Language::Go, "Python"),
        Background::Javascript => co_required(Language::Go, "JavaScript"),
        Background::C | Background::Cpp => co_required(Language::Rust, "C/C++"),
        Background::Ruby => d
            .companies
            .go
            .iter()
            .find(|a| format::holds(&a.uses, ADVISOR_ADOPTER_USE))
            .map(|a| {
                (
                    format!("{}: {}", a.company, a.uses),
                    vec![&d.head_to_head.cite],
                )
            }),
        _ => None,
    };
    match figure {
        Some((figure, cites)) => (because, Some(figure), cites, false),
        None => (because, None, vec![framework_cite], false),
    }
}

fn region_parts(region: Region, d: &'static Dataset) -> Parts {
    let ratio = &d.emerging_markets.remote_go_roles_per_rust_role;
    match region {
        Region::Us => (
            Some("The US figures on this page apply as they are.".to_string()),
            Some(postings_figure(d)),
            vec![&d.job_market.cite],
            false,
        ),
        Region::Emerging => (
            Some(
                "Go has far more presence than Rust in emerging markets, locally and in remote \
                 roles open to them; the market table below has the salaries."
                    .to_string(),
            ),
            Some(format!(
                "Remote roles open to these markets: {}–{} Go roles for every Rust role",
                ratio.low, ratio.high
            )),
            vec![&ratio.cite],
            false,
        ),
    }
}
