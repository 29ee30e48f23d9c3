//! Leptos components: the page's sections and their tables.
//!
//! This is the only layer that touches the DOM; everything it shows comes from the plain-Rust
//! models in [`content`](crate::content).

mod advisor;
mod chart;
mod page;
mod table;
mod widgets;

pub use advisor::Advisor;
pub use chart::ChartFrame;
pub use page::App;
pub use table::{DataTable, SourceLine};
pub use widgets::ChartWidget;

use wasm_bindgen::JsCast;

/// The element the app renders into. `index.html` holds the static header before it.
const ROOT_ID: &str = "app";

/// Replaces the loading placeholder in `#app` with the app.
pub fn mount() {
    let document = web_sys::window()
        .and_then(|window| window.document())
        .expect("the app runs in a browser window");
    let root = document
        .get_element_by_id(ROOT_ID)
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
        .expect("index.html has an element with id=\"app\"");
    root.set_inner_html("");
    leptos::mount::mount_to(root, App).forget();
}
