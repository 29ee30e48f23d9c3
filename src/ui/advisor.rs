//! The advisor in the page: the questions as an accessible form (fieldsets, legends, labels,
//! all usable with the keyboard), and the recommendation with its reasons, figures, the change
//! that would flip it, a timeline, the market and, in team mode, the onboarding cost.
//!
//! Answers come from the query string on load and are written back with
//! `history.replaceState` on every change, so any state is a link (PRODUCT.md). The verdict is
//! announced through a `role="status"` region and carries `data-verdict`.
//!
//! Two layouts. On the page, the form and the result sit side by side on a wide screen, where
//! the verdict stays at the top of its column; on a narrow one a compact copy of the verdict
//! stays at the bottom of the screen while the reader answers. In an embed (`compact`), whose
//! frame is as tall as its content so nothing in it can stick, the verdict comes first and each
//! question is one drop-down list, so the verdict stays in view while answering.

use super::current_query;
use super::listen::on;
use crate::advisor::{Advice, Answers, Lean, Question, Reach, ReasonKind, Rule, advise};
use crate::content::verdict_name;
use crate::data::{TimeUnit, Usd, dataset};
use crate::format;
use crate::html::{self, escape};
use crate::table::{Row, Table};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The advisor's form and result, reading and writing the page's query string. It goes into
/// the advisor's slot of the page, below the section's heading, or into an embed (`compact`).
///
/// The questions are fixed markup ([`form_html`]) with one delegated handler: a change to any
/// control sets that question's answer, and an effect keeps the controls in step with the
/// answers (a "Try that" link, "Clear all answers"). Far less code in the wasm than a view per
/// radio button.
#[component]
pub fn Advisor(
    /// The embed's layout: the verdict first, each question a drop-down list, the details folded.
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    let initial = Answers::from_query(&current_query());
    let answers = RwSignal::new(initial);
    // Recomputed only when the answers change, so a deep comparison of the old and new advice
    // (kilobytes of wasm) would buy nothing: every new advice counts as changed.
    let advice = Memo::new_with_compare(move |_| advise(&answers.get(), dataset()), |_, _| true);

    // Write every change to the URL and to the form. The effect's first run sees the answers
    // read on load: the URL is left as it was given, and the form already shows them.
    Effect::new(move |first_run: Option<()>| {
        let now = answers.get();
        if first_run.is_some() {
            replace_query(&now.write_into(&current_query()));
            show_in_form(&now, compact);
        }
    });
    // The form's fields are fixed markup; one handler serves them all.
    let on_form = move |event: web_sys::Event| {
        let kind = event.type_();
        if kind != "change" {
            // Submitting does nothing (every answer applies at once); "Clear all answers"
            // resets the answers, which rewrites the form.
            event.prevent_default();
            if kind == "reset" {
                answers.set(Answers::default());
            }
            return;
        }
        let Some(target) = event.target() else {
            return;
        };
        let field = |name: &str| {
            js_sys::Reflect::get(&target, &name.into())
                .ok()
                .and_then(|value| value.as_string())
        };
        if let (Some(question), Some(value)) = (
            field("name").and_then(|name| Question::from_key(&name)),
            field("value"),
        ) {
            answers.update(|a| a.set(question, Some(value.trim())));
        }
    };

    view! {
        <div class=if compact { "advisor-grid compact" } else { "advisor-grid" }>
            <div class="advisor-questions">
                <form
                    class="advisor-form"
                    inner_html=form_html(compact, &initial)
                    node_ref=on(&["submit", "change", "reset"], on_form)
                ></form>
                <VerdictPeek advice=advice />
            </div>
            <div class="advisor-result">
                <VerdictBox advice=advice />
                <Why advice=advice answers=answers />
                <details class="advice-more" open=!compact>
                    <summary>"Your timeline, the job market and team costs"</summary>
                    <div class="advice-details" inner_html=move || advice.with(details_html)></div>
                </details>
                {(!compact).then(|| view! { <ShareRow answers=answers /> })}
            </div>
        </div>
    }
}

