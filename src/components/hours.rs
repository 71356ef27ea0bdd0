//! Opening hours in words ("Mon–Fri 9:00–16:00"), with "open now" or when the
//! service opens next ("Opens tomorrow at 9:00").

use crate::i18n::weekday_name;
use crate::i18n::{move_tr, tr};
use atlas_core::hours::{OpeningHours, Span};
use atlas_core::time::LocalTime;
use leptos::prelude::*;

fn time(m: u32) -> String {
    format!("{}:{:02}", m / 60, m % 60)
}

fn spans_text(spans: &[Span]) -> String {
    if spans.is_empty() {
        tr!("hours-closed")
    } else if spans == [(0, 1440)] {
        tr!("hours-all-day")
    } else {
        crate::i18n::join_list(spans.iter().map(|&(a, b)| format!("{}–{}", time(a), time(b))))
    }
}

/// When a closed service opens next, in words relative to `now`.
fn next_opening_text(hours: &OpeningHours, now: LocalTime) -> Option<String> {
    let next = hours.next_opening(now)?;
    let at = time(next.minute);
    Some(match next.date.to_days() - now.date.to_days() {
        0 => tr!("opens-today", { "time" => at }),
        1 => tr!("opens-tomorrow", { "time" => at }),
        _ => tr!("opens-on", { "day" => weekday_name(next.date.weekday() as usize), "time" => at }),
    })
}

/// The week as a description list, whether the service is open now, and if not,
/// when it opens next.
#[component]
pub fn OpeningHoursView(hours: OpeningHours, now: Signal<LocalTime>) -> impl IntoView {
    let hours_now = hours.clone();
    let open_now = Signal::derive(move || hours_now.is_open(now.get()));
    let hours_next = hours.clone();
    let next = move || next_opening_text(&hours_next, now.get());
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
        // Times read left to right inside right-to-left text ("9:00–16:00", not "16:00–9:00").
        rows.into_iter()
            .map(|(d, t)| view! { <dt>{d}</dt><dd><bdi dir="ltr">{t}</bdi></dd> })
            .collect_view()
    };
    view! {
        <p class=move || if open_now.get() { "open-now is-open" } else { "open-now" } data-testid="open-now">
            {move || if open_now.get() { tr!("open-now") } else { tr!("closed-now") }}
            {move || next().map(|n| view! { " · "<span data-testid="opens-next">{n}</span> })}
        </p>
        <dl class="hours">{rows}</dl>
        <p class="hint">{move_tr!("hours-finnish-time")}</p>
    }
}
