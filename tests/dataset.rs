//! The dataset contract: `public/data/rust-vs-go.json` loads, validates, is what the app
//! bundles, holds the article's figures, and every kind of broken edit is refused with a message
//! that names the field and the rule.

use rust_or_go::data::load::{DatasetError, from_json};
use rust_or_go::data::{self, Language, Percent, TimeUnit, Usd, Verdict, Winner};
use serde_json::{Value, json};

const DATASET_FILE: &str = include_str!("../public/data/rust-vs-go.json");

fn dataset_value() -> Value {
    serde_json::from_str(DATASET_FILE).expect("the dataset file is JSON")
}

/// Applies `edit` to a copy of the dataset and returns the error message it is rejected with.
fn rejection(edit: impl FnOnce(&mut Value)) -> String {
    let mut value = dataset_value();
    edit(&mut value);
    match from_json(&value.to_string()) {
        Ok(_) => panic!("the edited dataset was accepted"),
        Err(error) => error.to_string(),
    }
}

fn assert_rejected(edit: impl FnOnce(&mut Value), expected: &str) {
    let message = rejection(edit);
    assert!(
        message.contains(expected),
        "expected the message to contain {expected:?}, got {message:?}"
    );
}

#[test]
fn the_file_loads_and_validates() {
    from_json(DATASET_FILE).unwrap_or_else(|e| panic!("the dataset is invalid: {e}"));
}

#[test]
fn the_bundled_dataset_is_the_file() {
    let parsed = from_json(DATASET_FILE).unwrap();
    assert_eq!(&parsed, data::dataset());
}

#[test]
fn it_holds_the_articles_stack_overflow_figures() {
    let s = &data::dataset().sentiment;
    assert_eq!(
        (s.admired.go, s.admired.rust),
        (Percent(62.0), Percent(83.0))
    );
    assert_eq!(
        (s.desired.go, s.desired.rust),
        (Percent(17.0), Percent(30.0))
    );
    assert_eq!((s.used.go, s.used.rust), (Percent(13.5), Percent(12.6)));
    assert_eq!((s.rust_rank_admired, s.rust_rank_desired), (1, 1));
    let streak = &s.rust_admired_streak;
    assert_eq!(
        (streak.years, streak.first_year, streak.last_year),
        (9, 2016, 2024)
    );
    assert_eq!(s.cite.year, Some(2024));
}

#[test]
fn it_holds_the_articles_growth_and_rank_figures() {
    let d = data::dataset();
    let growth: Vec<(&str, f64)> = d
        .ecosystem_growth
        .languages
        .iter()
        .map(|l| (l.language.as_ref(), l.growth_pct.0))
        .collect();
    assert_eq!(
        growth,
        [
            ("Rust", 40.0),
            ("Go", 28.0),
            ("Python", 22.0),
            ("JavaScript", 12.0),
            ("Java", 8.0)
        ]
    );
    assert_eq!((d.tiobe.go_rank.low, d.tiobe.go_rank.high), (7, 9));
    assert_eq!((d.tiobe.rust_rank.low, d.tiobe.rust_rank.high), (14, 17));
}

#[test]
fn it_holds_the_whole_us_job_table() {
    let m = &data::dataset().job_market;
    let expected = [
        (
            Language::Go,
            38_000,
            18.0,
            160_000,
            (120_000, 210_000),
            55.0,
            70.0,
            30.0,
            ["Python", "JavaScript", "SQL"],
        ),
        (
            Language::Rust,
            12_000,
            45.0,
            175_000,
            (130_000, 230_000),
            65.0,
            50.0,
            50.0,
            ["C/C++", "Python", "Go"],
        ),
    ];
    for (language, postings, growth, median, (p10, p90), senior, primary, nice, co) in expected {
        let jobs = m.get(language);
        assert_eq!(jobs.postings, postings, "{language:?} postings");
        assert_eq!(jobs.postings_yoy_growth_pct, Percent(growth));
        assert_eq!(jobs.median_salary_usd, Usd(median));
        assert_eq!(jobs.salary_p10_p90_usd.low, Usd(p10));
        assert_eq!(jobs.salary_p10_p90_usd.high, Usd(p90));
        assert_eq!(jobs.requires_3plus_years_pct, Percent(senior));
        assert_eq!(
            (jobs.primary_pct, jobs.nice_to_have_pct),
            (Percent(primary), Percent(nice))
        );
        let co_required: Vec<&str> = jobs
            .co_required_languages
            .iter()
            .map(|s| s.as_ref())
            .collect();
        assert_eq!(co_required, co);
    }
    assert_eq!(m.cite.year, Some(2025));
    assert_eq!(
        (
            m.article_convergence_claim_years.low,
            m.article_convergence_claim_years.high
        ),
        (3, 4)
    );
}

