//! Every chart rendered to SVG by the same drawing code as the page's canvas, with assertions on
//! what the SVG says; and the chart models against the article's figures.

use rust_or_go::charts::draw::Palette;
use rust_or_go::charts::jobs::{self, Crossover};
use rust_or_go::charts::{Chart, ChartId, native_style, team, to_svg};
use rust_or_go::data::{Language, dataset};
use std::fs;
use std::path::PathBuf;

/// Renders a chart to SVG, and keeps a copy in tests/output/ for people to look at.
fn svg(chart: &Chart, size: (u32, u32), palette: Palette, name: &str) -> String {
    let svg = to_svg(chart, size, &native_style(palette)).expect("the chart draws");
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/output");
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join(format!("{name}.svg")), &svg).unwrap();
    svg
}

/// The text of every `<text>` element, in document order.
fn texts(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .filter_map(|chunk| {
            let start = chunk.find('>')? + 1;
            let end = chunk.find("</text>")?;
            Some(
                chunk[start..end]
                    .trim()
                    .replace("&quot;", "\"")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&amp;", "&"),
            )
        })
        .collect()
}

fn default(id: ChartId) -> Chart {
    Chart::new(id, dataset())
}

#[test]
fn every_chart_draws_at_every_width_in_both_themes() {
    for id in ChartId::ALL {
        for (width, height) in [(320, 420), (768, 360), (1280, 400)] {
            for (theme, palette) in [("light", Palette::LIGHT), ("dark", Palette::DARK)] {
                let svg = svg(
                    &default(id),
                    (width, height),
                    palette,
                    &format!("{}-{width}-{theme}", id.id()),
                );
                assert!(svg.starts_with("<svg"), "{id:?} is an SVG document");
                assert!(texts(&svg).len() >= 5, "{id:?} at {width} has its labels");
            }
        }
    }
}

#[test]
fn the_salary_chart_shows_medians_and_range_ends() {
    let texts = texts(&svg(
        &default(ChartId::Salary),
        (768, 300),
        Palette::LIGHT,
        "salary",
    ));
    for expected in [
        "$160k median",
        "$175k median",
        "$120k",
        "$210k",
        "$130k",
        "$230k",
        "$12k–$30k",
        "No reliable salary data: too few roles",
        "Go, India",
        "Rust, India",
    ] {
        assert!(
            texts.iter().any(|t| t == expected),
            "{expected:?} not in {texts:?}"
        );
    }
}

#[test]
fn the_salary_chart_describes_itself_with_its_numbers() {
    let description = default(ChartId::Salary).description();
    for expected in [
        "$160,000",
        "$175,000",
        "$120,000–$210,000",
        "$130,000–$230,000",
        "no reliable salary data",
    ] {
        assert!(
            description.contains(expected),
            "{expected:?} not in {description:?}"
        );
    }
}

#[test]
fn the_default_projection_ends_within_the_articles_horizon() {
    let model = jobs::Model::new(dataset());
    // The article: Rust's postings could approach Go's "within 3-4 years".
    assert_eq!(model.horizon, 4);
    assert_eq!(model.last_year(), 2029);
    // 12,000 · 1.45^4 ≈ 53,000 against 38,000 · 1.18^4 ≈ 73,700: Rust at 72% of Go.
    assert_eq!(model.crossover(), Crossover::NotWithin);
    assert_eq!(
        model.crossover_text(),
        "At these rates Rust stays below Go through 2029, at 72% of Go's postings"
    );
    let texts = texts(&svg(
        &Chart::Jobs(model.clone()),
        (768, 360),
        Palette::LIGHT,
        "jobs",
    ));
    // No year of crossing is named outside the horizon, and the projection says what it is.
    assert!(!texts.iter().any(|t| t.contains("pass")), "{texts:?}");
    assert!(
        texts.iter().any(|t| t == "Projected at these rates"),
        "{texts:?}"
    );
    assert!(
        texts.iter().any(|t| t.contains("projected by this app")),
        "{texts:?}"
    );
    assert!(texts.iter().any(|t| t == "2029"), "{texts:?}");
    assert!(!texts.iter().any(|t| t == "2030"), "{texts:?}");
    // The end labels are the projected 2029 figures, not ten years out.
    assert!(texts.iter().any(|t| t == "Go 73.7k"), "{texts:?}");
    assert!(texts.iter().any(|t| t == "Rust 53k"), "{texts:?}");
    let description = model.description();
    for expected in [
        "US job postings in 2025, as reported",
        "Projected by this app for 2026–2029",
        "Growth: Go +18% and Rust +45% a year, as reported",
        "not a forecast",
        "within 3–4 years",
    ] {
        assert!(
            description.contains(expected),
            "{expected:?} not in {description:?}"
        );
    }
    assert_eq!(
        Chart::Jobs(model).computed().as_deref(),
        Some(
            "2026–2029: computed from the 2025 postings by compounding each reported growth \
             rate; a projection, not a forecast"
        )
    );
}

