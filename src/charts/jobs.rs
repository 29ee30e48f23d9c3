//! Jobs: 2025 US postings and their year-over-year growth, and a ten-year projection of
//! postings at those rates (or at rates the reader chooses), with the year Rust would pass Go.
//! It is compound growth, `postings × (1 + rate)^years`: an extrapolation, not a forecast.

use super::draw::{DrawResult, Linear, NORMAL, Painter, SMALL, Text, nice_axis, ticks};
use crate::content::{Row, Table};
use crate::data::{Citation, Dataset, Language, PerLanguage};
use crate::format;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// How many years the projection covers.
pub const HORIZON_YEARS: u8 = 10;
/// The growth rates a reader may choose, in percent per year.
pub const RATE_MIN: i32 = -30;
pub const RATE_MAX: i32 = 100;

#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// The year of the starting postings.
    pub start_year: u16,
    pub postings: PerLanguage<u32>,
    /// Growth per year in percent, as used for the projection.
    pub rates: PerLanguage<f64>,
    /// The rates the article reports.
    pub article_rates: PerLanguage<f64>,
    pub cite: &'static Citation,
}

/// When Rust's projected postings reach Go's.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Crossover {
    /// Rust already has at least as many postings in the start year.
    AlreadyAhead,
    /// `years` after the start (fractional); `year` is the first whole year at or after it.
    At { years: f64, year: u16 },
    /// Not within the horizon.
    NotWithin,
}

impl Model {
    pub fn new(d: &'static Dataset) -> Model {
        let m = &d.job_market;
        let rates = PerLanguage {
            go: m.go.postings_yoy_growth_pct.0,
            rust: m.rust.postings_yoy_growth_pct.0,
        };
        Model {
            start_year: m.cite.year,
            postings: PerLanguage {
                go: m.go.postings,
                rust: m.rust.postings,
            },
            rates,
            article_rates: rates,
            cite: &m.cite,
        }
    }

    /// The same projection at other growth rates (percent per year, clamped to the slider range).
    pub fn with_rates(&self, go: f64, rust: f64) -> Model {
        let clamp = |rate: f64| rate.clamp(f64::from(RATE_MIN), f64::from(RATE_MAX));
        Model {
            rates: PerLanguage {
                go: clamp(go),
                rust: clamp(rust),
            },
            ..self.clone()
        }
    }

    /// Projected postings `years` after the start year.
    pub fn postings_at(&self, language: Language, years: f64) -> f64 {
        let start = f64::from(*self.postings.get(language));
        start * (1.0 + self.rates.get(language) / 100.0).powf(years)
    }

    pub fn crossover(&self) -> Crossover {
        let (go, rust) = (f64::from(self.postings.go), f64::from(self.postings.rust));
        if rust >= go {
            return Crossover::AlreadyAhead;
        }
        let (go_factor, rust_factor) = (1.0 + self.rates.go / 100.0, 1.0 + self.rates.rust / 100.0);
        if rust_factor <= go_factor || rust == 0.0 {
            return Crossover::NotWithin;
        }
        // rust · rust_factor^t = go · go_factor^t
        let years = (go / rust).ln() / (rust_factor / go_factor).ln();
        if years > f64::from(HORIZON_YEARS) {
            return Crossover::NotWithin;
        }
        Crossover::At {
            years,
            year: self.start_year + years.ceil() as u16,
        }
    }

    /// The crossover in words, for the label beside the sliders.
    pub fn crossover_text(&self) -> String {
        match self.crossover() {
            Crossover::AlreadyAhead => "Rust already has as many postings as Go".to_string(),
            Crossover::At { year, .. } => format!("Rust passes Go in {year}"),
            Crossover::NotWithin => {
                format!("No crossover within {HORIZON_YEARS} years")
            }
        }
    }

    pub fn description(&self) -> String {
        let approx = |n: u32| format!("about {}", format::thousands(n));
        let last = self.start_year + u16::from(HORIZON_YEARS);
        format!(
            "US job postings in {}: Go {} growing {} a year, Rust {} growing {} a year. \
             Projected to {} at these rates: Go {}, Rust {}. {}. An extrapolation, not a forecast.",
            self.start_year,
            approx(self.postings.go),
            rate_text(self.rates.go),
            approx(self.postings.rust),
            rate_text(self.rates.rust),
            last,
            approx(rounded(
                self.postings_at(Language::Go, f64::from(HORIZON_YEARS))
            )),
            approx(rounded(
                self.postings_at(Language::Rust, f64::from(HORIZON_YEARS))
            )),
            self.crossover_text(),
        )
    }

    pub fn table(&self) -> Table {
        let rows = (0..=HORIZON_YEARS)
            .map(|t| {
                let year = self.start_year + u16::from(t);
                let cell =
                    |language| format::thousands(rounded(self.postings_at(language, f64::from(t))));
                Row::new([year.to_string(), cell(Language::Go), cell(Language::Rust)])
            })
            .collect();
        Table {
            id: "jobs",
            caption: format!(
                "US job postings, {} and projected at Go {} and Rust {} a year",
                self.start_year,
                rate_text(self.rates.go),
                rate_text(self.rates.rust)
            ),
            columns: ["Year", "Go", "Rust"].map(String::from).into(),
            rows,
            cites: vec![self.cite],
            note: Some(format!(
                "{} is the reported figure; later years are an extrapolation, not a forecast. {}.",
                self.start_year,
                self.crossover_text()
            )),
        }
    }

    pub fn citations(&self) -> Vec<&'static Citation> {
        vec![self.cite]
    }
}

