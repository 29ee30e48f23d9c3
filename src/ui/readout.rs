//! A chart's readout in the page: the figure under the pointer, the finger or the keyboard.
//!
//! The chart's plot is one tab stop. A pointer over it shows the readout of the nearest point
//! (hidden when it leaves); a tap shows it on a touch screen (a tap elsewhere hides it); with
//! focus, the arrow keys step through the points, Home and End jump to the ends, and Escape
//! hides the readout again, which a polite live region announces. The point is highlighted by
//! a ring and the readout is DOM text beside it: neither redraws the chart. Everything that
//! decides something (which point, where the readout goes) is in
//! [`charts::readout`](crate::charts::readout); this file only moves elements.
//!
//! Hooks for tests and hosts: the readout element carries `data-readout`, and `data-point`
//! holds the index of the point it shows. Each update is a User Timing measure,
//! `rust-or-go:readout:<chart>`.

use super::listen::listen;
use crate::charts::Chart;
use crate::charts::readout::{Key, Spot, coincident, hit, place, step};
use crate::html::escape;
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// How far from a point a pointer still reaches it, in CSS pixels: a fingertip.
const TOLERANCE: f64 = 24.0;
/// How far the readout keeps from its point, in CSS pixels (beyond the highlight ring).
const CLEARANCE: f64 = 12.0;

/// The elements of a readout, found in the chart's markup.
struct Elements {
    /// The plot: the canvas with the ring and the readout over it; one tab stop.
    plot: web_sys::HtmlElement,
    /// The ring on the point being read.
    mark: web_sys::HtmlElement,
    /// The readout itself (`data-readout`).
    card: web_sys::HtmlElement,
    /// The polite live region that says it for the keyboard.
    live: web_sys::HtmlElement,
}

/// One chart's readout and what it shows.
pub struct Readout {
    chart: Signal<Chart>,
    elements: RefCell<Option<Elements>>,
    /// Where the points are, in CSS pixels, from the latest paint.
    spots: RefCell<Vec<Spot>>,
    /// The point shown, if any.
    shown: Cell<Option<usize>>,
    /// The point was shown from the keyboard (it goes when the chart loses focus).
    by_keyboard: Cell<bool>,
    /// The User Timing names of an update: its measure and the mark it starts from.
    measure_name: String,
    start_mark: String,
}

impl Readout {
    pub fn new(chart: Signal<Chart>) -> Rc<Readout> {
        let measure_name = format!(
            "rust-or-go:readout:{}",
            chart.with_untracked(Chart::id).id()
        );
        let start_mark = format!("{measure_name}:start");
        Rc::new(Readout {
            chart,
            elements: RefCell::new(None),
            spots: RefCell::new(Vec::new()),
            shown: Cell::new(None),
            by_keyboard: Cell::new(false),
            measure_name,
            start_mark,
        })
    }

    /// Takes the spots of a new paint (device pixels at `dpr`); a readout on screen follows
    /// its point to the new figures and place.
    pub fn repainted(&self, spots: Vec<Spot>, dpr: f64) {
        *self.spots.borrow_mut() = spots.into_iter().map(|s| s.scaled(dpr)).collect();
        if let Some(i) = self.shown.get() {
            self.show(i, false);
        }
    }

    /// Finds its elements in the chart's `figure` and listens to the plot: pointer, touch and
    /// keys, and a tap anywhere else on the page.
    pub fn attach(self: &Rc<Self>, figure: &web_sys::Element) {
        let find = |selector: &str| {
            figure
                .query_selector(selector)
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        };
        let (Some(plot), Some(mark), Some(card), Some(live)) = (
            find(".chart-plot"),
            find(".chart-mark"),
            find("[data-readout]"),
            find(".chart-plot [aria-live]"),
        ) else {
            return;
        };
        self.listen(&plot);
        *self.elements.borrow_mut() = Some(Elements {
            plot,
            mark,
            card,
            live,
        });
    }

