//! The embed contract (PRODUCT.md, "Embeds"), without the browser: which widget `?embed=` asks
//! for, the theme, the options a chart widget accepts, the resize message, and the copy-paste
//! snippet.

use crate::charts::{Chart, ChartId, jobs, team};
use crate::data::Dataset;
use crate::url;

/// Every widget id, in the order the "unknown widget" message lists them.
pub const WIDGET_IDS: [&str; 7] = [
    "quiz",
    "salary",
    "jobs",
    "sentiment",
    "growth",
    "learning",
    "team",
];

/// The `type` of the message a widget posts to its parent when its height changes.
pub const RESIZE_MESSAGE: &str = "rust-or-go:resize";
/// The `type` of the message `embed.js` sends each frame when it loads, asking widgets to
/// report their height again (they may have reported before it was listening).
pub const MEASURE_MESSAGE: &str = "rust-or-go:measure";

/// What `?embed=` asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Widget {
    Quiz,
    Chart(ChartId),
    /// An id that is not a widget; the page says so and lists the valid ids.
    Unknown(String),
}

impl Widget {
    pub fn id(&self) -> &str {
        match self {
            Widget::Quiz => "quiz",
            Widget::Chart(chart) => chart.id(),
            Widget::Unknown(id) => id,
        }
    }

    pub fn title(&self) -> &'static str {
        match self {
            Widget::Quiz => "Should you learn Rust or Go?",
            Widget::Chart(chart) => chart.title(),
            Widget::Unknown(_) => "Rust or Go?",
        }
    }

    /// A height, in CSS pixels, that shows the widget well at a blog's column width: the iframe's
    /// height before `embed.js` fits it to the content, or without it.
    pub fn default_height(&self) -> u32 {
        match self {
            Widget::Quiz => 1500,
            Widget::Chart(ChartId::Salary) => 480,
            Widget::Chart(ChartId::Jobs) => 640,
            Widget::Chart(ChartId::Sentiment) => 500,
            Widget::Chart(ChartId::Growth) => 600,
            Widget::Chart(ChartId::Learning) => 760,
            Widget::Chart(ChartId::Team) => 560,
            Widget::Unknown(_) => 200,
        }
    }
}

/// The requested widget, if the page is an embed (`?embed=` present, first value).
pub fn requested_widget(pairs: &[(String, String)]) -> Option<Widget> {
    let id = url::first(pairs, "embed")?;
    Some(match id {
        "quiz" => Widget::Quiz,
        other => ChartId::from_id(other).map_or_else(
            || Widget::Unknown(other.chars().take(40).collect()),
            Widget::Chart,
        ),
    })
}

/// `theme=light|dark|auto`; anything else is `Auto`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    pub fn id(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Theme::Auto => "Follow the reader's system",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
        }
    }

    pub fn from_pairs(pairs: &[(String, String)]) -> Theme {
        match url::first(pairs, "theme") {
            Some("light") => Theme::Light,
            Some("dark") => Theme::Dark,
            _ => Theme::Auto,
        }
    }
}

/// Query keys of the chart options: the projection's growth rates and the team size.
pub const GO_GROWTH: &str = "go_growth";
pub const RUST_GROWTH: &str = "rust_growth";
pub const TEAM_SIZE: &str = "team";
/// Query key of the jobs projection's horizon in years: the article's (the default) or 10.
pub const HORIZON: &str = "horizon";

/// A chart at the options the query string gives (where the chart has controls), else at the
/// article's figures. Invalid values are ignored.
pub fn chart_from_pairs(id: ChartId, pairs: &[(String, String)], d: &'static Dataset) -> Chart {
    let int = |key: &str| url::first(pairs, key).and_then(parse_int);
    match id {
        ChartId::Jobs if id.in_build() => {
            let model = jobs::Model::new(d);
            let rate = |key, default: f64| {
                int(key)
                    .filter(|r| (i64::from(jobs::RATE_MIN)..=i64::from(jobs::RATE_MAX)).contains(r))
                    .map_or(default, |r| r as f64)
            };
            let (go, rust) = (
                rate(GO_GROWTH, model.article_rates.go),
                rate(RUST_GROWTH, model.article_rates.rust),
            );
            let horizon = int(HORIZON)
                .and_then(|years| u8::try_from(years).ok())
                .filter(|years| model.horizons().contains(years))
                .unwrap_or(model.horizon);
            Chart::Jobs(model.with_rates(go, rust).with_horizon(horizon))
        }
        ChartId::Team if id.in_build() => {
            let size = int(TEAM_SIZE)
                .and_then(|n| u16::try_from(n).ok())
                .filter(|n| (crate::team::MIN_TEAM..=crate::team::MAX_TEAM).contains(n))
                .unwrap_or_else(|| team::default_size(d));
            Chart::Team(team::Model::new(d, size))
        }
        other => Chart::new(other, d),
    }
}

