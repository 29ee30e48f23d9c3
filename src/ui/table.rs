//! Tables and source lines in the app, rendered by [`html`](crate::html): the same text the
//! static page carries, inserted as markup.

use crate::content::Table;
use crate::data::Citation;
use crate::html;
use leptos::prelude::*;

/// A table with its caption, headers, source line and note.
#[component]
pub fn DataTable(
    /// The table to show.
    table: Table,
) -> impl IntoView {
    view! { <div class="table-block" inner_html=html::table_html(&table)></div> }
}

/// "Source: …" with a link to each source's entry in the sources section.
#[component]
pub fn SourceLine(
    /// The citations to show, in order.
    cites: Vec<&'static Citation>,
) -> impl IntoView {
    view! { <p class="source" inner_html=html::source_line(&cites)></p> }
}
