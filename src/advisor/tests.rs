//! The framework's rules and their order, the headline, the flip search, team mode, hostile
//! input, and properties that hold over the whole grid of answers.

use super::*;
use crate::data::{Language, dataset};
use crate::test_rng::XorShift;

fn advice_of(query: &str) -> Advice {
    advise(&Answers::from_query(query), dataset())
}

fn verdict_of(query: &str) -> Verdict {
    advice_of(query).verdict
}

fn reason(advice: &Advice, question: Question) -> &Reason {
    advice
        .reasons
        .iter()
        .find(|r| r.question == Some(question))
        .unwrap_or_else(|| panic!("no reason for {question:?}"))
}

#[test]
fn what_you_build_follows_the_framework() {
    for build in ["web", "cli", "devops"] {
        assert_eq!(
            verdict_of(&format!("build={build}")),
            Verdict::Go,
            "{build}"
        );
    }
    for build in ["systems", "embedded", "performance", "wasm"] {
        assert_eq!(
            verdict_of(&format!("build={build}")),
            Verdict::Rust,
            "{build}"
        );
    }
    assert_eq!(verdict_of("build=unsure"), Verdict::GoThenRust);
}

#[test]
fn target_employers_decide_and_nothing_outvotes_them() {
    assert_eq!(verdict_of("employers=go"), Verdict::Go);
    assert_eq!(verdict_of("employers=rust"), Verdict::Rust);
    assert_eq!(verdict_of("employers=both"), Verdict::GoThenRust);
    assert_eq!(verdict_of("employers=unknown"), Verdict::GoThenRust);
    // Three answers for Rust (10 points) do not outvote employers that use Go…
    let advice = advice_of("employers=go&build=systems&background=cpp&optimize=salary");
    assert_eq!(advice.verdict, Verdict::Go);
    assert_eq!(advice.headline, "Learn Go");
    assert_eq!(advice.confidence.rule, Some(Rule::Employers(Language::Go)));
    assert_eq!(advice.confidence.level, ConfidenceLevel::High);
    assert_eq!(
        (advice.confidence.go_points, advice.confidence.rust_points),
        (0, 7)
    );
    assert_eq!(reason(&advice, Question::Employers).kind, ReasonKind::Rule);
    for outvoted in [Question::Build, Question::Background, Question::Optimize] {
        assert_eq!(
            reason(&advice, outvoted).kind,
            ReasonKind::Outweighed(Rule::Employers(Language::Go)),
            "{outvoted:?}"
        );
    }
    // …and three for Go do not outvote employers that use Rust.
    let advice = advice_of("employers=rust&build=web&background=python&optimize=postings");
    assert_eq!(advice.verdict, Verdict::Rust);
    assert_eq!(advice.headline, "Learn Rust");
    // Every answer there is, for the other language: still the employers' language.
    assert_eq!(
        verdict_of("employers=go&build=wasm&months=36&optimize=salary&background=c&region=us"),
        Verdict::Go
    );
    assert_eq!(
        verdict_of(
            "employers=rust&build=devops&months=1&optimize=postings&background=ruby&region=emerging&team=500"
        ),
        Verdict::Rust
    );
}

#[test]
fn a_short_runway_with_rust_employers_is_a_warning_with_its_figure() {
    let advice = advice_of("employers=rust&months=2");
    assert_eq!(advice.verdict, Verdict::Rust);
    let months = reason(&advice, Question::Months);
    assert_eq!(months.kind, ReasonKind::Warning);
    assert!(
        months
            .why
            .contains("Rust usually takes longer than your runway"),
        "{}",
        months.why
    );
    assert!(
        months
            .figure
            .as_deref()
            .unwrap()
            .contains("Rust 2–3 months"),
        "{:?}",
        months.figure
    );
}

#[test]
fn time_available_follows_the_framework() {
    assert_eq!(verdict_of("months=1"), Verdict::Go);
    assert_eq!(verdict_of("months=2"), Verdict::Go);
    // Three to five months: neither mapping applies.
    assert_eq!(verdict_of("months=4"), Verdict::GoThenRust);
    // Six or more makes Rust viable, which alone does not decide.
    assert_eq!(verdict_of("months=12"), Verdict::GoThenRust);
    assert_eq!(verdict_of("months=12&optimize=salary"), Verdict::Rust);
}

