//! The headline: the few figures that matter most, shown before anything else loads.

use crate::data::{Citation, Dataset, Language};
use crate::format;

/// One headline figure for both languages.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyFigure {
    pub label: String,
    pub go: String,
    pub rust: String,
    pub cite: &'static Citation,
}

/// The page's one-line description, also used as its meta description.
pub const LEDE: &str = "Should you learn Rust or Go? Job postings, salaries, developer surveys and \
learning curves from one article's data, with every figure sourced and an advisor that shows its \
reasoning.";

/// Postings, median salary, posting growth and how admired each language is.
pub fn key_figures(d: &'static Dataset) -> Vec<KeyFigure> {
    let m = &d.job_market;
    let s = &d.sentiment;
    let approx = if m.postings_approximate { "~" } else { "" };
    let both = |f: &dyn Fn(Language) -> String| (f(Language::Go), f(Language::Rust));
    let figure = |label: String, (go, rust): (String, String), cite| KeyFigure {
        label,
        go,
        rust,
        cite,
    };
    vec![
        figure(
            format!(
                "Job postings, {} {}",
                m.region,
                crate::format::year(m.cite.year)
            ),
            both(&|l| format!("{approx}{}", format::thousands(m.get(l).postings))),
            &m.cite,
        ),
        figure(
            "Median base salary".to_string(),
            both(&|l| format::usd(m.get(l).median_salary_usd)),
            &m.cite,
        ),
        figure(
            "Growth in postings, year over year".to_string(),
            both(&|l| format::growth(m.get(l).postings_yoy_growth_pct)),
            &m.cite,
        ),
        figure(
            format!("Admired by its users, {}", format::year(s.cite.year)),
            (
                format::percent(s.admired.go),
                format::percent(s.admired.rust),
            ),
            &s.cite,
        ),
    ]
}
