//! Embed mode (`?embed=<widget>`): one widget alone with minimal chrome — the widget with its
//! title and source line, and a link to the full app — that tells its parent page its height.
//!
//! A good guest: it writes no storage, requests nothing from other origins, changes nothing
//! outside its frame, and works in `<iframe sandbox="allow-scripts allow-same-origin
//! allow-popups">`.

use super::ChartWidget;
use crate::data::dataset;
use crate::embed::{MEASURE_MESSAGE, RESIZE_MESSAGE, WIDGET_IDS, Widget, chart_from_pairs};
use crate::url;
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// The widget `?embed=` asks for.
#[component]
pub fn Embed(
    /// What to show.
    widget: Widget,
) -> impl IntoView {
    let pairs = url::parse_query(&super::current_query());
    report_height(widget.id().to_string());
    let full_app = full_app_url(&widget, &pairs);
    let body = match widget {
        Widget::Quiz => quiz(),
        Widget::Chart(id) if id.in_build() => {
            let chart = chart_from_pairs(id, &pairs, dataset());
            view! { <ChartWidget chart=chart /> }.into_any()
        }
        // Another chart-embed build's chart: the page loads that build for it (`boot.js`), so
        // this is only reached if that routing is bypassed.
        Widget::Chart(_) => view! { <p>"This chart opens in the full app."</p> }.into_any(),
        Widget::Unknown(id) => view! {
            <div class="embed-unknown">
                <h1>"Unknown widget"</h1>
                <p>
                    {format!("There is no widget called \"{id}\". Use one of: {}.", WIDGET_IDS.join(", "))}
                </p>
            </div>
        }
        .into_any(),
    };
    view! {
        <div class="embed">
            {body}
            <p class="embed-link">
                <a href=full_app target="_blank" rel="noopener">
                    "Open the full Rust or Go? app"
                </a>
            </p>
        </div>
    }
}

#[cfg(feature = "app")]
fn quiz() -> AnyView {
    view! {
        <div class="advisor">
            <h1 class="embed-title">"Should you learn Rust or Go?"</h1>
            <super::Advisor compact=true />
        </div>
    }
    .into_any()
}

/// The chart-only build has no advisor; the page loads the full build for the quiz, so this is
/// only reached if that routing is bypassed.
#[cfg(not(feature = "app"))]
fn quiz() -> AnyView {
    view! { <p>"The advisor opens in the full app."</p> }.into_any()
}

/// The full app, at the same answers (quiz) or at the chart (charts).
fn full_app_url(widget: &Widget, pairs: &[(String, String)]) -> String {
    let base = super::app_base_url();
    match widget {
        Widget::Quiz => {
            let answers = crate::advisor::Answers::from_pairs(pairs).write_into("");
            if answers.is_empty() {
                base
            } else {
                format!("{base}?{answers}")
            }
        }
        Widget::Chart(id) => format!("{base}#chart-{}", id.id()),
        Widget::Unknown(_) => base,
    }
}

/// Asks this embed to report its height again (see [`report_height`]): once its chart has
/// painted, the static page that covered it is gone and its height is the widget's. A message
/// to its own window, because a timer or a resize observer may wait while the frame is out of
/// view.
pub(super) fn request_measure() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &MEASURE_MESSAGE.into());
    let _ = window.post_message(&message, "*");
}

/// Posts `{ type: "rust-or-go:resize", widget, height }` to the parent page once the widget is
/// in place, whenever the content's height changes, and when the parent's `embed.js` asks
/// (`rust-or-go:measure`).
/// Nothing is posted when the page is not in a frame.
fn report_height(widget: String) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return;
    }
    let Some(root) = window.document().and_then(|d| d.document_element()) else {
        return;
    };
    let last = Rc::new(Cell::new(0.0));
    let post = Rc::new(move |always: bool| {
        let height = root.get_bounding_client_rect().height().ceil();
        if height == last.get() && !always {
            return;
        }
        last.set(height);
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &RESIZE_MESSAGE.into());
        let _ = js_sys::Reflect::set(&message, &"widget".into(), &widget.as_str().into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        // The message carries nothing private, and the host's origin is not known in advance.
        let _ = parent.post_message(&message, "*");
    });

    let on_resize = {
        let post = post.clone();
        Closure::<dyn FnMut()>::new(move || post(false))
    };
    if let Some(root) = window.document().and_then(|d| d.document_element())
        && let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref())
    {
        observer.observe(&root);
        // The observer lives as long as the page: a dropped handle could let the browser
        // collect it before its first report.
        std::mem::forget(observer);
    }
    on_resize.forget();

    // Browsers pause rendering (and so the observer) in frames scrolled far out of view; a
    // timer still runs there, so report once from one, right after the widget is in place.
    let initial = {
        let post = post.clone();
        Closure::once_into_js(move || post(false))
    };
    let _ =
        window.set_timeout_with_callback_and_timeout_and_arguments_0(initial.unchecked_ref(), 0);

    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let asked = js_sys::Reflect::get(&event.data(), &"type".into())
                .ok()
                .and_then(|kind| kind.as_string())
                .is_some_and(|kind| kind == MEASURE_MESSAGE);
            if asked {
                post(true);
            }
        });
    let _ = window.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    on_message.forget();
}