#[test]
fn the_projection_crosses_where_the_growth_formula_says() {
    let model = jobs::Model::new(dataset()).with_horizon(10);
    // 12,000 · 1.45^t = 38,000 · 1.18^t  ⇔  t = ln(38,000 / 12,000) / ln(1.45 / 1.18)
    let expected = (38_000f64 / 12_000.0).ln() / (1.45f64 / 1.18).ln();
    match model.crossover() {
        Crossover::At { years, year } => {
            assert!((years - expected).abs() < 1e-9, "{years} vs {expected}");
            assert_eq!(year, 2031);
            // The first projected year where Rust is ahead is the crossover year.
            assert!(model.postings_at(Language::Rust, 6.0) >= model.postings_at(Language::Go, 6.0));
            assert!(model.postings_at(Language::Rust, 5.0) < model.postings_at(Language::Go, 5.0));
        }
        other => panic!("expected a crossover, got {other:?}"),
    }
    assert_eq!(
        model.crossover_text(),
        "If these growth rates held, Rust would pass Go in 2031"
    );
    let texts = texts(&svg(
        &Chart::Jobs(model),
        (768, 360),
        Palette::LIGHT,
        "jobs-10-years",
    ));
    assert!(
        texts
            .iter()
            .any(|t| t == "If these growth rates held, Rust would pass Go in 2031"),
        "{texts:?}"
    );
}

#[test]
fn the_crossover_moves_with_the_rates() {
    let model = jobs::Model::new(dataset()).with_horizon(10);
    let faster = model.with_rates(18.0, 60.0);
    let slower = model.with_rates(18.0, 35.0);
    let year = |m: &jobs::Model| match m.crossover() {
        Crossover::At { year, .. } => year,
        other => panic!("expected a crossover, got {other:?}"),
    };
    assert!(year(&faster) < year(&model));
    assert!(year(&slower) > year(&model));
    // Fast enough, the crossover falls inside the article's own horizon too.
    assert_eq!(year(&model.with_rates(18.0, 80.0).with_horizon(4)), 2028);
    assert_eq!(
        model.with_rates(18.0, 20.0).crossover(),
        Crossover::NotWithin
    );
    assert_eq!(
        model.with_rates(18.0, 20.0).crossover_text(),
        "At these rates Rust stays below Go through 2035, at 37% of Go's postings"
    );
    let texts = texts(&svg(
        &Chart::Jobs(model.with_rates(18.0, 20.0)),
        (768, 360),
        Palette::LIGHT,
        "jobs-no-crossover",
    ));
    assert!(!texts.iter().any(|t| t.contains("pass")), "{texts:?}");
    // Rates outside the slider's range are clamped, never extrapolated to absurdity.
    // Rates a reader chose are never called reported.
    let chosen = model.with_rates(10.0, 60.0);
    assert!(chosen.description().contains(
        "Growth: Go +10% and Rust +60% a year, as chosen (reported: Go +18%, Rust +45%)"
    ));
    assert!(!chosen.description().contains("+10% a year, as reported"));
    assert!(
        Chart::Jobs(chosen)
            .computed()
            .unwrap()
            .contains("compounding the growth rates chosen on the sliders")
    );
    let clamped = model.with_rates(-1000.0, 1000.0);
    assert_eq!((clamped.rates.go, clamped.rates.rust), (-30.0, 100.0));
}