/// The question's wording: the dataset's for the framework's questions, the app's own else.
fn wording(question: Question) -> String {
    dataset()
        .decision_framework
        .question(question)
        .map(|q| q.question.to_string())
        .or_else(|| question.own_wording().map(str::to_string))
        .unwrap_or_default()
}

/// The questions as markup, showing `answers`: on the page a group of radio buttons per
/// multiple-choice question (each with "No answer" first), in an embed (`compact`) one
/// drop-down list per question; the months as a list and the team size as a number in both.
/// Every control's `name` is its question's URL key.
fn form_html(compact: bool, answers: &Answers) -> String {
    let mut html = String::new();
    for question in Question::ALL {
        let key = question.key();
        let chosen = answers.get(question).unwrap_or_default();
        let legend = escape(&wording(question));
        let options = |pairs: &mut dyn Iterator<Item = (String, String)>| -> String {
            pairs
                .map(|(value, label)| {
                    let selected = if value == chosen { " selected" } else { "" };
                    format!(
                        "<option value=\"{value}\"{selected}>{}</option>",
                        escape(&label)
                    )
                })
                .collect()
        };
        let choices = || {
            std::iter::once((String::new(), "No answer".to_string())).chain(
                question
                    .options()
                    .iter()
                    .map(|(id, label)| (id.to_string(), label.to_string())),
            )
        };
        let control = match question {
            Question::Team => format!(
                "<input id=\"q-team\" name=\"team\" type=\"number\" inputmode=\"numeric\" \
                 min=\"1\" max=\"500\" step=\"1\" value=\"{chosen}\">"
            ),
            Question::Months => format!(
                "<select id=\"q-months\" name=\"months\">{}</select>",
                options(
                    &mut std::iter::once((String::new(), "No answer".to_string())).chain(
                        crate::advisor::answers::MONTHS.map(|n| {
                            (
                                n.to_string(),
                                format::duration(u32::from(n), TimeUnit::Months),
                            )
                        })
                    )
                )
            ),
            _ if compact => format!(
                "<select id=\"q-{key}\" name=\"{key}\">{}</select>",
                options(&mut choices())
            ),
            _ => {
                let radios: String = choices()
                    .map(|(value, label)| {
                        let id = if value.is_empty() { "none" } else { &value };
                        let checked = if value == chosen { " checked" } else { "" };
                        format!(
                            "<label class=\"choice\"><input type=\"radio\" id=\"q-{key}-{id}\" \
                             name=\"{key}\" value=\"{value}\"{checked}>{}</label>",
                            escape(&label)
                        )
                    })
                    .collect();
                format!("<div class=\"choices\">{radios}</div>")
            }
        };
        let label = match question {
            Question::Team if compact => Some("Choosing for a team? Its size (optional)"),
            Question::Team => Some(
                "Team size, up to 500; team mode counts from 2 (leave empty if it is just you)",
            ),
            Question::Months if !compact => Some("Months available"),
            _ => None,
        };
        html += &if compact {
            let text = label.map_or(legend, str::to_string);
            format!(
                "<div class=\"question question-{key}\"><label for=\"q-{key}\">{text}</label>{control}</div>"
            )
        } else {
            let label = label.map_or(String::new(), |text| {
                format!("<label for=\"q-{key}\">{text}</label>")
            });
            format!(
                "<fieldset class=\"question question-{key}\"><legend>{legend}</legend>{label}{control}</fieldset>"
            )
        };
    }
    html + "<button type=\"reset\">Clear all answers</button>"
}

/// Shows `answers` in the form's controls (after a "Try that" or "Clear all answers").
fn show_in_form(answers: &Answers, compact: bool) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    for question in Question::ALL {
        let value = answers.get(question).unwrap_or_default();
        let radios = !compact && !question.options().is_empty();
        let (id, property, to): (String, &str, wasm_bindgen::JsValue) = if radios {
            let which = if value.is_empty() { "none" } else { &value };
            (
                format!("q-{}-{which}", question.key()),
                "checked",
                true.into(),
            )
        } else {
            (
                format!("q-{}", question.key()),
                "value",
                value.as_str().into(),
            )
        };
        if let Some(element) = document.get_element_by_id(&id) {
            let _ = js_sys::Reflect::set(&element, &property.into(), &to);
        }
    }
}

