//! The result list: the complete, accessible alternative to the map. Only the
//! first page of results is rendered; "show more" adds the next. Leaving for a
//! service remembers the list (its filters, length and scroll) so that coming back
//! finds it as it was; an empty list offers the closest names and a way out.

use super::{use_set_query, FinderContext};
use crate::browser::{format_km, language_name, scroll_into_view};
use crate::state::{Clock, LastFinder};
use atlas_core::time::helsinki_time;
use atlas_core::Query;
use leptos::prelude::*;
use leptos_fluent::{move_tr, tr};

pub const PAGE: usize = 50;

/// One entry of the list, as much as its markup depends on.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Entry {
    service: usize,
    distance_bits: Option<u64>,
    open: Option<bool>,
    ui: &'static str,
}

#[component]
pub fn ResultList(highlighted: RwSignal<Option<usize>>, selected: RwSignal<Option<usize>>) -> impl IntoView {
    let ctx = expect_context::<FinderContext>();
    let (results, lang, query) = (ctx.results, ctx.lang, ctx.query);
    let dataset = ctx.dataset.clone();
    let clock = expect_context::<Clock>().0;
    let last = expect_context::<LastFinder>().0;
    // Coming back to the list the person left: the same length, then the same scroll.
    let back = last
        .get_value()
        .filter(|r| r.search == crate::browser::location_search());
    let limit = ctx.list_length;
    limit.set(back.as_ref().map_or(PAGE, |r| r.shown.max(PAGE)));
    if let Some(r) = back {
        // Two frames: the first lays out the restored list, the second can scroll in it.
        request_animation_frame(move || {
            request_animation_frame(move || {
                crate::browser::window_scroll_to(r.window_y);
                crate::browser::set_scroll_top_by_id("results", r.list_y);
            })
        });
    }
    // A new query starts from the first page.
    Effect::new(move |prev: Option<()>| {
        query.track();
        if prev.is_some() {
            limit.set(PAGE);
        }
    });
    // A marker was chosen: show its entry, paging on if needed, and scroll to it.
    let ds = dataset.clone();
    Effect::new(move |_| {
        let Some(i) = selected.get() else { return };
        let pos = results.with_untracked(|r| r.hits.iter().position(|h| h.service == i));
        if let Some(pos) = pos {
            if pos >= limit.get_untracked() {
                limit.set(pos + 1);
            }
            highlighted.set(Some(i));
            let id = format!("service-{}", ds.loaded.atlas.services[i].id);
            request_animation_frame(move || scroll_into_view(&id));
        }
    });

    // The entries shown, each keyed by what its markup depends on: typing keeps every entry
    // that stays in the list as it is (moved, not made again) and makes only the new ones.
    let atlas_items = dataset.clone();
    let entries = move || {
        let ui = lang.get();
        let now = helsinki_time(clock.get());
        let atlas = &dataset.loaded.atlas;
        results.with(|r| {
            r.hits
                .iter()
                .take(limit.get())
                .map(|h| Entry {
                    service: h.service,
                    distance_bits: h.distance_km.map(f64::to_bits),
                    open: atlas.opening_hours(h.service).map(|oh| oh.is_open(now)),
                    ui,
                })
                .collect::<Vec<_>>()
        })
    };
    let ctx_item = ctx.clone();
    let item = move |e: Entry| {
        let ctx = ctx_item.clone();
        let (i, ui) = (e.service, e.ui);
        let atlas = &atlas_items.loaded.atlas;
        let s = &atlas.services[i];
        let name = s.name.pick(ui);
        let name_lang = name.filter(|p| p.lang != ui).map(|p| p.lang.to_string());
        let name = name.map(|p| p.text.to_string()).unwrap_or_default();
        let place = atlas.service_municipality(i).name.get(ui).to_string();
        let distance = e.distance_bits.map(|d| format_km(f64::from_bits(d), ui));
        let languages: Vec<String> = s.languages.iter().map(|l| language_name(l, ui)).collect();
        let href = format!("/{ui}/services/{}", s.id);
        // Inside an embed, a service opens in its own tab rather than inside the host's frame.
        let new_tab = crate::browser::in_frame();
        view! {
            <li
                id=format!("service-{}", s.id)
                class="result"
                class:is-highlighted=move || highlighted.get() == Some(i)
                data-service-id=s.id.clone()
                on:mouseenter=move |_| highlighted.set(Some(i))
                on:mouseleave=move |_| highlighted.set(None)
                on:focusin=move |_| highlighted.set(Some(i))
                on:focusout=move |_| highlighted.set(None)
            >
                <h2 class="result-name"><a href=href lang=name_lang dir="auto" target=new_tab.then_some("_blank") on:click=move |_| ctx.remember_list()>{name}</a></h2>
                <p class="result-meta">
                    <span>{place}</span>
                    {distance.map(|d| view! { " · "<bdi dir="ltr" class="distance">{d}</bdi> })}
                    {e.open.map(|o| view! {
                        " · "<span class=if o { "badge open" } else { "badge" }>
                            {if o { tr!("open-now") } else { tr!("closed-now") }}
                        </span>
                    })}
                </p>
                <p class="result-languages">{tr!("service-languages")}": "{languages.join(", ")}</p>
            </li>
        }
    };
    let more = move || results.with(|r| r.hits.len()) > limit.get();
    view! {
        <div class="results">
            <ul class="result-list" id="results">
                <For each=entries key=|e: &Entry| *e children=item/>
            </ul>
            <Show when=move || results.with(|r| r.hits.is_empty())>
                <NoResults/>
            </Show>
            <Show when=more>
                <button type="button" class="button secondary" on:click=move |_| limit.update(|l| *l += PAGE)>
                    {move_tr!("show-more")}
                </button>
            </Show>
        </div>
    }
}

/// Nothing matches: the closest names to the typed text ("Did you mean Helsinki?")
/// and one tap to clear every filter.
#[component]
fn NoResults() -> impl IntoView {
    let ctx = expect_context::<FinderContext>();
    let (query, lang) = (ctx.query, ctx.lang);
    let dataset = ctx.dataset.clone();
    let set_query = use_set_query();
    let suggestions =
        Memo::new(move |_| query.with(|q| dataset.loaded.atlas.suggestions(&q.q, lang.get(), 3)));
    let pick = {
        let set_query = set_query.clone();
        move |name: String| {
            set_query(
                Query {
                    q: name,
                    ..query.get_untracked()
                },
                false,
            )
        }
    };
    let clear = move |_| {
        set_query(query.get_untracked().cleared(), false);
        crate::browser::focus_by_id("result-count");
    };
    view! {
        <div class="no-results" data-testid="no-results">
            <p>{move_tr!("no-results")}</p>
            <Show when=move || suggestions.with(|s| !s.is_empty())>
                <p data-testid="suggestions">
                    {move_tr!("did-you-mean")}" "
                    {
                        let pick = pick.clone();
                        move || suggestions.get().into_iter().map(|name| {
                            let pick = pick.clone();
                            let chosen = name.clone();
                            view! { <button type="button" class="button-link suggestion" dir="auto" on:click=move |_| pick(chosen.clone())>{name}</button>" " }
                        }).collect_view()
                    }
                </p>
            </Show>
            <Show when=move || query.with(|q| q.has_filters())>
                <button type="button" class="button secondary" data-testid="clear-filters" on:click=clear.clone()>{move_tr!("filters-clear")}</button>
            </Show>
        </div>
    }
}
