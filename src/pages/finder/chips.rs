//! The chosen filters as removable chips above the list: what narrows the list is
//! visible without opening the filter panel, and each goes with one tap.

use super::{use_set_query, FinderContext};
use crate::browser::language_name;
use crate::i18n::{channel_word_name, group_name, topic_name};
use atlas_core::Query;
use leptos::prelude::*;
use leptos_fluent::{move_tr, tr};

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

#[component]
pub fn FilterChips() -> impl IntoView {
    let ctx = expect_context::<FinderContext>();
    let (query, lang) = (ctx.query, ctx.lang);
    let set_query = use_set_query();
    let clear = {
        let set_query = set_query.clone();
        move |_| {
            set_query(query.get_untracked().cleared(), false);
            crate::browser::focus_by_id("result-count");
        }
    };
    let items = move || {
        let q = query.get();
        chips(&ctx, &q, lang.get())
            .into_iter()
            .map(|(label, without)| {
                let set_query = set_query.clone();
                let remove = tr!("chip-remove", { "filter" => label.clone() });
                view! {
                    <li>
                        <button type="button" class="chip" aria-label=remove on:click=move |_| {
                            set_query(without.clone(), false);
                            crate::browser::focus_by_id("result-count");
                        }>
                            <span dir="auto">{label}</span>
                            <span class="chip-x" aria-hidden="true">"×"</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <Show when=move || query.with(|q| q.filter_count() > 0)>
            <div class="chips" data-testid="filter-chips">
                <ul class="chip-list" aria-label=move_tr!("chips-label")>{items.clone()}</ul>
                <button type="button" class="button-link" on:click=clear.clone()>{move_tr!("filters-clear")}</button>
            </div>
        </Show>
    }
}