#[test]
fn a_runway_of_one_or_two_months_decides_go() {
    for months in [1, 2] {
        let query = format!("build=systems&background=cpp&optimize=salary&months={months}");
        let advice = advice_of(&query);
        // Seven points for Rust, none for Go: the article's rule still decides.
        assert_eq!(
            (advice.confidence.rust_points, advice.confidence.go_points),
            (7, 0),
            "{query}"
        );
        assert_eq!(advice.verdict, Verdict::Go, "{query}");
        assert_eq!(advice.headline, "Learn Go");
        assert_eq!(advice.confidence.rule, Some(Rule::ShortRunway));
        let runway = &advice.reasons[0];
        assert_eq!(
            (runway.question, runway.kind),
            (Some(Question::Months), ReasonKind::Rule)
        );
        assert!(
            runway
                .figure
                .as_deref()
                .unwrap()
                .contains("Rust 2–3 months")
        );
        assert!(
            advice.reasons[1..]
                .iter()
                .all(|r| r.kind == ReasonKind::Outweighed(Rule::ShortRunway)),
            "{:?}",
            advice.reasons
        );
    }
    // Three months reach Rust's slow estimate for a team project: the points decide.
    assert_eq!(
        verdict_of("build=systems&background=cpp&optimize=salary&months=3"),
        Verdict::Rust
    );
    // The rule is the article's "1-2 months → Go", as the dataset maps it.
    let go_months = dataset()
        .decision_framework
        .question(Question::Months)
        .unwrap()
        .mappings
        .iter()
        .find(|m| m.leans == Some(Verdict::Go))
        .map(|m| &m.answers);
    assert_eq!(
        go_months,
        Some(&crate::data::Answers::Months(crate::data::Range {
            low: *rules::SHORT_RUNWAY_MONTHS.start(),
            high: *rules::SHORT_RUNWAY_MONTHS.end(),
        }))
    );
}

#[test]
fn postings_or_salary_follows_the_framework() {
    assert_eq!(verdict_of("optimize=postings"), Verdict::Go);
    assert_eq!(verdict_of("optimize=salary"), Verdict::Rust);
    assert_eq!(verdict_of("optimize=balanced"), Verdict::GoThenRust);
}

#[test]
fn background_follows_the_framework() {
    for background in ["python", "javascript", "ruby"] {
        assert_eq!(
            verdict_of(&format!("background={background}")),
            Verdict::Go,
            "{background}"
        );
    }
    for background in ["c", "cpp"] {
        assert_eq!(
            verdict_of(&format!("background={background}")),
            Verdict::Rust,
            "{background}"
        );
    }
    for background in ["java", "csharp", "other"] {
        assert_eq!(
            verdict_of(&format!("background={background}")),
            Verdict::GoThenRust,
            "{background}"
        );
    }
}

#[test]
fn someone_who_knows_go_or_rust_is_never_told_to_learn_it() {
    let knows_go = advice_of("background=go");
    assert_eq!(knows_go.verdict, Verdict::GoThenRust);
    assert_eq!(knows_go.headline, "Stay with Go, then add Rust");
    assert_eq!(knows_go.reasons[0].lean, Some(Lean::Rust));
    assert!(
        knows_go.reasons[0]
            .why
            .contains("leans a little towards adding Rust")
    );
    let web = advice_of("background=go&build=web");
    assert_eq!((web.verdict, web.headline), (Verdict::Go, "Stay with Go"));
    let systems = advice_of("background=go&build=systems");
    assert_eq!(
        (systems.verdict, systems.headline),
        (Verdict::Rust, "Add Rust")
    );
    let knows_rust = advice_of("background=rust&build=web");
    assert_eq!(
        (knows_rust.verdict, knows_rust.headline),
        (Verdict::Go, "Add Go")
    );
    let stays = advice_of("background=rust&build=wasm");
    assert_eq!(
        (stays.verdict, stays.headline),
        (Verdict::Rust, "Stay with Rust")
    );
}

#[test]
fn emerging_markets_lean_to_go() {
    assert_eq!(verdict_of("region=emerging"), Verdict::Go);
    assert_eq!(verdict_of("region=us"), Verdict::GoThenRust);
    assert_eq!(
        verdict_of("region=emerging&build=wasm"),
        Verdict::GoThenRust
    );
}

