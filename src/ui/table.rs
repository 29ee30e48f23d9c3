//! An accessible data table with its source line: `<caption>`, column and row headers.

use crate::content::{Cell, Table, source_anchor};
use crate::data::{Citation, source};
use leptos::prelude::*;

/// Renders a [`Table`] model, then its source line and note.
#[component]
pub fn DataTable(
    /// The table to show.
    table: Table,
) -> impl IntoView {
    let Table {
        id,
        caption,
        columns,
        rows,
        cites,
        note,
    } = table;
    let head = columns
        .into_iter()
        .map(|column| view! { <th scope="col">{column}</th> })
        .collect_view();
    let body = rows
        .into_iter()
        .map(|row| {
            let mut cells = row.cells.into_iter();
            let header = cells.next().map(cell_content);
            let data = cells
                .map(|cell| view! { <td>{cell_content(cell)}</td> })
                .collect_view();
            view! {
                <tr id=row.id>
                    <th scope="row">{header}</th>
                    {data}
                </tr>
            }
        })
        .collect_view();
    // The wrapper scrolls sideways on narrow screens; it is focusable so keyboard users can
    // scroll it too, and named after the table.
    view! {
        <div
            class="table-wrap"
            tabindex="0"
            role="region"
            aria-labelledby=format!("caption-{id}")
        >
            <table id=format!("table-{id}")>
                <caption id=format!("caption-{id}")>{caption}</caption>
                <thead>
                    <tr>{head}</tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
        {(!cites.is_empty()).then(|| view! { <SourceLine cites=cites /> })}
        {note.map(|note| view! { <p class="note">{note}</p> })}
    }
}

/// A cell's text, as a link when the cell points at a fragment of the page.
fn cell_content(cell: Cell) -> AnyView {
    match cell.link {
        Some(id) => view! { <a href=format!("#{id}")>{cell.text}</a> }.into_any(),
        None => cell.text.into_any(),
    }
}

/// "Source: …" with a link to each source's entry in the sources section.
#[component]
pub fn SourceLine(
    /// The citations to show, in order.
    cites: Vec<&'static Citation>,
) -> impl IntoView {
    let label = if cites.len() > 1 {
        "Sources: "
    } else {
        "Source: "
    };
    let count = cites.len();
    let groups = cites
        .into_iter()
        .enumerate()
        .map(|(i, cite)| {
            let links = cite_links(cite);
            let separator = if i + 1 < count { " · " } else { "" };
            view! {
                {links}
                {format!(" ({}){separator}", cite.year)}
            }
        })
        .collect_view();
    view! { <p class="source">{label} {groups}</p> }
}

/// One citation's source names, each linked to its entry.
fn cite_links(cite: &'static Citation) -> impl IntoView {
    let count = cite.sources.len();
    cite.sources
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let name = source(id).map_or(id.to_string(), |s| s.name.to_string());
            let separator = if i + 1 < count { "; " } else { "" };
            view! {
                <a href=format!("#{}", source_anchor(id))>{name}</a>
                {separator}
            }
        })
        .collect_view()
}
