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
#[cfg(feature = "app")]
mod page;
mod table;
mod widgets;

#[cfg(feature = "app")]
pub use advisor::Advisor;
pub use chart::ChartFrame;
pub use embed::Embed;
#[cfg(feature = "app")]
pub use page::App;
pub use table::{DataTable, SourceLine};
pub use widgets::ChartWidget;

use crate::embed::requested_widget;
use wasm_bindgen::JsCast;

/// The element the app renders into. `index.html` holds the static header before it.
const ROOT_ID: &str = "app";

/// Starts the full app, or the widget that `?embed=` asks for.
#[cfg(feature = "app")]
pub fn mount() {
    let root = take_root();
    match requested_widget(&crate::url::parse_query(&current_query())) {
        Some(widget) => leptos::mount::mount_to(root, move || {
            leptos::view! { <Embed widget=widget /> }
        })
        .forget(),
        None => leptos::mount::mount_to(root, App).forget(),
    }
}

/// Starts a chart embed (the chart-embed build); without `?embed=` it shows the salary chart.
pub fn mount_embed() {
    let root = take_root();
    let widget = requested_widget(&crate::url::parse_query(&current_query()))
        .unwrap_or(crate::embed::Widget::Chart(crate::charts::ChartId::Salary));
    leptos::mount::mount_to(root, move || leptos::view! { <Embed widget=widget /> }).forget();
}

/// `#app`, emptied of its loading placeholder.
fn take_root() -> web_sys::HtmlElement {
    let document = web_sys::window()
        .and_then(|window| window.document())
        .expect("the app runs in a browser window");
    let root = document
        .get_element_by_id(ROOT_ID)
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
        .expect("index.html has an element with id=\"app\"");
    root.set_inner_html("");
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
    let directory = path.rfind('/').map_or("/", |end| &path[..=end]);
    format!("{origin}{directory}")
}
