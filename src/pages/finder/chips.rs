//! The chosen filters as removable chips above the list: what narrows the list is
//! visible without opening the filter panel, and each goes with one tap. So is the place the
//! distances are measured from, which orders the list (on a phone the panel that says it closes
//! as the list comes).

use super::near_me::{stop_measuring, Origin};
use super::{use_set_query, FinderContext};
use crate::browser::language_name;
use crate::i18n::{channel_word_name, group_name, topic_name};
use crate::i18n::{move_tr, tr};
use crate::state::MyPosition;
use atlas_core::Query;
use leptos::prelude::*;

/// One chip: its text and the query without it.
fn chips(ctx: &FinderContext, q: &Query, ui: &str) -> Vec<(String, Query)> {
    let atlas = &ctx.dataset.loaded.atlas;
    let mut out = Vec::new();
    if !q.q.trim().is_empty() {
        out.push((
            tr!("chip-text", { "text" => q.q.trim().to_string() }),
            Query {
                q: String::new(),
                ..q.clone()
            },
        ));
    }
    for l in &q.languages {
        let without = Query {
            languages: q.languages.iter().filter(|x| *x != l).cloned().collect(),
            ..q.clone()
        };
        out.push((language_name(l, ui), without));
    }
    let place = q
        .municipality
        .as_deref()
        .map(|m| {
            atlas
                .municipality(m)
                .map(|m| m.name.get(ui).to_string())
                .unwrap_or_else(|| m.to_string())
        })
        .or_else(|| {
            q.area.as_deref().map(|a| {
                atlas
                    .area(a)
                    .map(|a| a.name.get(ui).to_string())
                    .unwrap_or_else(|| a.to_string())
            })
        });
    if let Some(p) = place {
        out.push((
            p,
            Query {
                municipality: None,
                area: None,
                ..q.clone()
            },
        ));
    }
    if let Some(c) = &q.channel {
        out.push((
            channel_word_name(c),
            Query {
                channel: None,
                ..q.clone()
            },
        ));
    }
    if let Some(t) = &q.topic {
        out.push((
            topic_name(t),
            Query {
                topic: None,
                ..q.clone()
            },
        ));
    }
    if let Some(g) = &q.group {
        out.push((
            group_name(g),
            Query {
                group: None,
                ..q.clone()
            },
        ));
    }
    if q.open_now {
        out.push((
            tr!("filter-open-now"),
            Query {
                open_now: false,
                ..q.clone()
            },
        ));
    }
    out
}

/// The chip of the place distances are measured from, in the UI language.
fn origin_chip(ctx: &FinderContext, q: &Query, mine: Option<atlas_core::LatLon>, ui: &str) -> Option<String> {
    Origin::of(&ctx.dataset.loaded.atlas, q.near, mine).map(|o| match o {
        Origin::Place(m) => tr!("chip-near-place", { "place" => m.name.get(ui).to_string() }),
        Origin::Point => tr!("chip-near-point"),
        Origin::You => tr!("chip-near-you"),
    })
}

/// One chip's markup: its words, and what a tap on it does.
fn chip(label: String, remove: String, on_remove: impl Fn() + 'static) -> impl IntoView {
    view! {
        <li>
            <button type="button" class="chip" aria-label=remove on:click=move |_| {
                on_remove();
                crate::browser::focus_by_id("result-count");
            }>
                <span dir="auto">{label}</span>
                <span class="chip-x" aria-hidden="true">"×"</span>
            </button>
        </li>
    }
}

#[component]
pub fn FilterChips() -> impl IntoView {
    let ctx = expect_context::<FinderContext>();
    let (query, lang) = (ctx.query, ctx.lang);
    let my_position = expect_context::<MyPosition>().0;
    let set_query = use_set_query();
    let clear = {
        let set_query = set_query.clone();
        Callback::new(move |()| {
            set_query(query.get_untracked().cleared(), false);
            crate::browser::focus_by_id("result-count");
        })
    };
    let origin = {
        let ctx = ctx.clone();
        let set_query = set_query.clone();
        move || {
            let label = query.with(|q| origin_chip(&ctx, q, my_position.get(), lang.get()))?;
            let set_query = set_query.clone();
            Some(chip(label, tr!("near-stop"), move || {
                set_query(stop_measuring(&query.get_untracked(), my_position), false)
            }))
        }
    };
    let items = {
        let ctx = ctx.clone();
        move || {
            let q = query.get();
            chips(&ctx, &q, lang.get())
                .into_iter()
                .map(|(label, without)| {
                    let set_query = set_query.clone();
                    let remove = tr!("chip-remove", { "filter" => label.clone() });
                    chip(label, remove, move || set_query(without.clone(), false))
                })
                .collect_view()
        }
    };
    let filtered = move || query.with(|q| q.filter_count() > 0);
    let measuring = move || query.with(|q| q.near.is_some()) || my_position.with(Option::is_some);
    view! {
        <Show when=move || filtered() || measuring()>
            <div class="chips" data-testid="filter-chips">
                <ul class="chip-list" aria-label=move_tr!("chips-label")>{origin.clone()}{items.clone()}</ul>
                // Clearing the filters keeps the place the list is measured from (its own chip).
                <Show when=filtered>
                    <button type="button" class="button-link" on:click=move |_| clear.run(())>{move_tr!("filters-clear")}</button>
                </Show>
            </div>
        </Show>
    }
}
