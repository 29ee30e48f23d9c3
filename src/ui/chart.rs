//! A chart in the page: title, controls, the canvas (or its table view), source line and
//! downloads (PNG, SVG, CSV).
//!
//! The canvas' backing store is its CSS size × `devicePixelRatio`, and the chart is drawn at
//! that density, so it is sharp on every screen. It redraws, at most once per animation frame,
//! when its model changes, when its box is resized, when the pixel ratio changes (zoom, moving
//! the window to another screen) and when the colour scheme changes. Colours are read from the
//! stylesheet, so the chart always matches the page's theme.

use super::readout::Readout;
use crate::charts::Chart;
use crate::charts::draw::{FONT, Palette, Style, parse_css_rgb};
#[cfg(feature = "app")]
use crate::charts::to_svg;
use leptos::html;
use leptos::prelude::*;
use plotters_canvas::CanvasBackend;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// A chart with its frame.
///
/// The plot (canvas, readout, table view) is fixed markup ([`body_html`]) that the painter and
/// the readout find once the frame is in place: far less code in the wasm than a view per
/// element.
#[component]
pub fn ChartFrame(
    /// The chart's model; the canvas redraws whenever it changes.
    chart: Signal<Chart>,
    /// Controls shown between the title and the chart (sliders, their readouts).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let id = chart.with_untracked(Chart::id);
    let legend_ref = NodeRef::<html::Span>::new();
    let readout = Readout::new(chart);
    let painter: Rc<CanvasPainter> = Rc::new(CanvasPainter::new(chart, readout.clone()));

    let paint_on_change = painter.clone();
    Effect::new(move |_| {
        chart.track();
        paint_on_change.request();
    });
    let attached = painter.clone();
    legend_ref.on_load(move |legend| {
        let Ok(Some(figure)) = legend.closest("figure") else {
            return;
        };
        attached.attach(&figure, legend);
        readout.attach(&figure);
    });
    // The buttons below the chart are fixed markup; one handler serves them all.
    let acting = painter.clone();
    let on_action = move |event: web_sys::Event| {
        let action = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|element| element.closest("[data-action]").ok().flatten())
            .and_then(|button| button.get_attribute("data-action"));
        if let Some(action) = action {
            acting.act(&action);
        }
    };

    let cites = chart.with_untracked(Chart::citations);
    let source_line =
        move || crate::html::source_line_with(&cites, chart.with(Chart::computed).as_deref());
    let legend_note = chart.with_untracked(Chart::legend_note).unwrap_or_default();
    let title_id = format!("chart-{}-title", id.id());
    let labelled_by = title_id.clone();

    let embed_button = embed_button(chart);

    view! {
        <figure class=format!("chart chart-{}", id.id()) id=format!("chart-{}", id.id()) aria-labelledby=labelled_by>
            <div class="chart-head">
                <h3 id=title_id>{id.title()}</h3>
                <p class="chart-legend" aria-hidden="true">
                    <span class="key key-go" node_ref=legend_ref>"● Go"</span>
                    <span class="key key-rust">"■ Rust"</span>
                    <span class="key key-note">{legend_note}</span>
                </p>
            </div>
            {children.map(|children| view! { <div class="chart-controls">{children()}</div> })}
            <div class="chart-body" inner_html=body_html(id)></div>
            <figcaption node_ref=super::listen::on(&["click"], on_action)>
                <p class="source" inner_html=source_line></p>
                <div class="chart-actions">
                    <span class="action-buttons" inner_html=crate::html::chart_actions(id, false)></span>
                    {embed_button}
                </div>
            </figcaption>
        </figure>
    }
}

