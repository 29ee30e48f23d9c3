//! The advisor's answers and their URL form (PRODUCT.md, "Advisor answers in the URL").
//!
//! Every key is optional. A value that is not one of the key's values (unknown words, numbers
//! out of range, anything malformed) leaves the question unanswered; nothing here can panic.

use crate::url;

pub use crate::data::questions::{
    Background, Build, Employers, MONTHS, Optimize, Question, Region, TEAM,
};

/// The reader's answers; `None` is unanswered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Answers {
    pub build: Option<Build>,
    pub employers: Option<Employers>,
    pub months: Option<u8>,
    pub optimize: Option<Optimize>,
    pub background: Option<Background>,
    pub region: Option<Region>,
    /// Team adoption mode: the size of the team.
    pub team: Option<u16>,
}

impl Answers {
    /// Reads the answers from a query string; anything invalid counts as unanswered.
    pub fn from_query(query: &str) -> Answers {
        Answers::from_pairs(&url::parse_query(query))
    }

    pub fn from_pairs(pairs: &[(String, String)]) -> Answers {
        let mut answers = Answers::default();
        for question in Question::ALL {
            if let Some(value) = url::first(pairs, question.key()) {
                answers.set(question, Some(value));
            }
        }
        answers
    }

    /// The answered questions as `(key, value)` pairs, in [`Question::ALL`] order.
    pub fn to_pairs(&self) -> Vec<(String, String)> {
        Question::ALL
            .into_iter()
            .filter_map(|q| Some((q.key().to_string(), self.get(q)?)))
            .collect()
    }

    /// `query` with the advisor's keys replaced by these answers, every other parameter kept
    /// byte for byte (see [`url::rewrite_query`]).
    pub fn write_into(&self, query: &str) -> String {
        let keys = Question::ALL.map(Question::key);
        url::rewrite_query(query, &keys, &self.to_pairs())
    }

    /// The answer to `question` as its URL value (`None`: unanswered).
    pub fn get(&self, question: Question) -> Option<String> {
        match question {
            Question::Months => self.months.map(|n| n.to_string()),
            Question::Team => self.team.map(|n| n.to_string()),
            choice => self.choice(choice).map(str::to_string),
        }
    }

    /// Sets `question` from a URL value; `None` or an invalid value leaves it unanswered.
    pub fn set(&mut self, question: Question, value: Option<&str>) {
        match question {
            Question::Months => {
                self.months = value
                    .and_then(whole_number)
                    .and_then(|n| u8::try_from(n).ok())
                    .filter(|n| MONTHS.contains(n));
            }
            Question::Team => {
                self.team = value
                    .and_then(whole_number)
                    .and_then(|n| u16::try_from(n).ok())
                    .filter(|n| TEAM.contains(n));
            }
            Question::Build => self.build = value.and_then(Build::from_id),
            Question::Employers => self.employers = value.and_then(Employers::from_id),
            Question::Optimize => self.optimize = value.and_then(Optimize::from_id),
            Question::Background => self.background = value.and_then(Background::from_id),
            Question::Region => self.region = value.and_then(Region::from_id),
        }
    }

    /// The chosen value of a multiple-choice question, as in the URL (`None` for months and
    /// team, which are numbers).
    pub fn choice(&self, question: Question) -> Option<&'static str> {
        match question {
            Question::Build => self.build.map(Build::id),
            Question::Employers => self.employers.map(Employers::id),
            Question::Optimize => self.optimize.map(Optimize::id),
            Question::Background => self.background.map(Background::id),
            Question::Region => self.region.map(Region::id),
            Question::Months | Question::Team => None,
        }
    }

    /// The answer to `question` in words (`None`: unanswered).
    pub fn label(&self, question: Question) -> Option<String> {
        match question {
            Question::Months => self
                .months
                .map(|n| crate::format::duration(u32::from(n), crate::data::TimeUnit::Months)),
            Question::Team => self.team.map(|n| format!("A team of {n}")),
            choice => {
                let id = self.choice(choice)?;
                choice
                    .options()
                    .iter()
                    .find(|(value, _)| *value == id)
                    .map(|(_, label)| label.to_string())
            }
        }
    }

    /// How many of the six questions are answered (team mode is optional, not counted).
    pub fn answered(&self) -> usize {
        Question::ALL
            .into_iter()
            .filter(|&q| q != Question::Team && self.get(q).is_some())
            .count()
    }
}

/// A whole number written as plain ASCII digits (no sign, no spaces, at most 4 digits).
fn whole_number(text: &str) -> Option<u32> {
    if text.is_empty() || text.len() > 4 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_contract_value() {
        let a = Answers::from_query(
            "?build=wasm&employers=both&months=36&optimize=balanced&background=csharp&region=emerging&team=500",
        );
        assert_eq!(
            a,
            Answers {
                build: Some(Build::Wasm),
                employers: Some(Employers::Both),
                months: Some(36),
                optimize: Some(Optimize::Balanced),
                background: Some(Background::Csharp),
                region: Some(Region::Emerging),
                team: Some(500),
            }
        );
        assert_eq!(a.answered(), 6);
    }

    #[test]
    fn invalid_values_count_as_unanswered() {
        for query in [
            "build=Web",
            "build=",
            "build=web%00",
            "months=0",
            "months=37",
            "months=-3",
            "months=+3",
            "months=3.0",
            "months= 3",
            "months=99999999999999999999",
            "team=0",
            "team=501",
            "team=1e2",
            "region=eu",
            "background=c%2B%2B",
        ] {
            let a = Answers::from_query(query);
            assert_eq!(a.answered() + usize::from(a.team.is_some()), 0, "{query}");
        }
    }

    #[test]
    fn unknown_keys_are_ignored_and_kept_when_writing() {
        let query = "embed=quiz&theme=dark&build=web&utm=x";
        let a = Answers::from_query(query);
        assert_eq!(a.build, Some(Build::Web));
        let written = Answers {
            build: Some(Build::Systems),
            months: Some(6),
            ..a
        }
        .write_into(query);
        assert_eq!(
            written,
            "embed=quiz&theme=dark&utm=x&build=systems&months=6"
        );
    }

    #[test]
    fn writing_then_reading_gives_the_same_answers() {
        let a = Answers {
            build: Some(Build::Devops),
            employers: Some(Employers::Unknown),
            months: Some(2),
            optimize: None,
            background: Some(Background::Ruby),
            region: Some(Region::Us),
            team: Some(12),
        };
        assert_eq!(Answers::from_query(&a.write_into("")), a);
        assert_eq!(Answers::default().write_into("embed=quiz"), "embed=quiz");
    }

    #[test]
    fn every_question_is_read_and_set_by_its_key() {
        let mut a = Answers::default();
        for question in Question::ALL {
            for (id, label) in question.options() {
                a.set(question, Some(id));
                assert_eq!(a.choice(question), Some(*id));
                assert_eq!(a.get(question).as_deref(), Some(*id));
                assert_eq!(a.label(question).as_deref(), Some(*label));
            }
            a.set(question, Some("nonsense"));
            assert_eq!(a.get(question), None, "{question:?}");
        }
        a.set(Question::Months, Some("12"));
        assert_eq!(a.label(Question::Months).as_deref(), Some("12 months"));
        a.set(Question::Team, Some("7"));
        assert_eq!(a.label(Question::Team).as_deref(), Some("A team of 7"));
        assert_eq!(a.choice(Question::Team), None);
    }
}
