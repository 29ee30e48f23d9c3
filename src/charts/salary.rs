//! Salary: the US median with its 10th–90th percentile spread for Go and Rust, so the spread is
//! as visible as the median, and the India figures as their own rows: Go's plain range as the
//! source gives it (no median, no percentiles), and an explicit "no reliable data" for Rust.

use super::draw::{DrawResult, Linear, NORMAL, Painter, SMALL, Text, nice_axis, ticks};
use super::readout::{Point, Spot};
use crate::data::{Citation, Dataset, Language, Range, Usd};
use crate::format;
use crate::table::{Row, Table};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub rows: Vec<SalaryRow>,
    /// The India figures as quoted, in lakh rupees.
    pub india_go_inr_lakh: Range<u32>,
    pub us_cite: &'static Citation,
    pub india_cite: &'static Citation,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SalaryRow {
    pub language: Language,
    pub region: &'static str,
    pub figures: Salary,
}

/// What a source says about one salary: these are different kinds of figure, and the chart,
/// the table and the description keep them apart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Salary {
    /// A median with the 10th and 90th percentiles.
    Percentiles { p10: Usd, median: Usd, p90: Usd },
    /// A plain range as reported, with no median and no percentiles.
    Range(Range<Usd>),
    /// The source has no reliable figure.
    NoData,
}

impl Salary {
    /// The low and high ends, whatever they are.
    pub fn ends(self) -> Option<Range<Usd>> {
        match self {
            Salary::Percentiles { p10, p90, .. } => Some(Range {
                low: p10,
                high: p90,
            }),
            Salary::Range(range) => Some(range),
            Salary::NoData => None,
        }
    }

    pub fn median(self) -> Option<Usd> {
        match self {
            Salary::Percentiles { median, .. } => Some(median),
            _ => None,
        }
    }
}

impl SalaryRow {
    pub fn label(&self) -> String {
        format!("{}, {}", self.language.name(), self.region)
    }
}

impl Model {
    pub fn new(d: &'static Dataset) -> Model {
        let m = &d.job_market;
        let e = &d.emerging_markets;
        let us = |language| {
            let jobs = m.get(language);
            SalaryRow {
                language,
                region: "US",
                figures: Salary::Percentiles {
                    p10: jobs.salary_p10_p90_usd.low,
                    median: jobs.median_salary_usd,
                    p90: jobs.salary_p10_p90_usd.high,
                },
            }
        };
        Model {
            rows: vec![
                us(Language::Go),
                us(Language::Rust),
                SalaryRow {
                    language: Language::Go,
                    region: "India",
                    figures: Salary::Range(e.india_go_salary.usd),
                },
                SalaryRow {
                    language: Language::Rust,
                    region: "India",
                    // The article gives no Rust salary for India: roles are too scarce.
                    figures: Salary::NoData,
                },
            ],
            india_go_inr_lakh: e.india_go_salary.inr_lakh,
            us_cite: &m.cite,
            india_cite: &e.india_go_salary.cite,
        }
    }

    /// The chart's takeaway in words, with its numbers: its accessible name.
    pub fn description(&self) -> String {
        let parts: Vec<String> = self
            .rows
            .iter()
            .map(|row| match row.figures {
                Salary::Percentiles { p10, median, p90 } => format!(
                    "{} median {} (10th–90th percentile {})",
                    row.label(),
                    format::usd(median),
                    format::usd_range(Range {
                        low: p10,
                        high: p90
                    })
                ),
                Salary::Range(range) => format!(
                    "{} {} a year (₹{} lakh), a range as reported, with no median or percentiles",
                    row.label(),
                    format::usd_range(range),
                    format::span(self.india_go_inr_lakh)
                ),
                Salary::NoData => format!("{}: no reliable salary data", row.label()),
            })
            .collect();
        format!("Annual base salary. {}.", parts.join("; "))
    }

    pub fn table(&self) -> Table {
        let dash = || "—".to_string();
        let rows = self
            .rows
            .iter()
            .map(|row| match row.figures {
                Salary::Percentiles { p10, median, p90 } => Row::new([
                    row.label(),
                    format::usd(p10),
                    format::usd(median),
                    format::usd(p90),
                    "10th and 90th percentiles".to_string(),
                ]),
                Salary::Range(range) => Row::new([
                    row.label(),
                    format::usd(range.low),
                    dash(),
                    format::usd(range.high),
                    format!(
                        "Ends of the reported range (₹{} lakh); no median or percentiles",
                        format::span(self.india_go_inr_lakh)
                    ),
                ]),
                Salary::NoData => Row::new([
                    row.label(),
                    "No reliable data".to_string(),
                    dash(),
                    dash(),
                    "Too few roles for reliable salary data".to_string(),
                ]),
            })
            .collect();
        Table {
            id: "salary",
            caption: "Annual base salary, US dollars".to_string(),
            columns: [
                "Language and market",
                "Low",
                "Median",
                "High",
                "Low and high are",
            ]
            .map(String::from)
            .into(),
            rows,
            cites: vec![],
            note: Some(format!(
                "US: {}. India: {}.",
                format::citation(self.us_cite),
                format::citation(self.india_cite),
            )),
        }
    }

