//! Growth: GitHub Octoverse contributor growth for five languages, and the band of ranks Go
//! and Rust hold in the TIOBE index. Two panels, side by side on wide screens and stacked on
//! narrow ones.

use super::draw::{DrawResult, Linear, NORMAL, Painter, SMALL, Text, nice_axis, ticks};
use super::readout::{Point, Spot};
use crate::data::{Citation, Dataset, Language, Percent, Range};
use crate::format;
use crate::table::{Row, Table};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// Below this width (CSS pixels) the two panels stack.
pub const STACK_BELOW_CSS: f64 = 640.0;
/// The TIOBE axis shows ranks 1 to this.
const RANK_AXIS_MAX: u8 = 20;

#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// `(language name, growth)`, in the source's order.
    pub growth: Vec<(String, Percent)>,
    pub growth_metric: String,
    pub growth_cite: &'static Citation,
    pub ranks: Vec<(Language, Range<u8>)>,
    pub rank_cite: &'static Citation,
}

impl Model {
    pub fn new(d: &'static Dataset) -> Model {
        let g = &d.ecosystem_growth;
        Model {
            growth: g
                .languages
                .iter()
                .map(|l| (l.language.to_string(), l.growth_pct))
                .collect(),
            growth_metric: g.metric.to_string(),
            growth_cite: &g.cite,
            ranks: vec![
                (Language::Go, d.tiobe.go_rank),
                (Language::Rust, d.tiobe.rust_rank),
            ],
            rank_cite: &d.tiobe.cite,
        }
    }

    pub fn description(&self) -> String {
        let growth: Vec<String> = self
            .growth
            .iter()
            .map(|(name, pct)| format!("{name} {}", format::growth(*pct)))
            .collect();
        let ranks: Vec<String> = self
            .ranks
            .iter()
            .map(|(l, r)| format!("{} {}", l.name(), format::span(*r)))
            .collect();
        format!(
            "GitHub contributor growth, {}: {}. TIOBE index rank (1 is the most searched): {}.",
            format::year(self.growth_cite.year),
            growth.join(", "),
            ranks.join(", ")
        )
    }

    pub fn table(&self) -> Table {
        let rank_of = |name: &str| {
            self.ranks
                .iter()
                .find(|(language, _)| language.name() == name)
                .map_or("—".to_string(), |(_, band)| format::span(*band))
        };
        Table {
            id: "growth",
            caption: format!(
                "{} ({}), and usual rank in the TIOBE index (1 is the most searched)",
                self.growth_metric, format::year(self.growth_cite.year)
            ),
            columns: ["Language", "Contributor growth", "TIOBE rank"]
                .map(String::from)
                .into(),
            rows: self
                .growth
                .iter()
                .map(|(name, pct)| Row::new([name.clone(), format::growth(*pct), rank_of(name)]))
                .collect(),
            cites: vec![self.growth_cite, self.rank_cite],
            note: Some(
                "TIOBE counts searches, not code or jobs: a rough gauge of mindshare. The article gives ranks for Go and Rust only."
                    .to_string(),
            ),
        }
    }

    pub fn citations(&self) -> Vec<&'static Citation> {
        vec![self.growth_cite, self.rank_cite]
    }

    /// Each language's growth, then Go's and Rust's rank bands.
    pub fn points(&self) -> Vec<Point> {
        let growth = self.growth.iter().map(|(name, pct)| {
            Point::new(
                format::growth(*pct),
                format!(
                    "{name}: growth in contributor activity on GitHub, {}",
                    format::year(self.growth_cite.year)
                ),
                format::citation(self.growth_cite),
            )
        });
        let ranks = self.ranks.iter().map(|(language, band)| {
            Point::new(
                format!("rank {}", format::span(*band)),
                format!(
                    "{}: usual rank in the TIOBE index (1 is the most searched)",
                    language.name()
                ),
                format::citation(self.rank_cite),
            )
        });
        growth.chain(ranks).collect()
    }

    fn color_of(&self, name: &str, palette: &super::draw::Palette) -> RGBColor {
        match name {
            "Go" => palette.go,
            "Rust" => palette.rust,
            _ => palette.muted,
        }
    }
}

pub fn draw(p: &Painter, model: &Model) -> DrawResult {
    p.clear()?;
    let stacked = p.width < p.px(STACK_BELOW_CSS);
    let gap = p.px(24.0);
    let (growth_box, rank_box) = if stacked {
        let split = p.height * 0.62;
        (
            (0.0, 0.0, p.width, split - gap / 2.0),
            (0.0, split + gap / 2.0, p.width, p.height),
        )
    } else {
        let split = p.width * 0.58;
        (
            (0.0, 0.0, split - gap / 2.0, p.height),
            (split + gap / 2.0, 0.0, p.width, p.height),
        )
    };
    draw_growth(p, model, growth_box)?;
    draw_ranks(p, model, rank_box)
}

