//! The framework's rules, tie-breaking, the flip search, team mode and hostile input.

use super::*;
use crate::data::dataset;

fn verdict_of(query: &str) -> Verdict {
    advise(&Answers::from_query(query), dataset()).verdict
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
fn target_employers_follow_the_framework() {
    assert_eq!(verdict_of("employers=go"), Verdict::Go);
    assert_eq!(verdict_of("employers=rust"), Verdict::Rust);
    assert_eq!(verdict_of("employers=both"), Verdict::GoThenRust);
    assert_eq!(verdict_of("employers=unknown"), Verdict::GoThenRust);
    // The most direct instruction of the article outweighs what one builds.
    assert_eq!(verdict_of("employers=go&build=systems"), Verdict::Go);
    assert_eq!(verdict_of("employers=rust&build=web"), Verdict::Rust);
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
    // Knowing one of the two nudges towards the other, without deciding alone.
    let knows_go = advise(&Answers::from_query("background=go"), dataset());
    assert_eq!(knows_go.verdict, Verdict::GoThenRust);
    assert_eq!(knows_go.reasons[0].lean, Some(Lean::Rust));
    assert_eq!(verdict_of("background=go&months=12"), Verdict::Rust);
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
    assert_eq!(advice.confidence.answered, 0);
    let fallback = advice.reasons.last().unwrap();
    assert_eq!(fallback.key, "fallback");
    assert!(fallback.figure.as_deref().unwrap().contains("38,000"));
}

#[test]
fn close_tallies_are_go_first_then_rust() {
    // Systems (+3 Rust) against the most postings (+2 Go): a margin of 1.
    let advice = advise(
        &Answers::from_query("build=systems&optimize=postings"),
        dataset(),
    );
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
fn a_runway_shorter_than_rusts_ramp_never_gets_rust_outright() {
    let query = "build=systems&background=cpp&optimize=salary&months=1";
    let advice = advise(&Answers::from_query(query), dataset());
    assert_eq!(
        (advice.confidence.rust_points, advice.confidence.go_points),
        (7, 3)
    );
    assert_eq!(advice.verdict, Verdict::GoThenRust);
    let runway = advice.reasons.iter().find(|r| r.key == "runway").unwrap();
    assert!(
        runway
            .figure
            .as_deref()
            .unwrap()
            .contains("Rust 2–3 months")
    );
    // With two months (still below Rust's low estimate of 2 months? no: equal) Rust stands.
    assert_eq!(
        verdict_of("build=systems&background=cpp&optimize=salary&months=2"),
        Verdict::Rust
    );
}

#[test]
fn every_reason_names_its_answer_and_the_figure_behind_it() {
    let advice = advise(
        &Answers::from_query(
            "build=devops&employers=go&months=2&optimize=postings&background=python&region=emerging&team=10",
        ),
        dataset(),
    );
    assert_eq!(advice.verdict, Verdict::Go);
    assert_eq!(advice.confidence.level, ConfidenceLevel::High);
    let keys: Vec<&str> = advice.reasons.iter().map(|r| r.key).collect();
    assert_eq!(
        keys,
        [
            "build",
            "employers",
            "months",
            "optimize",
            "background",
            "region",
            "team"
        ]
    );
    let figures: Vec<&str> = advice
        .reasons
        .iter()
        .map(|r| r.figure.as_deref().unwrap())
        .collect();
    assert!(figures[0].contains("Docker, Kubernetes, Terraform"));
    assert!(figures[1].contains("~38,000 US postings mention Go, ~12,000 mention Rust"));
    assert!(figures[2].contains("Go 2–4 weeks, Rust 2–3 months"));
    assert!(figures[3].contains("(about 3×)"));
    assert!(figures[4].contains("Python, JavaScript, SQL"));
    assert!(figures[5].contains("4–5 Go roles for every Rust role"));
    assert!(figures[6].contains("5 developer-months lost with Go, 21.5–25.5 with Rust"));
    assert_eq!(advice.reasons[1].answer, "Mostly Go");
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
fn the_salary_reason_is_honest_about_nice_to_have_postings() {
    let advice = advise(&Answers::from_query("optimize=salary"), dataset());
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
    let advice = advise(&Answers::from_query("build=web"), dataset());
    let flip = advice.flip.unwrap();
    assert_eq!(flip.key, "build");
    assert_eq!(flip.to.as_deref(), Some("Systems software"));
    assert_eq!(flip.verdict, Verdict::Rust);
    assert_eq!(verdict(&flip.answers, dataset()), Verdict::Rust);

    // A months change flips at the nearest runway that does.
    let advice = advise(&Answers::from_query("build=systems&months=2"), dataset());
    assert_eq!(advice.verdict, Verdict::GoThenRust);
    let flip = advice.flip.unwrap();
    assert_eq!(flip.key, "build");
    // Among equally small changes the first question, then the first answer, is named.
    let advice = advise(
        &Answers::from_query("employers=rust&months=2&optimize=postings"),
        dataset(),
    );
    assert_eq!(advice.verdict, Verdict::GoThenRust);
    let flip = advice.flip.unwrap();
    assert_eq!(
        (flip.key, flip.to.as_deref(), flip.verdict),
        ("build", Some("Web services and APIs"), Verdict::Go)
    );
}

#[test]
fn an_overwhelming_answer_set_has_no_single_flip() {
    let query = "build=devops&employers=go&months=1&optimize=postings&background=python&region=emerging&team=10";
    let advice = advise(&Answers::from_query(query), dataset());
    assert_eq!(advice.verdict, Verdict::Go);
    assert_eq!(advice.flip, None);
}

#[test]
fn the_timeline_tells_what_fits_in_the_runway() {
    let advice = advise(&Answers::from_query("months=3"), dataset());
    let team_project = advice
        .timeline
        .iter()
        .find(|row| row.milestone.contains("team project"))
        .unwrap();
    assert_eq!(team_project.go_reach, Some(Reach::Yes)); // 2–4 weeks
    assert_eq!(team_project.rust_reach, Some(Reach::Yes)); // 2–3 months
    let idiomatic = advice
        .timeline
        .iter()
        .find(|row| row.milestone.contains("idiomatic"))
        .unwrap();
    assert_eq!(idiomatic.go_reach, Some(Reach::Yes)); // 2–3 months
    assert_eq!(idiomatic.rust_reach, Some(Reach::No)); // 6–12 months
    let concurrency = advice
        .timeline
        .iter()
        .find(|row| row.milestone.contains("concurrency"))
        .unwrap();
    assert_eq!(concurrency.rust_reach, Some(Reach::Maybe)); // 3–6 months
    assert!(
        advise(&Answers::default(), dataset())
            .timeline
            .iter()
            .all(|row| row.go_reach.is_none())
    );
}

#[test]
fn the_market_picture_follows_the_region() {
    let us = advise(&Answers::from_query("region=us"), dataset()).market;
    assert!(
        us.rows
            .iter()
            .any(|(_, go, rust)| go == "$160,000" && rust == "$175,000")
    );
    let emerging = advise(&Answers::from_query("region=emerging"), dataset()).market;
    assert!(
        emerging.rows.iter().any(
            |(_, go, rust)| go.contains("$12,000–$30,000") && rust.contains("No reliable data")
        )
    );
}

#[test]
fn team_mode_at_ten_matches_the_article() {
    let team = advise(&Answers::from_query("team=10"), dataset())
        .team
        .unwrap();
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
    // At the medians: 5 × $160,000 / 12 and 21.5–25.5 × $175,000 / 12.
    assert!((team.cost_go.low - 66_666.67).abs() < 0.01);
    assert!((team.cost_rust.low - 313_541.67).abs() < 0.01);
    assert!((team.cost_rust.high - 371_875.0).abs() < 0.01);
    assert_eq!(verdict_of("team=10"), Verdict::Go);
}

/// A small deterministic generator, so the property tests need no extra crate.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn no_combination_of_answers_panics_and_each_gives_one_verdict() {
    let months = [
        None,
        Some(1),
        Some(2),
        Some(3),
        Some(5),
        Some(6),
        Some(12),
        Some(36),
    ];
    let mut counts = std::collections::HashMap::new();
    let mut all = Vec::new();
    for build in std::iter::once(None).chain(Build::ALL.iter().copied().map(Some)) {
        for employers in std::iter::once(None).chain(Employers::ALL.iter().copied().map(Some)) {
            for &months in &months {
                for optimize in std::iter::once(None).chain(Optimize::ALL.iter().copied().map(Some))
                {
                    for background in
                        std::iter::once(None).chain(Background::ALL.iter().copied().map(Some))
                    {
                        for region in
                            std::iter::once(None).chain(Region::ALL.iter().copied().map(Some))
                        {
                            for team in [None, Some(1), Some(500)] {
                                let answers = Answers {
                                    build,
                                    employers,
                                    months,
                                    optimize,
                                    background,
                                    region,
                                    team,
                                };
                                *counts.entry(verdict(&answers, dataset())).or_insert(0usize) += 1;
                                all.push(answers);
                            }
                        }
                    }
                }
            }
        }
    }
    assert_eq!(all.len(), 9 * 5 * 8 * 4 * 11 * 3 * 3);
    // Every verdict is reachable.
    assert_eq!(counts.len(), 3, "{counts:?}");
    // The full advice, flip search included, on a deterministic sample with random months and team sizes.
    let mut rng = XorShift(0x5eed_1234_abcd_ef01);
    for _ in 0..1500 {
        let mut answers = all[rng.below(all.len())];
        answers.months = (rng.below(5) > 0).then(|| 1 + rng.below(36) as u8);
        answers.team = (rng.below(3) == 0).then(|| 1 + rng.below(500) as u16);
        let advice = advise(&answers, dataset());
        assert_eq!(advice, advise(&answers, dataset()), "deterministic");
        assert!(!advice.reasons.is_empty());
        assert_eq!(advice.timeline.len(), 6);
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

#[test]
fn the_framework_in_the_dataset_covers_every_url_value() {
    let framework = &dataset().decision_framework;
    let covered = |key: &str, value: &str| {
        framework.questions.iter().find(|q| q.key == key).is_some_and(|q| {
            q.mappings.iter().any(|m| matches!(&m.answers, crate::data::Answers::Values(v) if v.iter().any(|x| x == value)))
        })
    };
    for &b in Build::ALL {
        assert!(covered("build", b.id()), "build={}", b.id());
    }
    for &e in Employers::ALL {
        assert!(covered("employers", e.id()), "employers={}", e.id());
    }
    for &o in Optimize::ALL {
        assert!(covered("optimize", o.id()), "optimize={}", o.id());
    }
    for &b in Background::ALL {
        // Go, Rust and other backgrounds are the advisor's own rules (rules.rs).
        if !matches!(b, Background::Go | Background::Rust | Background::Other) {
            assert!(covered("background", b.id()), "background={}", b.id());
        }
    }
}
