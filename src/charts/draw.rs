//! The small drawing kit every chart uses on top of plotters: a painter that works in device
//! pixels (CSS pixels × device pixel ratio), linear and logarithmic scales with readable ticks,
//! and the colour palette.
//!
//! Charts lay their labels out themselves, measuring text with [`Style::measure`] (the canvas'
//! own `measureText` in the browser, an estimate in native tests), so no label is clipped or
//! overlaps another and no drawing needs a DOM round trip.

use super::arith::remainder;
use plotters::prelude::{DrawingBackend, RGBAColor, RGBColor};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{Color, FontFamily, FontStyle};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind, FontTransform,
};
use std::any::Any;
use std::cell::RefCell;

/// What a drawing function returns: the backend's error, as text.
pub type DrawResult = Result<(), String>;

/// The few drawing operations charts use, in device pixels. Every plotters `DrawingBackend`
/// provides them ([`Backend`] wraps one); charts draw through `&dyn Surface`, so each chart's
/// code is compiled once however many backends it is drawn on (canvas in the page, SVG for
/// exports and tests), which keeps the wasm small.
pub trait Surface {
    fn dimensions(&self) -> (u32, u32);
    fn text(&self, text: &str, at: BackendCoord, style: &TextSpec) -> DrawResult;
    fn rect(&self, corners: [BackendCoord; 2], color: BackendColor) -> DrawResult;
    fn path(&self, points: &[BackendCoord], stroke: Stroke) -> DrawResult;
    /// A dashed line: dashes of `dash` and gaps of `gap` device pixels along the whole path.
    /// Drawn dash by dash, unless the surface has dashes of its own.
    fn dashed(&self, points: &[(f64, f64)], (dash, gap): (f64, f64), stroke: Stroke) -> DrawResult {
        for piece in dashes(points, dash, gap) {
            self.path(&pixels(&piece), stroke)?;
        }
        Ok(())
    }
    fn polygon(&self, points: &[BackendCoord], color: BackendColor) -> DrawResult;
    fn circle(&self, center: BackendCoord, radius: u32, color: BackendColor) -> DrawResult;
}

/// A plotters drawing backend (the canvas, SVG…) as a [`Surface`].
pub struct Backend<DB: DrawingBackend>(pub RefCell<DB>);

impl<DB: DrawingBackend> Backend<DB>
where
    DB::ErrorType: 'static,
{
    pub fn new(backend: DB) -> Self {
        Backend(RefCell::new(backend))
    }

    /// Finishes the drawing (the SVG backend writes its document here).
    pub fn present(&self) -> DrawResult {
        self.0.borrow_mut().present().map_err(failure)
    }
}

/// A backend's error as text. The SVG backend's errors are std's I/O errors, which writing to a
/// string never raises: they are named rather than formatted, which keeps std's I/O error texts
/// and their formatting out of the wasm (the SVG download draws through that backend). The
/// check is on the type, so it is decided when the code is compiled.
fn failure<E: std::error::Error + Send + Sync + 'static>(error: DrawingErrorKind<E>) -> String {
    match error {
        DrawingErrorKind::DrawingError(e) if (&e as &dyn Any).is::<std::io::Error>() => {
            "the SVG document could not be written".to_string()
        }
        DrawingErrorKind::DrawingError(e) => e.to_string(),
        DrawingErrorKind::FontError(e) => e.to_string(),
    }
}

