//! The full page: every section of [`content`](crate::content), in order.

use super::{Advisor, ChartWidget};
use crate::content::{self, Section};
use crate::data::dataset;
use leptos::prelude::*;

/// The app below the static header.
#[component]
pub fn App() -> impl IntoView {
    let sections = content::sections(dataset())
        .into_iter()
        .map(|section| view! { <SectionView section=section /> })
        .collect_view();
    view! {
        <div class="sections">
            <Advisor />
            {sections}
        </div>
        <footer class="site-footer">
            <p>
                "Figures from the article and the sources it names; text and charts by this app. "
                <a href="data/rust-vs-go.json" download>"Download the dataset (JSON)"</a>
            </p>
        </footer>
    }
}

/// A section: heading, introduction and tables.
#[component]
pub fn SectionView(
    /// The section to show.
    section: Section,
) -> impl IntoView {
    let Section {
        id,
        title,
        intro,
        charts,
        tables,
    } = section;
    let title_id = format!("{id}-title");
    let labelled_by = title_id.clone();
    let charts = charts
        .into_iter()
        .map(|id| view! { <ChartWidget chart=crate::charts::Chart::new(id, dataset()) /> })
        .collect_view();
    let tables = crate::html::tables_html(&tables);
    view! {
        <section id=id aria-labelledby=labelled_by>
            <h2 id=title_id>{title}</h2>
            <p class="intro">{intro}</p>
            {charts}
            <div class="tables" inner_html=tables></div>
        </section>
    }
}