/// The options of a chart that differ from the article's figures, as query pairs: what an
/// author's snippet carries to show the same view.
pub fn chart_options(chart: &Chart) -> Vec<(String, String)> {
    match chart {
        Chart::Jobs(model) => {
            let mut pairs = Vec::new();
            if model.rates.go != model.article_rates.go {
                pairs.push((GO_GROWTH.to_string(), (model.rates.go as i64).to_string()));
            }
            if model.rates.rust != model.article_rates.rust {
                pairs.push((
                    RUST_GROWTH.to_string(),
                    (model.rates.rust as i64).to_string(),
                ));
            }
            if model.horizon != model.horizons()[0] {
                pairs.push((HORIZON.to_string(), model.horizon.to_string()));
            }
            pairs
        }
        Chart::Team(model) if model.size != model.reported_size => {
            vec![(TEAM_SIZE.to_string(), model.size.to_string())]
        }
        _ => Vec::new(),
    }
}

/// A signed whole number of at most four digits.
fn parse_int(text: &str) -> Option<i64> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    if digits.is_empty() || digits.len() > 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// The copy-paste snippet: an iframe of the widget and the `embed.js` that sizes it.
///
/// `base` is the app's public URL, ending in `/` (`https://example.org/tools/rust-or-go/`);
/// `extra` are further query pairs (advisor answers, chart options).
pub fn snippet(base: &str, widget: &Widget, theme: Theme, extra: &[(String, String)]) -> String {
    let mut pairs = vec![("embed".to_string(), widget.id().to_string())];
    if theme != Theme::Auto {
        pairs.push(("theme".to_string(), theme.id().to_string()));
    }
    pairs.extend(extra.iter().cloned());
    let src = format!("{base}?{}", url::write_query(&pairs));
    format!(
        "<iframe src=\"{}\" title=\"{}\" height=\"{}\" loading=\"lazy\" style=\"width:100%;border:0\"></iframe>\n\
         <script src=\"{}embed.js\" async></script>",
        attribute(&src),
        attribute(widget.title()),
        widget.default_height(),
        attribute(base),
    )
}