/// The verdict, announced politely whenever it changes, with how sure it is.
#[component]
fn VerdictBox(advice: Memo<Advice>) -> impl IntoView {
    let verdict = move || advice.with(|a| a.verdict);
    view! {
        <div class="verdict-box" role="status">
            <p class="verdict" data-verdict=move || verdict().id()>
                {move || advice.with(|a| a.headline)}
            </p>
            <p class="confidence">{move || advice.with(confidence_text)}</p>
        </div>
    }
}

/// A compact copy of the verdict that stays at the bottom of a narrow screen while the reader
/// answers, and jumps to the reasons. Not a live region: the verdict box announces changes.
#[component]
fn VerdictPeek(advice: Memo<Advice>) -> impl IntoView {
    view! {
        <p class="verdict-peek">
            <span class="peek-label">"So far: "</span>
            <strong data-peek=move || advice.with(|a| a.verdict.id())>
                {move || advice.with(|a| a.headline)}
            </strong>
            <a href="#advisor-why">"See why"</a>
        </p>
    }
}

/// "Confidence: medium. Go 3 points, Rust 1 point; 4 of 6 questions answered."
fn confidence_text(advice: &Advice) -> String {
    let c = advice.confidence;
    let points = |n: u32| format::count(n, "point", "points");
    let answered = format!("{} of 6 questions answered.", c.answered);
    let tally = if c.go_points == 0 && c.rust_points == 0 {
        format!("No answer adds points; {answered}")
    } else {
        format!(
            "Go {}, Rust {}; {answered}",
            points(c.go_points),
            points(c.rust_points)
        )
    };
    match c.rule {
        Some(Rule::Employers(language)) => format!(
            "Decided by your target employers, who use {}: the article's most direct rule. \
             The other answers: {tally}",
            language.name()
        ),
        Some(Rule::ShortRunway) => format!(
            "Decided by your runway of 1–2 months: the article's rule. The other answers: {tally}"
        ),
        None => format!("Confidence: {}. {tally}", c.level.label()),
    }
}

/// The reasons, and the smallest change that would alter the verdict.
#[component]
fn Why(advice: Memo<Advice>, answers: RwSignal<Answers>) -> impl IntoView {
    // "Try that" applies the change the paragraph names.
    let try_it = move |event: web_sys::Event| {
        let on_button = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|element| element.has_attribute("data-try"));
        if let Some(flip) = advice
            .with_untracked(|a| a.flip.clone())
            .filter(|_| on_button)
        {
            answers.set(flip.answers);
        }
    };
    view! {
        <h3 id="advisor-why">"Why"</h3>
        <ul class="reasons" inner_html=move || advice.with(reasons_html)></ul>
        <h3>"What would change it"</h3>
        <p class="flip" inner_html=move || advice.with(flip_html) node_ref=on(&["click"], try_it)></p>
    }
}

/// Sharing the result, and embedding the advisor elsewhere (the page only).
#[component]
fn ShareRow(answers: RwSignal<Answers>) -> impl IntoView {
    let share_status = RwSignal::new(String::new());
    let with_answers = RwSignal::new(false);
    let embed_answers = Signal::derive(move || {
        if with_answers.get() {
            answers.get().to_pairs()
        } else {
            Vec::new()
        }
    });
    view! {
        <p class="share">
            <button type="button" node_ref=on(&["click"], move |_| share(share_status))>
                "Share this result"
            </button>
            <super::embed_dialog::EmbedButton widget=crate::embed::Widget::Quiz options=embed_answers />
            <label class="choice">
                <input
                    type="checkbox"
                    node_ref=on(&["change"], move |event| with_answers.set(event_target_checked(&event)))
                />
                "Embed with these answers"
            </label>
            <span class="share-status" aria-live="polite">
                {move || share_status.get()}
            </span>
        </p>
    }
}