#[test]
fn it_holds_the_emerging_market_figures() {
    let e = &data::dataset().emerging_markets;
    assert_eq!(
        (
            e.india_go_salary.inr_lakh.low,
            e.india_go_salary.inr_lakh.high
        ),
        (10, 25)
    );
    assert_eq!(
        (e.india_go_salary.usd.low, e.india_go_salary.usd.high),
        (Usd(12_000), Usd(30_000))
    );
    assert!(!e.india_rust_salary_available);
    let ratio = &e.remote_go_roles_per_rust_role;
    assert_eq!((ratio.low, ratio.high), (4, 5));
}

#[test]
fn it_holds_the_head_to_head_table() {
    let rows = &data::dataset().head_to_head.rows;
    assert_eq!(rows.len(), 13);
    let winners: Vec<Winner> = rows.iter().map(|r| r.winner).collect();
    use Winner::{Go, Rust, Split, Tie};
    assert_eq!(
        winners,
        [
            Go, Go, Rust, Rust, Split, Rust, Go, Rust, Go, Rust, Rust, Go, Tie
        ]
    );
    assert_eq!(rows[9].go, "$160k median");
    assert_eq!(rows[9].rust, "$175k median");
}

#[test]
fn every_company_names_an_existing_source() {
    let d = data::dataset();
    assert_eq!(d.companies.rust.len(), 8);
    assert_eq!(d.companies.go.len(), 9);
    for adopter in d.companies.rust.iter().chain(d.companies.go.iter()) {
        assert!(
            data::source(&adopter.source).is_some(),
            "{}",
            adopter.company
        );
    }
}

#[test]
fn it_holds_the_learning_curve_and_team_figures() {
    let d = data::dataset();
    let ranges: Vec<(u32, u32, TimeUnit, u32, u32, TimeUnit)> = d
        .learning_curve
        .milestones
        .iter()
        .map(|m| {
            (
                m.go.low,
                m.go.high,
                m.go.unit,
                m.rust.low,
                m.rust.high,
                m.rust.unit,
            )
        })
        .collect();
    use TimeUnit::{Days, Months, Weeks};
    assert_eq!(
        ranges,
        [
            (1, 2, Days, 1, 2, Days),
            (1, 2, Weeks, 3, 4, Weeks),
            (2, 4, Weeks, 2, 3, Months),
            (1, 2, Months, 3, 6, Months),
            (2, 3, Months, 6, 12, Months),
            (3, 6, Months, 9, 18, Months),
        ]
    );
    assert_eq!(d.learning_curve.respondents, 15);
    let t = &d.team_onboarding;
    assert_eq!(t.team_size, 10);
    let rust: Vec<(u8, u16, u16)> = t
        .rust
        .iter()
        .map(|p| (p.month, p.productive.low, p.productive.high))
        .collect();
    assert_eq!(rust, [(1, 3, 4), (3, 6, 7), (6, 10, 10)]);
    let go: Vec<(u8, u16, u16)> =
        t.go.iter()
            .map(|p| (p.month, p.productive.low, p.productive.high))
            .collect();
    assert_eq!(go, [(1, 10, 10)]);
}

#[test]
fn it_holds_the_other_cited_facts() {
    let f = &data::dataset().facts;
    assert_eq!(f.memory_safety_bug_share.percent, Percent(70.0));
    assert_eq!(f.wasm_rust_share.percent, Percent(45.0));
    assert_eq!(f.wasm_rust_share.cite.year, Some(2023));
    assert_eq!(f.rust_too_difficult_share.percent, Percent(47.0));
    let r = &f.rewrite_anecdote;
    assert_eq!(
        (r.python_runtime.value, r.go_runtime.value, r.speedup),
        (90, 11, 8)
    );
    assert_eq!(r.sources_scraped, 40);
}

#[test]
fn the_framework_covers_every_question_of_the_article() {
    let f = &data::dataset().decision_framework;
    let keys: Vec<&str> = f.questions.iter().map(|q| q.key.as_ref()).collect();
    assert_eq!(
        keys,
        ["build", "employers", "months", "optimize", "background"]
    );
    assert_eq!(f.fallback.leans, Verdict::GoThenRust);
    assert_eq!(f.postings_ratio, 3);
    assert_eq!(f.salary_gap_usd, Usd(15_000));
}

