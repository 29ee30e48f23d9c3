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

    /// The charts with controls of their own (growth-rate and team-size sliders). Their code
    /// weighs most, so they have a chart-embed build of their own (see [`ChartId::embed_build`]).
    pub const fn has_controls(self) -> bool {
        matches!(self, ChartId::Jobs | ChartId::Team)
    }

    /// The chart-embed build that draws this chart when embedded (`?embed=<id>`): the binary's
    /// name, which its files are named after. Each build has its own charts' code only
    /// (features `embed-plain` and `embed-controls`), so an embedded chart downloads none of the
    /// others'; `public/boot.js` loads the one the page names for the chart.
    pub const fn embed_build(self) -> &'static str {
        if self.has_controls() {
            "rust-or-go-embed-controls"
        } else {
            "rust-or-go-embed-plain"
        }
    }

    /// Whether this build has the chart's code: the full app, the tools and the tests have all
    /// six; a chart-embed build has its own charts only. A build never makes a chart it leaves
    /// out (the embed checks first), and the compiler drops that chart's code.
    pub const fn in_build(self) -> bool {
        let plain = cfg!(feature = "embed-plain");
        let controls = cfg!(feature = "embed-controls");
        cfg!(feature = "app")
            || (!plain && !controls)
            || if self.has_controls() { controls } else { plain }
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

/// `match` over a chart's model, `$m => $body` for each chart this build has (see
/// [`ChartId::in_build`]). A build never makes a chart it leaves out.
macro_rules! each_chart {
    ($chart:expr, $m:ident => $body:expr) => {
        match $chart {
            Chart::Salary($m) if ChartId::Salary.in_build() => $body,
            Chart::Jobs($m) if ChartId::Jobs.in_build() => $body,
            Chart::Sentiment($m) if ChartId::Sentiment.in_build() => $body,
            Chart::Growth($m) if ChartId::Growth.in_build() => $body,
            Chart::Learning($m) if ChartId::Learning.in_build() => $body,
            Chart::Team($m) if ChartId::Team.in_build() => $body,
            _ => left_out(),
        }
    };
}

/// A chart this build leaves out (see [`ChartId::in_build`]): never made, as the chart-embed
/// builds check first. Stops at once, with no message to carry.
fn left_out() -> ! {
    std::process::abort()
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
            ChartId::Salary if id.in_build() => Chart::Salary(salary::Model::new(d)),
            ChartId::Jobs if id.in_build() => Chart::Jobs(jobs::Model::new(d)),
            ChartId::Sentiment if id.in_build() => Chart::Sentiment(sentiment::Model::new(d)),
            ChartId::Growth if id.in_build() => Chart::Growth(growth::Model::new(d)),
            ChartId::Learning if id.in_build() => Chart::Learning(learning::Model::new(d)),
            ChartId::Team if id.in_build() => {
                Chart::Team(team::Model::new(d, team::default_size(d)))
            }
            _ => left_out(),
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
            Chart::Salary(m) if ChartId::Salary.in_build() => salary::draw(p, m),
            Chart::Jobs(m) if ChartId::Jobs.in_build() => jobs::draw(p, m),
            Chart::Sentiment(m) if ChartId::Sentiment.in_build() => sentiment::draw(p, m),
            Chart::Growth(m) if ChartId::Growth.in_build() => growth::draw(p, m),
            Chart::Learning(m) if ChartId::Learning.in_build() => learning::draw(p, m),
            Chart::Team(m) if ChartId::Team.in_build() => team::draw(p, m),
            _ => left_out(),
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
        each_chart!(self, m => m.description())
    }

    /// The same data as a table: the table view and the CSV download.
    pub fn table(&self) -> Table {
        each_chart!(self, m => m.table())
    }

    /// Every figure of the chart as a readout, in reading order; the drawing records where each
    /// one sits, in the same order.
    pub fn points(&self) -> Vec<readout::Point> {
        each_chart!(self, m => m.points())
    }

    /// What the app computes on this chart from the cited figures, for its source line
    /// ("… computed by this app …"); `None` when every figure is reported.
    pub fn computed(&self) -> Option<String> {
        match self {
            Chart::Jobs(m) if ChartId::Jobs.in_build() => Some(m.computed()),
            Chart::Team(m) if ChartId::Team.in_build() => Some(m.computed()),
            _ => None,
        }
    }

    /// A key for the legend beyond the two languages, where the chart draws another kind of
    /// figure.
    pub fn legend_note(&self) -> Option<&'static str> {
        match self {
            Chart::Jobs(_) if ChartId::Jobs.in_build() => Some("○ ╌ projected"),
            _ => None,
        }
    }

    /// Every citation behind the chart, for its source line.
    pub fn citations(&self) -> Vec<&'static Citation> {
        let mut cites = each_chart!(self, m => m.citations());
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