    pub fn citations(&self) -> Vec<&'static Citation> {
        vec![self.us_cite, self.india_cite]
    }

    /// Each row's figures in reading order: a percentile row's 10th percentile, median and
    /// 90th percentile; a plain range as one point; "no data" as one.
    pub fn points(&self) -> Vec<Point> {
        let mut points = Vec::new();
        for row in &self.rows {
            let label = row.label();
            match row.figures {
                Salary::Percentiles { p10, median, p90 } => {
                    for (what, value) in [
                        ("10th percentile", p10),
                        ("median", median),
                        ("90th percentile", p90),
                    ] {
                        points.push(Point::new(
                            format!("{} a year", format::usd(value)),
                            format!("{label}: {what} of base salary"),
                            format::citation(self.us_cite),
                        ));
                    }
                }
                Salary::Range(range) => points.push(Point::new(
                    format!(
                        "{} a year (₹{} lakh)",
                        format::usd_range(range),
                        format::span(self.india_go_inr_lakh)
                    ),
                    format!(
                        "{label}: base salary as a reported range, with no median or percentiles"
                    ),
                    format::citation(self.india_cite),
                )),
                Salary::NoData => points.push(Point::new(
                    "No reliable data".to_string(),
                    format!("{label}: base salary; too few roles for reliable figures"),
                    format::citation(self.india_cite),
                )),
            }
        }
        points
    }
}