/// `+18%`, `-5%`: a growth rate in percent per year.
pub fn rate_text(rate: f64) -> String {
    format::growth(crate::data::Percent(rate))
}

/// Postings rounded to the nearest hundred, for display.
fn rounded(postings: f64) -> u32 {
    ((postings / 100.0).round() * 100.0).clamp(0.0, f64::from(u32::MAX)) as u32
}

/// `493k`, `1.2M`: an axis or end label.
fn short(postings: f64) -> String {
    if postings >= 1_000_000.0 {
        format!("{}M", format::decimal(postings / 1_000_000.0))
    } else if postings >= 100_000.0 {
        format!("{}k", format::decimal((postings / 1000.0).round()))
    } else {
        format!("{}k", format::decimal(postings / 1000.0))
    }
}

pub fn draw(p: &Painter, model: &Model) -> DrawResult {
    let palette = p.palette();
    p.clear()?;
    let muted = Text::new(SMALL, palette.muted);
    let label = Text::new(NORMAL, palette.text).bold();
    let horizon = f64::from(HORIZON_YEARS);

    let max = Language::BOTH
        .iter()
        .map(|&l| model.postings_at(l, horizon).max(model.postings_at(l, 0.0)))
        .fold(0.0, f64::max);
    let (axis_max, step) = nice_axis(max, 5);

    let axis_label_width = p.text_width(&short(axis_max), muted);
    let end_labels: Vec<String> = Language::BOTH
        .iter()
        .map(|&l| format!("{} {}", l.name(), short(model.postings_at(l, horizon))))
        .collect();
    let end_width = end_labels
        .iter()
        .map(|s| p.text_width(s, label))
        .fold(0.0, f64::max);

    let approx = |n: u32| format!("~{}", format::thousands(n));
    let subtitle = format!(
        "{}: Go {} ({} a year), Rust {} ({} a year). Later years extrapolate these rates: not a forecast.",
        model.start_year,
        approx(model.postings.go),
        rate_text(model.rates.go),
        approx(model.postings.rust),
        rate_text(model.rates.rust),
    );
    let subtitle_height = p.paragraph(&subtitle, (0.0, 0.0), p.width, muted)?;

    let left = axis_label_width + p.px(8.0);
    let right = p.width - end_width - p.px(10.0);
    // Room for the crossover label between the subtitle and the plot.
    let top = subtitle_height + p.line_height(label) + p.px(8.0);
    // Year labels sit below the plot, clear of the lowest value label.
    let bottom = p.height - p.line_height(muted) * 1.5 - p.px(6.0);
    let x = Linear {
        domain: (0.0, horizon),
        range: (left, right),
    };
    let y = Linear {
        domain: (0.0, axis_max),
        range: (bottom, top),
    };

    let tick_labels: Vec<(f64, String)> = ticks(axis_max, step)
        .into_iter()
        .map(|tick| (y.map(tick), short(tick)))
        .collect();
    p.horizontal_grid(&tick_labels, (left, right), muted)?;
    let years: Vec<(f64, String)> = (0..=HORIZON_YEARS)
        .map(|t| {
            (
                x.map(f64::from(t)),
                (model.start_year + u16::from(t)).to_string(),
            )
        })
        .collect();
    p.axis_labels(
        &years,
        bottom + p.line_height(muted) / 2.0 + p.px(2.0),
        muted,
    )?;

    if let Crossover::At { years, year } = model.crossover() {
        let cx = x.map(years);
        p.dashed(&[(cx, top), (cx, bottom)], palette.text.mix(0.7), 1.0)?;
        let text = format!("Rust passes Go: {year}");
        let width = p.text_width(&text, label);
        let (tx, h) = if cx + width / 2.0 > p.width {
            (cx - p.px(4.0), HPos::Right)
        } else if cx - width / 2.0 < 0.0 {
            (cx + p.px(4.0), HPos::Left)
        } else {
            (cx, HPos::Center)
        };
        p.text(&text, (tx, top - p.px(4.0)), label.anchor(h, VPos::Bottom))?;
    }

    // Lines, markers on each year, and a direct label at the end of each line.
    let mut end_ys = Vec::new();
    for &language in &Language::BOTH {
        let color = palette.language(language);
        let points: Vec<(f64, f64)> = (0..=u32::from(HORIZON_YEARS) * 4)
            .map(|i| {
                let t = f64::from(i) / 4.0;
                (x.map(t), y.map(model.postings_at(language, t)))
            })
            .collect();
        p.line(&points, color.to_rgba(), 2.5)?;
        for t in 0..=HORIZON_YEARS {
            let t = f64::from(t);
            p.marker(
                language,
                (x.map(t), y.map(model.postings_at(language, t))),
                color,
            )?;
        }
        end_ys.push(y.map(model.postings_at(language, horizon)));
    }
    // Keep the two end labels apart when the lines end close together.
    let min_gap = p.line_height(label);
    if (end_ys[0] - end_ys[1]).abs() < min_gap {
        let mid = (end_ys[0] + end_ys[1]) / 2.0;
        let (upper, lower) = (mid - min_gap / 2.0, mid + min_gap / 2.0);
        if end_ys[0] <= end_ys[1] {
            (end_ys[0], end_ys[1]) = (upper, lower);
        } else {
            (end_ys[0], end_ys[1]) = (lower, upper);
        }
    }
    for (i, &language) in Language::BOTH.iter().enumerate() {
        p.text(
            &end_labels[i],
            (right + p.px(8.0), end_ys[i].clamp(top, bottom)),
            label.with_color(palette.language(language)),
        )?;
    }
    Ok(())
}