#[test]
fn every_citation_names_an_existing_source_and_a_year_only_where_one_exists() {
    // The validator checks this; this test makes sure it is actually run on the real file.
    let text = DATASET_FILE;
    let value: Value = serde_json::from_str(text).unwrap();
    let sources = value["sources"].as_array().unwrap();
    let year_of = |id: &str| {
        sources
            .iter()
            .find(|s| s["id"] == id)
            .unwrap_or_else(|| panic!("unknown source {id}"))["year"]
            .as_u64()
    };
    fn walk(value: &Value, visit: &mut dyn FnMut(&Value)) {
        match value {
            Value::Object(map) => {
                if let Some(cite) = map.get("cite") {
                    visit(cite);
                }
                map.values().for_each(|v| walk(v, visit));
            }
            Value::Array(items) => items.iter().for_each(|v| walk(v, visit)),
            _ => {}
        }
    }
    let (mut dated, mut undated) = (0, 0);
    walk(&value, &mut |cite| {
        let ids: Vec<&str> = cite["sources"]
            .as_array()
            .unwrap()
            .iter()
            .map(|id| id.as_str().unwrap())
            .collect();
        let source_years: Vec<Option<u64>> = ids.iter().map(|id| year_of(id)).collect();
        match cite["year"].as_u64() {
            Some(_) => dated += 1,
            None => {
                assert!(cite["year"].is_null(), "{cite}");
                assert!(
                    source_years.contains(&None),
                    "undated, from dated sources: {cite}"
                );
                undated += 1;
            }
        }
    });
    assert!(
        dated >= 15 && undated >= 5,
        "{dated} dated, {undated} undated"
    );
    // The figures the article dates keep their year; undated sources say so.
    let d = data::dataset();
    assert_eq!(d.job_market.cite.year, Some(2025));
    assert_eq!(d.facts.discord_gc_spike_interval.cite.year, None);
    assert_eq!(d.emerging_markets.india_go_salary.cite.year, None);
    assert_eq!(d.tiobe.cite.year, None);
}

#[test]
fn a_year_cannot_be_left_out_for_dated_sources() {
    assert_rejected(
        |d| d["sentiment"]["cite"]["year"] = Value::Null,
        "sentiment.cite.year: may be null only when a source has no date, but so-2024 each give a year",
    );
    assert_rejected(
        |d| d["job_market"]["cite"]["year"] = Value::Null,
        "job_market.cite.year: must give the year the postings were counted",
    );
}

#[test]
fn the_dataset_says_on_what_terms_it_may_be_reused() {
    let license = &data::dataset().meta.license;
    assert_eq!(license.name, "CC BY 4.0");
    assert_eq!(license.url, "https://creativecommons.org/licenses/by/4.0/");
    assert_rejected(
        |d| d["meta"]["license"]["url"] = json!("creativecommons.org"),
        "meta.license.url: must be the https:// address of the licence",
    );
}

// The framework's questions are the advisor's: keys, answers and coverage are checked.

#[test]
fn an_unknown_framework_question_is_refused() {
    assert_rejected(
        |d| d["decision_framework"]["questions"][2]["key"] = json!("month"),
        "decision_framework.questions[2].key: unknown question key \"month\"; the framework's questions are build, employers, months, optimize, background",
    );
    assert_rejected(
        |d| d["decision_framework"]["questions"][0]["key"] = json!("region"),
        "decision_framework.questions[0].key: \"region\" is one of the advisor's own questions",
    );
}

#[test]
fn a_missing_framework_question_is_refused() {
    assert_rejected(
        |d| {
            d["decision_framework"]["questions"]
                .as_array_mut()
                .unwrap()
                .remove(3);
        },
        "decision_framework.questions: missing the question \"optimize\"",
    );
}

#[test]
fn a_framework_answer_the_question_does_not_have_is_refused() {
    assert_rejected(
        |d| {
            d["decision_framework"]["questions"][0]["mappings"][0]["answers"]["values"][0] =
                json!("webapps")
        },
        "decision_framework.questions[0].mappings[0].answers.values: \"webapps\" is not an answer to \"build\"",
    );
    assert_rejected(
        |d| {
            d["decision_framework"]["questions"][2]["mappings"][1]["answers"] =
                json!({ "months": { "low": 6, "high": 48 } })
        },
        "decision_framework.questions[2].mappings[1].answers.months: must lie within 1..=36 months, found 6..=48",
    );
    assert_rejected(
        |d| {
            d["decision_framework"]["questions"][0]["mappings"][0]["answers"] =
                json!({ "months": { "low": 1, "high": 2 } })
        },
        "decision_framework.questions[0].mappings[0].answers: \"build\" is multiple choice",
    );
    assert_rejected(
        |d| {
            d["decision_framework"]["questions"][4]["mappings"][0]["answers"]["values"][0] =
                json!("go")
        },
        "\"go\" is decided by the advisor's own rules, not mapped here",
    );
}

