//! Leptos components: the page's sections and tables, the charts, the advisor and embed mode.
//!
//! This is the only layer that touches the DOM; everything it shows comes from the plain-Rust
//! models in [`content`](crate::content), [`charts`](crate::charts) and
//! [`advisor`](crate::advisor).
//!
//! Two builds share it. The full app (feature `app`, the default) has the page, the advisor and
//! chart downloads; the chart-embed build (no default features) has only what a chart widget in
//! someone else's page needs, so an embed downloads less.

#[cfg(feature = "app")]
mod advisor;
mod chart;
mod embed;
#[cfg(feature = "app")]
mod embed_dialog;
mod listen;
mod readout;
mod widgets;

#[cfg(feature = "app")]
pub use advisor::Advisor;
pub use chart::ChartFrame;
pub use embed::Embed;
pub use widgets::ChartWidget;

use crate::embed::requested_widget;
use wasm_bindgen::JsCast;
#[cfg(feature = "app")]
use wasm_bindgen::closure::Closure;

/// The element the app renders into. `index.html` holds the static header before it.
const ROOT_ID: &str = "app";

/// Starts the full app, or the widget that `?embed=` asks for.
///
/// The page itself is static HTML (written at build time by [`html`](crate::html)); the app
/// mounts each interactive widget into its slot (`data-widget="…"`), one task per widget, so
/// the page stays responsive while it starts.
#[cfg(feature = "app")]
pub fn mount() {
    if let Some(widget) = requested_widget(&crate::url::parse_query(&current_query())) {
        let root = take_root(matches!(widget, crate::embed::Widget::Chart(_)));
        leptos::mount::mount_to(root, move || leptos::view! { <Embed widget=widget /> }).forget();
        return;
    }
    // The charts first, then the advisor: the charts' pictures are on screen already and
    // their canvases take over first.
    for slots in ["#app .chart-slot", "#app .advisor-slot"] {
        each_element(slots, &|slot| {
            let Ok(slot) = slot.clone().dyn_into::<web_sys::HtmlElement>() else {
                return;
            };
            let mount = Closure::once_into_js(move || mount_widget(slot));
            if let Some(window) = web_sys::window() {
                let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                    mount.unchecked_ref(),
                    0,
                );
            }
        });
    }
}

/// A widget slot's static fallback (a chart's picture), while it is there.
pub(crate) fn fallback(slot: &web_sys::Element) -> Option<web_sys::Element> {
    slot.query_selector(":scope > .fallback").ok().flatten()
}

/// Calls `f` with each element of the page that `selector` matches, in document order.
pub(crate) fn each_element(selector: &str, f: &dyn Fn(&web_sys::Element)) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(list) = document.query_selector_all(selector) else {
        return;
    };
    for index in 0..list.length() {
        if let Some(element) = list
            .item(index)
            .and_then(|node| node.dyn_into::<web_sys::Element>().ok())
        {
            f(&element);
        }
    }
}

/// Puts a slot's widget in place of its static fallback. A chart's fallback (its picture)
/// covers the widget until the canvas has painted, then goes (see `chart::uncover`).
#[cfg(feature = "app")]
fn mount_widget(slot: web_sys::HtmlElement) {
    let id = slot.get_attribute("data-widget").unwrap_or_default();
    slot.class_list().add_1("mounted").ok();
    // The chart's anchor (`#chart-<id>`) moves from the picture to the widget.
    if let Some(fallback) = fallback(&slot) {
        let _ = fallback.remove_attribute("id");
    }
    if id == "quiz" {
        slot.set_inner_html("");
        leptos::mount::mount_to(slot, || leptos::view! { <Advisor /> }).forget();
    } else if let Some(chart) = crate::charts::ChartId::from_id(&id) {
        let chart = crate::charts::Chart::new(chart, crate::data::dataset());
        leptos::mount::mount_to(slot, move || leptos::view! { <ChartWidget chart=chart /> })
            .forget();
    }
}

/// Starts a chart embed (a chart-embed build); without `?embed=` it shows the first chart it
/// has. The static page's picture of the chart stays until the canvas has painted.
pub fn mount_embed() {
    use crate::charts::ChartId;
    let first = ChartId::ALL.into_iter().find(|id| id.in_build());
    let widget = requested_widget(&crate::url::parse_query(&current_query())).unwrap_or(
        crate::embed::Widget::Chart(first.unwrap_or(ChartId::Salary)),
    );
    let root = take_root(matches!(widget, crate::embed::Widget::Chart(id) if id.in_build()));
    leptos::mount::mount_to(root, move || leptos::view! { <Embed widget=widget /> }).forget();
}

/// `#app`, for an embed's widget: emptied of the page, or where `keep_picture` (a chart,
/// whose canvas removes the page once painted) with the page left under the widget.
fn take_root(keep_picture: bool) -> web_sys::HtmlElement {
    let document = web_sys::window()
        .and_then(|window| window.document())
        .expect("the app runs in a browser window");
    let root = document
        .get_element_by_id(ROOT_ID)
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
        .expect("index.html has an element with id=\"app\"");
    if !keep_picture {
        root.set_inner_html("");
    } else {
        // The widget's figure takes the chart's anchor (`#chart-<id>`).
        each_element("#app .fallback[id]", &|picture| {
            let _ = picture.remove_attribute("id");
        });
    }
    root
}

/// The page's query string, `?…` included.
pub(crate) fn current_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The app's public URL: the page's URL up to its last `/`, without query or fragment
/// (`https://example.org/tools/rust-or-go/`).
pub(crate) fn app_base_url() -> String {
    let Some(window) = web_sys::window() else {
        return String::new();
    };
    let location = window.location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    // `get` rather than indexing: no slicing panic, whose message would bring character
    // formatting tables into the wasm (`rfind` always returns a character boundary).
    let directory = path
        .rfind('/')
        .and_then(|end| path.get(..=end))
        .unwrap_or("/");
    format!("{origin}{directory}")
}
