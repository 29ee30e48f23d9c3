//! The charts as pictures for the static page: each chart drawn at build time by the same chart
//! code, through a [`Surface`] that writes compact inline SVG.
//!
//! A picture fills its slot's width and keeps the canvas' height, without scaling its text:
//! shapes (lines, areas, bars) sit in a layer stretched to the width, with strokes that keep
//! their width, while labels and markers are placed at a percentage of the width and keep their
//! size. Drawn at the narrowest width of a range of slot widths, it serves every width of that
//! range at the size the canvas would use. Colours are the stylesheet's custom properties, by
//! class, so one picture follows the page's theme, a forced `?theme=` included, and needs no
//! `style` attribute (which the page's Content-Security-Policy forbids).

use super::draw::{DrawResult, NORMAL, Painter, Palette, SMALL, Stroke, Surface, TextSpec};
use super::{Chart, ChartId, native_style};
use plotters::style::text_anchor::{HPos, VPos};
use plotters_backend::{BackendColor, BackendCoord};
use std::cell::RefCell;
use std::fmt::Write;

/// The ranges of slot widths, in CSS pixels, that one picture each serves: from the first
/// width up to the next one (the last up to any width). The stylesheet shows the picture of the
/// range the chart's box is in (`.chart-picture.w<first>`); `style/main.css` holds the same list.
pub const WIDTHS: [u32; 3] = [260, 481, 640];

/// The canvas' height for a chart `width` CSS pixels wide, as the stylesheet sets it.
pub fn css_height(id: ChartId, width: u32) -> u32 {
    let narrow = width <= 480;
    match id {
        ChartId::Salary if narrow => 272,
        ChartId::Salary => 256,
        ChartId::Jobs => 336,
        ChartId::Sentiment => 288,
        ChartId::Growth if width < 640 => 400,
        ChartId::Growth => 256,
        ChartId::Learning if narrow => 560,
        ChartId::Learning => 496,
        ChartId::Team => 320,
    }
}

/// Every picture of `chart`, one per width range, as inline SVG, in an image described by the
/// chart's takeaway (the canvas' description).
pub fn pictures(chart: &Chart) -> Result<String, String> {
    let mut html = format!(
        "<div class=\"chart-pictures\" role=\"img\" aria-label=\"{}\">",
        crate::format::escape(&chart.description())
    );
    for width in WIDTHS {
        html += &picture(chart, width)?;
    }
    html += "</div>";
    Ok(html)
}

/// `chart` drawn `width` CSS pixels wide.
fn picture(chart: &Chart, width: u32) -> Result<String, String> {
    let height = css_height(chart.id(), width);
    let surface = Picture::new((width, height));
    let style = native_style(Palette::LIGHT);
    let painter = Painter::new(&surface, &style);
    chart.draw(&painter)?;
    let body = surface.finish();
    Ok(format!(
        "<svg class=\"chart-picture w{width}\" height=\"{height}\">{body}</svg>"
    ))
}

/// Whether a shape keeps its size whatever the width (labels, markers) or stretches with it.
#[derive(Clone, Copy, PartialEq)]
enum Layer {
    Placed,
    Stretched,
}

/// A [`Surface`] that writes SVG elements: see the module's documentation.
struct Picture {
    size: (u32, u32),
    /// The elements, in drawing order, each with its layer.
    elements: RefCell<Vec<(Layer, String)>>,
}

impl Picture {
    fn new(size: (u32, u32)) -> Self {
        Picture {
            size,
            elements: RefCell::new(Vec::new()),
        }
    }

    fn push(&self, layer: Layer, element: String) {
        self.elements.borrow_mut().push((layer, element));
    }

    /// `x` as a percentage of the width, to one decimal at most (a tenth of a percent is at
    /// most a pixel on the widest chart).
    fn percent(&self, x: i32) -> String {
        let share = f64::from(x) * 100.0 / f64::from(self.size.0);
        format!("{}%", crate::format::decimal(share))
    }

    /// The `class` attribute of a palette colour (its role: `g` Go, `r` Rust, `t` text, `m`
    /// muted, `l` grid lines, `k` background), with `more` classes, and its opacity where it is
    /// not opaque; `kind` is `f` or `s`, the colour of a fill or of a stroke.
    fn paint(&self, kind: char, color: BackendColor, more: &str) -> Result<String, String> {
        let (r, g, b) = color.rgb;
        let rgb = plotters::style::RGBColor(r, g, b);
        let p = Palette::LIGHT;
        let role = [
            (p.go, 'g'),
            (p.rust, 'r'),
            (p.text, 't'),
            (p.muted, 'm'),
            (p.grid, 'l'),
            (p.background, 'k'),
        ]
        .into_iter()
        .find(|(candidate, _)| *candidate == rgb)
        .map(|(_, role)| role)
        .ok_or_else(|| format!("a chart picture cannot theme the colour #{r:02x}{g:02x}{b:02x}"))?;
        let mut paint = format!("class=\"{role}{more}\"");
        let opacity = (color.alpha * 100.0).round() as u32;
        if opacity < 100 {
            let attribute = if kind == 'f' { "fill" } else { "stroke" };
            write!(paint, " {attribute}-opacity=\".{opacity:02}\"").ok();
        }
        Ok(paint)
    }