/// `(left, top, right, bottom)` in device pixels.
type Bounds = (f64, f64, f64, f64);

fn draw_growth(p: &Painter, model: &Model, bounds: Bounds) -> DrawResult {
    let (x0, y0, x1, y1) = bounds;
    let palette = p.palette();
    let title = Text::new(SMALL, palette.muted);
    let label = Text::new(NORMAL, palette.text).bold();
    let value = Text::new(SMALL, palette.text).bold();

    let title_height = p.paragraph(
        &format!(
            "Contributor growth on GitHub, {}",
            format::year(model.growth_cite.year)
        ),
        (x0, y0),
        x1 - x0,
        title,
    )?;
    let name_width = model
        .growth
        .iter()
        .map(|(name, _)| p.text_width(name, label))
        .fold(0.0, f64::max);
    let max = model
        .growth
        .iter()
        .map(|(_, pct)| pct.0)
        .fold(0.0, f64::max);
    let (axis_max, step) = nice_axis(max, 4);
    let left = x0 + name_width + p.px(8.0);
    let right = x1 - p.text_width("+00%", value) - p.px(6.0);
    let top = y0 + title_height + p.px(6.0);
    let axis_y = y1 - p.line_height(title) - p.px(2.0);
    let x = Linear {
        domain: (0.0, axis_max),
        range: (left, right),
    };
    let tick_labels: Vec<(f64, String)> = ticks(axis_max, step)
        .into_iter()
        .map(|tick| (x.map(tick), format!("{}%", format::decimal(tick))))
        .collect();
    p.vertical_grid(&tick_labels, (top, axis_y), title)?;
    let row = (axis_y - top) / model.growth.len() as f64;
    for (i, (name, pct)) in model.growth.iter().enumerate() {
        let cy = top + row * (i as f64 + 0.5);
        let color = model.color_of(name, &palette);
        let half = (row * 0.32).min(p.px(11.0));
        p.text(
            name,
            (x0, cy),
            label.with_color(color).anchor(HPos::Left, VPos::Center),
        )?;
        p.rect(
            (left, cy - half),
            (x.map(pct.0), cy + half),
            color.to_rgba(),
        )?;
        let text = format::growth(*pct);
        p.text(
            &text,
            (x.map(pct.0) + p.px(5.0), cy),
            value.anchor(HPos::Left, VPos::Center),
        )?;
        let end = x.map(pct.0) + p.px(5.0) + p.text_width(&text, value);
        p.spot(Spot::over(
            x.map(pct.0),
            cy,
            (left, cy - half),
            (end, cy + half),
        ));
    }
    Ok(())
}

fn draw_ranks(p: &Painter, model: &Model, bounds: Bounds) -> DrawResult {
    let (x0, y0, x1, y1) = bounds;
    let palette = p.palette();
    let title = Text::new(SMALL, palette.muted);
    let label = Text::new(NORMAL, palette.text).bold();

    let title_height = p.paragraph(
        "Rank in the TIOBE index (1 is the most searched)",
        (x0, y0),
        x1 - x0,
        title,
    )?;
    let pad = p.text_width("20", title) / 2.0 + p.px(2.0);
    let x = Linear {
        domain: (0.5, f64::from(RANK_AXIS_MAX) + 0.5),
        range: (x0 + pad, x1 - pad),
    };
    let axis_y = y1 - p.line_height(title) - p.px(2.0);
    let top = y0 + title_height + p.px(6.0);
    let rank_labels: Vec<(f64, String)> = [1u8, 5, 10, 15, 20]
        .into_iter()
        .map(|rank| (x.map(f64::from(rank)), rank.to_string()))
        .collect();
    p.vertical_grid(&rank_labels, (top, axis_y), title)?;
    let row = (axis_y - top) / model.ranks.len() as f64;
    for (i, (language, band)) in model.ranks.iter().enumerate() {
        let color = palette.language(*language);
        let cy = top + row * (i as f64 + 0.5);
        let half = (row * 0.2).min(p.px(9.0));
        let (bx0, bx1) = (
            x.map(f64::from(band.low) - 0.5),
            x.map(f64::from(band.high) + 0.5),
        );
        p.rect((bx0, cy - half), (bx1, cy + half), color.to_rgba())?;
        p.spot(Spot::over(
            (bx0 + bx1) / 2.0,
            cy,
            (bx0, cy - half - p.line_height(label)),
            (bx1, cy + half),
        ));
        let text = format!("{} {}", language.name(), format::span(*band));
        // The label goes above the band, kept inside the panel.
        let width = p.text_width(&text, label);
        let lx = super::arith::clamp((bx0 + bx1) / 2.0 - width / 2.0, x0, x1 - width);
        p.text(
            &text,
            (lx, cy - half - p.px(3.0)),
            label.with_color(color).anchor(HPos::Left, VPos::Bottom),
        )?;
    }
    Ok(())
}