#[test]
fn undecided_answers_fall_back_to_go_first() {
    let advice = advise(&Answers::default(), dataset());
    assert_eq!(advice.verdict, Verdict::GoThenRust);
    assert_eq!(advice.headline, "Learn Go first, then Rust");
    assert_eq!(advice.confidence.answered, 0);
    let fallback = advice.reasons.last().unwrap();
    assert_eq!(fallback.kind, ReasonKind::Fallback);
    assert!(fallback.figure.as_deref().unwrap().contains("38,000"));
}

#[test]
fn close_tallies_are_go_first_then_rust() {
    // Systems (+3 Rust) against the most postings (+2 Go): a margin of 1.
    let advice = advice_of("build=systems&optimize=postings");
    assert_eq!(advice.verdict, Verdict::GoThenRust);
    assert_eq!(advice.confidence.level, ConfidenceLevel::Low);
    assert_eq!(
        (advice.confidence.rust_points, advice.confidence.go_points),
        (3, 2)
    );
    // One more point for Rust decides it.
    assert_eq!(
        verdict_of("build=systems&optimize=postings&background=go"),
        Verdict::Rust
    );
}

#[test]
fn every_reason_names_its_answer_and_the_figure_behind_it() {
    let advice = advice_of(
        "build=devops&employers=go&months=2&optimize=postings&background=python&region=emerging&team=10",
    );
    assert_eq!(advice.verdict, Verdict::Go);
    assert_eq!(advice.confidence.level, ConfidenceLevel::High);
    let questions: Vec<Option<Question>> = advice.reasons.iter().map(|r| r.question).collect();
    assert_eq!(
        questions,
        [
            Question::Employers,
            Question::Build,
            Question::Months,
            Question::Optimize,
            Question::Background,
            Question::Region,
            Question::Team,
        ]
        .map(Some),
        "one reason per answer: the rule that decided first, then question order"
    );
    let figures: Vec<&str> = advice
        .reasons
        .iter()
        .map(|r| r.figure.as_deref().unwrap())
        .collect();
    assert!(figures[1].contains("Docker, Kubernetes, Terraform"));
    assert!(figures[0].contains("~38,000 US postings mention Go, ~12,000 mention Rust"));
    assert!(figures[2].contains("Go 2–4 weeks, Rust 2–3 months"));
    assert!(figures[3].contains("(about 3×)"));
    assert!(figures[4].contains("Python, JavaScript, SQL"));
    assert!(figures[5].contains("4–5 Go roles for every Rust role"));
    assert!(figures[6].contains("5 developer-months lost with Go, 21.5–25.5 with Rust"));
    assert!(figures[5].contains("4–5 Go roles for every Rust role"));
    assert_eq!(advice.reasons[0].answer, "Mostly Go");
    assert_eq!(advice.reasons[0].kind, ReasonKind::Rule);
    // The onboarding figure is the app's own arithmetic, and says so.
    assert!(advice.reasons[6].computed);
    assert!(advice.reasons[..6].iter().all(|r| !r.computed));
}

#[test]
fn every_build_and_background_answer_has_a_figure_where_one_exists() {
    for &build in Build::ALL {
        let advice = advise(
            &Answers {
                build: Some(build),
                ..Answers::default()
            },
            dataset(),
        );
        assert!(advice.reasons[0].figure.is_some(), "{build:?}");
    }
    for background in [
        Background::Python,
        Background::Javascript,
        Background::Ruby,
        Background::C,
        Background::Cpp,
    ] {
        let advice = advise(
            &Answers {
                background: Some(background),
                ..Answers::default()
            },
            dataset(),
        );
        assert!(advice.reasons[0].figure.is_some(), "{background:?}");
    }
}

#[test]
fn the_discord_figure_carries_the_articles_own_warning() {
    let advice = advice_of("build=performance");
    let figure = advice.reasons[0].figure.as_deref().unwrap();
    assert!(figure.contains("every 2 minutes"), "{figure}");
    assert!(figure.contains("overused"), "{figure}");
    // The blog post is undated: its citation says so rather than borrowing a year; the warning
    // is the article's, and cited as such.
    let cites: Vec<String> = advice.reasons[0]
        .cites
        .iter()
        .map(|c| crate::format::citation(c))
        .collect();
    assert_eq!(
        cites,
        [
            format!("{} (n.d.)", crate::format::source_name("discord-blog")),
            crate::format::source_name("article").to_string()
        ]
    );
}

