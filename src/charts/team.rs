//! Team onboarding: productive developers over the first months for a team of N adopting Go or
//! Rust, with the developer-months lost to onboarding for each. The article reports a few points
//! for a team of ten; the ramp between them, other team sizes and the developer-months are
//! computed by the app, and say so.

use super::draw::{DrawResult, Linear, NORMAL, Painter, SMALL, Text, nice_axis, ticks};
use super::readout::{Point, Spot};
use crate::data::{Citation, Dataset, Language, Range};
use crate::format::{self, range_text};
use crate::table::{Row, Table};
use crate::team::{MAX_TEAM, MIN_TEAM, Ramp};
use plotters::prelude::*;

/// The article's team size: the default of the slider.
pub fn default_size(d: &Dataset) -> u16 {
    d.team_onboarding.team_size
}

#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub size: u16,
    pub go: Ramp,
    pub rust: Ramp,
    /// The chart shows months 0 to this.
    pub horizon: f64,
    pub lost_go: Range<f64>,
    pub lost_rust: Range<f64>,
    /// The team size of the article's figures.
    pub reported_size: u16,
    pub cite: &'static Citation,
}

impl Model {
    /// The model for a team of `size` (clamped to 1–500).
    pub fn new(d: &'static Dataset, size: u16) -> Model {
        let t = &d.team_onboarding;
        let size = size.clamp(MIN_TEAM, MAX_TEAM);
        let go = Ramp::new(t, Language::Go, size);
        let rust = Ramp::new(t, Language::Rust, size);
        let (lost_go, lost_rust) = crate::team::lost_developer_months(t, size);
        let horizon = go.complete_at().max(rust.complete_at()) + 1.0;
        Model {
            size,
            go,
            rust,
            horizon,
            lost_go,
            lost_rust,
            reported_size: t.team_size,
            cite: &t.cite,
        }
    }

    pub fn ramp(&self, language: Language) -> &Ramp {
        match language {
            Language::Go => &self.go,
            Language::Rust => &self.rust,
        }
    }

    pub fn lost(&self, language: Language) -> Range<f64> {
        match language {
            Language::Go => self.lost_go,
            Language::Rust => self.lost_rust,
        }
    }

    /// `5` or `21.5–25.5` developer-months.
    pub fn lost_text(&self, language: Language) -> String {
        range_text(self.lost(language))
    }

    /// What the app computes on this chart, for its source line.
    pub fn computed(&self) -> String {
        format!(
            "Computed from the article's figures for a team of {}: the ramp between the reported \
             months, other team sizes and the developer-months lost",
            self.reported_size
        )
    }

    pub fn description(&self) -> String {
        let reached = |language| {
            let ramp = self.ramp(language);
            let points: Vec<String> = ramp.points[1..]
                .iter()
                .map(|&(month, low, high)| {
                    format!(
                        "{} after {}",
                        range_text(Range { low, high }),
                        format::duration(month as u32, crate::data::TimeUnit::Months)
                    )
                })
                .collect();
            points.join(", ")
        };
        let basis = if self.size == self.reported_size {
            format!(
                "The months are the article's estimates for a team of {}; the developer-months \
                 are computed from them by this app, assuming a steady ramp in between.",
                self.reported_size
            )
        } else {
            format!(
                "Computed by this app, scaling the article's estimates for a team of {} and \
                 assuming a steady ramp in between.",
                self.reported_size
            )
        };
        format!(
            "A team of {}. Productive with Go: {}; about {} lost to onboarding. Productive with \
             Rust: {}; about {} lost. {basis}",
            format::count(u32::from(self.size), "developer", "developers"),
            reached(Language::Go),
            format::developer_months(self.lost(Language::Go)),
            reached(Language::Rust),
            format::developer_months(self.lost(Language::Rust)),
        )
    }