/// The reasons as list items: the answer, what it did to the verdict, why, and the figure
/// behind it with its source ("computed from …" where the app computed the figure).
fn reasons_html(advice: &Advice) -> String {
    advice
        .reasons
        .iter()
        .map(|reason| {
            let points = match reason.points {
                0 => String::new(),
                1 => ", 1 point".to_string(),
                n => format!(", {n} points"),
            };
            let lean = match (reason.kind, reason.lean) {
                (_, None) => "does not decide".to_string(),
                (ReasonKind::Rule, Some(lean)) => format!("{}: decides", lean_name(lean)),
                (ReasonKind::Outweighed(rule), Some(lean)) => format!(
                    "{}{points}, outweighed by {}",
                    lean_name(lean),
                    match rule {
                        Rule::Employers(_) => "your target employers",
                        Rule::ShortRunway => "your runway",
                    }
                ),
                (ReasonKind::Warning, Some(_)) => "a warning: it does not change the verdict".to_string(),
                (_, Some(lean)) if reason.points == 0 => format!("points to {}", lean_name(lean)),
                (_, Some(lean)) => format!("{}{points}", lean_name(lean)),
            };
            let class = match (reason.kind, reason.lean) {
                (ReasonKind::Warning, _) => "reason-warning",
                (ReasonKind::Outweighed(_), _) => "reason-outweighed",
                (_, Some(Lean::Go | Lean::GoFirst)) => "lean-go",
                (_, Some(Lean::Rust)) => "lean-rust",
                (_, None) => "lean-none",
            };
            let figure = reason.figure.as_deref().map_or(String::new(), |figure| {
                let cites: Vec<String> = reason.cites.iter().map(|c| format::citation(c)).collect();
                let cites = cites.join("; ");
                let source = if reason.computed {
                    format!("computed from {cites}")
                } else {
                    cites
                };
                format!(
                    "<p class=\"figure\">{} <span class=\"source\">({})</span></p>",
                    escape(figure),
                    escape(&source)
                )
            });
            format!(
                "<li class=\"reason {class}\"><p><strong>{}</strong> <span class=\"lean\">→ {}</span></p><p>{}</p>{figure}</li>",
                escape(&reason.answer),
                escape(&lean),
                escape(&reason.why),
            )
        })
        .collect()
}

fn lean_name(lean: Lean) -> &'static str {
    match lean {
        Lean::Go => "Go",
        Lean::Rust => "Rust",
        Lean::GoFirst => "Go first",
    }
}

/// The smallest change that alters the verdict, with a "Try that" button, as markup.
fn flip_html(advice: &Advice) -> String {
    let Some(flip) = &advice.flip else {
        return "No change to a single answer would alter the verdict.".to_string();
    };
    let change = match (&flip.from, &flip.to) {
        (Some(from), Some(to)) => format!("answering \"{to}\" instead of \"{from}\""),
        (None, Some(to)) => format!("answering \"{to}\""),
        (Some(from), None) => format!("leaving out \"{from}\""),
        (None, None) => String::new(),
    };
    format!(
        "{} <button type=\"button\" class=\"link-button\" data-try>Try that</button>",
        escape(&format!(
            "The smallest change that alters it: {change} makes it {}.",
            verdict_name(flip.verdict)
        ))
    )
}

/// A short mark for a milestone against the runway, explained in the table's note.
fn reach_mark(reach: Option<Reach>) -> &'static str {
    match reach {
        Some(Reach::Yes) => "\u{a0}✓",
        Some(Reach::Maybe) => "\u{a0}~",
        Some(Reach::No) => "\u{a0}✗",
        None => "",
    }
}