/// Escapes text for a double-quoted HTML attribute.
fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset;

    fn pairs(query: &str) -> Vec<(String, String)> {
        url::parse_query(query)
    }

    #[test]
    fn embed_ids_follow_the_contract() {
        assert_eq!(requested_widget(&pairs("")), None);
        assert_eq!(requested_widget(&pairs("embed=quiz")), Some(Widget::Quiz));
        for id in &WIDGET_IDS[1..] {
            let widget = requested_widget(&pairs(&format!("embed={id}"))).unwrap();
            assert_eq!(widget.id(), *id);
            assert!(matches!(widget, Widget::Chart(_)));
        }
        assert_eq!(
            requested_widget(&pairs("embed=pie")),
            Some(Widget::Unknown("pie".to_string()))
        );
        // An empty or absurd id is unknown, and kept short for the message.
        assert_eq!(
            requested_widget(&pairs("embed=")),
            Some(Widget::Unknown(String::new()))
        );
        let long = requested_widget(&pairs(&format!("embed={}", "x".repeat(500)))).unwrap();
        assert_eq!(long.id().len(), 40);
    }

    #[test]
    fn themes_follow_the_contract() {
        assert_eq!(Theme::from_pairs(&pairs("theme=dark")), Theme::Dark);
        assert_eq!(Theme::from_pairs(&pairs("theme=light")), Theme::Light);
        assert_eq!(Theme::from_pairs(&pairs("theme=auto")), Theme::Auto);
        assert_eq!(Theme::from_pairs(&pairs("theme=<b>")), Theme::Auto);
        assert_eq!(Theme::from_pairs(&pairs("")), Theme::Auto);
    }

    #[test]
    fn chart_options_read_and_write_the_same_view() {
        let chart = chart_from_pairs(
            ChartId::Jobs,
            &pairs("go_growth=10&rust_growth=60"),
            dataset(),
        );
        let Chart::Jobs(model) = &chart else { panic!() };
        assert_eq!((model.rates.go, model.rates.rust), (10.0, 60.0));
        assert_eq!(chart_options(&chart), pairs("go_growth=10&rust_growth=60"));
        // The projection's horizon: the article's by default, ten years on request.
        let chart = chart_from_pairs(ChartId::Jobs, &pairs("horizon=10"), dataset());
        let Chart::Jobs(model) = &chart else { panic!() };
        assert_eq!(model.horizon, 10);
        assert_eq!(chart_options(&chart), pairs("horizon=10"));
        for other in ["horizon=7", "horizon=4", "horizon=x", "horizon=-10"] {
            let Chart::Jobs(model) = chart_from_pairs(ChartId::Jobs, &pairs(other), dataset())
            else {
                panic!()
            };
            assert_eq!(model.horizon, 4, "{other}");
        }
        // Invalid or out-of-range options fall back to the article's figures.
        let chart = chart_from_pairs(
            ChartId::Jobs,
            &pairs("go_growth=500&rust_growth=x"),
            dataset(),
        );
        assert_eq!(chart, Chart::new(ChartId::Jobs, dataset()));
        assert_eq!(chart_options(&chart), vec![]);
        let chart = chart_from_pairs(ChartId::Team, &pairs("team=25"), dataset());
        assert_eq!(chart_options(&chart), pairs("team=25"));
        assert_eq!(
            chart_from_pairs(ChartId::Team, &pairs("team=0"), dataset()),
            Chart::new(ChartId::Team, dataset())
        );
    }

    #[test]
    fn the_snippet_has_the_contract_shape() {
        let snippet = snippet(
            "https://example.org/tools/rust-or-go/",
            &Widget::Chart(ChartId::Salary),
            Theme::Dark,
            &[],
        );
        assert_eq!(
            snippet,
            "<iframe src=\"https://example.org/tools/rust-or-go/?embed=salary&amp;theme=dark\" \
             title=\"Salaries: the median and the spread\" height=\"480\" loading=\"lazy\" \
             style=\"width:100%;border:0\"></iframe>\n\
             <script src=\"https://example.org/tools/rust-or-go/embed.js\" async></script>"
        );
        let quiz = snippet_for_quiz();
        assert!(
            quiz.contains("?embed=quiz&amp;build=wasm&amp;months=12\""),
            "{quiz}"
        );
    }

    /// Hostile query strings, many more than the browser tests visit (hostile-embeds.test.mjs):
    /// whatever comes in, an embed gets a widget of the contract or a short unknown id, and a
    /// chart whose options stay in range, write back to the same chart, and draw.
    #[test]
    fn hostile_queries_give_a_widget_and_a_chart_that_draws() {
        use crate::charts::draw::Palette;
        use crate::charts::{native_style, to_svg};
        let keys = ["embed", "theme", GO_GROWTH, RUST_GROWTH, TEAM_SIZE, HORIZON];
        let values: Vec<&str> = WIDGET_IDS
            .into_iter()
            .chain([
                "dark", "light", "auto", "0", "1", "4", "9", "10", "-5", "60", "100", "101", "500",
                "501", "-0",
            ])
            .collect();
        let junk = [
            "",
            "=",
            "%",
            "%zz",
            "%00",
            "%ED%A0%80",
            "+",
            "1e3",
            "0x10",
            "1.5",
            "NaN",
            " 9",
            "３",
            "🦀",
            "é",
            "\u{202e}",
            "<script>",
            "\"'><img src=x onerror=alert(1)>",
            "javascript:",
            "99999999999999999999",
            "embed[]",
            "THEME",
        ];
        let mut rng = crate::test_rng::XorShift(0x2545_f491_4f6c_dd1d);
        let mut below = |n: usize| rng.below(n);
        let mut drawn = std::collections::HashSet::new();
        for round in 0..4000 {
            // Pairs of the contract's keys and values, junk in either place, keys without a
            // value, empty pairs and repeated keys.
            let mut parts = Vec::new();
            for _ in 0..below(8) {
                let key = if below(10) < 8 {
                    keys[below(keys.len())]
                } else {
                    junk[below(junk.len())]
                };
                let value = if below(10) < 6 {
                    values[below(values.len())]
                } else {
                    junk[below(junk.len())]
                };
                parts.push(match below(10) {
                    0 => key.to_string(),
                    1 => String::new(),
                    _ => format!("{key}={value}"),
                });
            }
            let mut query = parts.join("&");
            if round % 400 == 0 {
                query.push_str(&"9".repeat(5000));
            }
            let pairs = pairs(&query);
            match requested_widget(&pairs) {
                Some(Widget::Unknown(id)) => assert!(id.chars().count() <= 40, "{query:?}"),
                Some(widget) => assert!(WIDGET_IDS.contains(&widget.id()), "{query:?}"),
                None => {}
            }
            for id in ChartId::ALL {
                let chart = chart_from_pairs(id, &pairs, dataset());
                // Options stay within the contract's ranges.
                match &chart {
                    Chart::Jobs(model) => {
                        let rates = f64::from(jobs::RATE_MIN)..=f64::from(jobs::RATE_MAX);
                        assert!(rates.contains(&model.rates.go), "{query:?}");
                        assert!(rates.contains(&model.rates.rust), "{query:?}");
                        assert!(model.horizons().contains(&model.horizon), "{query:?}");
                    }
                    Chart::Team(model) => assert!(
                        (crate::team::MIN_TEAM..=crate::team::MAX_TEAM).contains(&model.size),
                        "{query:?}"
                    ),
                    _ => {}
                }
                let options = chart_options(&chart);
                assert_eq!(
                    chart_from_pairs(id, &options, dataset()),
                    chart,
                    "{query:?}"
                );
                // Each view the options give is drawn once.
                if drawn.insert((id, options)) {
                    to_svg(&chart, (640, 400), &native_style(Palette::LIGHT))
                        .unwrap_or_else(|error| panic!("{query:?}: {error}"));
                }
            }
        }
        assert!(drawn.len() > ChartId::ALL.len(), "some queries set options");
    }

    fn snippet_for_quiz() -> String {
        snippet(
            "https://h/",
            &Widget::Quiz,
            Theme::Auto,
            &pairs("build=wasm&months=12"),
        )
    }
}