impl<DB: DrawingBackend> Surface for Backend<DB>
where
    DB::ErrorType: 'static,
{
    fn dimensions(&self) -> (u32, u32) {
        self.0.borrow().get_size()
    }

    fn text(&self, text: &str, at: BackendCoord, style: &TextSpec) -> DrawResult {
        self.0
            .borrow_mut()
            .draw_text(text, style, at)
            .map_err(failure)
    }

    fn rect(
        &self,
        [upper_left, lower_right]: [BackendCoord; 2],
        color: BackendColor,
    ) -> DrawResult {
        self.0
            .borrow_mut()
            .draw_rect(upper_left, lower_right, &color, true)
            .map_err(failure)
    }

    fn path(&self, points: &[BackendCoord], stroke: Stroke) -> DrawResult {
        self.0
            .borrow_mut()
            .draw_path(points.iter().copied(), &stroke)
            .map_err(failure)
    }

    fn polygon(&self, points: &[BackendCoord], color: BackendColor) -> DrawResult {
        self.0
            .borrow_mut()
            .fill_polygon(points.iter().copied(), &color)
            .map_err(failure)
    }

    fn circle(&self, center: BackendCoord, radius: u32, color: BackendColor) -> DrawResult {
        self.0
            .borrow_mut()
            .draw_circle(center, radius, &color, true)
            .map_err(failure)
    }
}

/// A line's colour and width, for the backend.
#[derive(Clone, Copy)]
pub struct Stroke {
    pub color: BackendColor,
    pub width: u32,
}

impl BackendStyle for Stroke {
    fn color(&self) -> BackendColor {
        self.color
    }

    fn stroke_width(&self) -> u32 {
        self.width
    }
}

/// A label's font, colour and anchor, for the backend. The canvas and SVG backends draw text
/// themselves (the browser or the SVG viewer lays it out), so no font file is involved.
#[derive(Clone, Copy)]
pub struct TextSpec {
    pub size: f64,
    pub bold: bool,
    pub color: BackendColor,
    pub anchor: Pos,
}

/// Never returned: text is laid out by the canvas or the SVG viewer.
#[derive(Debug)]
pub struct NoFontError;

impl std::fmt::Display for NoFontError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("text is laid out by the backend")
    }
}

impl std::error::Error for NoFontError {}

impl BackendTextStyle for TextSpec {
    type FontError = NoFontError;

    fn color(&self) -> BackendColor {
        self.color
    }

    fn size(&self) -> f64 {
        self.size
    }

    fn transform(&self) -> FontTransform {
        FontTransform::None
    }

    fn style(&self) -> FontStyle {
        if self.bold {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        }
    }

    fn anchor(&self) -> Pos {
        self.anchor
    }

    fn family(&self) -> FontFamily<'_> {
        FontFamily::Name(FONT)
    }

    fn layout_box(&self, text: &str) -> Result<((i32, i32), (i32, i32)), NoFontError> {
        let width = estimate_text_width(text, self.size, self.bold);
        Ok(((0, 0), (width.round() as i32, self.size.round() as i32)))
    }

    fn draw<E, F: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        _text: &str,
        _pos: BackendCoord,
        _draw: F,
    ) -> Result<Result<(), E>, NoFontError> {
        // Only bitmap backends rasterise text through the style; the charts use none.
        Ok(Ok(()))
    }
}

/// A plotters colour as the backend's.
fn backend_color(color: RGBAColor) -> BackendColor {
    color.to_backend_color()
}

/// The font every chart uses: the page's own system font stack.
pub const FONT: &str = "system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif";

/// Chart colours. In the page they are read from the stylesheet (one source of truth for both
/// themes); the constants match it, for native rendering.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    pub background: RGBColor,
    pub text: RGBColor,
    pub muted: RGBColor,
    pub grid: RGBColor,
    pub go: RGBColor,
    pub rust: RGBColor,
}

impl Palette {
    pub const LIGHT: Palette = Palette {
        background: RGBColor(0xff, 0xff, 0xff),
        text: RGBColor(0x1b, 0x1d, 0x21),
        muted: RGBColor(0x4d, 0x53, 0x5c),
        grid: RGBColor(0xd5, 0xd8, 0xdd),
        go: RGBColor(0x00, 0x67, 0xa3),
        rust: RGBColor(0xa8, 0x42, 0x00),
    };

    pub const DARK: Palette = Palette {
        background: RGBColor(0x12, 0x14, 0x17),
        text: RGBColor(0xe8, 0xea, 0xed),
        muted: RGBColor(0xa9, 0xb0, 0xba),
        grid: RGBColor(0x3a, 0x3f, 0x47),
        go: RGBColor(0x56, 0xb4, 0xe9),
        rust: RGBColor(0xf0, 0xa4, 0x5d),
    };

