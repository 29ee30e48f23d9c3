//! Learning curve: the six milestones as time ranges, Go beside Rust, on a logarithmic time axis
//! labelled in days, weeks and months, so "1–2 days" and "9–18 months" are both readable.

use super::draw::{DrawResult, Log, NORMAL, Painter, SMALL, Text, wrap};
use super::readout::{Point, Spot};
use crate::data::{Citation, Dataset, DurationRange, Language, TimeUnit};
use crate::format;
use crate::table::{Row, Table};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// Average days in a month (365.25 / 12).
pub const DAYS_PER_MONTH: f64 = 30.4375;

/// A duration in days.
pub fn days(value: u32, unit: TimeUnit) -> f64 {
    let value = f64::from(value);
    match unit {
        TimeUnit::Seconds => value / 86_400.0,
        TimeUnit::Minutes => value / 1_440.0,
        TimeUnit::Days => value,
        TimeUnit::Weeks => value * 7.0,
        TimeUnit::Months => value * DAYS_PER_MONTH,
    }
}

/// Axis ticks: `(days, label)`.
const TICKS: [(f64, &str); 7] = [
    (1.0, "1 day"),
    (7.0, "1 week"),
    (DAYS_PER_MONTH, "1 month"),
    (3.0 * DAYS_PER_MONTH, "3 months"),
    (6.0 * DAYS_PER_MONTH, "6 months"),
    (12.0 * DAYS_PER_MONTH, "1 year"),
    (18.0 * DAYS_PER_MONTH, "18 months"),
];

#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub milestones: Vec<MilestoneRanges>,
    pub respondents: u16,
    pub respondent_min_experience_years: u8,
    pub cite: &'static Citation,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MilestoneRanges {
    pub label: String,
    pub go: DurationRange,
    pub rust: DurationRange,
}

impl MilestoneRanges {
    pub fn get(&self, language: Language) -> DurationRange {
        match language {
            Language::Go => self.go,
            Language::Rust => self.rust,
        }
    }
}

impl Model {
    pub fn new(d: &'static Dataset) -> Model {
        let l = &d.learning_curve;
        Model {
            milestones: l
                .milestones
                .iter()
                .map(|m| MilestoneRanges {
                    label: m.label.to_string(),
                    go: m.go,
                    rust: m.rust,
                })
                .collect(),
            respondents: l.respondents,
            respondent_min_experience_years: l.respondent_min_experience_years,
            cite: &l.cite,
        }
    }

    pub fn description(&self) -> String {
        let parts: Vec<String> = self
            .milestones
            .iter()
            .map(|m| {
                format!(
                    "{}: Go {}, Rust {}",
                    m.label,
                    format::duration_range(m.go),
                    format::duration_range(m.rust)
                )
            })
            .collect();
        format!(
            "Time to each milestone, as {} developers with at least {} years in other languages report it. {}.",
            self.respondents,
            self.respondent_min_experience_years,
            parts.join("; ")
        )
    }

    pub fn table(&self) -> Table {
        Table {
            id: "learning",
            caption: "Time to reach each milestone".to_string(),
            columns: ["Milestone", "Go", "Rust"].map(String::from).into(),
            rows: self
                .milestones
                .iter()
                .map(|m| {
                    Row::new([
                        m.label.clone(),
                        format::duration_range(m.go),
                        format::duration_range(m.rust),
                    ])
                })
                .collect(),
            cites: vec![self.cite],
            note: Some(format!(
                "Reported by {} developers with at least {} years in other languages: an informal poll, not a study.",
                self.respondents, self.respondent_min_experience_years
            )),
        }
    }

    pub fn citations(&self) -> Vec<&'static Citation> {
        vec![self.cite]
    }

    /// Each milestone's time for Go, then for Rust.
    pub fn points(&self) -> Vec<Point> {
        let mut points = Vec::new();
        for m in &self.milestones {
            for language in Language::BOTH {
                points.push(Point::new(
                    format::duration_range(m.get(language)),
                    format!("{}: {}", language.name(), m.label),
                    format!(
                        "As {} developers report it: {}",
                        self.respondents,
                        format::citation(self.cite)
                    ),
                ));
            }
        }
        points
    }
}

