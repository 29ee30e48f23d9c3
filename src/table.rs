//! Data tables as plain data: a caption, column headers, rows whose first cell names the row,
//! the citations behind them and a note. The charts' table views, the page's sections and the
//! advisor's details are all made of these; [`html`](crate::html) renders them, and
//! [`tables_to_csv`] writes them for download.
//!
//! A leaf of the house: it knows nothing of the charts or the page, so both can use it.

use crate::data::Citation;
use crate::format;

/// A data table: a caption, column headers, rows whose first cell names the row.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// Stable id, also used for the CSV file name of the table.
    pub id: &'static str,
    pub caption: String,
    pub columns: Vec<String>,
    pub rows: Vec<Row>,
    /// Where the figures come from; empty when each row names its own source.
    pub cites: Vec<&'static Citation>,
    /// A short note below the table.
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Fragment id of the row, for rows other parts of the page link to.
    pub id: Option<String>,
    /// `cells[0]` is the row's header.
    pub cells: Vec<Cell>,
}

/// A table cell: text, optionally linking to a fragment of the page (a source's entry).
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub text: String,
    /// Fragment id, without `#`.
    pub link: Option<String>,
}

impl From<String> for Cell {
    fn from(text: String) -> Cell {
        Cell { text, link: None }
    }
}

impl Row {
    pub fn new<const N: usize>(cells: [String; N]) -> Row {
        Row {
            id: None,
            cells: cells.into_iter().map(Cell::from).collect(),
        }
    }

    /// Adds a last cell naming the citation's sources, linked to the first one's entry.
    pub fn with_source(mut self, cite: &Citation) -> Row {
        self.cells.push(Cell {
            text: format::citation(cite),
            link: cite.sources.first().map(|id| source_anchor(id)),
        });
        self
    }
}

/// Tables as CSV (RFC 4180): a header row, then the rows; several tables are separated by a
/// blank line. Fields with commas, quotes or line breaks are quoted.
pub fn tables_to_csv(tables: &[Table]) -> String {
    fn field(text: &str) -> String {
        if text.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", text.replace('"', "\"\""))
        } else {
            text.to_string()
        }
    }
    let mut csv = String::new();
    for (i, table) in tables.iter().enumerate() {
        if i > 0 {
            csv.push_str("\r\n");
        }
        let header: Vec<String> = table.columns.iter().map(|c| field(c)).collect();
        csv.push_str(&header.join(","));
        csv.push_str("\r\n");
        for row in &table.rows {
            let cells: Vec<String> = row.cells.iter().map(|c| field(&c.text)).collect();
            csv.push_str(&cells.join(","));
            csv.push_str("\r\n");
        }
    }
    csv
}

/// The fragment id of a source's row in the sources table.
pub fn source_anchor(id: &str) -> String {
    format!("source-{id}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_what_needs_quoting() {
        let table = Table {
            id: "t",
            caption: "T".to_string(),
            columns: vec!["Language".to_string(), "Co-required".to_string()],
            rows: vec![
                Row::new(["Go".to_string(), "Python, JavaScript, SQL".to_string()]),
                Row::new(["Rust".to_string(), "say \"hi\"".to_string()]),
            ],
            cites: vec![],
            note: None,
        };
        assert_eq!(
            tables_to_csv(&[table]),
            "Language,Co-required\r\nGo,\"Python, JavaScript, SQL\"\r\nRust,\"say \"\"hi\"\"\"\r\n"
        );
    }
}