    /// The SVG body: the stretched shapes in a layer of their own, then the labels and markers
    /// on top, each in drawing order.
    fn finish(self) -> String {
        let (width, height) = self.size;
        let elements = self.elements.into_inner();
        let mut body =
            format!("<svg viewBox=\"0 0 {width} {height}\" preserveAspectRatio=\"none\">");
        for layer in [Layer::Stretched, Layer::Placed] {
            for (_, element) in elements.iter().filter(|(l, _)| *l == layer) {
                body += element;
            }
            if layer == Layer::Stretched {
                body += "</svg>";
            }
        }
        body
    }
}

impl Surface for Picture {
    fn dimensions(&self) -> (u32, u32) {
        self.size
    }

    fn text(&self, text: &str, (x, y): BackendCoord, style: &TextSpec) -> DrawResult {
        let mut classes = String::new();
        let mut size = String::new();
        if style.size == SMALL {
            classes += " z1";
        } else if style.size == NORMAL {
            classes += " z2";
        } else {
            size = format!(" font-size=\"{}\"", style.size.round());
        }
        if style.bold {
            classes += " b";
        }
        classes += match style.anchor.h_pos {
            HPos::Left => "",
            HPos::Center => " am",
            HPos::Right => " ae",
        };
        classes += match style.anchor.v_pos {
            VPos::Top => " bt",
            VPos::Center => " bc",
            VPos::Bottom => " bb",
        };
        let paint = self.paint('f', style.color, &classes)?;
        self.push(
            Layer::Placed,
            format!(
                "<text x=\"{}\" y=\"{y}\" {paint}{size}>{}</text>",
                self.percent(x),
                crate::format::escape(text)
            ),
        );
        Ok(())
    }

    fn rect(&self, [(x0, y0), (x1, y1)]: [BackendCoord; 2], color: BackendColor) -> DrawResult {
        let paint = self.paint('f', color, "")?;
        let (w, h) = (x1 - x0, y1 - y0);
        // The page's background is the picture's: the chart's own is left out.
        let (width, height) = self.size;
        if (x0, y0) == (0, 0) && (w, h) == (width as i32, height as i32) {
            return Ok(());
        }
        // A marker keeps its shape; anything larger stretches with the plot.
        if w <= 12 && h <= 12 {
            self.push(
                Layer::Placed,
                format!(
                    "<rect x=\"{}\" y=\"{y0}\" width=\"{w}\" height=\"{h}\" {paint}/>",
                    self.percent(x0)
                ),
            );
        } else {
            self.push(
                Layer::Stretched,
                format!("<rect x=\"{x0}\" y=\"{y0}\" width=\"{w}\" height=\"{h}\" {paint}/>"),
            );
        }
        Ok(())
    }

    fn path(&self, points: &[BackendCoord], stroke: Stroke) -> DrawResult {
        let paint = self.paint('s', stroke.color, "")?;
        let width = if stroke.width == 1 {
            String::new()
        } else {
            format!(" stroke-width=\"{}\"", stroke.width)
        };
        let d = path_data(points, false);
        // Consecutive pieces of one line (the dashes of a dashed one) share an element.
        let mut elements = self.elements.borrow_mut();
        let tail = format!("\" {paint}{width}/>");
        if let Some((Layer::Stretched, last)) = elements.last_mut()
            && last.starts_with("<path d=\"")
            && last.ends_with(&tail)
        {
            let end = last.len() - tail.len();
            last.insert_str(end, &d);
            return Ok(());
        }
        elements.push((Layer::Stretched, format!("<path d=\"{d}{tail}")));
        Ok(())
    }

    fn dashed(&self, points: &[(f64, f64)], (dash, gap): (f64, f64), stroke: Stroke) -> DrawResult {
        let paint = self.paint('s', stroke.color, " d")?;
        debug_assert!(
            (dash, gap) == (5.0, 4.0),
            "the stylesheet dashes 5 and 4 pixels"
        );
        let width = if stroke.width == 1 {
            String::new()
        } else {
            format!(" stroke-width=\"{}\"", stroke.width)
        };
        let points: Vec<BackendCoord> = points
            .iter()
            .map(|&(x, y)| (x.round() as i32, y.round() as i32))
            .collect();
        self.push(
            Layer::Stretched,
            format!("<path d=\"{}\" {paint}{width}/>", path_data(&points, false)),
        );
        Ok(())
    }