/// The plot and the table view, as markup. The plot is one tab stop: the arrow keys step
/// through the figures (see [`Readout`]); the canvas is an image named by the chart's takeaway.
fn body_html(chart: crate::charts::ChartId) -> String {
    let id = chart.id();
    format!(
        "<div class=\"chart-plot\" tabindex=\"0\" role=\"application\" \
         aria-roledescription=\"chart\" aria-label=\"{title}\" aria-describedby=\"chart-{id}-canvas\">\
         <canvas id=\"chart-{id}-canvas\" role=\"img\"></canvas>\
         <span class=\"chart-mark\" aria-hidden=\"true\" hidden></span>\
         <div class=\"chart-readout\" data-readout data-point=\"\" hidden></div>\
         <p class=\"visually-hidden\" aria-live=\"polite\"></p></div>\
         <div id=\"chart-{id}-table\" class=\"chart-table\" hidden><div class=\"table-block\"></div></div>",
        title = crate::html::escape(chart.title()),
    )
}

/// The full app's "Embed" button and its dialog.
#[cfg(feature = "app")]
fn embed_button(chart: Signal<Chart>) -> impl IntoView {
    let id = chart.with_untracked(Chart::id);
    let options = Signal::derive(move || chart.with(crate::embed::chart_options));
    view! { <super::embed_dialog::EmbedButton widget=crate::embed::Widget::Chart(id) options=options /> }
}

/// Embeds have minimal chrome: no embed button.
#[cfg(not(feature = "app"))]
fn embed_button(_chart: Signal<Chart>) -> impl IntoView {}

/// Removes the static page's picture of the chart that `canvas` now shows: its slot's fallback,
/// which covered the widget until this first paint, or in an embed the static page under it.
fn uncover(canvas: &HtmlCanvasElement) {
    match canvas.closest(".chart-slot").ok().flatten() {
        Some(slot) => {
            if let Some(cover) = super::fallback(&slot) {
                cover.remove();
            }
        }
        None => {
            super::each_element("#app > :not(.embed)", &|cover| cover.remove());
            // The embed is now as high as its widget: its host hears of it.
            super::embed::request_measure();
        }
    }
}

/// Draws one chart on its canvas, coalescing requests into one paint per animation frame (the
/// first paint in a task of its own).
struct CanvasPainter {
    chart: Signal<Chart>,
    /// The canvas and the Go legend key (whose colours the palette reads), once in place.
    canvas: RefCell<Option<HtmlCanvasElement>>,
    legend: RefCell<Option<web_sys::HtmlSpanElement>>,
    /// The plot and the table view, toggled by the "Table" button.
    plot: RefCell<Option<web_sys::HtmlElement>>,
    table: RefCell<Option<web_sys::HtmlElement>>,
    /// The description the canvas carries now, so it is only rewritten when it changes.
    description: RefCell<String>,
    /// Told where the points went after each paint.
    readout: Rc<Readout>,
    /// A paint is scheduled.
    pending: Cell<bool>,
    /// The chart has been painted at least once.
    painted: Cell<bool>,
    /// The canvas' CSS size at the last paint that drew; (0, 0) before it, and after a paint
    /// that found the canvas hidden.
    drawn_size: Cell<(i32, i32)>,
    /// Colours read from the stylesheet; cleared when the colour scheme changes.
    palette: Cell<Option<Palette>>,
    /// Keeps the frame callback alive between frames.
    frame_callback: RefCell<Option<Closure<dyn FnMut()>>>,
    /// The User Timing names of a paint: its measure, `rust-or-go:paint:<chart>`, and the mark
    /// it starts from.
    measure_name: String,
    start_mark: String,
}

impl CanvasPainter {
    fn new(chart: Signal<Chart>, readout: Rc<Readout>) -> Self {
        let measure_name = format!("rust-or-go:paint:{}", chart.with_untracked(Chart::id).id());
        let start_mark = format!("{measure_name}:start");
        CanvasPainter {
            chart,
            canvas: RefCell::new(None),
            legend: RefCell::new(None),
            plot: RefCell::new(None),
            table: RefCell::new(None),
            description: RefCell::new(String::new()),
            readout,
            pending: Cell::new(false),
            painted: Cell::new(false),
            drawn_size: Cell::new((0, 0)),
            palette: Cell::new(None),
            frame_callback: RefCell::new(None),
            measure_name,
            start_mark,
        }
    }