    pub fn table(&self) -> Table {
        // Month 0 (the assumption) and the months the article reports; the chart draws the
        // ramp in between.
        let mut months = vec![0.0];
        months.extend(self.readout_months());
        let cell = |language: Language, month: f64| {
            let (low, high) = self.ramp(language).at(month);
            range_text(Range { low, high })
        };
        let first_go_month = self.go.points.get(1).map_or(0.0, |p| p.0);
        let mut rows: Vec<Row> = months
            .into_iter()
            .map(|month| {
                let basis = if month == 0.0 {
                    "Assumed: nobody productive at the start".to_string()
                } else if self.size != self.reported_size {
                    format!(
                        "Computed: the article's estimates for {} scaled to {}",
                        self.reported_size, self.size
                    )
                } else if month > first_go_month {
                    "Reported for Rust; Go's earlier figure carries forward".to_string()
                } else {
                    "Reported".to_string()
                };
                Row::new([
                    format::duration(month as u32, crate::data::TimeUnit::Months),
                    cell(Language::Go, month),
                    cell(Language::Rust, month),
                    basis,
                ])
            })
            .collect();
        rows.push(Row::new([
            "Developer-months lost to onboarding".to_string(),
            self.lost_text(Language::Go),
            self.lost_text(Language::Rust),
            "Computed: the area above a steady ramp between the months above".to_string(),
        ]));
        Table {
            id: "team",
            caption: format!(
                "Productive developers in a team of {} adopting each language",
                self.size
            ),
            columns: ["After", "Go", "Rust", "Figure"].map(String::from).into(),
            rows,
            cites: vec![self.cite],
            note: Some(format!(
                "The article estimates these months for a team of {}; other sizes are scaled by \
                 this app. A month without a figure of its own carries the last one forward. The \
                 lost developer-months are computed by this app, assuming nobody is productive at \
                 the start and a steady ramp between the reported months.",
                self.reported_size
            )),
        }
    }

    pub fn citations(&self) -> Vec<&'static Citation> {
        vec![self.cite]
    }

    /// The months either language reports (after the start), in order: where the readout
    /// stops on each line.
    pub fn readout_months(&self) -> Vec<f64> {
        let mut months: Vec<f64> = Vec::new();
        for language in Language::BOTH {
            for &(month, _, _) in &self.ramp(language).points[1..] {
                if !months.contains(&month) {
                    let at = months
                        .iter()
                        .position(|&m| m > month)
                        .unwrap_or(months.len());
                    months.insert(at, month);
                }
            }
        }
        months
    }

    /// Each line at each reported month, Go's first.
    pub fn points(&self) -> Vec<Point> {
        let mut points = Vec::new();
        for language in Language::BOTH {
            let ramp = self.ramp(language);
            for month in self.readout_months() {
                let (low, high) = ramp.at(month);
                let reported = ramp.points.iter().any(|p| p.0 == month);
                let source = if self.size != self.reported_size {
                    format!(
                        "Computed from the article's estimates for a team of {}: {}",
                        self.reported_size,
                        format::citation(self.cite)
                    )
                } else if reported {
                    format!("The article's estimate: {}", format::citation(self.cite))
                } else {
                    format!(
                        "Carried forward from the article's last estimate: {}",
                        format::citation(self.cite)
                    )
                };
                points.push(Point::new(
                    format!(
                        "{} of {} productive",
                        range_text(Range { low, high }),
                        format::count(u32::from(self.size), "developer", "developers")
                    ),
                    format!(
                        "{}, after {}",
                        language.name(),
                        format::duration(month as u32, crate::data::TimeUnit::Months)
                    ),
                    source,
                ));
            }
        }
        points
    }
}

