//! Jobs: the US postings of the one reported year and their year-over-year growth, and a
//! projection of postings at those rates (or at rates the reader chooses). The projection is
//! computed by the app — compound growth, `postings × (1 + rate)^years` — and is drawn and
//! labelled as such: dashed, with hollow markers over a shaded band, "projected" in every
//! label, table row and description. By default it runs as far as the article looks ("within
//! 3–4 years"); ten years are available on request.

use super::draw::{DrawResult, Linear, NORMAL, Painter, SMALL, Text, nice_axis, ticks};
use super::readout::{Point, Spot};
use crate::data::{Citation, Dataset, Language, PerLanguage, Percent, Range};
use crate::format::{self, rate_text, short};
use crate::table::{Row, Table};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// The longest projection a reader can ask for, in years.
pub const LONG_HORIZON: u8 = 10;
/// The growth rates a reader may choose, in percent per year.
pub const RATE_MIN: i32 = -30;
pub const RATE_MAX: i32 = 100;

/// The button that puts the article's growth rates back.
pub const RESET_LABEL: &str = "Reset to the article's rates";

/// A growth-rate slider's label.
pub fn rate_label(language: crate::data::Language) -> String {
    format!("{} growth per year", language.name())
}

#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// The year of the reported postings.
    pub start_year: u16,
    pub postings: PerLanguage<u32>,
    /// Growth per year in percent, as used for the projection.
    pub rates: PerLanguage<f64>,
    /// The rates the article reports.
    pub article_rates: PerLanguage<f64>,
    /// How many years past the reported one the projection runs.
    pub horizon: u8,
    /// The article's own horizon: Rust's postings could approach Go's "within 3–4 years".
    pub article_claim_years: Range<u8>,
    pub cite: &'static Citation,
}

