//! Scoring: the answers to a verdict, with no text. The explicit rules of the article come
//! first; the points of the other answers decide only what the rules leave open (see
//! [`rules`](super::rules)). Cheap and allocation-free, so the search for the smallest change
//! can run the whole decision for every alternative answer.

use super::answers::{Answers, Background, Employers, Question, Region};
use super::rules::{self, Rule};
use super::{ConfidenceLevel, Lean};
use crate::data::{Answers as Covered, Dataset, Language, Mapping, Verdict};

/// What one answered question adds to the tally.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Weight {
    /// `None`: the answer points neither way.
    pub lean: Option<Lean>,
    /// Points for the language it leans to (0 for an answer that decides by a rule).
    pub points: u8,
}

/// The tally of a set of answers: each answer's weight, the points, and the verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    /// Each question's weight, in [`Question::ALL`] order; `None` where it is unanswered.
    weights: [Option<Weight>; Question::ALL.len()],
    pub go_points: u32,
    pub rust_points: u32,
    /// The verdict the points alone give.
    pub by_points: Verdict,
    /// The explicit rule that settled the verdict, where one did.
    pub rule: Option<Rule>,
    pub verdict: Verdict,
}

impl Tally {
    /// What `question` adds (`None`: unanswered).
    pub fn weight(&self, question: Question) -> Option<Weight> {
        self.weights[index(question)]
    }

    /// Rust points minus Go points.
    pub fn margin(&self) -> i32 {
        self.rust_points as i32 - self.go_points as i32
    }

    /// How sure the verdict is: "high" when a rule of the article decided it, otherwise from
    /// the margin; "Go first, then Rust" answers an open question, so at most "medium".
    pub fn confidence(&self) -> ConfidenceLevel {
        if self.rule.is_some() {
            return ConfidenceLevel::High;
        }
        let level = match self.margin().abs() {
            m if m >= rules::HIGH_CONFIDENCE_MARGIN => ConfidenceLevel::High,
            m if m >= rules::MEDIUM_CONFIDENCE_MARGIN => ConfidenceLevel::Medium,
            _ => ConfidenceLevel::Low,
        };
        if self.verdict == Verdict::GoThenRust && level == ConfidenceLevel::High {
            ConfidenceLevel::Medium
        } else {
            level
        }
    }
}

fn index(question: Question) -> usize {
    Question::ALL
        .iter()
        .position(|&q| q == question)
        .unwrap_or_default()
}

/// The article's mapping that covers the answer to `question`, if the framework maps it.
pub fn mapping(
    answers: &Answers,
    question: Question,
    d: &'static Dataset,
) -> Option<&'static Mapping> {
    let framework_question = d.decision_framework.question(question)?;
    let value = answers.choice(question);
    framework_question
        .mappings
        .iter()
        .find(|m| match &m.answers {
            Covered::Values(values) => value.is_some_and(|v| values.iter().any(|x| x == v)),
            Covered::Months(range) => answers.months.is_some_and(|n| {
                question == Question::Months && (range.low..=range.high).contains(&n)
            }),
        })
}

/// What the answer to `question` adds, by the framework's mapping and the weights of
/// [`rules`]; `None` when the question is unanswered.
fn weigh(answers: &Answers, question: Question, d: &'static Dataset) -> Option<Weight> {
    answers.get(question)?;
    let framework_lean = || {
        mapping(answers, question, d)
            .and_then(|m| m.leans)
            .map(Lean::from_verdict)
    };
    let weight = |lean: Option<Lean>, points: fn(Lean) -> u8| Weight {
        lean,
        points: lean.map_or(0, points),
    };
    Some(match question {
        Question::Build => weight(framework_lean(), |lean| match lean {
            Lean::GoFirst => rules::GO_FIRST,
            Lean::Go | Lean::Rust => rules::BUILD,
        }),
        // Employers that use Go or Rust decide by a rule, not by points.
        Question::Employers => weight(framework_lean(), |_| 0),
        // A short runway decides by a rule; a long one adds a small push.
        Question::Months => weight(framework_lean(), |lean| match lean {
            Lean::Rust => rules::LONG_RUNWAY,
            Lean::Go | Lean::GoFirst => 0,
        }),
        Question::Optimize => weight(framework_lean(), |_| rules::OPTIMIZE),
        Question::Background => match answers.background {
            Some(Background::Go) => weight(Some(Lean::Rust), |_| rules::KNOWS_THE_OTHER),
            Some(Background::Rust) => weight(Some(Lean::Go), |_| rules::KNOWS_THE_OTHER),
            _ => weight(framework_lean(), |_| rules::BACKGROUND),
        },
        Question::Region => weight(
            (answers.region == Some(Region::Emerging)).then_some(Lean::Go),
            |_| rules::EMERGING_MARKET,
        ),
        Question::Team => weight(
            answers
                .team
                .filter(|&size| size >= rules::MIN_TEAM_SIZE)
                .map(|_| Lean::Go),
            |_| rules::TEAM_ONBOARDING,
        ),
    })
}

/// The verdict for `answers`: the article's explicit rules first, then the points.
pub fn tally(answers: &Answers, d: &'static Dataset) -> Tally {
    let weights = Question::ALL.map(|question| weigh(answers, question, d));
    let (mut go_points, mut rust_points) = (0u32, 0u32);
    for weight in weights.iter().flatten() {
        match weight.lean {
            Some(Lean::Go | Lean::GoFirst) => go_points += u32::from(weight.points),
            Some(Lean::Rust) => rust_points += u32::from(weight.points),
            None => {}
        }
    }
    let margin = rust_points as i32 - go_points as i32;
    let by_points = if margin >= rules::DECIDES {
        Verdict::Rust
    } else if margin <= -rules::DECIDES {
        Verdict::Go
    } else {
        Verdict::GoThenRust
    };

    let short_runway = answers
        .months
        .is_some_and(|n| rules::SHORT_RUNWAY_MONTHS.contains(&n));
    let (rule, verdict) = match answers.employers {
        Some(Employers::Go) => (Some(Rule::Employers(Language::Go)), Verdict::Go),
        Some(Employers::Rust) => (Some(Rule::Employers(Language::Rust)), Verdict::Rust),
        _ if short_runway => (Some(Rule::ShortRunway), Verdict::Go),
        _ => (None, by_points),
    };
    Tally {
        weights,
        go_points,
        rust_points,
        by_points,
        rule,
        verdict,
    }
}