    pub fn language(&self, language: crate::data::Language) -> RGBColor {
        match language {
            crate::data::Language::Go => self.go,
            crate::data::Language::Rust => self.rust,
        }
    }
}

/// Parses a computed CSS colour, `rgb(r, g, b)` or `rgba(r, g, b, a)`, as the browser reports it.
pub fn parse_css_rgb(value: &str) -> Option<RGBColor> {
    let inner = value
        .trim()
        .strip_prefix("rgba(")
        .or_else(|| value.trim().strip_prefix("rgb("))?
        .strip_suffix(')')?;
    // Computed colours are whole numbers; an integer parse keeps float parsing out of the wasm.
    let mut channels = inner.split(',').map(|c| c.trim().parse::<u8>());
    let mut channel = || -> Option<u8> { channels.next()?.ok() };
    Some(RGBColor(channel()?, channel()?, channel()?))
}

/// Measures text: `(text, font size in device pixels, bold)` to a width in device pixels.
pub type Measure<'a> = &'a dyn Fn(&str, f64, bool) -> f64;

/// A rough width for text in a sans-serif font, for rendering without a browser.
pub fn estimate_text_width(text: &str, size: f64, bold: bool) -> f64 {
    let ems: f64 = text
        .chars()
        .map(|c| match c {
            'i' | 'l' | 'j' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' | ' ' => 0.3,
            'm' | 'w' | 'M' | 'W' | '%' | '—' => 0.9,
            c if c.is_ascii_uppercase() => 0.68,
            c if c.is_ascii_digit() => 0.58,
            _ => 0.55,
        })
        .sum();
    // Calibrated against DejaVu Sans (Debian Chromium's system-ui), erring slightly wide.
    ems * size * if bold { 1.16 } else { 1.04 }
}

/// How to draw: colours, pixel density and text measurement.
pub struct Style<'a> {
    pub palette: Palette,
    /// Device pixels per CSS pixel.
    pub dpr: f64,
    pub measure: Measure<'a>,
}

/// Text size in CSS pixels.
pub const SMALL: f64 = 11.5;
pub const NORMAL: f64 = 13.0;

/// Draws in device pixels on any plotters drawing area.
pub struct Painter<'a> {
    surface: &'a dyn Surface,
    pub style: &'a Style<'a>,
    /// Size of the area in device pixels.
    pub width: f64,
    pub height: f64,
    /// Where each label went, so native tests can check that none is clipped or overlaps
    /// another (not kept in the browser, where nothing reads it).
    #[cfg(not(target_arch = "wasm32"))]
    labels: RefCell<Vec<TextBox>>,
    /// Where each point of the chart's readout sits, in its reading order.
    spots: RefCell<Vec<super::readout::Spot>>,
}

/// The box a label occupies, in device pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct TextBox {
    pub text: String,
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

impl TextBox {
    /// Whether two boxes share more than a sliver (half a device pixel either way).
    pub fn overlaps(&self, other: &TextBox) -> bool {
        let tolerance = 0.5;
        self.left < other.right - tolerance
            && other.left < self.right - tolerance
            && self.top < other.bottom - tolerance
            && other.top < self.bottom - tolerance
    }
}

/// Text options for [`Painter::text`].
#[derive(Clone, Copy)]
pub struct Text {
    pub size: f64,
    pub color: RGBColor,
    pub bold: bool,
    pub h: HPos,
    pub v: VPos,
}

impl Text {
    pub fn new(size: f64, color: RGBColor) -> Text {
        Text {
            size,
            color,
            bold: false,
            h: HPos::Left,
            v: VPos::Center,
        }
    }

    pub fn bold(self) -> Text {
        Text { bold: true, ..self }
    }

    pub fn anchor(self, h: HPos, v: VPos) -> Text {
        Text { h, v, ..self }
    }

