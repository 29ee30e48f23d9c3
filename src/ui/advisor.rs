//! The advisor in the page: the questions as an accessible form (fieldsets, legends, labels,
//! all usable with the keyboard), and the recommendation with its reasons, figures, the change
//! that would flip it, a timeline, the market and, in team mode, the onboarding cost.
//!
//! Answers come from the query string on load and are written back with
//! `history.replaceState` on every change, so any state is a link (PRODUCT.md). The verdict is
//! announced through a `role="status"` region and carries `data-verdict`.

use crate::advisor::{Advice, Answers, Lean, Reach, advise, answers};
use crate::content::verdict_name;
use crate::data::{Citation, TimeUnit, Usd, Verdict, dataset};
use crate::format;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The advisor, reading and writing the page's query string.
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
        <section id="advisor" class="advisor" aria-labelledby="advisor-title">
            <h2 id="advisor-title">"Should you learn Rust or Go?"</h2>
            <p class="intro">
                "Answer what applies to you; every answer is optional and the result updates as you go. \
                 It follows the article's decision framework and shows the figures behind each step."
            </p>
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
        </section>
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
    let options = answers::MONTHS
        .map(|n| {
            view! {
                <option value=n.to_string() prop:selected=move || answers.get().months == Some(n)>
                    {format::duration(u32::from(n), TimeUnit::Months)}
                </option>
            }
        })
        .collect_view();
    view! {
        <fieldset class="question question-months">
            <legend>{legend}</legend>
            <label for="q-months">"Months available"</label>
            <select
                id="q-months"
                on:change=move |event| {
                    let value = event_target_value(&event);
                    answers.update(|a| a.months = value.parse().ok().filter(|n| answers::MONTHS.contains(n)));
                }
            >
                <option value="" prop:selected=move || answers.get().months.is_none()>
                    "No answer"
                </option>
                {options}
            </select>
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

    view! {
        <div class="advisor-result">
            <div class="verdict-box" role="status">
                <p class="verdict" data-verdict=move || verdict().id()>
                    {headline}
                </p>
                <p class="confidence">{confidence}</p>
            </div>
            <h3>"Why"</h3>
            <ul class="reasons">
                {move || advice.with(|a| a.reasons.iter().map(reason_view).collect_view())}
            </ul>
            <h3>"What would change it"</h3>
            {move || flip_view(&advice.get(), answers)}
            <h3>"Your timeline"</h3>
            {move || timeline_view(&advice.get(), answers.get().months)}
            {move || market_view(&advice.get())}
            {move || advice.with(|a| a.team.clone()).map(team_view)}
            <p class="share">
                <button type="button" on:click=move |_| share(share_status)>
                    "Share this result"
                </button>
                <span class="share-status" aria-live="polite">
                    {move || share_status.get()}
                </span>
            </p>
        </div>
    }
}

fn reason_view(reason: &crate::advisor::Reason) -> impl IntoView + use<> {
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
        Some(Lean::Go | Lean::GoFirst) => "reason lean-go",
        Some(Lean::Rust) => "reason lean-rust",
        None => "reason lean-none",
    };
    let figure = reason.figure.clone().map(|figure| {
        view! {
            <p class="figure">
                {figure} <span class="source">{format!(" ({})", format::citation(reason.cite))}</span>
            </p>
        }
    });
    view! {
        <li class=class>
            <p>
                <strong>{reason.answer.clone()}</strong>
                <span class="lean">{format!(" → {lean}")}</span>
            </p>
            <p>{reason.why.clone()}</p>
            {figure}
        </li>
    }
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

fn timeline_view(advice: &Advice, months: Option<u8>) -> impl IntoView + use<> {
    let caption = match months {
        Some(n) => format!(
            "When you would reach each milestone, against your {}",
            format::duration(u32::from(n), TimeUnit::Months)
        ),
        None => {
            "When people reach each milestone (answer the time question to compare)".to_string()
        }
    };
    let rows = advice
        .timeline
        .iter()
        .map(|row| {
            view! {
                <tr>
                    <th scope="row">{row.milestone.clone()}</th>
                    <td>{format!("{}{}", format::duration_range(row.go), reach_text(row.go_reach))}</td>
                    <td>{format!("{}{}", format::duration_range(row.rust), reach_text(row.rust_reach))}</td>
                </tr>
            }
        })
        .collect_view();
    let cite = &dataset().learning_curve.cite;
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-labelledby="caption-timeline">
            <table>
                <caption id="caption-timeline">{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Milestone"</th>
                        <th scope="col">"Go"</th>
                        <th scope="col">"Rust"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <p class="source">{format!("Source: {}", format::citation(cite))}</p>
    }
}

fn market_view(advice: &Advice) -> impl IntoView + use<> {
    let market = advice.market.clone();
    let rows = market
        .rows
        .into_iter()
        .map(|(label, go, rust)| {
            view! {
                <tr>
                    <th scope="row">{label}</th>
                    <td>{go}</td>
                    <td>{rust}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h3>"The job market for you"</h3>
        <div class="table-wrap" tabindex="0" role="region" aria-labelledby="caption-market">
            <table>
                <caption id="caption-market">{market.title}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Measure"</th>
                        <th scope="col">"Go"</th>
                        <th scope="col">"Rust"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <p class="source">{format!("Sources: {}", citations(&market.cites))}</p>
    }
}

fn citations(cites: &[&Citation]) -> String {
    cites
        .iter()
        .map(|cite| format::citation(cite))
        .collect::<Vec<_>>()
        .join(" · ")
}

fn team_view(team: crate::advisor::TeamCost) -> impl IntoView {
    let months = crate::charts::team::range_text;
    let dollars = |range: crate::data::Range<f64>| {
        let k = |value: f64| format::usd_k(Usd(((value / 1000.0).round() * 1000.0) as u32));
        if (range.high - range.low).abs() < 500.0 {
            k(range.low)
        } else {
            format!("{}–{}", k(range.low), k(range.high))
        }
    };
    view! {
        <h3>{format!("Onboarding a team of {}", team.size)}</h3>
        <p class="team-cost">
            {format!(
                "About {} developer-months with Go (≈ {} at the Go median salary) and {} with Rust (≈ {} at the Rust median). \
                 Scaled from the article's figures for a team of 10; assumes a steady ramp from nobody productive at the start.",
                months(team.lost_go),
                dollars(team.cost_go),
                months(team.lost_rust),
                dollars(team.cost_rust),
            )}
        </p>
        <p class="source">{format!("Source: {}", format::citation(team.cite))}</p>
    }
}

/// The page's query string, `?…` included.
fn current_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
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