    /// Schedules a paint for the next animation frame, unless one is already scheduled.
    fn request(self: &Rc<Self>) {
        if self.pending.replace(true) {
            return;
        }
        let this = self.clone();
        let callback = Closure::<dyn FnMut()>::new(move || {
            this.pending.set(false);
            this.paint();
        });
        if let Some(window) = web_sys::window() {
            // The first paint gets a task of its own, so charts starting together do not add up
            // to one long task; later paints follow the display's frames.
            let function = callback.as_ref().unchecked_ref();
            let _ = if self.painted.get() {
                window.request_animation_frame(function)
            } else {
                window.set_timeout_with_callback_and_timeout_and_arguments_0(function, 0)
            };
        }
        *self.frame_callback.borrow_mut() = Some(callback);
    }

    /// Finds its elements in the chart's `figure` and starts watching them.
    fn attach(self: &Rc<Self>, figure: &web_sys::Element, legend: web_sys::HtmlSpanElement) {
        let find = |selector: &str| {
            figure
                .query_selector(selector)
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        };
        let Some(canvas) = find("canvas").and_then(|e| e.dyn_into::<HtmlCanvasElement>().ok())
        else {
            return;
        };
        *self.plot.borrow_mut() = find(".chart-plot");
        *self.table.borrow_mut() = find(".chart-table");
        *self.legend.borrow_mut() = Some(legend);
        *self.canvas.borrow_mut() = Some(canvas.clone());
        self.watch(&canvas);
        self.request();
    }

    /// Does what a button under the chart asks.
    fn act(&self, action: &str) {
        match action {
            "table" => {
                let shown = self.table.borrow().as_ref().is_some_and(|t| t.hidden());
                self.show_table(shown);
            }
            #[cfg(feature = "app")]
            "png" => self.download_png(),
            #[cfg(feature = "app")]
            "svg" => self.download_svg(),
            #[cfg(feature = "app")]
            "csv" => {
                let id = self.chart.with_untracked(Chart::id);
                let csv = self
                    .chart
                    .with_untracked(|c| crate::table::tables_to_csv(&[c.table()]));
                download(
                    &format!("rust-or-go-{}.csv", id.id()),
                    &csv,
                    "text/csv;charset=utf-8",
                );
            }
            _ => {}
        }
    }

    /// Shows the table view instead of the plot, or the plot again.
    fn show_table(&self, shown: bool) {
        if let Some(plot) = self.plot.borrow().as_ref() {
            plot.set_hidden(shown);
            // The "Table" button says whether it is pressed.
            if let Ok(Some(figure)) = plot.closest("figure")
                && let Ok(Some(button)) = figure.query_selector("[data-action=table]")
            {
                let _ = button.set_attribute("aria-pressed", if shown { "true" } else { "false" });
            }
        }
        if let Some(table) = self.table.borrow().as_ref() {
            table.set_hidden(!shown);
            let html = if shown {
                self.chart
                    .with_untracked(|chart| crate::html::table_html(&chart.table()))
            } else {
                String::new()
            };
            if let Ok(Some(block)) = table.query_selector(".table-block") {
                block.set_inner_html(&html);
            }
        }
    }

    /// Repaints on resize, on a change of pixel ratio and on a change of colour scheme.
    fn watch(self: &Rc<Self>, canvas: &HtmlCanvasElement) {
        let this = self.clone();
        let observed = canvas.clone();
        // The observer also reports the size the canvas has when it starts watching, which
        // the first paint draws at anyway: a size already drawn needs no second paint.
        let on_resize = Closure::<dyn FnMut()>::new(move || {
            if (observed.client_width(), observed.client_height()) != this.drawn_size.get() {
                this.request();
            }
        });
        if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
            observer.observe(canvas);
            // The observer lives as long as the page: a dropped handle could let the browser
            // collect it before its first report.
            std::mem::forget(observer);
        }
        on_resize.forget();