    pub fn with_color(self, color: RGBColor) -> Text {
        Text { color, ..self }
    }
}

impl<'a> Painter<'a> {
    /// A painter for `surface`: any plotters `DrawingArea`, whatever its backend.
    pub fn new(surface: &'a dyn Surface, style: &'a Style<'a>) -> Self {
        let (width, height) = surface.dimensions();
        Painter {
            surface,
            style,
            width: f64::from(width),
            height: f64::from(height),
            #[cfg(not(target_arch = "wasm32"))]
            labels: RefCell::new(Vec::new()),
            spots: RefCell::new(Vec::new()),
        }
    }

    /// Records where the next point of the chart's readout sits (charts call this in the
    /// reading order of their points).
    pub fn spot(&self, spot: super::readout::Spot) {
        self.spots.borrow_mut().push(spot);
    }

    /// Every spot recorded so far, in device pixels.
    pub fn spots(&self) -> Vec<super::readout::Spot> {
        self.spots.borrow().clone()
    }

    /// Every label drawn so far.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn labels(&self) -> Vec<TextBox> {
        self.labels.borrow().clone()
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn record(&self, text: &str, (x, y): (f64, f64), options: Text) {
        let width = self.text_width(text, options);
        let height = self.px(options.size);
        let left = match options.h {
            HPos::Left => x,
            HPos::Center => x - width / 2.0,
            HPos::Right => x - width,
        };
        let top = match options.v {
            VPos::Top => y,
            VPos::Center => y - height / 2.0,
            VPos::Bottom => y - height,
        };
        self.labels.borrow_mut().push(TextBox {
            text: text.to_string(),
            left,
            top,
            right: left + width,
            bottom: top + height,
        });
    }

    /// CSS pixels to device pixels.
    pub fn px(&self, css: f64) -> f64 {
        css * self.style.dpr
    }

    pub fn palette(&self) -> Palette {
        self.style.palette
    }

    /// Width of `text` in device pixels.
    pub fn text_width(&self, text: &str, options: Text) -> f64 {
        (self.style.measure)(text, self.px(options.size), options.bold)
    }

    /// Height of a line of text in device pixels.
    pub fn line_height(&self, options: Text) -> f64 {
        self.px(options.size) * 1.25
    }

    pub fn clear(&self) -> DrawResult {
        self.surface.rect(
            [(0, 0), (self.width as i32, self.height as i32)],
            backend_color(self.style.palette.background.to_rgba()),
        )
    }

