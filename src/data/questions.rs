//! The advisor's questions: each one's URL key and the answers it accepts (PRODUCT.md,
//! "Advisor answers in the URL"). One vocabulary for the dataset's decision framework, the
//! advisor, the URL and the form, so a key is spelt in one place only.
//!
//! The dataset's framework questions are checked against [`Question`] when the app is built:
//! a framework question with an unknown key, a missing one, or an answer value the question
//! does not have fails the build, naming the field.
//!
//! This file is also compiled into the build script (`build.rs`), so it uses only `std`.
//!
//! ```
//! use rust_or_go::data::questions::{Build, Question};
//! assert_eq!(Question::from_key("build"), Some(Question::Build));
//! assert_eq!(Build::from_id("wasm"), Some(Build::Wasm));
//! ```

use std::ops::RangeInclusive;

/// Declares a question's answers: each variant with its URL value and its label.
macro_rules! choices {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $id:literal : $label:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $($variant),+
        }

        impl $name {
            /// Every answer, in the order the form lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// Every answer as `(URL value, label)`, in the form's order.
            pub const OPTIONS: &'static [(&'static str, &'static str)] = &[$(($id, $label)),+];

            /// The value in the URL.
            pub fn id(self) -> &'static str {
                match self {
                    $($name::$variant => $id),+
                }
            }

            /// The answer in words.
            pub fn label(self) -> &'static str {
                match self {
                    $($name::$variant => $label),+
                }
            }

            /// The answer for a URL value, if it is one.
            pub fn from_id(id: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|choice| choice.id() == id)
            }
        }
    };
}

choices! {
    /// What the reader wants to build.
    Build {
        Web = "web": "Web services and APIs",
        Cli = "cli": "Command-line tools",
        Devops = "devops": "DevOps and infrastructure tooling",
        Systems = "systems": "Systems software",
        Embedded = "embedded": "Embedded systems and IoT",
        Performance = "performance": "Performance-critical software",
        Wasm = "wasm": "WebAssembly",
        Unsure = "unsure": "Not sure yet, or both",
    }
}

choices! {
    /// What the employers the reader wants to work for use.
    Employers {
        Go = "go": "Mostly Go",
        Rust = "rust": "Mostly Rust",
        Both = "both": "Both",
        Unknown = "unknown": "I don't know yet",
    }
}

choices! {
    /// What the reader optimises for.
    Optimize {
        Postings = "postings": "The most job postings",
        Salary = "salary": "The highest salary",
        Balanced = "balanced": "A balance of both",
    }
}

choices! {
    /// The language the reader knows best.
    Background {
        Python = "python": "Python",
        Javascript = "javascript": "JavaScript",
        Ruby = "ruby": "Ruby",
        C = "c": "C",
        Cpp = "cpp": "C++",
        Java = "java": "Java",
        Csharp = "csharp": "C#",
        Go = "go": "Go",
        Rust = "rust": "Rust",
        Other = "other": "Something else",
    }
}

choices! {
    /// Where the reader looks for work.
    Region {
        Us = "us": "The United States",
        Emerging = "emerging": "An emerging market (such as Eastern Europe, India, Southeast Asia)",
    }
}

/// Months available before one must be productive: whole numbers 1 to 36.
pub const MONTHS: RangeInclusive<u8> = 1..=36;
/// Team size for team adoption mode: whole numbers 1 to 500.
pub const TEAM: RangeInclusive<u16> = 1..=500;

/// One of the advisor's questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Question {
    Build,
    Employers,
    Months,
    Optimize,
    Background,
    Region,
    Team,
}

/// What a question accepts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Accepts {
    /// One of these `(URL value, label)` answers.
    Choice(&'static [(&'static str, &'static str)]),
    /// A whole number in this range.
    Number(RangeInclusive<u16>),
}

impl Question {
    /// Every question, in the order the form asks them and the URL writes them.
    pub const ALL: [Question; 7] = [
        Question::Build,
        Question::Employers,
        Question::Months,
        Question::Optimize,
        Question::Background,
        Question::Region,
        Question::Team,
    ];

    /// The questions of the article's decision framework: the dataset maps each of their
    /// answers to the language it points to. Region and team are the advisor's own questions.
    pub const FRAMEWORK: [Question; 5] = [
        Question::Build,
        Question::Employers,
        Question::Months,
        Question::Optimize,
        Question::Background,
    ];

    /// The URL key.
    pub fn key(self) -> &'static str {
        match self {
            Question::Build => "build",
            Question::Employers => "employers",
            Question::Months => "months",
            Question::Optimize => "optimize",
            Question::Background => "background",
            Question::Region => "region",
            Question::Team => "team",
        }
    }

    /// The question for a URL key, if it is one.
    pub fn from_key(key: &str) -> Option<Question> {
        Question::ALL.into_iter().find(|q| q.key() == key)
    }

    /// The answers the question accepts.
    pub fn accepts(self) -> Accepts {
        match self {
            Question::Build => Accepts::Choice(Build::OPTIONS),
            Question::Employers => Accepts::Choice(Employers::OPTIONS),
            Question::Optimize => Accepts::Choice(Optimize::OPTIONS),
            Question::Background => Accepts::Choice(Background::OPTIONS),
            Question::Region => Accepts::Choice(Region::OPTIONS),
            Question::Months => {
                Accepts::Number(u16::from(*MONTHS.start())..=u16::from(*MONTHS.end()))
            }
            Question::Team => Accepts::Number(TEAM),
        }
    }

    /// The `(URL value, label)` answers of a multiple-choice question; empty for a number.
    pub fn options(self) -> &'static [(&'static str, &'static str)] {
        match self.accepts() {
            Accepts::Choice(options) => options,
            Accepts::Number(_) => &[],
        }
    }

    /// Whether the article's framework asks this question.
    pub fn in_framework(self) -> bool {
        Question::FRAMEWORK.contains(&self)
    }

    /// Answers the article's framework does not map, because the advisor's own rules
    /// (`src/advisor/rules.rs`) handle them: someone who already knows Go or Rust, and a
    /// language the article does not name.
    pub fn beyond_framework(self) -> &'static [&'static str] {
        match self {
            Question::Background => &["go", "rust", "other"],
            _ => &[],
        }
    }

    /// The question in the app's words, for the advisor's own questions (the framework's
    /// questions are worded in the dataset).
    pub fn own_wording(self) -> Option<&'static str> {
        match self {
            Question::Region => Some("Where are you looking for work?"),
            Question::Team => Some("Are you choosing for a team? (optional)"),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_values_round_trip() {
        for q in Question::ALL {
            assert_eq!(Question::from_key(q.key()), Some(q));
            for (id, _) in q.options() {
                assert_eq!(q.options().iter().filter(|(x, _)| x == id).count(), 1);
            }
        }
        assert_eq!(Question::from_key("Build"), None);
        for &b in Build::ALL {
            assert_eq!(Build::from_id(b.id()), Some(b));
        }
        for &b in Background::ALL {
            assert_eq!(Background::from_id(b.id()), Some(b));
        }
        assert_eq!(Build::ALL.len(), 8);
        assert_eq!(Background::ALL.len(), 10);
        assert!(Question::Months.options().is_empty());
        assert_eq!(Question::Team.accepts(), Accepts::Number(1..=500));
    }

    #[test]
    fn what_the_framework_leaves_open_are_real_answers() {
        for q in Question::ALL {
            for id in q.beyond_framework() {
                assert!(q.options().iter().any(|(x, _)| x == id), "{q:?} {id}");
            }
        }
    }
}
