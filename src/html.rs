//! The page's content as HTML text: the one renderer of tables, source lines and sections.
//!
//! The post-build helper (`src/bin/site/`) writes the page with it into `index.html` — the
//! headline with the key figures and every section with its charts' pictures and its tables,
//! complete without JavaScript — and the app uses it for the tables it shows itself (a chart's
//! table view). Markup as text is far smaller in the wasm than a view tree per table, and one
//! renderer means the static page and the app can never disagree. Every piece of text goes
//! through [`escape`].

#[cfg(not(target_arch = "wasm32"))]
use crate::content::{self, Section};
use crate::data::{Citation, Dataset};
use crate::summary;
use crate::table::{Table, source_anchor};

pub use crate::format::escape;

/// The page header: title, lede, key figures with their sources, and the data download link.
pub fn header(d: &'static Dataset) -> String {
    let figures = summary::key_figures(d);
    let mut html = String::from("<header class=\"site-header\">\n<h1>Rust or Go?</h1>\n");
    html += &format!("<p class=\"lede\">{}</p>\n", escape(summary::LEDE));
    html += "<dl class=\"key-figures\">\n";
    for figure in &figures {
        html += &format!(
            "<div class=\"key-figure\"><dt>{}</dt><dd><span class=\"lang lang-go\">Go</span> \
             <strong>{}</strong></dd><dd><span class=\"lang lang-rust\">Rust</span> \
             <strong>{}</strong></dd></div>\n",
            escape(&figure.label),
            escape(&figure.go),
            escape(&figure.rust),
        );
    }
    html += "</dl>\n";
    // Several figures share a citation; name each one once.
    let mut cites: Vec<&Citation> = Vec::new();
    for figure in &figures {
        if !cites.iter().any(|c| std::ptr::eq(*c, figure.cite)) {
            cites.push(figure.cite);
        }
    }
    let cites: Vec<String> = cites.into_iter().map(source_links).collect();
    html += &format!(
        "<p class=\"source\">Sources: {}. <a href=\"data/rust-vs-go.json\" download>Download \
         the dataset (JSON)</a></p>\n</header>",
        cites.join(" · ")
    );
    html
}

/// The page below the header: the advisor's section, every section of the content, and the
/// footer. It reads completely without JavaScript; each interactive widget has a slot
/// (`data-widget="quiz"`, `data-widget="salary"`, …) that the app fills with the widget
/// itself: a chart's holds the chart's picture and table ([`chart_slot`]), the advisor's says
/// where its questions are.
#[cfg(not(target_arch = "wasm32"))]
pub fn sections(d: &'static Dataset) -> String {
    let mut html = String::from(
        "<section id=\"advisor\" class=\"advisor\" aria-labelledby=\"advisor-title\">\
         <h2 id=\"advisor-title\">Should you learn Rust or Go?</h2>\n<p class=\"intro\">",
    );
    html += &escape(ADVISOR_INTRO);
    html += "</p>\n<div class=\"widget-slot advisor-slot\" data-widget=\"quiz\"><div class=\"fallback\">\
             <p>The interactive advisor needs JavaScript. The questions it asks, and where each \
             answer points, are in <a href=\"#decide\">How to decide</a>.</p></div></div>\n</section>\n";
    for section in content::sections(d) {
        html += &section_html(&section);
    }
    html += &footer(d);
    html
}

/// The footer: where the figures come from and which the app computes, the terms of reuse,
/// and the dataset download.
#[cfg(not(target_arch = "wasm32"))]
fn footer(d: &'static Dataset) -> String {
    let license = &d.meta.license;
    format!(
        "<footer class=\"site-footer\"><p>Reported figures come from the article and the sources \
         it names. The job-postings projection and any year it names, team onboarding for other \
         team sizes, the developer-months lost and the onboarding costs are computed by this app \
         from them (compound growth, a steady ramp, developer-months × salary), and marked as \
         computed wherever they appear; <a href=\"#sources\">Sources</a> says how. Text and \
         charts by this app.</p><p>Code under MIT or Apache-2.0. The dataset is licensed under \
         <a href=\"{}\" rel=\"license\">{}</a>: reuse it with credit to this app and to the \
         source each figure names. <a href=\"data/rust-vs-go.json\" download>Download the dataset \
         (JSON)</a></p></footer>\n",
        escape(&license.url),
        escape(&license.name),
    )
}