#[test]
fn the_salary_reason_is_honest_about_nice_to_have_postings() {
    let advice = advice_of("optimize=salary");
    let figure = advice.reasons[0].figure.as_deref().unwrap();
    assert!(figure.contains("$175,000"), "{figure}");
    assert!(figure.contains("$15k more"), "{figure}");
    assert!(
        figure.contains("50% of Rust postings list it only as nice-to-have"),
        "{figure}"
    );
}

#[test]
fn the_flip_is_the_smallest_single_change() {
    let advice = advice_of("build=web");
    let flip = advice.flip.unwrap();
    assert_eq!(flip.question, Question::Build);
    assert_eq!(flip.from.as_deref(), Some("Web services and APIs"));
    assert_eq!(flip.to.as_deref(), Some("Systems software"));
    assert_eq!(flip.verdict, Verdict::Rust);
    assert_eq!(verdict(&flip.answers, dataset()), Verdict::Rust);

    // A months change flips at the nearest runway that does: from 12 months, 2 brings in the
    // runway rule (1 would too, but is farther).
    let advice = advice_of("build=wasm&background=c&optimize=salary&months=12");
    assert_eq!(advice.verdict, Verdict::Rust);
    let flip = advice.flip.unwrap();
    assert_eq!(
        (
            flip.question,
            flip.from.as_deref(),
            flip.to.as_deref(),
            flip.verdict
        ),
        (
            Question::Months,
            Some("12 months"),
            Some("2 months"),
            Verdict::Go
        )
    );
    // Out of the runway rule, the nearest runway whose points change the verdict.
    let advice = advice_of("employers=both&months=2&optimize=postings");
    assert_eq!(advice.verdict, Verdict::Go);
    let flip = advice.flip.unwrap();
    assert_eq!(
        (flip.question, flip.to.as_deref(), flip.verdict),
        (Question::Months, Some("6 months"), Verdict::GoThenRust)
    );
    // A whole answer beats a month's difference, and the first question is named first.
    let advice = advice_of("build=systems&optimize=postings&months=4");
    assert_eq!(advice.verdict, Verdict::GoThenRust);
    let flip = advice.flip.unwrap();
    assert_eq!(
        (flip.question, flip.to.as_deref(), flip.verdict),
        (Question::Build, Some("Web services and APIs"), Verdict::Go)
    );
}

#[test]
fn employers_are_the_only_way_out_of_their_own_verdict() {
    let query = "build=devops&employers=go&months=1&optimize=postings&background=python&region=emerging&team=10";
    let advice = advice_of(query);
    assert_eq!(advice.verdict, Verdict::Go);
    let flip = advice.flip.unwrap();
    assert_eq!(flip.question, Question::Employers);
    // Leaving the employers out leaves 16 Go points: still Go. Only Rust employers change it.
    assert_eq!(flip.to.as_deref(), Some("Mostly Rust"));
    assert_eq!(flip.verdict, Verdict::Rust);
}

#[test]
fn the_timeline_tells_what_fits_in_the_runway() {
    let advice = advice_of("months=3");
    let row = |needle: &str| {
        advice
            .timeline
            .iter()
            .find(|row| row.milestone.contains(needle))
            .unwrap()
            .clone()
    };
    let team_project = row("team project");
    assert_eq!(team_project.go_reach, Some(Reach::Yes)); // 2–4 weeks
    assert_eq!(team_project.rust_reach, Some(Reach::Yes)); // 2–3 months
    let idiomatic = row("idiomatic");
    assert_eq!(idiomatic.go_reach, Some(Reach::Yes)); // 2–3 months
    assert_eq!(idiomatic.rust_reach, Some(Reach::No)); // 6–12 months
    assert_eq!(row("concurrency").rust_reach, Some(Reach::Maybe)); // 3–6 months
    assert!(
        advise(&Answers::default(), dataset())
            .timeline
            .iter()
            .all(|row| row.go_reach.is_none())
    );
}

