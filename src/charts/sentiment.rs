//! Sentiment: the Stack Overflow survey's admired, desired and used shares for Go and Rust.

use super::draw::{DrawResult, Linear, NORMAL, Painter, SMALL, Text, ticks};
use super::readout::{Point, Spot};
use crate::data::{Citation, Dataset, Language, PerLanguage, Percent};
use crate::format;
use crate::table::{Row, Table};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub measures: Vec<Measure>,
    /// `(years, first year, last year)` Rust has been the most admired language.
    pub rust_streak: (u8, u16, u16),
    pub cite: &'static Citation,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Measure {
    pub name: &'static str,
    /// Whose share it is.
    pub meaning: &'static str,
    pub values: PerLanguage<Percent>,
    /// Rust's rank among all languages of the survey, where the article gives it.
    pub rust_rank: Option<u8>,
}

impl Model {
    pub fn new(d: &'static Dataset) -> Model {
        let s = &d.sentiment;
        Model {
            measures: vec![
                Measure {
                    name: "Admired",
                    meaning: "users who want to keep using it",
                    values: s.admired,
                    rust_rank: Some(s.rust_rank_admired),
                },
                Measure {
                    name: "Desired",
                    meaning: "developers who want to start using it",
                    values: s.desired,
                    rust_rank: Some(s.rust_rank_desired),
                },
                Measure {
                    name: "Used",
                    meaning: "share of all respondents",
                    values: s.used,
                    rust_rank: None,
                },
            ],
            rust_streak: (
                s.rust_admired_streak.years,
                s.rust_admired_streak.first_year,
                s.rust_admired_streak.last_year,
            ),
            cite: &s.cite,
        }
    }

    pub fn description(&self) -> String {
        let parts: Vec<String> = self
            .measures
            .iter()
            .map(|m| {
                format!(
                    "{}: Go {}, Rust {}",
                    m.name,
                    format::percent(m.values.go),
                    format::percent(m.values.rust)
                )
            })
            .collect();
        let (years, first, last) = self.rust_streak;
        format!(
            "Stack Overflow Developer Survey {}. {}. Rust has been the most admired language {years} years in a row ({first}–{last}).",
            format::year(self.cite.year),
            parts.join("; ")
        )
    }

    pub fn table(&self) -> Table {
        let (years, first, last) = self.rust_streak;
        Table {
            id: "sentiment",
            caption: format!(
                "Developer sentiment, Stack Overflow survey {}",
                format::year(self.cite.year)
            ),
            columns: ["Measure", "Go", "Rust"].map(String::from).into(),
            rows: self
                .measures
                .iter()
                .map(|m| {
                    let rank = m.rust_rank.map_or(String::new(), |r| format!(" (#{r})"));
                    Row::new([
                        format!("{}: {}", m.name, m.meaning),
                        format::percent(m.values.go),
                        format!("{}{rank}", format::percent(m.values.rust)),
                    ])
                })
                .collect(),
            cites: vec![self.cite],
            note: Some(format!(
                "#1 marks the top language of the whole survey. Rust has been the most admired language {years} years in a row ({first}–{last})."
            )),
        }
    }

    pub fn citations(&self) -> Vec<&'static Citation> {
        vec![self.cite]
    }

    /// Each bar, measure by measure, Go before Rust.
    pub fn points(&self) -> Vec<Point> {
        let mut points = Vec::new();
        for measure in &self.measures {
            for language in Language::BOTH {
                let rank = match (language, measure.rust_rank) {
                    (Language::Rust, Some(rank)) => format!(" (#{rank} of the survey)"),
                    _ => String::new(),
                };
                points.push(Point::new(
                    format::percent(*measure.values.get(language)),
                    format!(
                        "{}: {}, {}{rank}",
                        language.name(),
                        measure.name,
                        measure.meaning
                    ),
                    format::citation(self.cite),
                ));
            }
        }
        points
    }
}

pub fn draw(p: &Painter, model: &Model) -> DrawResult {
    let palette = p.palette();
    p.clear()?;
    let heading = Text::new(NORMAL, palette.text).bold();
    let muted = Text::new(SMALL, palette.muted);
    let value = Text::new(SMALL, palette.text).bold();

    let name_width = Language::BOTH
        .iter()
        .map(|l| p.text_width(l.name(), heading))
        .fold(0.0, f64::max);
    let left = name_width + p.px(8.0);
    let right = p.width - p.text_width("100%", value) - p.px(8.0);
    let axis_y = p.height - p.line_height(muted) - p.px(4.0);
    let x = Linear {
        domain: (0.0, 100.0),
        range: (left, right),
    };

    let tick_labels: Vec<(f64, String)> = ticks(100.0, 25.0)
        .into_iter()
        .map(|tick| (x.map(tick), format!("{}%", format::decimal(tick))))
        .collect();
    p.vertical_grid(&tick_labels, (0.0, axis_y), muted)?;

    let titles: Vec<String> = model
        .measures
        .iter()
        .map(|m| format!("{}: {}", m.name, m.meaning))
        .collect();
    let title_lines = titles
        .iter()
        .map(|t| super::draw::wrap(t, p.width, |line| p.text_width(line, muted)).len())
        .max()
        .unwrap_or(1);
    let title_height = p.line_height(muted) * title_lines as f64;
    let group_height = axis_y / model.measures.len() as f64;
    let bar = ((group_height - title_height - p.px(12.0)) / 2.0 * 0.8).min(p.px(18.0));
    for (i, measure) in model.measures.iter().enumerate() {
        let group_top = group_height * i as f64;
        p.paragraph(&titles[i], (0.0, group_top + p.px(2.0)), p.width, muted)?;
        let bars_top = group_top + title_height + p.px(6.0);
        for (j, &language) in Language::BOTH.iter().enumerate() {
            let color = palette.language(language);
            let cy = bars_top + bar * (j as f64 + 0.5) / 0.8;
            let share = measure.values.get(language).0;
            p.text(
                language.name(),
                (0.0, cy),
                heading.with_color(color).anchor(HPos::Left, VPos::Center),
            )?;
            p.rect(
                (left, cy - bar / 2.0),
                (x.map(share), cy + bar / 2.0),
                color.to_rgba(),
            )?;
            let label = format::percent(Percent(share));
            p.text(
                &label,
                (x.map(share) + p.px(5.0), cy),
                value.anchor(HPos::Left, VPos::Center),
            )?;
            let end = x.map(share) + p.px(5.0) + p.text_width(&label, value);
            p.spot(Spot::over(
                x.map(share),
                cy,
                (left, cy - bar / 2.0),
                (end, cy + bar / 2.0),
            ));
        }
    }
    Ok(())
}