/// What the advisor is, above its form.
pub const ADVISOR_INTRO: &str = "Answer what applies to you; every answer is optional and the result \
updates as you go. It follows the article's decision framework and shows the figures behind each step.";

/// A whole section: heading, introduction, each chart's slot, then the section's tables.
#[cfg(not(target_arch = "wasm32"))]
fn section_html(section: &Section) -> String {
    let mut html = format!(
        "<section id=\"{id}\" aria-labelledby=\"{id}-title\"><h2 id=\"{id}-title\">{}</h2>\n<p>{}</p>\n",
        escape(section.title),
        escape(&section.intro),
        id = section.id,
    );
    for &id in &section.charts {
        html += &chart_slot(id);
    }
    html += &tables_html(&section.tables);
    html += "</section>\n";
    html
}

/// A chart's slot: the chart as the app lays it out (title, legend, controls, plot, source line
/// and buttons), with pictures of the chart in place of the canvas. The picture is on screen at
/// the first paint, where the app's canvas will be, so nothing moves when the canvas takes over;
/// without JavaScript the chart's table is one click away below it.
#[cfg(not(target_arch = "wasm32"))]
fn chart_slot(id: crate::charts::ChartId) -> String {
    let chart = crate::charts::Chart::new(id, crate::data::dataset());
    let pictures = crate::charts::picture::pictures(&chart).unwrap_or_else(|error| {
        panic!(
            "the {} chart cannot be drawn as a picture: {error}",
            id.id()
        )
    });
    let note = escape(chart.legend_note().unwrap_or_default());
    format!(
        "<div class=\"widget-slot chart-slot chart-slot-{id}\" data-widget=\"{id}\">\
         <figure class=\"chart chart-{id} fallback\" id=\"chart-{id}\" aria-labelledby=\"picture-{id}-title\">\
         <div class=\"chart-head\"><h3 id=\"picture-{id}-title\">{title}</h3>\
         <p class=\"chart-legend\" aria-hidden=\"true\"><span class=\"key key-go\">● Go</span>\
         <span class=\"key key-rust\">■ Rust</span><span class=\"key key-note\">{note}</span></p></div>{controls}\
         <div class=\"chart-body\"><div class=\"chart-plot\">{pictures}</div></div>\
         <figcaption><p class=\"source\">{source}</p>\
         <div class=\"chart-actions picture-actions\" aria-hidden=\"true\" inert>{actions}</div>\
         <details class=\"chart-details\"><summary>Table</summary>{table}</details>\
         </figcaption></figure></div>\n",
        id = id.id(),
        title = escape(id.title()),
        controls = picture_controls(&chart),
        source = source_line_with(&chart.citations(), chart.computed().as_deref()),
        actions = chart_actions(id, true),
        table = table_html(&chart.table()),
    )
}

/// The controls of a chart's widget as they start (the article's rates, the default team),
/// inert: they hold the place of the app's own until it runs.
#[cfg(not(target_arch = "wasm32"))]
fn picture_controls(chart: &crate::charts::Chart) -> String {
    use crate::charts::{Chart, jobs};
    use crate::data::Language;
    let slider = |key: &str, label: &str, min: i32, max: i32, value: String, output: String| {
        format!(
            "<div class=\"slider slider-{key}\"><label>{}</label><input type=\"range\" \
             min=\"{min}\" max=\"{max}\" value=\"{value}\" disabled><output>{}</output></div>",
            escape(label),
            escape(&output),
        )
    };
    let inner = match chart {
        Chart::Jobs(model) => {
            let rate = |language: Language, rate: f64| {
                slider(
                    language.key(),
                    &jobs::rate_label(language),
                    jobs::RATE_MIN,
                    jobs::RATE_MAX,
                    crate::format::decimal(rate),
                    crate::format::rate_text(rate),
                )
            };
            format!(
                "{}{}<label class=\"choice horizon-choice\"><input type=\"checkbox\" disabled>\
                 {}</label><div class=\"chart-status-row\"><p class=\"chart-status\">{}</p>\
                 <button type=\"button\" class=\"link-button\" disabled>{}</button></div>",
                rate(Language::Go, model.rates.go),
                rate(Language::Rust, model.rates.rust),
                escape(&model.horizon_label()),
                escape(&model.crossover_text()),
                escape(jobs::RESET_LABEL),
            )
        }
        Chart::Team(model) => slider(
            "team",
            "Team size",
            i32::from(crate::team::MIN_TEAM),
            i32::from(model.size.max(100)),
            model.size.to_string(),
            crate::team::size_text(model.size),
        ),
        _ => return String::new(),
    };
    format!(
        "<div class=\"chart-controls picture-controls\" aria-hidden=\"true\" inert>{inner}</div>"
    )
}