/// When Rust's projected postings reach Go's.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Crossover {
    /// Rust already has at least as many postings in the reported year.
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
            // The build requires the job market's year; the article's year is a formality.
            start_year: m.cite.year.unwrap_or(d.meta.article.year),
            postings: PerLanguage {
                go: m.go.postings,
                rust: m.rust.postings,
            },
            rates,
            article_rates: rates,
            horizon: m.article_convergence_claim_years.high,
            article_claim_years: m.article_convergence_claim_years,
            cite: &m.cite,
        }
    }

    /// The label of the checkbox that switches to the long horizon.
    pub fn horizon_label(&self) -> String {
        let [_, long] = self.horizons();
        format!(
            "Project {long} years ahead (the article looks {} years ahead)",
            crate::format::span(self.article_claim_years)
        )
    }

    /// The same projection at other growth rates (percent per year, clamped to the slider range).
    pub fn with_rates(&self, go: f64, rust: f64) -> Model {
        let clamp = |rate: f64| super::arith::clamp(rate, f64::from(RATE_MIN), f64::from(RATE_MAX));
        Model {
            rates: PerLanguage {
                go: clamp(go),
                rust: clamp(rust),
            },
            ..self.clone()
        }
    }

    /// The same projection over `years` (1 to [`LONG_HORIZON`]).
    pub fn with_horizon(&self, years: u8) -> Model {
        Model {
            horizon: years.clamp(1, LONG_HORIZON),
            ..self.clone()
        }
    }

    /// The horizons a reader can choose: the article's, and [`LONG_HORIZON`].
    pub fn horizons(&self) -> [u8; 2] {
        [self.article_claim_years.high, LONG_HORIZON]
    }

    /// The last year shown.
    pub fn last_year(&self) -> u16 {
        self.start_year + u16::from(self.horizon)
    }

    /// Postings `years` after the reported year, to the nearest quarter of a year: reported
    /// at 0, projected after. (Quarters are as fine as the chart draws; compounding them with
    /// square roots keeps a general power function out of the wasm.)
    pub fn postings_at(&self, language: Language, years: f64) -> f64 {
        let start = f64::from(*self.postings.get(language));
        let per_quarter = (1.0 + self.rates.get(language) / 100.0).sqrt().sqrt();
        start * per_quarter.powi((years * 4.0).round() as i32)
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
        if years > f64::from(self.horizon) {
            return Crossover::NotWithin;
        }
        Crossover::At {
            years,
            year: self.start_year + years.ceil() as u16,
        }
    }

    /// Rust's projected postings as a share of Go's in the last year shown.
    pub fn rust_share_at_end(&self) -> Percent {
        let horizon = f64::from(self.horizon);
        let go = self.postings_at(Language::Go, horizon);
        let share = if go > 0.0 {
            self.postings_at(Language::Rust, horizon) / go * 100.0
        } else {
            0.0
        };
        Percent(share.round())
    }

    /// The crossover in words, for the line below the sliders and the descriptions. A year
    /// is named only inside the horizon, and only as "if these growth rates held".
    pub fn crossover_text(&self) -> String {
        match self.crossover() {
            Crossover::AlreadyAhead => "Rust already has as many postings as Go".to_string(),
            Crossover::At { year, .. } => {
                format!("If these growth rates held, Rust would pass Go in {year}")
            }
            Crossover::NotWithin => format!(
                "At these rates Rust stays below Go through {}, at {} of Go's postings",
                self.last_year(),
                format::percent(self.rust_share_at_end())
            ),
        }
    }

    /// Whether the projection uses the rates the article reports (not rates a reader chose).
    pub fn at_article_rates(&self) -> bool {
        self.rates == self.article_rates
    }

    /// The rates in words, saying whose they are: `Go +18% and Rust +45% a year, as reported`.
    pub fn rates_text(&self) -> String {
        let rates = format!(
            "Go {} and Rust {} a year",
            rate_text(self.rates.go),
            rate_text(self.rates.rust)
        );
        if self.at_article_rates() {
            format!("{rates}, as reported")
        } else {
            format!(
                "{rates}, as chosen (reported: Go {}, Rust {})",
                rate_text(self.article_rates.go),
                rate_text(self.article_rates.rust)
            )
        }
    }

    /// What the app computes on this chart, for its source line.
    pub fn computed(&self) -> String {
        let rates = if self.at_article_rates() {
            "each reported growth rate"
        } else {
            "the growth rates chosen on the sliders"
        };
        format!(
            "{}–{}: computed from the {} postings by compounding {rates}; a projection, not a \
             forecast",
            self.start_year + 1,
            self.last_year(),
            self.start_year
        )
    }

    pub fn description(&self) -> String {
        let approx = |n: u32| format!("about {}", format::thousands(n));
        let horizon = f64::from(self.horizon);
        format!(
            "US job postings in {}, as reported: Go {}, Rust {}. Growth: {}. Projected by this \
             app for {}–{} by compounding these rates: in {} Go {}, Rust {}. {}. A computed \
             projection, not a forecast: the article says only that Rust's postings could \
             approach Go's within {} years if the trend continued, and that trends do not always \
             continue.",
            self.start_year,
            approx(self.postings.go),
            approx(self.postings.rust),
            self.rates_text(),
            self.start_year + 1,
            self.last_year(),
            self.last_year(),
            approx(rounded(self.postings_at(Language::Go, horizon))),
            approx(rounded(self.postings_at(Language::Rust, horizon))),
            self.crossover_text(),
            format::span(self.article_claim_years),
        )
    }

    pub fn table(&self) -> Table {
        let rows = (0..=self.horizon)
            .map(|t| {
                let year = self.start_year + u16::from(t);
                let cell =
                    |language| format::thousands(rounded(self.postings_at(language, f64::from(t))));
                let kind = if t == 0 {
                    "Reported"
                } else {
                    "Projected (computed)"
                };
                Row::new([
                    year.to_string(),
                    cell(Language::Go),
                    cell(Language::Rust),
                    kind.to_string(),
                ])
            })
            .collect();
        Table {
            id: "jobs",
            caption: format!(
                "US job postings: reported for {}, projected for {}–{} at {}",
                self.start_year,
                self.start_year + 1,
                self.last_year(),
                self.rates_text()
            ),
            columns: ["Year", "Go", "Rust", "Figure"].map(String::from).into(),
            rows,
            cites: vec![self.cite],
            note: Some(format!(
                "Only {} is reported. Later years are computed by this app by compounding each \
                 growth rate: a projection, not a forecast. {}.",
                self.start_year,
                self.crossover_text()
            )),
        }
    }

    pub fn citations(&self) -> Vec<&'static Citation> {
        vec![self.cite]
    }

    /// Each year of each line, Go's first: the reported year, then the projected ones, each
    /// saying which it is.
    pub fn points(&self) -> Vec<Point> {
        let mut points = Vec::new();
        for language in Language::BOTH {
            for t in 0..=self.horizon {
                let year = self.start_year + u16::from(t);
                let postings = rounded(self.postings_at(language, f64::from(t)));
                points.push(if t == 0 {
                    Point::new(
                        format!("~{} postings", format::thousands(postings)),
                        format!("{}, {year}: US job postings, reported", language.name()),
                        format::citation(self.cite),
                    )
                } else {
                    Point::new(
                        format!("about {} postings", format::thousands(postings)),
                        format!("{}, {year}: US job postings, projected", language.name()),
                        format!(
                            "Computed from the {} postings at {} a year; not a forecast",
                            self.start_year,
                            rate_text(*self.rates.get(language))
                        ),
                    )
                });
            }
        }
        points
    }
}