        let this = self.clone();
        on_media_change("(prefers-color-scheme: dark)", move || {
            this.palette.set(None);
            this.request();
        });
        self.watch_pixel_ratio();
    }

    /// A media query that matches only the current pixel ratio: when it stops matching, the
    /// ratio changed; repaint and watch the new ratio.
    fn watch_pixel_ratio(self: &Rc<Self>) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let query = format!("(resolution: {}dppx)", window.device_pixel_ratio());
        let Ok(Some(list)) = window.match_media(&query) else {
            return;
        };
        let this = self.clone();
        let once = Closure::once_into_js(move || {
            this.request();
            this.watch_pixel_ratio();
        });
        let options = web_sys::AddEventListenerOptions::new();
        options.set_once(true);
        let _ = list.add_event_listener_with_callback_and_add_event_listener_options(
            "change",
            once.unchecked_ref(),
            &options,
        );
    }

    fn palette(&self, canvas: &HtmlCanvasElement) -> Palette {
        if let Some(palette) = self.palette.get() {
            return palette;
        }
        let palette = read_palette(canvas, self.legend.borrow().as_ref()).unwrap_or(Palette::LIGHT);
        self.palette.set(Some(palette));
        palette
    }

    /// Paints the chart at the canvas' current size and pixel ratio. Each paint is recorded as
    /// a User Timing measure, `rust-or-go:paint:<chart>` (only the latest kept), which DevTools
    /// shows and `make bench` reads.
    fn paint(&self) {
        let Some(canvas) = self.canvas.borrow().clone() else {
            return;
        };
        // The canvas' accessible name: the takeaway in words, and how to read each figure.
        let description = format!(
            "{} To read each figure, point at it or tap it, or focus the chart and use the arrow keys.",
            self.chart.with_untracked(Chart::description)
        );
        if *self.description.borrow() != description {
            let _ = canvas.set_attribute("aria-label", &description);
            *self.description.borrow_mut() = description;
        }
        let window = web_sys::window();
        let timing = window.as_ref().and_then(|w| w.performance());
        let (name, start) = (&self.measure_name, &self.start_mark);
        if let Some(timing) = &timing {
            let _ = timing.mark(start);
        }
        let (css_width, css_height) = (canvas.client_width(), canvas.client_height());
        if css_width <= 0 || css_height <= 0 {
            // Hidden (table view): painted again when it is shown and resized.
            self.drawn_size.set((0, 0));
            if let Some(timing) = &timing {
                timing.clear_marks_with_mark_name(start);
            }
            return;
        }
        let dpr = window.map_or(1.0, |w| w.device_pixel_ratio());
        let width = (f64::from(css_width) * dpr).round() as u32;
        let height = (f64::from(css_height) * dpr).round() as u32;
        if canvas.width() != width {
            canvas.set_width(width);
        }
        if canvas.height() != height {
            canvas.set_height(height);
        }
        let Some(context) = context_2d(&canvas) else {
            return;
        };
        let measure = measure_with(&context);
        let style = Style {
            palette: self.palette(&canvas),
            dpr,
            measure: &measure,
        };
        let Some(backend) = CanvasBackend::with_canvas_object(canvas.clone()) else {
            return;
        };
        let drawn = self
            .chart
            .with_untracked(|chart| chart.draw_on(backend, &style));
        self.drawn_size.set((css_width, css_height));
        if !self.painted.replace(true) {
            uncover(&canvas);
        }
        match drawn {
            Ok(spots) => self.readout.repainted(spots, dpr),
            Err(error) => {
                web_sys::console::error_1(&format!("chart could not be drawn: {error}").into())
            }
        }
        if let Some(timing) = &timing {
            timing.clear_measures_with_measure_name(name);
            let _ = timing.measure_with_start_mark(name, start);
            timing.clear_marks_with_mark_name(start);
        }
    }

    #[cfg(feature = "app")]
    fn download_png(&self) {
        let Some(canvas) = self.canvas.borrow().clone() else {
            return;
        };
        let name = format!(
            "rust-or-go-{}.png",
            self.chart.with_untracked(Chart::id).id()
        );
        let callback = Closure::once_into_js(move |blob: Option<web_sys::Blob>| {
            if let Some(blob) = blob {
                download_blob(&name, &blob);
            }
        });
        let _ = canvas.to_blob(callback.unchecked_ref());
    }

    #[cfg(feature = "app")]
    fn download_svg(&self) {
        let Some(canvas) = self.canvas.borrow().clone() else {
            return;
        };
        let Some(context) = context_2d(&canvas) else {
            return;
        };
        let measure = measure_with(&context);
        let style = Style {
            palette: self.palette(&canvas),
            dpr: 1.0,
            measure: &measure,
        };
        let size = (
            canvas.client_width().max(320) as u32,
            canvas.client_height().max(200) as u32,
        );
        let id = self.chart.with_untracked(Chart::id);
        match self
            .chart
            .with_untracked(|chart| to_svg(chart, size, &style))
        {
            Ok(svg) => download(
                &format!("rust-or-go-{}.svg", id.id()),
                &svg,
                "image/svg+xml",
            ),
            Err(error) => web_sys::console::error_1(&format!("SVG export failed: {error}").into()),
        }
    }
}