#[test]
fn the_projection_table_marks_every_projected_year() {
    let model = jobs::Model::new(dataset());
    let table = Chart::Jobs(model).table();
    assert_eq!(table.columns, ["Year", "Go", "Rust", "Figure"]);
    assert_eq!(table.rows.len(), 5);
    let cells = |row: usize| -> Vec<&str> {
        table.rows[row]
            .cells
            .iter()
            .map(|c| c.text.as_str())
            .collect()
    };
    assert_eq!(cells(0), ["2025", "38,000", "12,000", "Reported"]);
    // 38,000 · 1.18 = 44,840 and 12,000 · 1.45 = 17,400, to the nearest hundred.
    assert_eq!(
        cells(1),
        ["2026", "44,800", "17,400", "Projected (computed)"]
    );
    assert!((1..5).all(|row| cells(row)[3] == "Projected (computed)"));
    assert!(
        table
            .caption
            .contains("reported for 2025, projected for 2026–2029")
    );
    assert!(
        table
            .note
            .as_deref()
            .unwrap()
            .contains("computed by this app")
    );
}

#[test]
fn the_team_model_reproduces_the_article_for_ten() {
    let model = team::Model::new(dataset(), 10);
    assert_eq!(model.rust.at(1.0), (3.0, 4.0));
    assert_eq!(model.rust.at(3.0), (6.0, 7.0));
    assert_eq!(model.rust.at(6.0), (10.0, 10.0));
    assert_eq!(model.go.at(1.0), (10.0, 10.0));
    assert_eq!(model.lost_text(Language::Go), "5");
    assert_eq!(model.lost_text(Language::Rust), "21.5–25.5");
    let texts = texts(&svg(
        &Chart::Team(model),
        (768, 360),
        Palette::LIGHT,
        "team",
    ));
    let summary = "Developer-months lost to onboarding (computed): Go 5, Rust 21.5–25.5";
    assert!(texts.iter().any(|t| t == summary), "{texts:?}");
}

#[test]
fn the_team_model_scales_and_clamps_the_team_size() {
    let model = team::Model::new(dataset(), 25);
    assert_eq!(model.rust.at(1.0), (7.5, 10.0));
    assert_eq!(model.lost_text(Language::Go), "12.5");
    assert_eq!(team::Model::new(dataset(), 0).size, 1);
    assert_eq!(team::Model::new(dataset(), 9999).size, 500);
}

#[test]
fn the_learning_chart_labels_every_range() {
    let texts = texts(&svg(
        &default(ChartId::Learning),
        (768, 420),
        Palette::LIGHT,
        "learning",
    ));
    for expected in [
        "1–2 days",
        "3–4 weeks",
        "2–3 months",
        "9–18 months",
        "1 week",
        "1 year",
    ] {
        assert!(
            texts.iter().any(|t| t == expected),
            "{expected:?} not in {texts:?}"
        );
    }
}

#[test]
fn the_sentiment_and_growth_charts_label_their_values() {
    let sentiment = texts(&svg(
        &default(ChartId::Sentiment),
        (768, 360),
        Palette::LIGHT,
        "sentiment",
    ));
    for expected in ["83%", "62%", "30%", "17%", "13.5%", "12.6%"] {
        assert!(
            sentiment.iter().any(|t| t == expected),
            "{expected:?} not in {sentiment:?}"
        );
    }
    let growth = texts(&svg(
        &default(ChartId::Growth),
        (768, 300),
        Palette::LIGHT,
        "growth",
    ));
    for expected in [
        "+40%",
        "+28%",
        "+22%",
        "+12%",
        "+8%",
        "Go 7–9",
        "Rust 14–17",
    ] {
        assert!(
            growth.iter().any(|t| t == expected),
            "{expected:?} not in {growth:?}"
        );
    }
}