    fn polygon(&self, points: &[BackendCoord], color: BackendColor) -> DrawResult {
        // `p`: a filled path.
        let paint = self.paint('f', color, " p")?;
        self.push(
            Layer::Stretched,
            format!("<path d=\"{}\" {paint}/>", path_data(points, true)),
        );
        Ok(())
    }

    fn circle(&self, (x, y): BackendCoord, radius: u32, color: BackendColor) -> DrawResult {
        let paint = self.paint('f', color, "")?;
        self.push(
            Layer::Placed,
            format!(
                "<circle cx=\"{}\" cy=\"{y}\" r=\"{radius}\" {paint}/>",
                self.percent(x)
            ),
        );
        Ok(())
    }
}

/// SVG path data through `points` (`M0 0L1 1 2 2`), closed when `close`.
fn path_data(points: &[BackendCoord], close: bool) -> String {
    let mut d = String::new();
    for (i, (x, y)) in points.iter().enumerate() {
        let command = match i {
            0 => "M",
            1 => "L",
            _ => " ",
        };
        write!(d, "{command}{x} {y}").ok();
    }
    if close {
        d.push('Z');
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset;

    fn all_pictures() -> Vec<(ChartId, String)> {
        ChartId::ALL
            .into_iter()
            .map(|id| (id, pictures(&Chart::new(id, dataset())).unwrap()))
            .collect()
    }

    #[test]
    fn every_chart_has_one_picture_per_width_at_the_canvas_height() {
        for (id, html) in all_pictures() {
            for width in WIDTHS {
                let tag = format!(
                    "<svg class=\"chart-picture w{width}\" height=\"{}\"",
                    css_height(id, width)
                );
                assert_eq!(html.matches(&tag).count(), 1, "{}: {tag}", id.id());
            }
            assert_eq!(
                html.matches("<svg class=\"chart-picture").count(),
                WIDTHS.len()
            );
            assert!(
                !html.contains("style="),
                "{}: a style attribute breaks the CSP",
                id.id()
            );
        }
    }

    #[test]
    fn pictures_carry_the_charts_text_and_description() {
        let chart = Chart::new(ChartId::Salary, dataset());
        let html = pictures(&chart).unwrap();
        assert!(html.contains(&format!(
            "aria-label=\"{}\"",
            crate::format::escape(&chart.description())
        )));
        assert!(html.contains(">$160k median</text>"), "{html}");
        // The palette by class: Go's band is Go's colour at the band's opacity.
        assert!(html.contains("class=\"g\" fill-opacity=\".35\""), "{html}");
    }

    #[test]
    fn dashed_lines_are_one_path_each() {
        let html = pictures(&Chart::new(ChartId::Jobs, dataset())).unwrap();
        let first = &html[..html.find("</svg><svg").unwrap()];
        // The two projected lines and the salary-free jobs chart's other dashes, not one
        // element per dash.
        let dashed = first.matches(" d\"").count();
        assert!((2..=4).contains(&dashed), "{dashed} dashed paths: {first}");
    }

    #[test]
    fn positions_are_percentages_of_the_width() {
        let picture = Picture::new((400, 100));
        assert_eq!(picture.percent(0), "0%");
        assert_eq!(picture.percent(200), "50%");
        assert_eq!(picture.percent(1), "0.3%");
        assert_eq!(picture.percent(399), "99.8%");
        assert_eq!(picture.percent(-2), "-0.5%");
    }

    #[test]
    fn a_colour_outside_the_palette_is_refused() {
        let picture = Picture::new((100, 100));
        let color = BackendColor {
            alpha: 1.0,
            rgb: (1, 2, 3),
        };
        let error = picture.rect([(0, 0), (50, 50)], color).unwrap_err();
        assert!(error.contains("#010203"), "{error}");
    }

    /// The stylesheet shows the picture of each width range: its container queries must start
    /// each range at the width the picture is drawn at.
    #[test]
    fn the_stylesheet_shows_each_picture_from_its_width() {
        let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/style/main.css"))
            .unwrap();
        for (i, width) in WIDTHS.into_iter().enumerate() {
            let rule = css
                .lines()
                .find(|line| line.contains(&format!(".chart-picture.w{width} ")))
                .unwrap_or_else(|| panic!("no rule shows .chart-picture.w{width}"));
            let from = match i {
                0 if WIDTHS[1] == 481 => "@container (width <= 480px)".to_string(),
                0 => format!("@container (width < {}px)", WIDTHS[1]),
                _ if width == 481 => "@container (480px < width".to_string(),
                _ => format!("@container ({width}px <= width"),
            };
            assert!(
                rule.starts_with(&from),
                "{rule} (expected it to start with {from})"
            );
            if let Some(next) = WIDTHS.get(i + 1).filter(|_| i > 0) {
                let to = if *next == 481 {
                    "width <= 480px)".to_string()
                } else {
                    format!("width < {next}px)")
                };
                assert!(
                    rule.contains(&to),
                    "{rule} (expected it to end before {next} px)"
                );
            }
        }
    }
}
