//! The charts: one file per chart, each with a model computed from the dataset in plain Rust
//! (numbers, labels, the projection, the takeaway in words, the table view, what the app
//! computes rather than reports) and one drawing
//! function generic over plotters' `DrawingBackend`, so the same code draws on the page's
//! canvas and to SVG (exports and native tests).

pub mod arith;
pub mod draw;
pub mod growth;
pub mod jobs;
pub mod learning;
#[cfg(not(target_arch = "wasm32"))]
pub mod picture;
pub mod readout;
pub mod salary;
pub mod sentiment;
pub mod team;

use crate::data::{Citation, Dataset};
use crate::table::Table;
use draw::{Backend, DrawResult, Painter, Palette, Style};
use plotters::prelude::*;

/// The charts, by the id the page, the embeds (`?embed=<id>`) and file names use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChartId {
    Salary,
    Jobs,
    Sentiment,
    Growth,
    Learning,
    Team,
}

impl ChartId {
    pub const ALL: [ChartId; 6] = [
        ChartId::Salary,
        ChartId::Jobs,
        ChartId::Sentiment,
        ChartId::Growth,
        ChartId::Learning,
        ChartId::Team,
    ];

    pub fn id(self) -> &'static str {
        match self {
            ChartId::Salary => "salary",
            ChartId::Jobs => "jobs",
            ChartId::Sentiment => "sentiment",
            ChartId::Growth => "growth",
            ChartId::Learning => "learning",
            ChartId::Team => "team",
        }
    }

    pub fn from_id(id: &str) -> Option<ChartId> {
        ChartId::ALL.into_iter().find(|chart| chart.id() == id)
    }

    pub fn title(self) -> &'static str {
        match self {
            ChartId::Salary => "Salaries: the median and the spread",
            ChartId::Jobs => "Job postings, and where the growth rates lead",
            ChartId::Sentiment => "How developers feel about each language",
            ChartId::Growth => "Ecosystem growth and search rank",
            ChartId::Learning => "Time to each learning milestone",
            ChartId::Team => "Team onboarding",
        }
    }
}

/// A chart's model, for any chart.
#[derive(Debug, Clone, PartialEq)]
pub enum Chart {
    Salary(salary::Model),
    Jobs(jobs::Model),
    Sentiment(sentiment::Model),
    Growth(growth::Model),
    Learning(learning::Model),
    Team(team::Model),
}

impl Chart {
    /// The chart as the article's figures give it (default rates, a team of ten).
    pub fn new(id: ChartId, d: &'static Dataset) -> Chart {
        match id {
            ChartId::Salary => Chart::Salary(salary::Model::new(d)),
            ChartId::Jobs => Chart::Jobs(jobs::Model::new(d)),
            ChartId::Sentiment => Chart::Sentiment(sentiment::Model::new(d)),
            ChartId::Growth => Chart::Growth(growth::Model::new(d)),
            ChartId::Learning => Chart::Learning(learning::Model::new(d)),
            ChartId::Team => Chart::Team(team::Model::new(d, team::default_size(d))),
        }
    }

    pub fn id(&self) -> ChartId {
        match self {
            Chart::Salary(_) => ChartId::Salary,
            Chart::Jobs(_) => ChartId::Jobs,
            Chart::Sentiment(_) => ChartId::Sentiment,
            Chart::Growth(_) => ChartId::Growth,
            Chart::Learning(_) => ChartId::Learning,
            Chart::Team(_) => ChartId::Team,
        }
    }

    /// Draws the chart on `p`; see [`Chart::draw_on`] for any plotters drawing area.
    pub fn draw(&self, p: &Painter) -> DrawResult {
        match self {
            Chart::Salary(m) => salary::draw(p, m),
            Chart::Jobs(m) => jobs::draw(p, m),
            Chart::Sentiment(m) => sentiment::draw(p, m),
            Chart::Growth(m) => growth::draw(p, m),
            Chart::Learning(m) => learning::draw(p, m),
            Chart::Team(m) => team::draw(p, m),
        }
    }

    /// Draws the chart on any plotters drawing backend (the page's canvas, an SVG document);
    /// returns where each of its readout's points went, in the backend's pixels.
    pub fn draw_on<DB: DrawingBackend>(
        &self,
        backend: DB,
        style: &Style,
    ) -> Result<Vec<readout::Spot>, String>
    where
        DB::ErrorType: 'static,
    {
        let surface = Backend::new(backend);
        let painter = Painter::new(&surface, style);
        self.draw(&painter)?;
        surface.present()?;
        Ok(painter.spots())
    }

