//! The advisor's answers and their URL form (PRODUCT.md, "Advisor answers in the URL").
//!
//! Every key is optional. A value that is not one of the key's values (unknown words, numbers
//! out of range, anything malformed) leaves the question unanswered; nothing here can panic.

use crate::url;

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

/// The `(value, label)` choices of a multiple-choice question, in the form's order.
pub fn options(key: &str) -> Vec<(&'static str, &'static str)> {
    fn pairs<T: Copy>(
        all: &[T],
        id: fn(T) -> &'static str,
        label: fn(T) -> &'static str,
    ) -> Vec<(&'static str, &'static str)> {
        all.iter()
            .map(|&choice| (id(choice), label(choice)))
            .collect()
    }
    match key {
        "build" => pairs(Build::ALL, Build::id, Build::label),
        "employers" => pairs(Employers::ALL, Employers::id, Employers::label),
        "optimize" => pairs(Optimize::ALL, Optimize::id, Optimize::label),
        "background" => pairs(Background::ALL, Background::id, Background::label),
        "region" => pairs(Region::ALL, Region::id, Region::label),
        _ => Vec::new(),
    }
}

/// Months available before one must be productive: whole numbers 1 to 36.
pub const MONTHS: std::ops::RangeInclusive<u8> = 1..=36;
/// Team size for team adoption mode: whole numbers 1 to 500, the sizes the onboarding ramp is
/// computed for.
pub const TEAM: std::ops::RangeInclusive<u16> = crate::team::MIN_TEAM..=crate::team::MAX_TEAM;

/// The URL keys of the advisor, in the order they are written.
pub const KEYS: [&str; 7] = [
    "build",
    "employers",
    "months",
    "optimize",
    "background",
    "region",
    "team",
];

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
        let get = |key| url::first(pairs, key);
        Answers {
            build: get("build").and_then(Build::from_id),
            employers: get("employers").and_then(Employers::from_id),
            months: get("months")
                .and_then(whole_number)
                .and_then(|n| u8::try_from(n).ok())
                .filter(|n| MONTHS.contains(n)),
            optimize: get("optimize").and_then(Optimize::from_id),
            background: get("background").and_then(Background::from_id),
            region: get("region").and_then(Region::from_id),
            team: get("team")
                .and_then(whole_number)
                .and_then(|n| u16::try_from(n).ok())
                .filter(|n| TEAM.contains(n)),
        }
    }

    /// The answered keys as `(key, value)` pairs, in [`KEYS`] order.
    pub fn to_pairs(&self) -> Vec<(String, String)> {
        let mut pairs = Vec::new();
        let mut push = |key: &str, value: Option<String>| {
            if let Some(value) = value {
                pairs.push((key.to_string(), value));
            }
        };
        push("build", self.build.map(|v| v.id().to_string()));
        push("employers", self.employers.map(|v| v.id().to_string()));
        push("months", self.months.map(|v| v.to_string()));
        push("optimize", self.optimize.map(|v| v.id().to_string()));
        push("background", self.background.map(|v| v.id().to_string()));
        push("region", self.region.map(|v| v.id().to_string()));
        push("team", self.team.map(|v| v.to_string()));
        pairs
    }

    /// `query` with the advisor's keys replaced by these answers, every other parameter kept.
    pub fn write_into(&self, query: &str) -> String {
        let pairs = url::replace_keys(&url::parse_query(query), &KEYS, &self.to_pairs());
        url::write_query(&pairs)
    }

    /// The chosen value of a multiple-choice question (`build`, `employers`, `optimize`,
    /// `background`, `region`), as in the URL.
    pub fn choice(&self, key: &str) -> Option<&'static str> {
        match key {
            "build" => self.build.map(Build::id),
            "employers" => self.employers.map(Employers::id),
            "optimize" => self.optimize.map(Optimize::id),
            "background" => self.background.map(Background::id),
            "region" => self.region.map(Region::id),
            _ => None,
        }
    }

    /// Sets a multiple-choice question from a URL value; `None` or an invalid value clears it.
    pub fn set_choice(&mut self, key: &str, id: Option<&str>) {
        match key {
            "build" => self.build = id.and_then(Build::from_id),
            "employers" => self.employers = id.and_then(Employers::from_id),
            "optimize" => self.optimize = id.and_then(Optimize::from_id),
            "background" => self.background = id.and_then(Background::from_id),
            "region" => self.region = id.and_then(Region::from_id),
            _ => {}
        }
    }

    /// How many of the six questions are answered (team mode is not a question).
    pub fn answered(&self) -> usize {
        [
            self.build.is_some(),
            self.employers.is_some(),
            self.months.is_some(),
            self.optimize.is_some(),
            self.background.is_some(),
            self.region.is_some(),
        ]
        .iter()
        .filter(|answered| **answered)
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
    fn choices_are_read_and_set_by_key() {
        let mut a = Answers::default();
        for key in ["build", "employers", "optimize", "background", "region"] {
            for (id, _) in options(key) {
                a.set_choice(key, Some(id));
                assert_eq!(a.choice(key), Some(id));
            }
            a.set_choice(key, Some("nonsense"));
            assert_eq!(a.choice(key), None);
        }
        assert!(options("months").is_empty());
    }

    #[test]
    fn choice_ids_are_unique_and_round_trip() {
        for &b in Build::ALL {
            assert_eq!(Build::from_id(b.id()), Some(b));
        }
        for &b in Background::ALL {
            assert_eq!(Background::from_id(b.id()), Some(b));
        }
        assert_eq!(Build::ALL.len(), 8);
        assert_eq!(Background::ALL.len(), 10);
    }
}