#[test]
fn every_answer_of_a_framework_question_must_be_mapped() {
    assert_rejected(
        |d| d["decision_framework"]["questions"][0]["mappings"][2]["answers"]["values"] = json!([]),
        "decision_framework.questions[0].mappings: must map every answer of \"build\"; not mapped: unsure",
    );
}

#[test]
fn a_wording_must_name_the_language_it_leans_to() {
    assert_rejected(
        |d| {
            d["decision_framework"]["questions"][2]["mappings"][1]["leans_wording"] =
                json!("Go becomes viable")
        },
        "decision_framework.questions[2].mappings[1].leans_wording: must name Rust",
    );
}

// Each kind of broken dataset is refused, naming the field and the rule.

#[test]
fn a_missing_field_is_named() {
    assert_rejected(
        |d| {
            d["job_market"]["go"]
                .as_object_mut()
                .unwrap()
                .remove("median_salary_usd");
        },
        "job_market.go.median_salary_usd: missing field `median_salary_usd`",
    );
}

#[test]
fn an_unknown_field_is_refused() {
    assert_rejected(
        |d| d["sentiment"]["admird"] = json!({ "go": 1, "rust": 2 }),
        "sentiment.admird: unknown field `admird`, expected one of `cite`, `admired`",
    );
}

#[test]
fn a_value_of_the_wrong_type_is_named() {
    assert_rejected(
        |d| d["job_market"]["rust"]["postings"] = json!("twelve thousand"),
        "job_market.rust.postings: invalid type: string",
    );
}

#[test]
fn a_fractional_salary_is_refused() {
    assert_rejected(
        |d| d["job_market"]["go"]["median_salary_usd"] = json!(160000.5),
        "job_market.go.median_salary_usd: invalid type: floating point",
    );
}

#[test]
fn a_percentage_above_100_is_refused() {
    assert_rejected(
        |d| d["sentiment"]["admired"]["rust"] = json!(183),
        "sentiment.admired.rust: percentage must be between 0 and 100, found 183",
    );
}

#[test]
fn a_negative_percentage_is_refused() {
    assert_rejected(
        |d| d["ecosystem_growth"]["languages"][4]["growth_pct"] = json!(-8),
        "ecosystem_growth.languages[4].growth_pct: percentage must be between 0 and 100, found -8",
    );
}

#[test]
fn a_range_with_low_above_high_is_refused() {
    assert_rejected(
        |d| d["job_market"]["go"]["salary_p10_p90_usd"] = json!({ "low": 210000, "high": 120000 }),
        "job_market.go.salary_p10_p90_usd.low: low must not exceed high, found low Usd(210000) > high Usd(120000)",
    );
    assert_rejected(
        |d| d["learning_curve"]["milestones"][2]["rust"]["low"] = json!(9),
        "learning_curve.milestones[2].rust.low: low must not exceed high",
    );
}

#[test]
fn a_median_outside_its_range_is_refused() {
    assert_rejected(
        |d| d["job_market"]["rust"]["median_salary_usd"] = json!(250000),
        "job_market.rust.median_salary_usd: median 250000 must lie within its range 130000..=230000",
    );
}

#[test]
fn a_citation_of_an_unknown_source_is_refused() {
    assert_rejected(
        |d| d["sentiment"]["cite"]["sources"][0] = json!("so-2025"),
        "sentiment.cite.sources[0]: source \"so-2025\" does not exist",
    );
}

#[test]
fn a_company_without_a_source_is_refused() {
    assert_rejected(
        |d| d["companies"]["go"][1]["source"] = json!(""),
        "companies.go[1].source: company \"Uber\" must name its source",
    );
    assert_rejected(
        |d| d["companies"]["rust"][0]["source"] = json!("aws-blgo"),
        "companies.rust[0].source: source \"aws-blgo\" does not exist",
    );
    assert_rejected(
        |d| {
            d["companies"]["rust"][0]
                .as_object_mut()
                .unwrap()
                .remove("source");
        },
        "companies.rust[0].source: missing field `source`",
    );
}

#[test]
fn a_duplicate_source_id_is_refused() {
    assert_rejected(
        |d| d["sources"][2]["id"] = json!("so-2024"),
        "sources[2].id: duplicate source id \"so-2024\"",
    );
}

