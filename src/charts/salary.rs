//! Salary: the US median with its 10th–90th percentile range for Go and Rust, so the spread is
//! as visible as the median, and the India figures as their own rows: Go's range, and an
//! explicit "no reliable data" for Rust.

use super::draw::{DrawResult, Linear, NORMAL, Painter, SMALL, Text, nice_axis, ticks};
use crate::content::{Row, Table};
use crate::data::{Citation, Dataset, Language, Range, Usd};
use crate::format;
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
    /// `None` when the source has no reliable figure.
    pub range: Option<Range<Usd>>,
    pub median: Option<Usd>,
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
                range: Some(jobs.salary_p10_p90_usd),
                median: Some(jobs.median_salary_usd),
            }
        };
        Model {
            rows: vec![
                us(Language::Go),
                us(Language::Rust),
                SalaryRow {
                    language: Language::Go,
                    region: "India",
                    range: Some(e.india_go_salary.usd),
                    median: None,
                },
                SalaryRow {
                    language: Language::Rust,
                    region: "India",
                    range: None,
                    median: None,
                },
            ],
            india_go_inr_lakh: e.india_go_salary.inr_lakh,
            us_cite: &m.cite,
            india_cite: &e.india_go_salary.cite,
        }
    }

    /// The chart's takeaway in words, with its numbers: its accessible name.
    pub fn description(&self) -> String {
        let mut parts = Vec::new();
        for row in &self.rows {
            let text = match (row.median, row.range) {
                (Some(median), Some(range)) => format!(
                    "{} median {} (10th–90th percentile {})",
                    row.label(),
                    format::usd(median),
                    format::usd_range(range)
                ),
                (None, Some(range)) => format!(
                    "{} {} a year (₹{} lakh), no median given",
                    row.label(),
                    format::usd_range(range),
                    format::span(self.india_go_inr_lakh)
                ),
                _ => format!("{}: no reliable salary data", row.label()),
            };
            parts.push(text);
        }
        format!("Annual base salary. {}.", parts.join("; "))
    }

    pub fn table(&self) -> Table {
        let dash = || "—".to_string();
        let rows = self
            .rows
            .iter()
            .map(|row| match row.range {
                Some(range) => Row::new([
                    row.label(),
                    format::usd(range.low),
                    row.median.map_or_else(dash, format::usd),
                    format::usd(range.high),
                ]),
                None => Row::new([row.label(), "No reliable data".to_string(), dash(), dash()]),
            })
            .collect();
        Table {
            id: "salary",
            caption: "Annual base salary, US dollars".to_string(),
            columns: [
                "Language and market",
                "10th percentile",
                "Median",
                "90th percentile",
            ]
            .map(String::from)
            .into(),
            rows,
            cites: vec![],
            note: Some(format!(
                "US: {}. India: {}; the range is ₹{} lakh, and the source gives no median.",
                format::citation(self.us_cite),
                format::citation(self.india_cite),
                format::span(self.india_go_inr_lakh)
            )),
        }
    }

    pub fn citations(&self) -> Vec<&'static Citation> {
        vec![self.us_cite, self.india_cite]
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
        .filter_map(|row| row.range.map(|r| f64::from(r.high.0)))
        .fold(0.0, f64::max);
    let (axis_max, step) = nice_axis(max / 1000.0, 5);
    // Room on the right for the widest range end that follows a bar.
    let right_labels = model
        .rows
        .iter()
        .filter_map(|row| row.range)
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
        let Some(range) = row.range else {
            let text = p.fit(
                &["No reliable salary data: too few roles", "No reliable data"],
                p.width - left,
                muted,
            );
            p.text(text, (left, cy), muted.anchor(HPos::Left, VPos::Center))?;
            continue;
        };
        let (x0, x1) = (
            x.map(f64::from(range.low.0) / 1000.0),
            x.map(f64::from(range.high.0) / 1000.0),
        );
        let half = p.px(5.0);
        p.rect((x0, cy - half), (x1, cy + half), color.mix(0.35))?;
        p.line(&[(x0, cy - half), (x0, cy + half)], color.to_rgba(), 2.0)?;
        p.line(&[(x1, cy - half), (x1, cy + half)], color.to_rgba(), 2.0)?;

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

        match row.median {
            Some(median) => {
                let mx = x.map(f64::from(median.0) / 1000.0);
                p.line(
                    &[(mx, cy - half * 1.8), (mx, cy + half * 1.8)],
                    color.to_rgba(),
                    3.0,
                )?;
                let text = format!("{} median", format::usd_k(median));
                let width = p.text_width(&text, value.bold());
                let tx = mx.clamp(width / 2.0, p.width - width / 2.0);
                p.text(
                    &text,
                    (tx, cy - half * 1.8 - p.px(2.0)),
                    value.bold().anchor(HPos::Center, VPos::Bottom),
                )?;
            }
            None => {
                let text = p.fit(&["range only, no median", "no median"], p.width - x0, muted);
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