fn context_2d(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas.get_context("2d").ok()??.dyn_into().ok()
}

/// Text measurement by the canvas itself: no layout, no DOM.
fn measure_with(context: &CanvasRenderingContext2d) -> impl Fn(&str, f64, bool) -> f64 + '_ {
    move |text: &str, size: f64, bold: bool| {
        let weight = if bold { "bold" } else { "normal" };
        context.set_font(&format!(
            "{weight} {}px {FONT}",
            crate::format::decimal(size)
        ));
        context
            .measure_text(text)
            .map_or(0.0, |metrics| metrics.width())
    }
}

/// The chart colours, from the computed styles of the canvas (text, background, grid as its
/// border colour), the figure caption (muted) and the Go and Rust legend keys.
fn read_palette(
    canvas: &HtmlCanvasElement,
    legend_go: Option<&web_sys::HtmlSpanElement>,
) -> Option<Palette> {
    let window = web_sys::window()?;
    let style_of = |element: &web_sys::Element| window.get_computed_style(element).ok().flatten();
    let canvas_style = style_of(canvas)?;
    let get = |style: &web_sys::CssStyleDeclaration, property: &str| {
        style
            .get_property_value(property)
            .ok()
            .and_then(|v| parse_css_rgb(&v))
    };
    let go_key = legend_go?;
    let rust_key = go_key.next_element_sibling()?;
    let figure = canvas.closest("figure").ok()??;
    let caption = figure.query_selector("figcaption").ok()??;
    Some(Palette {
        background: get(&canvas_style, "background-color")?,
        text: get(&canvas_style, "color")?,
        grid: get(&canvas_style, "border-top-color")?,
        muted: get(&style_of(&caption)?, "color")?,
        go: get(&style_of(go_key)?, "color")?,
        rust: get(&style_of(&rust_key)?, "color")?,
    })
}

/// Calls `on_change` whenever `query` starts or stops matching.
fn on_media_change(query: &str, on_change: impl FnMut() + 'static) {
    let Some(list) = web_sys::window().and_then(|w| w.match_media(query).ok().flatten()) else {
        return;
    };
    let callback = Closure::<dyn FnMut()>::new(on_change);
    let _ = list.add_event_listener_with_callback("change", callback.as_ref().unchecked_ref());
    callback.forget();
}

/// Offers `text` as a file download.
#[cfg(feature = "app")]
fn download(name: &str, text: &str, mime: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    if let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) {
        download_blob(name, &blob);
    }
}

#[cfg(feature = "app")]
fn download_blob(name: &str, blob: &web_sys::Blob) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return;
    };
    if let Ok(link) = document.create_element("a") {
        let _ = link.set_attribute("href", &url);
        let _ = link.set_attribute("download", name);
        if let Some(link) = link.dyn_ref::<web_sys::HtmlElement>() {
            link.click();
        }
    }
    // The download has started by now; free the blob a little later.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
}