/// Postings rounded to the nearest hundred, for display.
fn rounded(postings: f64) -> u32 {
    ((postings / 100.0).round() * 100.0).clamp(0.0, f64::from(u32::MAX)) as u32
}

pub fn draw(p: &Painter, model: &Model) -> DrawResult {
    let palette = p.palette();
    p.clear()?;
    let muted = Text::new(SMALL, palette.muted);
    let label = Text::new(NORMAL, palette.text).bold();
    let horizon = f64::from(model.horizon);

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
        "{}, reported: Go {}, Rust {}. Dashed: projected by this app at {}; not a forecast.",
        model.start_year,
        approx(model.postings.go),
        approx(model.postings.rust),
        model.rates_text(),
    );
    let subtitle_height = p.paragraph(&subtitle, (0.0, 0.0), p.width, muted)?;

    let left = axis_label_width + p.px(8.0);
    let right = p.width - end_width - p.px(10.0);
    // Room for the crossover label between the subtitle and the plot, clear of the top axis
    // label, which is centred on the plot's top edge.
    let top = subtitle_height + p.line_height(label) + p.line_height(muted) / 2.0 + p.px(8.0);
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

    // The projected years sit on a shaded band, so they read as a different kind of figure.
    let band_left = x.map(0.5);
    p.rect((band_left, top), (right, bottom), palette.grid.mix(0.35))?;
    let band_label = p.fit(
        &["Projected at these rates", "Projected"],
        right - band_left - p.px(8.0),
        muted,
    );
    p.text(
        band_label,
        (band_left + p.px(4.0), top + p.px(3.0)),
        muted.anchor(HPos::Left, VPos::Top),
    )?;
    // The reported year's own label, where the space before the band has room for it.
    if p.text_width("Reported", muted) + p.px(8.0) <= band_left - left {
        p.text(
            "Reported",
            (left + p.px(4.0), top + p.px(3.0)),
            muted.anchor(HPos::Left, VPos::Top),
        )?;
    }

    let tick_labels: Vec<(f64, String)> = ticks(axis_max, step)
        .into_iter()
        .map(|tick| (y.map(tick), short(tick)))
        .collect();
    p.horizontal_grid(&tick_labels, (left, right), muted)?;
    let years: Vec<(f64, String)> = (0..=model.horizon)
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
        let candidates = [
            format!("If these growth rates held, Rust would pass Go in {year}"),
            format!("If these rates held: Rust passes Go, {year}"),
            format!("If rates held: Rust ahead, {year}"),
        ];
        let candidates: Vec<&str> = candidates.iter().map(String::as_str).collect();
        let y = top - p.line_height(muted) / 2.0 - p.px(3.0);
        p.caption(&candidates, cx, y, label)?;
    }

    // Dashed lines over the projection, a filled marker on the reported year and hollow ones
    // on projected years, and a direct label at the end of each line.
    let mut end_ys = Vec::new();
    for &language in &Language::BOTH {
        let color = palette.language(language);
        let points: Vec<(f64, f64)> = (0..=u32::from(model.horizon) * 4)
            .map(|i| {
                let t = f64::from(i) / 4.0;
                (x.map(t), y.map(model.postings_at(language, t)))
            })
            .collect();
        p.dashed(&points, color.to_rgba(), 2.5)?;
        for t in 0..=model.horizon {
            let t = f64::from(t);
            let at = (x.map(t), y.map(model.postings_at(language, t)));
            let reach = p.px(8.0);
            p.spot(Spot::over(
                at.0,
                at.1,
                (at.0 - reach, at.1 - reach),
                (at.0 + reach, at.1 + reach),
            ));
            if t == 0.0 {
                p.marker(language, at, color)?;
            } else {
                p.hollow_marker(language, at, color)?;
            }
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
            (
                right + p.px(8.0),
                super::arith::clamp(end_ys[i], top, bottom),
            ),
            label.with_color(palette.language(language)),
        )?;
    }
    Ok(())
}
