//! Each chart as a widget: the chart frame plus the controls a chart has (the projection's
//! growth rates, the team size). The page shows them in their sections; embeds show one alone.

use super::ChartFrame;
use super::listen::on;
use crate::charts::{Chart, ChartId, jobs, team};
use crate::data::{Language, dataset};
use leptos::prelude::*;

/// The widget for a chart, starting from `chart` (the article's figures, or an embed's options).
#[component]
pub fn ChartWidget(
    /// The chart and its starting options.
    chart: Chart,
) -> impl IntoView {
    match chart {
        // Only in the builds that have them, so the others leave their controls out.
        Chart::Jobs(model) if ChartId::Jobs.in_build() => {
            view! { <JobsWidget initial=model /> }.into_any()
        }
        Chart::Team(model) if ChartId::Team.in_build() => {
            view! { <TeamWidget initial_size=model.size /> }.into_any()
        }
        other => view! { <ChartFrame chart=Signal::stored(other) /> }.into_any(),
    }
}

/// Postings and the projection, with a growth-rate slider per language.
#[component]
pub fn JobsWidget(
    /// The projection to start from; "Reset" returns to the article's rates.
    initial: jobs::Model,
) -> impl IntoView {
    let article = initial.article_rates;
    let [article_horizon, long_horizon] = initial.horizons();
    let go_rate = RwSignal::new(initial.rates.go);
    let rust_rate = RwSignal::new(initial.rates.rust);
    // Whether the reader asked for the long horizon.
    let long = RwSignal::new(initial.horizon == long_horizon);
    let horizon_label = initial.horizon_label();
    let model = Memo::new(move |_| {
        initial
            .with_rates(go_rate.get(), rust_rate.get())
            .with_horizon(if long.get() {
                long_horizon
            } else {
                article_horizon
            })
    });
    let chart = Memo::new(move |_| Chart::Jobs(model.get()));
    let reset = move |_| {
        go_rate.set(article.go);
        rust_rate.set(article.rust);
    };
    let set_long = move |event: web_sys::Event| long.set(event_target_checked(&event));
    view! {
        <ChartFrame chart=chart.into()>
            <RateSlider language=Language::Go rate=go_rate />
            <RateSlider language=Language::Rust rate=rust_rate />
            <label class="choice horizon-choice">
                <input
                    type="checkbox"
                    id="jobs-long-horizon"
                    // Only the reader changes it: where it starts is enough.
                    checked=long.get_untracked()
                    node_ref=on(&["change"], set_long)
                />
                {horizon_label}
            </label>
            <div class="chart-status-row">
                <p class="chart-status" aria-live="polite">
                    {move || model.with(jobs::Model::crossover_text)}
                </p>
                <button type="button" class="link-button" node_ref=on(&["click"], reset)>
                    {jobs::RESET_LABEL}
                </button>
            </div>
        </ChartFrame>
    }
}

/// A growth-rate slider for one language, in percent per year.
#[component]
fn RateSlider(
    /// Whose rate.
    language: Language,
    /// The rate in percent per year.
    rate: RwSignal<f64>,
) -> impl IntoView {
    let input_id = format!("rate-{}", language.key());
    let set_rate = move |event: web_sys::Event| {
        if let Ok(value) = event_target_value(&event).parse::<i32>() {
            rate.set(f64::from(value));
        }
    };
    let value = Signal::derive(move || crate::format::decimal(rate.get()));
    view! {
        <div class=format!("slider slider-{}", language.key())>
            <label for=input_id.clone()>{jobs::rate_label(language)}</label>
            <input
                id=input_id.clone()
                type="range"
                min=jobs::RATE_MIN
                max=jobs::RATE_MAX
                step="1"
                value=value.get_untracked()
                aria-valuetext=move || format!("{} a year", crate::format::rate_text(rate.get()))
                node_ref=on(&["input"], set_rate).value(value)
            />
            <output for=input_id>{move || crate::format::rate_text(rate.get())}</output>
        </div>
    }
}

/// Team onboarding, with the team size.
#[component]
pub fn TeamWidget(
    /// The team size to start from.
    initial_size: u16,
) -> impl IntoView {
    let size = RwSignal::new(initial_size);
    // Up to 100 developers on the slider, for a fine grain where most teams are; a larger team
    // given by the link (up to 500) widens it, so the thumb shows that size instead of 100.
    let slider_max = initial_size.max(100);
    let model = Memo::new(move |_| team::Model::new(dataset(), size.get()));
    let chart = Memo::new(move |_| Chart::Team(model.get()));
    let set_size = move |event: web_sys::Event| {
        if let Ok(value) = event_target_value(&event).parse::<u16>() {
            size.set(value.clamp(crate::team::MIN_TEAM, crate::team::MAX_TEAM));
        }
    };
    view! {
        <ChartFrame chart=chart.into()>
            <div class="slider">
                <label for="team-size">"Team size"</label>
                <input
                    id="team-size"
                    type="range"
                    min=crate::team::MIN_TEAM
                    max=slider_max
                    step="1"
                    // Only the reader changes it: where it starts is enough.
                    value=initial_size
                    aria-valuetext=move || crate::team::size_text(size.get())
                    node_ref=on(&["input"], set_size)
                />
                <output for="team-size">{move || crate::team::size_text(size.get())}</output>
            </div>
            // The chart shows this line; screen readers hear it when the size changes.
            <p class="visually-hidden" aria-live="polite">
                {move || {
                    model
                        .with(|m| {
                            format!(
                                "Developer-months lost to onboarding (computed): Go {}, Rust {}",
                                m.lost_text(Language::Go),
                                m.lost_text(Language::Rust),
                            )
                        })
                }}
            </p>
        </ChartFrame>
    }
}