/// The buttons under a chart, as markup: the table view, and in the full app the downloads.
/// A `placeholder` (the static page's, until the app runs) controls nothing and has the full
/// app's "Embed" button too (in the app, a component of its own).
pub fn chart_actions(chart: crate::charts::ChartId, placeholder: bool) -> String {
    let table = if placeholder {
        "<button type=\"button\" data-action=\"table\">Table</button>".to_string()
    } else {
        format!(
            "<button type=\"button\" data-action=\"table\" aria-controls=\"chart-{}-table\" \
             aria-pressed=\"false\">Table</button>",
            chart.id()
        )
    };
    let embed_button = placeholder;
    if cfg!(feature = "app") {
        let mut html = table
            + "<button type=\"button\" data-action=\"png\">PNG</button>\
               <button type=\"button\" data-action=\"svg\">SVG</button>\
               <button type=\"button\" data-action=\"csv\">CSV</button>";
        if embed_button {
            html += "<button type=\"button\" class=\"embed-button\">Embed</button>";
        }
        html
    } else {
        table
    }
}

/// Several tables, one after the other.
pub fn tables_html(tables: &[Table]) -> String {
    tables.iter().map(table_html).collect()
}

/// A table with its caption, headers, source line and note.
pub fn table_html(table: &Table) -> String {
    // The wrapper scrolls sideways on narrow screens; it is focusable so keyboard users can
    // scroll it too, and named after the table.
    let mut html = format!(
        "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"caption-{id}\">\
         <table id=\"table-{id}\"><caption id=\"caption-{id}\">{}</caption>\n<thead><tr>",
        escape(&table.caption),
        id = table.id,
    );
    for column in &table.columns {
        html += &format!("<th scope=\"col\">{}</th>", escape(column));
    }
    html += "</tr></thead>\n<tbody>\n";
    for row in &table.rows {
        match &row.id {
            Some(id) => html += &format!("<tr id=\"{}\">", escape(id)),
            None => html += "<tr>",
        }
        for (i, cell) in row.cells.iter().enumerate() {
            let text = match &cell.link {
                Some(id) => format!("<a href=\"#{}\">{}</a>", escape(id), escape(&cell.text)),
                None => escape(&cell.text),
            };
            if i == 0 {
                html += &format!("<th scope=\"row\">{text}</th>");
            } else {
                html += &format!("<td>{text}</td>");
            }
        }
        html += "</tr>\n";
    }
    html += "</tbody></table></div>\n";
    if !table.cites.is_empty() {
        html += &format!("<p class=\"source\">{}</p>\n", source_line(&table.cites));
    }
    if let Some(note) = &table.note {
        html += &format!("<p class=\"note\">{}</p>\n", escape(note));
    }
    html
}

/// `Source: <a href="#source-so-2024">Stack Overflow …</a> (2024)`.
pub fn source_line(cites: &[&Citation]) -> String {
    let links: Vec<String> = cites.iter().map(|cite| source_links(cite)).collect();
    let label = if cites.len() > 1 { "Sources" } else { "Source" };
    format!("{label}: {}", links.join(" · "))
}

/// A source line, followed by what the app computed from those sources, where it did:
/// `Source: … (2025). <span class="computed">2026–2029: computed from …</span>`.
pub fn source_line_with(cites: &[&Citation], computed: Option<&str>) -> String {
    match computed {
        Some(computed) => format!(
            "{}. <span class=\"computed\">{}.</span>",
            source_line(cites),
            escape(computed)
        ),
        None => source_line(cites),
    }
}

/// `<a href="#source-so-2024">Stack Overflow …</a> (2024)`.
fn source_links(cite: &Citation) -> String {
    let links: Vec<String> = cite
        .sources
        .iter()
        .map(|id| {
            let name = crate::format::source_name(id);
            format!(
                "<a href=\"#{}\">{}</a>",
                escape(&source_anchor(id)),
                escape(name)
            )
        })
        .collect();
    format!(
        "{}{}",
        links.join("; "),
        escape(&crate::format::citation_year(cite))
    )
}