#[test]
fn the_market_picture_follows_the_region() {
    let us = advice_of("region=us").market;
    assert!(
        us.rows
            .iter()
            .any(|(_, go, rust)| go == "$160,000" && rust == "$175,000")
    );
    assert_eq!(us.title, "United States job market (2025)");
    let emerging = advice_of("region=emerging").market;
    assert!(
        emerging.rows.iter().any(
            |(_, go, rust)| go.contains("$12,000–$30,000") && rust.contains("No reliable data")
        )
    );
}

#[test]
fn team_mode_prices_lost_time_at_one_salary_for_both_languages() {
    let team = advice_of("team=10").team.unwrap();
    assert_eq!(
        team.lost_go,
        Range {
            low: 5.0,
            high: 5.0
        }
    );
    assert_eq!(
        team.lost_rust,
        Range {
            low: 21.5,
            high: 25.5
        }
    );
    // Both at the US Go median, $160,000: 5 × 160,000 / 12 and 21.5–25.5 × 160,000 / 12.
    let median = dataset().job_market.go.median_salary_usd;
    assert_eq!(
        team.salary,
        Range {
            low: median,
            high: median
        }
    );
    assert!((team.cost_go.low - 66_666.67).abs() < 0.01);
    assert!((team.cost_rust.low - 286_666.67).abs() < 0.01);
    assert!((team.cost_rust.high - 340_000.0).abs() < 0.01);
    // No pay premium hides in it: the costs stand in the ratio of the lost months.
    assert!((team.cost_rust.low / team.cost_go.low - 21.5 / 5.0).abs() < 1e-9);
    assert_eq!(verdict_of("team=10"), Verdict::Go);

    // In emerging markets, at what Go developers earn in India.
    let team = advice_of("team=10&region=emerging").team.unwrap();
    assert_eq!(team.salary, dataset().emerging_markets.india_go_salary.usd);
    assert!((team.cost_go.low - 5.0 * 12_000.0 / 12.0).abs() < 0.01);
    assert!((team.cost_rust.high - 25.5 * 30_000.0 / 12.0).abs() < 0.01);
}

#[test]
fn one_person_is_not_a_team() {
    let advice = advice_of("team=1");
    assert_eq!(advice.team, None);
    assert_eq!(
        (advice.confidence.go_points, advice.confidence.rust_points),
        (0, 0)
    );
    let team = reason(&advice, Question::Team);
    assert_eq!(
        (team.kind, team.lean, team.points),
        (ReasonKind::Neutral, None, 0)
    );
    assert_eq!(verdict_of("team=1&build=wasm"), verdict_of("build=wasm"));
    assert_eq!(verdict_of("team=2"), Verdict::Go);
}