/// The timeline, the market and, in team mode, the onboarding cost.
fn details_html(advice: &Advice) -> String {
    let months = advice
        .reasons
        .iter()
        .find_map(|r| (r.question == Some(Question::Months)).then(|| r.answer.clone()));
    let (caption, note) = match &months {
        Some(months) => (
            format!("When you would reach each milestone, within the {months} you have"),
            Some(format!(
                "✓ within {months}, even at the slow end · ~ only at the quick end · ✗ beyond {months}"
            )),
        ),
        None => (
            "When people reach each milestone (answer the time question to compare)".to_string(),
            None,
        ),
    };
    let timeline = Table {
        id: "timeline",
        caption,
        columns: ["Milestone", "Go", "Rust"].map(String::from).into(),
        rows: advice
            .timeline
            .iter()
            .map(|row| {
                Row::new([
                    row.milestone.clone(),
                    format!(
                        "{}{}",
                        format::duration_range(row.go),
                        reach_mark(row.go_reach)
                    ),
                    format!(
                        "{}{}",
                        format::duration_range(row.rust),
                        reach_mark(row.rust_reach)
                    ),
                ])
            })
            .collect(),
        cites: vec![&dataset().learning_curve.cite],
        note,
    };
    let market = Table {
        id: "market",
        caption: advice.market.title.clone(),
        columns: ["Measure", "Go", "Rust"].map(String::from).into(),
        rows: advice
            .market
            .rows
            .iter()
            .map(|(label, go, rust)| Row::new([label.clone(), go.clone(), rust.clone()]))
            .collect(),
        cites: advice.market.cites.clone(),
        note: None,
    };
    let mut out = format!(
        "<h3>Your timeline</h3>{}<h3>The job market for you</h3>{}",
        html::table_html(&timeline),
        html::table_html(&market)
    );
    if let Some(team) = &advice.team {
        out += &team_html(team);
    }
    out
}

fn team_html(team: &crate::advisor::TeamCost) -> String {
    let reported = dataset().team_onboarding.team_size;
    let dollars = |range: crate::data::Range<f64>| {
        let k = |value: f64| format::usd_k(Usd(((value / 1000.0).round() * 1000.0) as u32));
        if (range.high - range.low).abs() < 500.0 {
            k(range.low)
        } else {
            format!("{}–{}", k(range.low), k(range.high))
        }
    };
    let salary = if team.salary.low == team.salary.high {
        format::usd(team.salary.low)
    } else {
        format::usd_range(team.salary)
    };
    format!(
        "<h3>Onboarding a team of {}</h3><p class=\"team-cost\">{}</p><p class=\"source\">{}</p>",
        team.size,
        escape(&format!(
            "About {} lost to onboarding with Go and {} with Rust; at {salary} a year for both \
             ({}), about {} with Go and {} with Rust.",
            format::developer_months(team.lost_go),
            format::developer_months(team.lost_rust),
            team.salary_basis,
            dollars(team.cost_go),
            dollars(team.cost_rust),
        )),
        html::source_line_with(
            &[team.cite, team.salary_cite],
            Some(&format!(
                "Computed from these by this app: {}a steady ramp between the reported months, \
                 and developer-months × salary ÷ 12",
                if team.size == reported {
                    String::new()
                } else {
                    format!(
                        "the article's estimates for a team of {reported} scaled to {}, ",
                        team.size
                    )
                },
            )),
        ),
    )
}

/// Replaces the query string without a navigation or a history entry. The new address is
/// relative (`?…`, or `./page` without a query), so it stays on this page whatever its path
/// looks like (a path starting with `//` is not taken for a host name).
fn replace_query(query: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let hash = location.hash().unwrap_or_default();
    let url = if query.is_empty() {
        let path = location.pathname().unwrap_or_default();
        let page = path.rsplit('/').next().unwrap_or_default();
        format!("./{page}{hash}")
    } else {
        format!("?{query}{hash}")
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Shares the page's URL: the Web Share API where there is one, else the clipboard.
fn share(status: RwSignal<String>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(url) = window.location().href() else {
        return;
    };
    let navigator = window.navigator();
    let share_fn = js_sys::Reflect::get(&navigator, &"share".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let promise = if let Some(share_fn) = share_fn {
        let data = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&data, &"url".into(), &url.clone().into());
        let _ = js_sys::Reflect::set(&data, &"title".into(), &"Rust or Go?".into());
        share_fn
            .call1(&navigator, &data)
            .ok()
            .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
            .map(|p| (p, "Shared."))
    } else {
        Some((navigator.clipboard().write_text(&url), "Link copied."))
    };
    let Some((promise, done)) = promise else {
        status.set(format!("Copy this link: {url}"));
        return;
    };
    leptos::task::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(_) => status.set(done.to_string()),
            Err(_) => status.set(format!("Copy this link: {url}")),
        }
    });
}
