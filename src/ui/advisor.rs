//! The advisor in the page: the questions as an accessible form (fieldsets, legends, labels,
//! all usable with the keyboard), and the recommendation with its reasons, figures, the change
//! that would flip it, a timeline, the market and, in team mode, the onboarding cost.
//!
//! Answers come from the query string on load and are written back with
//! `history.replaceState` on every change, so any state is a link (PRODUCT.md). The verdict is
//! announced through a `role="status"` region and carries `data-verdict`.

use super::current_query;
use crate::advisor::{Advice, Answers, Lean, Reach, advise, answers};
use crate::content::verdict_name;
use crate::content::{Row, Table};
use crate::data::{TimeUnit, Usd, Verdict, dataset};
use crate::format;
use crate::html::{self, escape};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The advisor's form and result, reading and writing the page's query string. It goes into
/// the advisor's slot of the page (or an embed), below the section's heading.
#[component]
pub fn Advisor() -> impl IntoView {
    let answers = RwSignal::new(Answers::from_query(&current_query()));
    let advice = Memo::new(move |_| advise(&answers.get(), dataset()));

    // Write every change to the URL. The effect's first run sees the answers read on load:
    // the URL is left as it was given.
    Effect::new(move |first_run: Option<()>| {
        let now = answers.get();
        if first_run.is_some() {
            replace_query(&now.write_into(&current_query()));
        }
    });

    let questions = &dataset().decision_framework.questions;
    let question = |key: &str| {
        questions
            .iter()
            .find(|q| q.key == key)
            .map_or_else(String::new, |q| q.question.to_string())
    };

    // A multiple-choice question, bound to its key in the answers.
    let choice_group = move |key: &'static str, legend: String| {
        view! {
            <ChoiceGroup
                name=key
                legend=legend
                choices=answers::options(key)
                selected=Signal::derive(move || answers.get().choice(key))
                on_pick=Callback::new(move |id: Option<&'static str>| {
                    answers.update(|a| a.set_choice(key, id))
                })
            />
        }
    };

    view! {
            <div class="advisor-grid">
                <form class="advisor-form" on:submit=|event| event.prevent_default()>
                    {choice_group("build", question("build"))}
                    {choice_group("employers", question("employers"))}
                    <MonthsQuestion legend=question("months") answers=answers />
                    {choice_group("optimize", question("optimize"))}
                    {choice_group("background", question("background"))}
                    {choice_group("region", "Where are you looking for work?".to_string())}
                    <TeamQuestion answers=answers />
                    <button type="button" on:click=move |_| answers.set(Answers::default())>
                        "Clear all answers"
                    </button>
                </form>
                <Result advice=advice answers=answers />
            </div>
    }
}

