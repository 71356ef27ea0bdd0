//! Opening hours in words ("Mon–Fri 9:00–16:00"), with "open now".

use crate::i18n::weekday_name;
use atlas_core::hours::{OpeningHours, Span};
use leptos::prelude::*;
use leptos_fluent::{move_tr, tr};

fn time(m: u32) -> String {
    format!("{}:{:02}", m / 60, m % 60)
}

fn spans_text(spans: &[Span]) -> String {
    if spans.is_empty() {
        tr!("hours-closed")
    } else if spans == [(0, 1440)] {
        tr!("hours-all-day")
    } else {
        spans.iter().map(|&(a, b)| format!("{}–{}", time(a), time(b))).collect::<Vec<_>>().join(", ")
    }
}

/// The week as a description list, and whether the service is open now.
#[component]
pub fn OpeningHoursView(hours: OpeningHours, open_now: Signal<bool>) -> impl IntoView {
    let rows = move || {
        let mut rows: Vec<(String, String)> = hours
            .groups()
            .iter()
            .map(|g| {
                let days = if g.first == g.last {
                    weekday_name(g.first)
                } else {
                    format!("{}–{}", weekday_name(g.first), weekday_name(g.last))
                };
                (days, spans_text(&g.spans))
            })
            .collect();
        if let Some(h) = &hours.holidays {
            rows.push((tr!("hours-holidays"), spans_text(h)));
        }
        rows.into_iter().map(|(d, t)| view! { <dt>{d}</dt><dd><bdi>{t}</bdi></dd> }).collect_view()
    };
    view! {
        <p class=move || if open_now.get() { "open-now is-open" } else { "open-now" } data-testid="open-now">
            {move || if open_now.get() { tr!("open-now") } else { tr!("closed-now") }}
        </p>
        <dl class="hours">{rows}</dl>
        <p class="hint">{move_tr!("hours-finnish-time")}</p>
    }
}