pub fn draw(p: &Painter, model: &Model) -> DrawResult {
    let palette = p.palette();
    p.clear()?;
    let label = Text::new(NORMAL, palette.text).bold();
    let value = Text::new(SMALL, palette.text);
    let muted = Text::new(SMALL, palette.muted);
    let gap = p.px(5.0);

    let label_width = model
        .rows
        .iter()
        .map(|row| p.text_width(&row.label(), label))
        .fold(0.0, f64::max);
    let max = model
        .rows
        .iter()
        .filter_map(|row| row.figures.ends().map(|r| f64::from(r.high.0)))
        .fold(0.0, f64::max);
    let (axis_max, step) = nice_axis(max / 1000.0, 5);
    // Room on the right for the widest range end that follows a bar.
    let right_labels = model
        .rows
        .iter()
        .filter_map(|row| row.figures.ends())
        .map(|r| p.text_width(&format::usd_k(r.high), value))
        .fold(0.0, f64::max);

    let left = label_width + p.px(12.0);
    let right = p.width - right_labels - gap;
    let top = p.px(6.0);
    let axis_y = p.height - p.line_height(muted) * 2.0 - p.px(6.0);
    let x = Linear {
        domain: (0.0, axis_max),
        range: (left, right),
    };

    // Grid and axis labels, in thousands of dollars.
    let tick_labels: Vec<(f64, String)> = ticks(axis_max, step)
        .into_iter()
        .map(|tick| (x.map(tick), format!("${}k", format::decimal(tick))))
        .collect();
    p.vertical_grid(&tick_labels, (top, axis_y), muted)?;
    p.caption(
        &[
            "Annual base salary (US dollars, thousands)",
            "Base salary, US$ thousands",
        ],
        (left + right) / 2.0,
        p.height - p.px(2.0),
        muted,
    )?;

    let row_height = (axis_y - top) / model.rows.len() as f64;
    for (i, row) in model.rows.iter().enumerate() {
        let cy = top + row_height * (i as f64 + 0.5);
        let color = palette.language(row.language);
        p.text(
            &row.label(),
            (0.0, cy),
            label.anchor(HPos::Left, VPos::Center),
        )?;
        let Some(range) = row.figures.ends() else {
            let text = p.fit(
                &["No reliable salary data: too few roles", "No reliable data"],
                p.width - left,
                muted,
            );
            p.text(text, (left, cy), muted.anchor(HPos::Left, VPos::Center))?;
            let width = p.text_width(text, muted);
            let half = p.line_height(muted) / 2.0;
            p.spot(Spot::over(
                left + width / 2.0,
                cy,
                (left, cy - half),
                (left + width, cy + half),
            ));
            continue;
        };
        let (x0, x1) = (
            x.map(f64::from(range.low.0) / 1000.0),
            x.map(f64::from(range.high.0) / 1000.0),
        );
        let half = p.px(5.0);
        // The readout's spots: a percentile bar is shared between its three figures, each
        // reached from the part of the bar nearest it; a plain range is one spot.
        let reach = half * 1.8;
        match row.figures {
            Salary::Percentiles { median, .. } => {
                let mx = x.map(f64::from(median.0) / 1000.0);
                let (a, b) = ((x0 + mx) / 2.0, (mx + x1) / 2.0);
                p.spot(Spot::over(x0, cy, (x0, cy - reach), (a, cy + reach)));
                p.spot(Spot::over(mx, cy, (a, cy - reach), (b, cy + reach)));
                p.spot(Spot::over(x1, cy, (b, cy - reach), (x1, cy + reach)));
            }
            _ => p.spot(Spot::over(
                (x0 + x1) / 2.0,
                cy,
                (x0, cy - reach),
                (x1, cy + reach),
            )),
        }
        match row.figures {
            // A percentile spread: a filled bar between its ends.
            Salary::Percentiles { .. } => {
                p.rect((x0, cy - half), (x1, cy + half), color.mix(0.35))?;
                p.line(&[(x0, cy - half), (x0, cy + half)], color.to_rgba(), 2.0)?;
                p.line(&[(x1, cy - half), (x1, cy + half)], color.to_rgba(), 2.0)?;
            }
            // A plain range: an outline only, so it does not read as a percentile spread.
            _ => {
                let outline = [
                    (x0, cy - half),
                    (x1, cy - half),
                    (x1, cy + half),
                    (x0, cy + half),
                    (x0, cy - half),
                ];
                p.dashed(&outline, color.to_rgba(), 1.5)?;
            }
        }

        // Range ends beside the bar when there is room, otherwise together after it.
        let low = format::usd_k(range.low);
        let high = format::usd_k(range.high);
        let end_label = value.anchor(HPos::Left, VPos::Center);
        if x0 - left > p.text_width(&low, value) + 2.0 * gap {
            p.text(
                &low,
                (x0 - gap, cy),
                value.anchor(HPos::Right, VPos::Center),
            )?;
            p.text(&high, (x1 + gap, cy), end_label)?;
        } else {
            let both = format!("{low}–{high}");
            if x1 + gap + p.text_width(&both, value) <= p.width {
                p.text(&both, (x1 + gap, cy), end_label)?;
            } else {
                p.text(
                    &both,
                    (x0 - gap, cy),
                    value.anchor(HPos::Right, VPos::Center),
                )?;
            }
        }

        // Say once what a percentile bar is, below the first one.
        if matches!(row.figures, Salary::Percentiles { .. })
            && model
                .rows
                .iter()
                .position(|r| matches!(r.figures, Salary::Percentiles { .. }))
                == Some(i)
        {
            let text = p.fit(
                &[
                    "bar: 10th to 90th percentile; tick: median",
                    "10th–90th percentile",
                ],
                p.width - x0,
                muted,
            );
            // Under the bar, moved left where it would run past the edge.
            let tx = x0.min(p.width - p.text_width(text, muted)).max(0.0);
            p.text(
                text,
                (tx, cy + half + p.px(3.0)),
                muted.anchor(HPos::Left, VPos::Top),
            )?;
        }
        match row.figures.median() {
            Some(median) => {
                let mx = x.map(f64::from(median.0) / 1000.0);
                p.line(
                    &[(mx, cy - half * 1.8), (mx, cy + half * 1.8)],
                    color.to_rgba(),
                    3.0,
                )?;
                let text = format!("{} median", format::usd_k(median));
                let width = p.text_width(&text, value.bold());
                let tx = super::arith::clamp(mx, width / 2.0, p.width - width / 2.0);
                p.text(
                    &text,
                    (tx, cy - half * 1.8 - p.px(2.0)),
                    value.bold().anchor(HPos::Center, VPos::Bottom),
                )?;
            }
            None => {
                let text = p.fit(
                    &[
                        "range as reported: no median, no percentiles",
                        "reported range, no median",
                        "no median",
                    ],
                    p.width - x0,
                    muted,
                );
                p.text(
                    text,
                    (x0, cy + half + p.px(3.0)),
                    muted.anchor(HPos::Left, VPos::Top),
                )?;
            }
        }
    }
    Ok(())
}