    /// The takeaway in words, with the numbers: the canvas' accessible name.
    pub fn description(&self) -> String {
        match self {
            Chart::Salary(m) => m.description(),
            Chart::Jobs(m) => m.description(),
            Chart::Sentiment(m) => m.description(),
            Chart::Growth(m) => m.description(),
            Chart::Learning(m) => m.description(),
            Chart::Team(m) => m.description(),
        }
    }

    /// The same data as a table: the table view and the CSV download.
    pub fn table(&self) -> Table {
        match self {
            Chart::Salary(m) => m.table(),
            Chart::Jobs(m) => m.table(),
            Chart::Sentiment(m) => m.table(),
            Chart::Growth(m) => m.table(),
            Chart::Learning(m) => m.table(),
            Chart::Team(m) => m.table(),
        }
    }

    /// Every figure of the chart as a readout, in reading order; the drawing records where each
    /// one sits, in the same order.
    pub fn points(&self) -> Vec<readout::Point> {
        match self {
            Chart::Salary(m) => m.points(),
            Chart::Jobs(m) => m.points(),
            Chart::Sentiment(m) => m.points(),
            Chart::Growth(m) => m.points(),
            Chart::Learning(m) => m.points(),
            Chart::Team(m) => m.points(),
        }
    }

    /// What the app computes on this chart from the cited figures, for its source line
    /// ("… computed by this app …"); `None` when every figure is reported.
    pub fn computed(&self) -> Option<String> {
        match self {
            Chart::Jobs(m) => Some(m.computed()),
            Chart::Team(m) => Some(m.computed()),
            _ => None,
        }
    }

    /// A key for the legend beyond the two languages, where the chart draws another kind of
    /// figure.
    pub fn legend_note(&self) -> Option<&'static str> {
        match self {
            Chart::Jobs(_) => Some("○ ╌ projected"),
            _ => None,
        }
    }

    /// Every citation behind the chart, for its source line.
    pub fn citations(&self) -> Vec<&'static Citation> {
        let mut cites = match self {
            Chart::Salary(m) => m.citations(),
            Chart::Jobs(m) => m.citations(),
            Chart::Sentiment(m) => m.citations(),
            Chart::Growth(m) => m.citations(),
            Chart::Learning(m) => m.citations(),
            Chart::Team(m) => m.citations(),
        };
        cites.dedup_by(|a, b| std::ptr::eq(*a, *b));
        cites
    }
}

/// Where each point of the chart sits when drawn at `(width, height)` device pixels: what the
/// drawing records, without keeping the drawing.
#[cfg(not(target_arch = "wasm32"))]
pub fn spots(
    chart: &Chart,
    (width, height): (u32, u32),
    style: &Style,
) -> Result<Vec<readout::Spot>, String> {
    let mut svg = String::new();
    chart.draw_on(SVGBackend::with_string(&mut svg, (width, height)), style)
}

/// The chart as an SVG document of `width` × `height` CSS pixels.
pub fn to_svg(chart: &Chart, (width, height): (u32, u32), style: &Style) -> Result<String, String> {
    let mut svg = String::new();
    chart.draw_on(SVGBackend::with_string(&mut svg, (width, height)), style)?;
    Ok(svg)
}

/// The SVG document and where each label went, for layout checks.
#[cfg(not(target_arch = "wasm32"))]
pub fn svg_with_labels(
    chart: &Chart,
    (width, height): (u32, u32),
    style: &Style,
) -> Result<(String, Vec<draw::TextBox>), String> {
    let mut svg = String::new();
    let labels;
    {
        let surface = Backend::new(SVGBackend::with_string(&mut svg, (width, height)));
        let painter = Painter::new(&surface, style);
        chart.draw(&painter)?;
        surface.present()?;
        labels = painter.labels();
    }
    Ok((svg, labels))
}

/// A style for rendering without a browser: estimated text widths, one pixel per CSS pixel.
pub fn native_style(palette: Palette) -> Style<'static> {
    Style {
        palette,
        dpr: 1.0,
        measure: &draw::estimate_text_width,
    }
}