    /// The first of `candidates` that fits in `max_width`, or the last one.
    pub fn fit<'t>(&self, candidates: &[&'t str], max_width: f64, options: Text) -> &'t str {
        candidates
            .iter()
            .find(|text| self.text_width(text, options) <= max_width)
            .or(candidates.last())
            .copied()
            .unwrap_or("")
    }

    /// A one-line caption centred on `center_x` where it fits, else moved inside the area: the
    /// first of `candidates` that fits the whole width, or the last one.
    pub fn caption(&self, candidates: &[&str], center_x: f64, y: f64, options: Text) -> DrawResult {
        let text = self.fit(candidates, self.width, options);
        let half = self.text_width(text, options) / 2.0;
        let x = super::arith::clamp(center_x, half, (self.width - half).max(half));
        self.text(text, (x, y), options.anchor(HPos::Center, VPos::Bottom))
    }

    /// Axis labels centred on their positions, top-aligned at `y`, leaving out any label that
    /// would touch the one before it or stick out of the area.
    pub fn axis_labels(&self, labels: &[(f64, String)], y: f64, options: Text) -> DrawResult {
        let gap = self.px(6.0);
        let mut last_right = f64::NEG_INFINITY;
        for (x, label) in labels {
            let half = self.text_width(label, options) / 2.0;
            if x - half >= last_right + gap && x - half >= 0.0 && x + half <= self.width {
                self.text(label, (*x, y), options.anchor(HPos::Center, VPos::Top))?;
                last_right = x + half;
            }
        }
        Ok(())
    }

    /// Vertical gridlines from `top` to `bottom` at each `(x, label)`, labelled below `bottom`.
    pub fn vertical_grid(
        &self,
        ticks: &[(f64, String)],
        (top, bottom): (f64, f64),
        options: Text,
    ) -> DrawResult {
        for (x, _) in ticks {
            self.line(
                &[(*x, top), (*x, bottom)],
                self.style.palette.grid.to_rgba(),
                1.0,
            )?;
        }
        self.axis_labels(ticks, bottom + self.px(3.0), options)
    }

    /// Horizontal gridlines from `left` to `right` at each `(y, label)`, labelled left of `left`.
    pub fn horizontal_grid(
        &self,
        ticks: &[(f64, String)],
        (left, right): (f64, f64),
        options: Text,
    ) -> DrawResult {
        for (y, label) in ticks {
            self.line(
                &[(left, *y), (right, *y)],
                self.style.palette.grid.to_rgba(),
                1.0,
            )?;
            self.text(
                label,
                (left - self.px(6.0), *y),
                options.anchor(HPos::Right, VPos::Center),
            )?;
        }
        Ok(())
    }

    pub fn text(&self, text: &str, (x, y): (f64, f64), options: Text) -> DrawResult {
        #[cfg(not(target_arch = "wasm32"))]
        self.record(text, (x, y), options);
        let spec = TextSpec {
            size: self.px(options.size),
            bold: options.bold,
            color: backend_color(options.color.to_rgba()),
            anchor: Pos::new(options.h, options.v),
        };
        self.surface
            .text(text, (x.round() as i32, y.round() as i32), &spec)
    }

    /// Draws `text` from `(x, y)` downwards, wrapped to `max_width`; returns the height used.
    pub fn paragraph(
        &self,
        text: &str,
        (x, y): (f64, f64),
        max_width: f64,
        options: Text,
    ) -> Result<f64, String> {
        let lines = wrap(text, max_width, |line| self.text_width(line, options));
        let line_height = self.line_height(options);
        for (i, line) in lines.iter().enumerate() {
            self.text(
                line,
                (x, y + line_height * i as f64),
                options.anchor(HPos::Left, VPos::Top),
            )?;
        }
        Ok(line_height * lines.len() as f64)
    }

    pub fn rect(&self, (x0, y0): (f64, f64), (x1, y1): (f64, f64), color: RGBAColor) -> DrawResult {
        self.surface.rect(
            [
                (x0.min(x1).round() as i32, y0.min(y1).round() as i32),
                (x0.max(x1).round() as i32, y0.max(y1).round() as i32),
            ],
            backend_color(color),
        )
    }

    pub fn line(&self, points: &[(f64, f64)], color: RGBAColor, width_css: f64) -> DrawResult {
        self.surface
            .path(&pixels(points), self.stroke(color, width_css))
    }

    /// A dashed line: dashes of 5 and gaps of 4 CSS pixels along the whole path.
    pub fn dashed(&self, points: &[(f64, f64)], color: RGBAColor, width_css: f64) -> DrawResult {
        let stroke = self.stroke(color, width_css);
        self.surface
            .dashed(points, (self.px(5.0), self.px(4.0)), stroke)
    }

    pub fn polygon(&self, points: &[(f64, f64)], color: RGBAColor) -> DrawResult {
        self.surface.polygon(&pixels(points), backend_color(color))
    }

    /// A marker: a circle for Go, a square for Rust, so the two differ without colour.
    pub fn marker(
        &self,
        language: crate::data::Language,
        (x, y): (f64, f64),
        color: RGBColor,
    ) -> DrawResult {
        let r = self.px(4.0);
        match language {
            crate::data::Language::Go => self.surface.circle(
                (x.round() as i32, y.round() as i32),
                r.round() as u32,
                backend_color(color.to_rgba()),
            ),
            crate::data::Language::Rust => {
                let r = r * 0.9;
                self.rect((x - r, y - r), (x + r, y + r), color.to_rgba())
            }
        }
    }

    /// The same marker as an outline, for a computed point beside a reported one.
    pub fn hollow_marker(
        &self,
        language: crate::data::Language,
        (x, y): (f64, f64),
        color: RGBColor,
    ) -> DrawResult {
        self.marker(language, (x, y), color)?;
        let inner = self.px(2.2);
        let background = self.style.palette.background;
        match language {
            crate::data::Language::Go => self.surface.circle(
                (x.round() as i32, y.round() as i32),
                inner.round().max(1.0) as u32,
                backend_color(background.to_rgba()),
            ),
            crate::data::Language::Rust => self.rect(
                (x - inner, y - inner),
                (x + inner, y + inner),
                background.to_rgba(),
            ),
        }
    }

    fn stroke(&self, color: RGBAColor, width_css: f64) -> Stroke {
        Stroke {
            color: backend_color(color),
            width: self.px(width_css).round().max(1.0) as u32,
        }
    }
}

