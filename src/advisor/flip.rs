//! "What would change it": the smallest change to one answer that gives another verdict, found
//! by running the whole decision ([`tally`]) for every alternative answer, so the change it
//! reports is one the advisor really makes.

use super::Flip;
use super::answers::{Answers, MONTHS, Question};
use super::tally::tally;
use crate::data::{Dataset, Verdict};

/// One answer changed: what it would cost the reader, and the answers after it.
struct Change {
    cost: f64,
    question: Question,
    answers: Answers,
}

/// What a change to target employers costs: more than any other single change. Employers are a
/// fact about the jobs one wants rather than a preference, and they decide outright, so they
/// would otherwise be the answer to every "what would change it"; they are named only when no
/// other single answer alters the verdict.
const EMPLOYERS_COST: f64 = 1.5;

/// Every single-answer change, cheapest first: a changed or newly given answer costs 1 (target
/// employers [`EMPLOYERS_COST`]); a months change also costs a little per month, so the
/// nearest runway that flips is the one named. Among equally cheap changes the first question,
/// then the first answer, wins.
fn changes(answers: &Answers) -> Vec<Change> {
    let mut changes = Vec::new();
    for question in Question::ALL {
        let values: Vec<Option<String>> = match question {
            Question::Months => MONTHS.map(|n| Some(n.to_string())).collect(),
            // Team mode is optional: the change worth naming is leaving it out.
            Question::Team => Vec::new(),
            choice => choice
                .options()
                .iter()
                .map(|(id, _)| Some(id.to_string()))
                .collect(),
        };
        for value in values.into_iter().chain(std::iter::once(None)) {
            let mut changed = *answers;
            changed.set(question, value.as_deref());
            let distance = match (answers.months, changed.months) {
                (Some(now), Some(then)) if question == Question::Months => {
                    f64::from(now.abs_diff(then)) / 100.0
                }
                _ => 0.0,
            };
            let base = if question == Question::Employers {
                EMPLOYERS_COST
            } else {
                1.0
            };
            changes.push(Change {
                cost: base + distance,
                question,
                answers: changed,
            });
        }
    }
    changes
}

/// The smallest change that turns `current` into another verdict; `None` when no change to a
/// single answer does.
pub fn smallest_flip(answers: &Answers, current: Verdict, d: &'static Dataset) -> Option<Flip> {
    let mut best: Option<(f64, Question, Answers, Verdict)> = None;
    for change in changes(answers) {
        if change.answers == *answers
            || best
                .as_ref()
                .is_some_and(|(best_cost, ..)| change.cost >= *best_cost)
        {
            continue;
        }
        let verdict = tally(&change.answers, d).verdict;
        if verdict != current {
            best = Some((change.cost, change.question, change.answers, verdict));
        }
    }
    let (_, question, changed, verdict) = best?;
    Some(Flip {
        question,
        from: answers.label(question),
        to: changed.label(question),
        verdict,
        answers: changed,
    })
}