#[test]
fn chart_ids_round_trip() {
    for id in ChartId::ALL {
        assert_eq!(ChartId::from_id(id.id()), Some(id));
    }
    assert_eq!(ChartId::from_id("pie"), None);
}

/// The canvas height style/main.css gives each chart at a canvas width, in CSS pixels.
fn css_height(id: ChartId, width: u32) -> u32 {
    match id {
        ChartId::Salary if width <= 480 => 272,
        ChartId::Salary => 256,
        ChartId::Jobs => 336,
        ChartId::Sentiment => 288,
        ChartId::Growth if width < 640 => 400,
        ChartId::Growth => 256,
        ChartId::Learning if width <= 480 => 560,
        ChartId::Learning => 496,
        ChartId::Team => 320,
    }
}

#[test]
fn no_label_is_clipped_or_overlaps_another_from_narrow_to_wide() {
    use rust_or_go::charts::draw::{Style, estimate_text_width};
    use rust_or_go::charts::svg_with_labels;
    let mut problems = Vec::new();
    // Canvas widths from a 320 px phone (about 260 px of canvas) to a wide screen.
    for width in [260, 300, 360, 420, 480, 560, 640, 768, 900, 1024, 1120] {
        for dpr in [1.0, 2.0] {
            for id in ChartId::ALL {
                let style = Style {
                    palette: Palette::LIGHT,
                    dpr,
                    measure: &estimate_text_width,
                };
                let size = (
                    (f64::from(width) * dpr) as u32,
                    (f64::from(css_height(id, width)) * dpr) as u32,
                );
                let mut charts = vec![default(id)];
                if let Chart::Jobs(model) = &charts[0] {
                    // Ten years with a crossover label, and the article's horizon at faster
                    // rates, where the label sits near the plot's left edge.
                    let long = model.with_horizon(10);
                    let early = model.with_rates(18.0, 100.0);
                    charts.extend([Chart::Jobs(long), Chart::Jobs(early)]);
                }
                for chart in &charts {
                    let (_, labels) = svg_with_labels(chart, size, &style).unwrap();
                    let (w, h) = (f64::from(size.0), f64::from(size.1));
                    for (i, a) in labels.iter().enumerate() {
                        if a.left < -0.5 || a.top < -0.5 || a.right > w + 0.5 || a.bottom > h + 0.5
                        {
                            problems.push(format!(
                                "{id:?} at {width}px ×{dpr}: {:?} is clipped ({a:?})",
                                a.text
                            ));
                        }
                        for b in &labels[i + 1..] {
                            if a.overlaps(b) {
                                problems.push(format!(
                                    "{id:?} at {width}px ×{dpr}: {:?} overlaps {:?}",
                                    a.text, b.text
                                ));
                            }
                        }
                    }
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} layout problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Every chart at every width: one spot per readout point, inside the drawing, and a pointer on
/// a point's anchor reaches that point and no other; the keyboard reaches every point.
#[test]
fn every_point_of_every_chart_can_be_reached_by_pointer_and_keyboard() {
    use rust_or_go::charts::draw::{Style, estimate_text_width};
    use rust_or_go::charts::readout::{Key, coincident, hit, step};
    use rust_or_go::charts::spots;
    let mut problems = Vec::new();
    for width in [260, 300, 360, 480, 640, 768, 1024, 1120] {
        for dpr in [1.0, 2.0] {
            for id in ChartId::ALL {
                let style = Style {
                    palette: Palette::LIGHT,
                    dpr,
                    measure: &estimate_text_width,
                };
                let size = (
                    (f64::from(width) * dpr) as u32,
                    (f64::from(css_height(id, width)) * dpr) as u32,
                );
                let mut charts = vec![default(id)];
                if let Chart::Jobs(model) = &charts[0] {
                    charts.push(Chart::Jobs(model.with_horizon(10)));
                }
                if let Chart::Team(_) = &charts[0] {
                    charts.push(Chart::Team(team::Model::new(dataset(), 37)));
                }
                for chart in &charts {
                    let points = chart.points();
                    let spots = spots(chart, size, &style).unwrap();
                    let context = format!("{id:?} at {width}px ×{dpr}");
                    if spots.len() != points.len() {
                        problems.push(format!(
                            "{context}: {} spots for {} points",
                            spots.len(),
                            points.len()
                        ));
                        continue;
                    }
                    let (w, h) = (f64::from(size.0), f64::from(size.1));
                    for (i, spot) in spots.iter().enumerate() {
                        if spot.x < 0.0 || spot.y < 0.0 || spot.x > w || spot.y > h {
                            problems.push(format!("{context}: point {i} outside the drawing"));
                        }
                        // A finger's tolerance: 24 CSS pixels. Points drawn at one place are
                        // reached together, through the first of them.
                        let reached = hit(&spots, (spot.x, spot.y), 24.0 * dpr);
                        let together = coincident(&spots, i);
                        if reached.is_none_or(|r| !together.contains(&r)) {
                            problems.push(format!(
                                "{context}: a pointer on point {i} ({:?}) reaches {:?}",
                                points[i].what,
                                hit(&spots, (spot.x, spot.y), 24.0 * dpr)
                            ));
                        }
                    }
                    let mut visited = vec![step(&spots, None, Key::Next).unwrap()];
                    while visited.len() < spots.len() {
                        let next = step(&spots, visited.last().copied(), Key::Next).unwrap();
                        visited.push(next);
                    }
                    if visited != (0..spots.len()).collect::<Vec<_>>() {
                        problems.push(format!("{context}: the keyboard visits {visited:?}"));
                    }
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} readout problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn readouts_say_each_figure_with_its_unit_and_source() {
    let texts = |id| -> Vec<String> {
        default(id)
            .points()
            .iter()
            .map(|p| format!("{} | {} | {}", p.what, p.value, p.source))
            .collect()
    };
    let salary = texts(ChartId::Salary);
    assert_eq!(salary.len(), 8);
    assert!(salary[2].starts_with(
        "Go, US: 90th percentile of base salary | $210,000 a year | Indeed job postings"
    ));
    assert!(salary[4].starts_with("Rust, US: median of base salary | $175,000 a year"));
    assert!(salary[6].contains("Go, India: base salary as a reported range, with no median or percentiles | $12,000–$30,000 a year (₹10–25 lakh) | Glassdoor Go Developer Salaries (n.d.)"));
    let jobs = texts(ChartId::Jobs);
    assert_eq!(jobs.len(), 10);
    assert!(jobs[0].starts_with("Go, 2025: US job postings, reported | ~38,000 postings | Indeed"));
    assert_eq!(
        jobs[7],
        "Rust, 2027: US job postings, projected | about 25,200 postings | Computed from the 2025 postings at +45% a year; not a forecast"
    );
    let sentiment = texts(ChartId::Sentiment);
    assert_eq!(sentiment.len(), 6);
    assert!(sentiment[1].starts_with("Rust: Admired, users who want to keep using it (#1 of the survey) | 83% | Stack Overflow Developer Survey 2024"));
    let growth = texts(ChartId::Growth);
    assert_eq!(growth.len(), 7);
    assert!(growth[0].starts_with("Rust: growth in contributor activity on GitHub, 2024 | +40%"));
    assert!(growth[6].starts_with("Rust: usual rank in the TIOBE index (1 is the most searched) | rank 14–17 | TIOBE Programming Community Index (n.d.)"));
    let learning = texts(ChartId::Learning);
    assert_eq!(learning.len(), 12);
    assert!(learning[5].starts_with(
        "Rust: Able to contribute to a team project | 2–3 months | As 15 developers report it"
    ));
    let team = texts(ChartId::Team);
    assert_eq!(team.len(), 6);
    assert!(team[4].starts_with(
        "Rust, after 3 months | 6–7 of 10 developers productive | The article's estimate"
    ));
    assert!(
        team[1]
            .starts_with("Go, after 3 months | 10 of 10 developers productive | Carried forward")
    );
    let scaled = Chart::Team(team::Model::new(dataset(), 20)).points();
    assert!(
        scaled[3]
            .source
            .starts_with("Computed from the article's estimates for a team of 10")
    );
}