/// Points in device pixels, rounded for the backend.
fn pixels(points: &[(f64, f64)]) -> Vec<BackendCoord> {
    points
        .iter()
        .map(|&(x, y)| (x.round() as i32, y.round() as i32))
        .collect()
}

/// The dashes of a dashed path: pieces of `dash` length separated by `gap`, measured along
/// the path across its corners.
pub fn dashes(points: &[(f64, f64)], dash: f64, gap: f64) -> Vec<Vec<(f64, f64)>> {
    let period = dash + gap;
    let mut pieces: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut current: Vec<(f64, f64)> = Vec::new();
    // Distance travelled along the path so far.
    let mut travelled = 0.0;
    for pair in points.windows(2) {
        let ((x0, y0), (x1, y1)) = (pair[0], pair[1]);
        let length = ((x1 - x0).powi(2) + (y1 - y0).powi(2)).sqrt();
        if length == 0.0 {
            continue;
        }
        let at = |t: f64| (x0 + (x1 - x0) * t / length, y0 + (y1 - y0) * t / length);
        let mut t = 0.0;
        while t < length {
            let phase = remainder(travelled + t, period);
            if phase < dash {
                if current.is_empty() {
                    current.push(at(t));
                }
                let step = (dash - phase).min(length - t);
                t += step;
                current.push(at(t));
                if remainder(travelled + t, period) >= dash || step == dash - phase {
                    pieces.push(std::mem::take(&mut current));
                }
            } else {
                t += (period - phase).min(length - t);
            }
        }
        travelled += length;
    }
    if current.len() > 1 {
        pieces.push(current);
    }
    pieces
}

/// Maps a domain interval onto a pixel interval.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Linear {
    pub domain: (f64, f64),
    pub range: (f64, f64),
}

impl Linear {
    pub fn map(&self, value: f64) -> f64 {
        let (d0, d1) = self.domain;
        let (r0, r1) = self.range;
        if d1 == d0 {
            return r0;
        }
        r0 + (value - d0) / (d1 - d0) * (r1 - r0)
    }
}

/// Maps a positive domain onto pixels on a logarithmic scale.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Log {
    pub domain: (f64, f64),
    pub range: (f64, f64),
}

impl Log {
    pub fn map(&self, value: f64) -> f64 {
        Linear {
            domain: (self.domain.0.ln(), self.domain.1.ln()),
            range: self.range,
        }
        .map(value.max(f64::MIN_POSITIVE).ln())
    }
}

/// A "nice" upper bound and tick step for an axis from 0 to at least `max`, with about
/// `count` ticks: steps of 1, 2 or 5 times a power of ten.
pub fn nice_axis(max: f64, count: usize) -> (f64, f64) {
    let max = if max.is_finite() && max > 0.0 {
        max
    } else {
        1.0
    };
    let raw = max / count.max(1) as f64;
    // The power of ten at or below `raw`, found by steps (no logarithm or power needed).
    let mut magnitude = 1.0;
    while magnitude * 10.0 <= raw {
        magnitude *= 10.0;
    }
    while magnitude > raw {
        magnitude /= 10.0;
    }
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|step| *step >= raw)
        .unwrap_or(10.0 * magnitude);
    ((max / step).ceil() * step, step)
}