    fn listen(self: &Rc<Self>, plot: &web_sys::HtmlElement) {
        let this = self.clone();
        listen(
            plot,
            &[
                "pointermove",
                "pointerdown",
                "pointerleave",
                "keydown",
                "focusout",
            ],
            Box::new(move |event: web_sys::Event| this.handle(&event)),
        );

        let this = self.clone();
        let outside = move |event: web_sys::Event| {
            let inside = this.elements.borrow().as_ref().is_some_and(|e| {
                event
                    .target()
                    .and_then(|target| target.dyn_into::<web_sys::Node>().ok())
                    .is_some_and(|node| e.plot.contains(Some(&node)))
            });
            if !inside {
                this.hide();
            }
        };
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            listen(&document, &["pointerdown"], Box::new(outside));
        }
    }

    fn handle(&self, event: &web_sys::Event) {
        match event.type_().as_str() {
            "pointermove" | "pointerdown" => {
                let Some(pointer) = event.dyn_ref::<web_sys::PointerEvent>() else {
                    return;
                };
                // Over the readout itself: keep it, so its text can be selected.
                if self.over_card(event) {
                    return;
                }
                let touch = pointer.pointer_type() == "touch";
                if event.type_() == "pointermove" && touch {
                    return;
                }
                let Some(rect) = self
                    .elements
                    .borrow()
                    .as_ref()
                    .map(|e| e.plot.get_bounding_client_rect())
                else {
                    return;
                };
                let at = (
                    f64::from(pointer.client_x()) - rect.left(),
                    f64::from(pointer.client_y()) - rect.top(),
                );
                let reached = hit(&self.spots.borrow(), at, TOLERANCE);
                // A hover readout follows the pointer; a tapped one stays (pinned) until a tap
                // elsewhere, and can be selected.
                match reached {
                    Some(i) if self.shown.get() != Some(i) || touch => {
                        self.timed(|| self.show(i, false));
                        self.pin(touch);
                        self.by_keyboard.set(false);
                    }
                    Some(_) => {}
                    None => self.hide(),
                }
            }
            "pointerleave" => {
                // A finger leaves when it lifts: its readout stays until a tap elsewhere.
                let touch = event
                    .dyn_ref::<web_sys::PointerEvent>()
                    .is_some_and(|p| p.pointer_type() == "touch");
                if !touch {
                    self.hide();
                }
            }
            "keydown" => {
                let Some(keyboard) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                let name = keyboard.key();
                if name == "Escape" {
                    if self.shown.get().is_some() {
                        event.prevent_default();
                    }
                    self.hide();
                    return;
                }
                let Some(key) = Key::from_name(&name) else {
                    return;
                };
                event.prevent_default();
                let next = step(&self.spots.borrow(), self.shown.get(), key);
                if let Some(i) = next {
                    self.timed(|| self.show(i, true));
                    self.pin(true);
                    self.by_keyboard.set(true);
                }
            }
            "focusout" if self.by_keyboard.get() => self.hide(),
            _ => {}
        }
    }

    /// A pinned readout takes the pointer (its text can be selected); a hover readout lets it
    /// through to the chart, so it never hides the points around it from the pointer.
    fn pin(&self, pinned: bool) {
        if let Some(e) = self.elements.borrow().as_ref() {
            let _ = e.card.class_list().toggle_with_force("pinned", pinned);
        }
    }

    fn over_card(&self, event: &web_sys::Event) -> bool {
        let elements = self.elements.borrow();
        let Some(e) = elements.as_ref() else {
            return false;
        };
        event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Node>().ok())
            .is_some_and(|node| e.card.contains(Some(&node)))
    }

    /// Runs an update as a User Timing measure, `rust-or-go:readout:<chart>` (only the latest
    /// kept, as for paints; DevTools and `make bench` read them as they come).
    fn timed(&self, update: impl FnOnce()) {
        let timing = web_sys::window().and_then(|w| w.performance());
        let (name, start) = (&self.measure_name, &self.start_mark);
        if let Some(timing) = &timing {
            let _ = timing.mark(start);
        }
        update();
        if let Some(timing) = &timing {
            timing.clear_measures_with_measure_name(name);
            let _ = timing.measure_with_start_mark(name, start);
            timing.clear_marks_with_mark_name(start);
        }
    }

    /// Shows point `i`: the ring on it and the readout beside it; `announce` also says it in
    /// the live region (keyboard use).
    fn show(&self, i: usize, announce: bool) {
        let spots = self.spots.borrow();
        let elements = self.elements.borrow();
        let (
            Some(spot),
            Some(Elements {
                plot,
                mark,
                card,
                live,
            }),
        ) = (spots.get(i).copied(), elements.as_ref())
        else {
            return;
        };
        let points = self.chart.with_untracked(Chart::points);
        let together = coincident(&spots, i);
        let shown: Vec<_> = together.iter().filter_map(|&j| points.get(j)).collect();
        let html: String = shown
            .iter()
            .map(|p| {
                format!(
                    "<p><strong>{}</strong> <span>{}</span> <small>{}</small></p>",
                    escape(&p.value),
                    escape(&p.what),
                    escape(&p.source)
                )
            })
            .collect();
        card.set_inner_html(&html);
        let _ = card.set_attribute("data-point", &i.to_string());
        card.set_hidden(false);
        mark.set_hidden(false);
        let _ = mark.style().set_property(
            "transform",
            &format!("translate({}px,{}px)", px(spot.x), px(spot.y)),
        );
        let bounds = (
            f64::from(plot.client_width()),
            f64::from(plot.client_height()),
        );
        let size = (
            f64::from(card.offset_width()),
            f64::from(card.offset_height()),
        );
        let (left, top) = place(bounds, (spot.x, spot.y), size, CLEARANCE);
        let style = card.style();
        let _ = style.set_property("left", &format!("{}px", px(left)));
        let _ = style.set_property("top", &format!("{}px", px(top)));
        self.shown.set(Some(i));
        if announce {
            let sentence: Vec<String> = shown.iter().map(|p| p.sentence()).collect();
            live.set_text_content(Some(&sentence.join(" ")));
        }
    }

    fn hide(&self) {
        if self.shown.replace(None).is_none() {
            return;
        }
        if let Some(e) = self.elements.borrow().as_ref() {
            e.card.set_hidden(true);
            let _ = e.card.set_attribute("data-point", "");
            e.mark.set_hidden(true);
        }
    }
}

/// A CSS pixel length, whole pixels (no float formatting in the wasm).
fn px(value: f64) -> String {
    (value.round() as i64).to_string()
}