pub fn draw(p: &Painter, model: &Model) -> DrawResult {
    let palette = p.palette();
    p.clear()?;
    let muted = Text::new(SMALL, palette.muted);
    let label = Text::new(NORMAL, palette.text).bold();
    let size = f64::from(model.size);

    let summary = format!(
        "Developer-months lost to onboarding (computed): Go {}, Rust {}",
        model.lost_text(Language::Go),
        model.lost_text(Language::Rust)
    );
    let top = p.paragraph(&summary, (0.0, 0.0), p.width, label)? + p.px(10.0);
    let (axis_max, step) = nice_axis(size, 5);
    let step = step.max(1.0);
    let axis_label_width = p.text_width(&format::decimal(axis_max), muted);
    let end_width = Language::BOTH
        .iter()
        .map(|l| p.text_width(l.name(), label))
        .fold(0.0, f64::max);
    let left = axis_label_width + p.px(8.0);
    let right = p.width - end_width - p.px(10.0);
    let bottom = p.height - p.line_height(muted) * 2.0 - p.px(6.0);
    let x = Linear {
        domain: (0.0, model.horizon),
        range: (left, right),
    };
    let y = Linear {
        domain: (0.0, axis_max),
        range: (bottom, top),
    };

    let tick_labels: Vec<(f64, String)> = ticks(axis_max, step)
        .into_iter()
        .map(|tick| (y.map(tick), format::decimal(tick)))
        .collect();
    p.horizontal_grid(&tick_labels, (left, right), muted)?;
    let months: Vec<(f64, String)> = (0..=model.horizon as u32)
        .map(|month| (x.map(f64::from(month)), month.to_string()))
        .collect();
    p.axis_labels(&months, bottom + p.px(4.0), muted)?;
    p.caption(
        &[
            "Months since adoption; productive developers on the left axis",
            "Months since adoption",
        ],
        (left + right) / 2.0,
        p.height - p.px(2.0),
        muted,
    )?;
    // The whole team, for reference.
    p.dashed(
        &[(left, y.map(size)), (right, y.map(size))],
        palette.muted.to_rgba(),
        1.0,
    )?;

    let mut end_ys = Vec::new();
    for language in Language::BOTH {
        let ramp = model.ramp(language);
        let color = palette.language(language);
        // The ramp is linear between its points and flat after the last: its points, extended
        // to the end of the axis, draw it exactly.
        let mut knots: Vec<(f64, f64, f64)> = ramp.points.clone();
        let last = knots[knots.len() - 1];
        knots.push((model.horizon, last.1, last.2));
        let at = |month: f64, count: f64| (x.map(month), y.map(count));
        let lows: Vec<(f64, f64)> = knots.iter().map(|&(m, low, _)| at(m, low)).collect();
        let highs: Vec<(f64, f64)> = knots.iter().map(|&(m, _, high)| at(m, high)).collect();
        // The reported range as a band, its middle as the line.
        let mut band = highs.clone();
        band.extend(lows.iter().rev());
        p.polygon(&band, color.mix(0.25))?;
        let middle: Vec<(f64, f64)> = knots
            .iter()
            .map(|&(m, low, high)| at(m, (low + high) / 2.0))
            .collect();
        match language {
            Language::Go => p.line(&middle, color.to_rgba(), 2.5)?,
            Language::Rust => p.dashed(&middle, color.to_rgba(), 2.5)?,
        }
        for &(month, low, high) in &ramp.points[1..] {
            p.marker(language, (x.map(month), y.map((low + high) / 2.0)), color)?;
        }
        end_ys.push(y.map(ramp.at(model.horizon).1));
    }
    // The readout's spots: each line at each month either reports.
    let reach = p.px(10.0);
    for language in Language::BOTH {
        let ramp = model.ramp(language);
        for month in model.readout_months() {
            let (low, high) = ramp.at(month);
            let (sx, sy) = (x.map(month), y.map((low + high) / 2.0));
            p.spot(Spot::over(
                sx,
                sy,
                (sx - reach, sy - reach),
                (sx + reach, sy + reach),
            ));
        }
    }
    // Both lines end at the whole team: stack their labels, Go above Rust, inside the area.
    let gap = p.line_height(label) + p.px(2.0);
    let half = p.px(label.size) / 2.0;
    if (end_ys[0] - end_ys[1]).abs() < gap {
        let upper = ((end_ys[0] + end_ys[1]) / 2.0 - gap / 2.0).max(top);
        end_ys = vec![upper, upper + gap];
    }
    for (i, language) in Language::BOTH.iter().enumerate() {
        p.text(
            language.name(),
            (
                right + p.px(8.0),
                super::arith::clamp(end_ys[i], half, p.height - half),
            ),
            label.with_color(palette.language(*language)),
        )?;
    }
    Ok(())
}