/// The values `0, step, 2·step, … ≤ max`.
pub fn ticks(max: f64, step: f64) -> Vec<f64> {
    let count = (max / step).round() as usize;
    (0..=count).map(|i| i as f64 * step).collect()
}

/// Splits `text` into lines no wider than `max_width`, breaking at spaces; a single word wider
/// than the limit keeps a line of its own.
pub fn wrap(text: &str, max_width: f64, width_of: impl Fn(&str) -> f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        let candidate = if current.is_empty() {
            word.to_string()
        } else {
            format!("{current} {word}")
        };
        if current.is_empty() || width_of(&candidate) <= max_width {
            current = candidate;
        } else {
            lines.push(std::mem::replace(&mut current, word.to_string()));
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_axes_end_on_round_numbers() {
        assert_eq!(nice_axis(230.0, 5), (250.0, 50.0));
        assert_eq!(nice_axis(100.0, 5), (100.0, 20.0));
        assert_eq!(nice_axis(493.0, 5), (500.0, 100.0));
        assert_eq!(nice_axis(0.0, 5), (1.0, 0.2));
        assert_eq!(
            ticks(250.0, 50.0),
            vec![0.0, 50.0, 100.0, 150.0, 200.0, 250.0]
        );
    }

    #[test]
    fn scales_map_their_ends() {
        let x = Linear {
            domain: (0.0, 100.0),
            range: (10.0, 210.0),
        };
        assert_eq!(x.map(50.0), 110.0);
        let log = Log {
            domain: (1.0, 100.0),
            range: (0.0, 200.0),
        };
        assert!((log.map(10.0) - 100.0).abs() < 1e-9);
    }

    #[test]
    fn computed_css_colours_parse() {
        assert_eq!(
            parse_css_rgb("rgb(0, 103, 163)"),
            Some(RGBColor(0, 103, 163))
        );
        assert_eq!(
            parse_css_rgb("rgba(18, 20, 23, 0.5)"),
            Some(RGBColor(18, 20, 23))
        );
        assert_eq!(parse_css_rgb("#fff"), None);
        assert_eq!(parse_css_rgb("rgb(300, 0, 0)"), None);
        assert_eq!(parse_css_rgb("rgb(1.5, 0, 0)"), None);
        assert_eq!(parse_css_rgb("rgb(1, 2)"), None);
    }

    #[test]
    fn dashes_follow_the_path_across_corners() {
        // 20 px across, then 10 px down: dashes of 5 with gaps of 4.
        let pieces = dashes(&[(0.0, 0.0), (20.0, 0.0), (20.0, 10.0)], 5.0, 4.0);
        let ends: Vec<((f64, f64), (f64, f64))> =
            pieces.iter().map(|p| (p[0], p[p.len() - 1])).collect();
        assert_eq!(
            ends,
            [
                ((0.0, 0.0), (5.0, 0.0)),
                ((9.0, 0.0), (14.0, 0.0)),
                ((18.0, 0.0), (20.0, 3.0)),
                ((20.0, 7.0), (20.0, 10.0)),
            ]
        );
        // The dash across the corner keeps the corner point.
        assert_eq!(pieces[2], [(18.0, 0.0), (20.0, 0.0), (20.0, 3.0)]);
        assert!(dashes(&[(1.0, 1.0)], 5.0, 4.0).is_empty());
    }

    #[test]
    fn wrapping_keeps_words_whole() {
        let lines = wrap("Able to architect complex systems", 12.0, |s| {
            s.len() as f64
        });
        assert_eq!(lines, ["Able to", "architect", "complex", "systems"]);
        assert_eq!(wrap("short", 100.0, |s| s.len() as f64), ["short"]);
    }
}