#[test]
fn shares_that_must_sum_to_100_are_checked() {
    assert_rejected(
        |d| d["job_market"]["rust"]["nice_to_have_pct"] = json!(40),
        "job_market.rust.nice_to_have_pct: primary_pct + nice_to_have_pct must be 100, found 90",
    );
}

#[test]
fn derived_figures_must_agree_with_their_sources() {
    assert_rejected(
        |d| d["job_market"]["go"]["median_salary_usd"] = json!(150000),
        "decision_framework.salary_gap_usd: must be job_market rust minus go median (25000), found 15000",
    );
    assert_rejected(
        |d| d["job_market"]["rust"]["postings"] = json!(6000),
        "decision_framework.postings_ratio: must be job_market go/rust postings rounded (6), found 3",
    );
    assert_rejected(
        |d| d["sentiment"]["rust_admired_streak"]["years"] = json!(10),
        "sentiment.rust_admired_streak.years: must equal last_year - first_year + 1 = 9, found 10",
    );
}

#[test]
fn a_team_figure_above_the_team_size_is_refused() {
    assert_rejected(
        |d| d["team_onboarding"]["rust"][1]["productive"] = json!({ "low": 6, "high": 12 }),
        "team_onboarding.rust[1].productive.high: cannot exceed team_size 10, found 12",
    );
}

#[test]
fn a_split_winner_needs_its_note() {
    assert_rejected(
        |d| d["head_to_head"]["rows"][4]["winner_note"] = Value::Null,
        "head_to_head.rows[4].winner_note: must explain a split or tied winner",
    );
}

#[test]
fn an_unknown_time_unit_is_refused() {
    assert_rejected(
        |d| d["learning_curve"]["milestones"][0]["go"]["unit"] = json!("fortnights"),
        "learning_curve.milestones[0].go.unit: unknown variant `fortnights`",
    );
}

#[test]
fn an_unsupported_schema_version_is_refused() {
    assert_rejected(
        |d| d["schema_version"] = json!(1),
        "schema_version: must be 2 (this app's version of the format), found 1",
    );
}

#[test]
fn every_violation_is_reported_not_just_the_first() {
    let mut value = dataset_value();
    value["sentiment"]["admired"]["go"] = json!(101);
    value["tiobe"]["go_rank"] = json!({ "low": 9, "high": 7 });
    match from_json(&value.to_string()) {
        Err(DatasetError::Rules(violations)) => {
            let paths: Vec<&str> = violations.iter().map(|v| v.path.as_str()).collect();
            assert_eq!(paths, ["sentiment.admired.go", "tiobe.go_rank.low"]);
        }
        other => panic!("expected rule violations, got {other:?}"),
    }
}

#[test]
fn invalid_json_reports_where() {
    let message = from_json("{ \"schema_version\": 1,")
        .unwrap_err()
        .to_string();
    assert!(message.contains("EOF while parsing"), "{message}");
}

/// The browser's copies of the dataset leave out only what the browser never reads: every
/// chart and every piece of advice comes out the same from them as from the whole file.
#[test]
fn the_browsers_copies_give_the_same_charts_and_advice() {
    use rust_or_go::advisor::{Answers, advise};
    use rust_or_go::charts::{Chart, ChartId};
    use rust_or_go::data::bundle::{Build, for_build};
    let full = data::dataset();
    let copy = |build| -> &'static data::Dataset {
        Box::leak(Box::new(for_build(from_json(DATASET_FILE).unwrap(), build)))
    };
    let (app, charts) = (copy(Build::App), copy(Build::Charts));
    assert!(app.resources.go.is_empty() && charts.decision_framework.questions.is_empty());
    for id in ChartId::ALL {
        for d in [app, charts] {
            let (a, b) = (Chart::new(id, full), Chart::new(id, d));
            assert_eq!(a.description(), b.description(), "{id:?}");
            assert_eq!(a.table(), b.table(), "{id:?}");
            assert_eq!(a.points(), b.points(), "{id:?}");
        }
    }
    // Every answer of every multiple-choice question, alone and with a few others.
    let mut queries = vec![String::new()];
    for question in rust_or_go::advisor::Question::ALL {
        for (id, _) in question.options() {
            queries.push(format!("{}={id}", question.key()));
            queries.push(format!(
                "{}={id}&months=8&team=12&region=emerging",
                question.key()
            ));
        }
    }
    for query in queries {
        let answers = Answers::from_query(&query);
        assert_eq!(advise(&answers, full), advise(&answers, app), "{query}");
    }
}