/// A question as a group of radio buttons, with "No answer" first.
#[component]
fn ChoiceGroup(
    /// The URL key, also the radio group's name.
    name: &'static str,
    /// The question.
    legend: String,
    /// `(value, label)` of each answer.
    choices: Vec<(&'static str, &'static str)>,
    /// The chosen value, if any.
    selected: Signal<Option<&'static str>>,
    /// Called with the new value (`None`: no answer).
    on_pick: Callback<Option<&'static str>>,
) -> impl IntoView {
    let options = std::iter::once((None, "No answer"))
        .chain(choices.into_iter().map(|(id, label)| (Some(id), label)))
        .map(|(id, label)| {
            let input_id = format!("q-{name}-{}", id.unwrap_or("none"));
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        id=input_id
                        name=name
                        value=id.unwrap_or("")
                        prop:checked=move || selected.get() == id
                        on:change=move |_| on_pick.run(id)
                    />
                    {label}
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class=format!("question question-{name}")>
            <legend>{legend}</legend>
            <div class="choices">{options}</div>
        </fieldset>
    }
}

/// Months before one must be productive: a list from 1 to 36.
#[component]
fn MonthsQuestion(legend: String, answers: RwSignal<Answers>) -> impl IntoView {
    let options: String = std::iter::once("<option value=\"\">No answer</option>".to_string())
        .chain(answers::MONTHS.map(|n| {
            format!(
                "<option value=\"{n}\">{}</option>",
                format::duration(u32::from(n), TimeUnit::Months)
            )
        }))
        .collect();
    let select = NodeRef::<leptos::html::Select>::new();
    // The options are fixed markup; the chosen one follows the answers.
    Effect::new(move |_| {
        let months = answers.get().months;
        if let Some(select) = select.get() {
            select.set_value(&months.map_or_else(String::new, |n| n.to_string()));
        }
    });
    view! {
        <fieldset class="question question-months">
            <legend>{legend}</legend>
            <label for="q-months">"Months available"</label>
            <select
                id="q-months"
                node_ref=select
                inner_html=options
                on:change=move |event| {
                    let value = event_target_value(&event);
                    answers.update(|a| a.months = value.parse().ok().filter(|n| answers::MONTHS.contains(n)));
                }
            ></select>
        </fieldset>
    }
}

/// Team adoption mode: the size of the team, or empty for oneself.
#[component]
fn TeamQuestion(answers: RwSignal<Answers>) -> impl IntoView {
    view! {
        <fieldset class="question question-team">
            <legend>"Are you choosing for a team? (optional)"</legend>
            <label for="q-team">"Team size, 1 to 500 (leave empty if it is just you)"</label>
            <input
                id="q-team"
                type="number"
                inputmode="numeric"
                min="1"
                max="500"
                step="1"
                prop:value=move || answers.get().team.map_or_else(String::new, |n| n.to_string())
                on:change=move |event| {
                    let value = event_target_value(&event);
                    answers.update(|a| {
                        a.team = value.trim().parse().ok().filter(|n| answers::TEAM.contains(n))
                    });
                }
            />
        </fieldset>
    }
}

/// The recommendation and everything behind it.
#[component]
fn Result(advice: Memo<Advice>, answers: RwSignal<Answers>) -> impl IntoView {
    let verdict = move || advice.with(|a| a.verdict);
    let headline = move || match verdict() {
        Verdict::Go => "Learn Go".to_string(),
        Verdict::Rust => "Learn Rust".to_string(),
        Verdict::GoThenRust => "Learn Go first, then Rust".to_string(),
    };
    let confidence = move || {
        advice.with(|a| {
            let c = a.confidence;
            format!(
                "Confidence: {}. Go {} points, Rust {} points; {} of 6 questions answered.",
                c.level.label(),
                c.go_points,
                c.rust_points,
                c.answered
            )
        })
    };
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
        <div class="advisor-result">
            <div class="verdict-box" role="status">
                <p class="verdict" data-verdict=move || verdict().id()>
                    {headline}
                </p>
                <p class="confidence">{confidence}</p>
            </div>
            <h3>"Why"</h3>
            <ul class="reasons" inner_html=move || advice.with(reasons_html)></ul>
            <h3>"What would change it"</h3>
            {move || flip_view(&advice.get(), answers)}
            <div class="advice-details" inner_html=move || advice.with(details_html)></div>
            <p class="share">
                <button type="button" on:click=move |_| share(share_status)>
                    "Share this result"
                </button>
                <super::embed_dialog::EmbedButton widget=crate::embed::Widget::Quiz options=embed_answers />
                <label class="choice">
                    <input
                        type="checkbox"
                        prop:checked=move || with_answers.get()
                        on:change=move |event| with_answers.set(event_target_checked(&event))
                    />
                    "Embed with these answers"
                </label>
                <span class="share-status" aria-live="polite">
                    {move || share_status.get()}
                </span>
            </p>
        </div>
    }
}