/// The answers of the grid for one question, each with its rank from Go-ward (low) to
/// Rust-ward (high), by the direction the article gives each answer. Equal ranks point the
/// same way.
fn grid_values(question: Question) -> Vec<(Option<&'static str>, u8)> {
    let ranked = |groups: &[&[Option<&'static str>]]| -> Vec<(Option<&'static str>, u8)> {
        groups
            .iter()
            .enumerate()
            .flat_map(|(rank, group)| group.iter().map(move |v| (*v, rank as u8)))
            .collect()
    };
    match question {
        Question::Build => ranked(&[
            &[Some("web"), Some("cli"), Some("devops")],
            &[Some("unsure")],
            &[None],
            &[
                Some("systems"),
                Some("embedded"),
                Some("performance"),
                Some("wasm"),
            ],
        ]),
        Question::Employers => ranked(&[
            &[Some("go")],
            &[Some("both"), Some("unknown"), None],
            &[Some("rust")],
        ]),
        Question::Months => ranked(&[
            &[Some("1"), Some("2")],
            &[Some("3"), None],
            &[Some("6"), Some("12"), Some("36")],
        ]),
        Question::Optimize => ranked(&[
            &[Some("postings")],
            &[Some("balanced"), None],
            &[Some("salary")],
        ]),
        Question::Background => ranked(&[
            &[Some("python"), Some("javascript"), Some("ruby")],
            &[Some("rust")],
            &[Some("java"), Some("csharp"), Some("other"), None],
            &[Some("go")],
            &[Some("c"), Some("cpp")],
        ]),
        Question::Region => ranked(&[&[Some("emerging")], &[Some("us"), None]]),
        Question::Team => ranked(&[&[Some("2"), Some("10"), Some("500")], &[Some("1"), None]]),
    }
}

fn verdict_rank(verdict: Verdict) -> u8 {
    match verdict {
        Verdict::Go => 0,
        Verdict::GoThenRust => 1,
        Verdict::Rust => 2,
    }
}

/// The whole grid: every combination of every question's grid values.
struct Grid {
    values: Vec<Vec<(Option<&'static str>, u8)>>,
}

impl Grid {
    fn new() -> Grid {
        Grid {
            values: Question::ALL.map(grid_values).to_vec(),
        }
    }

    fn len(&self) -> usize {
        self.values.iter().map(Vec::len).product()
    }

    /// The value index of each question for combination `n`.
    fn digits(&self, mut n: usize) -> Vec<usize> {
        self.values
            .iter()
            .map(|values| {
                let digit = n % values.len();
                n /= values.len();
                digit
            })
            .collect()
    }

    fn index(&self, digits: &[usize]) -> usize {
        let mut n = 0;
        for (values, &digit) in self.values.iter().zip(digits).rev() {
            n = n * values.len() + digit;
        }
        n
    }

    fn answers(&self, digits: &[usize]) -> Answers {
        let mut answers = Answers::default();
        for ((question, values), &digit) in Question::ALL.iter().zip(&self.values).zip(digits) {
            answers.set(*question, values[digit].0);
        }
        answers
    }
}

#[test]
fn every_combination_of_answers_keeps_the_articles_rules() {
    let d = dataset();
    let grid = Grid::new();
    assert_eq!(grid.len(), 9 * 5 * 7 * 4 * 11 * 3 * 5);
    let mut verdicts = Vec::with_capacity(grid.len());
    for n in 0..grid.len() {
        let answers = grid.answers(&grid.digits(n));
        let verdict = verdict(&answers, d);
        let query = || format!("?{}", answers.write_into(""));
        match answers.employers {
            Some(Employers::Go) => assert_eq!(verdict, Verdict::Go, "employers=go: {}", query()),
            Some(Employers::Rust) => {
                assert_eq!(verdict, Verdict::Rust, "employers=rust: {}", query())
            }
            _ => {}
        }
        if answers.months.is_some_and(|m| m <= 2) && answers.employers != Some(Employers::Rust) {
            assert_ne!(
                verdict,
                Verdict::Rust,
                "a runway of 1–2 months: {}",
                query()
            );
        }
        let known = match answers.background {
            Some(Background::Go) => Some("Go"),
            Some(Background::Rust) => Some("Rust"),
            _ => None,
        };
        if let Some(known) = known {
            let headline = headline(verdict, answers.background);
            assert!(
                !headline
                    .to_lowercase()
                    .contains(&format!("learn {}", known.to_lowercase())),
                "{headline:?} tells a {known} developer to learn {known}: {}",
                query()
            );
            assert!(!headline.starts_with("Learn"), "{headline:?}: {}", query());
        }
        verdicts.push(verdict);
    }
    assert!(
        [Verdict::Go, Verdict::Rust, Verdict::GoThenRust]
            .iter()
            .all(|v| verdicts.contains(v)),
        "every verdict is reachable"
    );

    // Monotone: moving one answer towards Rust never moves the verdict towards Go, and answers
    // that point the same way give the same verdict.
    for n in 0..grid.len() {
        let digits = grid.digits(n);
        for (q, values) in grid.values.iter().enumerate() {
            let (_, rank) = values[digits[q]];
            for (other, &(_, other_rank)) in values.iter().enumerate() {
                if other_rank < rank {
                    continue;
                }
                let mut moved = digits.clone();
                moved[q] = other;
                let (from, to) = (verdicts[n], verdicts[grid.index(&moved)]);
                let explain = || {
                    format!(
                        "?{} ({from:?}) → ?{} ({to:?})",
                        grid.answers(&digits).write_into(""),
                        grid.answers(&moved).write_into("")
                    )
                };
                if other_rank == rank {
                    assert_eq!(from, to, "answers that point the same way: {}", explain());
                } else {
                    assert!(
                        verdict_rank(to) >= verdict_rank(from),
                        "towards Rust, the verdict moved towards Go: {}",
                        explain()
                    );
                }
            }
        }
    }
}

#[test]
fn every_reported_flip_is_real() {
    let d = dataset();
    let grid = Grid::new();
    // Every combination, split over the machine's cores: the search runs the whole decision
    // about seventy times for each one.
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    std::thread::scope(|scope| {
        for t in 0..threads {
            let grid = &grid;
            scope.spawn(move || {
                for n in (t..grid.len()).step_by(threads) {
                    let answers = grid.answers(&grid.digits(n));
                    let current = verdict(&answers, d);
                    let query = || format!("?{}", answers.write_into(""));
                    let Some(flip) = flip::smallest_flip(&answers, current, d) else {
                        continue;
                    };
                    assert_ne!(flip.verdict, current, "{}", query());
                    assert_eq!(
                        verdict(&flip.answers, d),
                        flip.verdict,
                        "the flip reported for {} does not happen",
                        query()
                    );
                    let changed = Question::ALL
                        .iter()
                        .filter(|&&q| flip.answers.get(q) != answers.get(q))
                        .collect::<Vec<_>>();
                    assert_eq!(changed, [&flip.question], "one answer changed: {}", query());
                    assert_eq!(flip.from, answers.label(flip.question), "{}", query());
                    assert_eq!(flip.to, flip.answers.label(flip.question), "{}", query());
                }
            });
        }
    });
}

#[test]
fn the_full_advice_is_deterministic_and_complete_on_a_random_sample() {
    let mut rng = XorShift(0x5eed_1234_abcd_ef01);
    let grid = Grid::new();
    for _ in 0..1500 {
        let mut answers = grid.answers(&grid.digits(rng.below(grid.len())));
        answers.months = (rng.below(5) > 0).then(|| 1 + rng.below(36) as u8);
        answers.team = (rng.below(3) == 0).then(|| 1 + rng.below(500) as u16);
        let advice = advise(&answers, dataset());
        assert_eq!(advice, advise(&answers, dataset()), "deterministic");
        assert!(!advice.reasons.is_empty());
        assert_eq!(advice.timeline.len(), 6);
        assert_eq!(advice.team.is_some(), answers.team.is_some_and(|n| n >= 2));
        for reason in &advice.reasons {
            assert!(!reason.why.is_empty(), "{reason:?}");
        }
        if let Some(flip) = &advice.flip {
            assert_ne!(flip.verdict, advice.verdict);
            assert_eq!(verdict(&flip.answers, dataset()), flip.verdict);
        }
    }
}

#[test]
fn hostile_query_strings_never_panic() {
    let mut rng = XorShift(42);
    let pieces = [
        "build",
        "months",
        "team",
        "employers",
        "region",
        "background",
        "optimize",
        "embed",
        "theme",
        "=",
        "&",
        "%",
        "%zz",
        "%00",
        "%ff",
        "+",
        "<script>alert(1)</script>",
        "\"'><img src=x onerror=alert(1)>",
        "javascript:alert(1)",
        "\u{202e}",
        "🦀",
        "é",
        "\u{0}",
        "\n",
        "99999999999999999999999",
        "-1",
        "0",
        "36",
        "37",
        "500",
        "501",
        "web",
        "rust",
        "go",
        "wasm",
        "NaN",
        "1e3",
        " 3",
        "０",
        "３",
    ];
    for round in 0..600 {
        let mut query = String::from(if round % 2 == 0 { "?" } else { "" });
        for _ in 0..rng.below(24) {
            query.push_str(pieces[rng.below(pieces.len())]);
        }
        if round % 50 == 0 {
            query.push_str(&"a".repeat(10_000));
        }
        let answers = Answers::from_query(&query);
        let advice = advise(&answers, dataset());
        // Whatever came in, what goes out is one of the contract's values.
        assert!(matches!(
            advice.verdict,
            Verdict::Go | Verdict::Rust | Verdict::GoThenRust
        ));
        assert_eq!(
            Answers::from_query(&answers.write_into(&query)),
            answers,
            "{query:?}"
        );
    }
}