pub fn draw(p: &Painter, model: &Model) -> DrawResult {
    let palette = p.palette();
    p.clear()?;
    let milestone = Text::new(NORMAL, palette.text).bold();
    let name = Text::new(SMALL, palette.text).bold();
    let value = Text::new(SMALL, palette.text);
    let muted = Text::new(SMALL, palette.muted);

    let name_width = Language::BOTH
        .iter()
        .map(|l| p.text_width(l.name(), name))
        .fold(0.0, f64::max);
    let left = name_width + p.px(8.0);
    let first_tick = p.text_width(TICKS[0].1, muted) / 2.0;
    let last_tick = p.text_width(TICKS[TICKS.len() - 1].1, muted) / 2.0;
    let x = Log {
        domain: (TICKS[0].0, TICKS[TICKS.len() - 1].0),
        range: (left + first_tick, p.width - last_tick - p.px(2.0)),
    };
    let axis_y = p.height - p.line_height(muted) - p.px(4.0);

    // Lay the rows out first: each milestone's label may wrap on narrow screens.
    let labels: Vec<Vec<String>> = model
        .milestones
        .iter()
        .map(|m| wrap(&m.label, p.width, |s| p.text_width(s, milestone)))
        .collect();
    let label_lines: usize = labels.iter().map(Vec::len).sum();
    let bar_rows = (model.milestones.len() * 2) as f64;
    let gaps = p.px(8.0) * model.milestones.len() as f64;
    let bar_row =
        ((axis_y - p.line_height(milestone) * label_lines as f64 - gaps) / bar_rows).max(p.px(8.0));

    // Gridlines, with the tick labels that fit without touching their neighbour.
    let tick_labels: Vec<(f64, String)> = TICKS
        .iter()
        .map(|&(tick, text)| (x.map(tick), text.to_string()))
        .collect();
    p.vertical_grid(&tick_labels, (0.0, axis_y), muted)?;

    let mut y = 0.0;
    for (m, lines) in model.milestones.iter().zip(&labels) {
        for line in lines {
            p.text(line, (0.0, y), milestone.anchor(HPos::Left, VPos::Top))?;
            y += p.line_height(milestone);
        }
        for language in Language::BOTH {
            let color = palette.language(language);
            let range = m.get(language);
            let cy = y + bar_row / 2.0;
            let half = (bar_row * 0.3).min(p.px(7.0));
            let (bx0, bx1) = (
                x.map(days(range.low, range.unit)),
                x.map(days(range.high, range.unit))
                    .max(x.map(days(range.low, range.unit)) + p.px(4.0)),
            );
            p.text(
                language.name(),
                (0.0, cy),
                name.with_color(color).anchor(HPos::Left, VPos::Center),
            )?;
            p.rect((bx0, cy - half), (bx1, cy + half), color.to_rgba())?;
            let text = format::duration_range(range);
            let width = p.text_width(&text, value);
            p.spot(Spot::over(
                (bx0 + bx1) / 2.0,
                cy,
                (bx0 - p.px(5.0) - width, cy - bar_row / 2.0),
                (bx1 + p.px(5.0) + width, cy + bar_row / 2.0),
            ));
            if bx1 + p.px(5.0) + width <= p.width {
                p.text(
                    &text,
                    (bx1 + p.px(5.0), cy),
                    value.anchor(HPos::Left, VPos::Center),
                )?;
            } else {
                p.text(
                    &text,
                    (bx0 - p.px(5.0), cy),
                    value.anchor(HPos::Right, VPos::Center),
                )?;
            }
            y += bar_row;
        }
        y += p.px(8.0);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_convert_to_days() {
        assert_eq!(days(2, TimeUnit::Weeks), 14.0);
        assert_eq!(days(12, TimeUnit::Months), 365.25);
        assert_eq!(days(1, TimeUnit::Days), 1.0);
    }
}