/// The reasons as list items: the answer, which way it leans and by how much, why, and the
/// figure behind it with its source.
fn reasons_html(advice: &Advice) -> String {
    advice
        .reasons
        .iter()
        .map(|reason| {
            let lean = match (reason.lean, reason.points) {
                (None, _) => "does not decide".to_string(),
                (Some(lean), 0) => format!("points to {}", lean_name(lean)),
                (Some(lean), points) => format!(
                    "{}, {points} point{}",
                    lean_name(lean),
                    if points == 1 { "" } else { "s" }
                ),
            };
            let class = match reason.lean {
                Some(Lean::Go | Lean::GoFirst) => "lean-go",
                Some(Lean::Rust) => "lean-rust",
                None => "lean-none",
            };
            let figure = reason.figure.as_deref().map_or(String::new(), |figure| {
                format!(
                    "<p class=\"figure\">{} <span class=\"source\">({})</span></p>",
                    escape(figure),
                    escape(&format::citation(reason.cite))
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

fn flip_view(advice: &Advice, answers: RwSignal<Answers>) -> AnyView {
    let Some(flip) = advice.flip.clone() else {
        return view! { <p class="flip">"Nothing you could change on one answer would change the verdict."</p> }
            .into_any();
    };
    let change = match (&flip.from, &flip.to) {
        (Some(from), Some(to)) => format!("answering \"{to}\" instead of \"{from}\""),
        (None, Some(to)) => format!("answering \"{to}\""),
        (Some(from), None) => format!("leaving out \"{from}\""),
        (None, None) => String::new(),
    };
    let target = flip.answers;
    view! {
        <p class="flip">
            {format!("Only {change} would make it: {}. ", verdict_name(flip.verdict))}
            <button type="button" class="link-button" on:click=move |_| answers.set(target)>
                "Try that"
            </button>
        </p>
    }
    .into_any()
}

fn reach_text(reach: Option<Reach>) -> &'static str {
    match reach {
        Some(Reach::Yes) => " (within your time)",
        Some(Reach::Maybe) => " (perhaps, at the quick end)",
        Some(Reach::No) => " (beyond your time)",
        None => "",
    }
}

/// The timeline, the market and, in team mode, the onboarding cost.
fn details_html(advice: &Advice) -> String {
    let months = advice
        .timeline
        .first()
        .and_then(|row| row.go_reach)
        .is_some();
    let caption = if months {
        "When you would reach each milestone, against the time you have"
    } else {
        "When people reach each milestone (answer the time question to compare)"
    };
    let timeline = Table {
        id: "timeline",
        caption: caption.to_string(),
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
                        reach_text(row.go_reach)
                    ),
                    format!(
                        "{}{}",
                        format::duration_range(row.rust),
                        reach_text(row.rust_reach)
                    ),
                ])
            })
            .collect(),
        cites: vec![&dataset().learning_curve.cite],
        note: None,
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
    let months = crate::charts::team::range_text;
    let dollars = |range: crate::data::Range<f64>| {
        let k = |value: f64| format::usd_k(Usd(((value / 1000.0).round() * 1000.0) as u32));
        if (range.high - range.low).abs() < 500.0 {
            k(range.low)
        } else {
            format!("{}–{}", k(range.low), k(range.high))
        }
    };
    format!(
        "<h3>Onboarding a team of {}</h3><p class=\"team-cost\">{}</p><p class=\"source\">{}</p>",
        team.size,
        escape(&format!(
            "About {} developer-months with Go (≈ {} at the Go median salary) and {} with Rust (≈ {} at the Rust median). \
             Scaled from the article's figures for a team of 10; assumes a steady ramp from nobody productive at the start.",
            months(team.lost_go),
            dollars(team.cost_go),
            months(team.lost_rust),
            dollars(team.cost_rust),
        )),
        html::source_line(&[team.cite]),
    )
}

/// Replaces the query string without a navigation or a history entry.
fn replace_query(query: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let url = if query.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{query}{hash}")
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
