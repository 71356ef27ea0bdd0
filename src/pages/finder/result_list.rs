//! The result list: the complete, accessible alternative to the map. Only the
//! first page of results is rendered; "show more" adds the next. Leaving for a
//! service remembers the list (its filters, length and scroll) so that coming back
//! finds it as it was; an empty list offers the closest names and a way out.

use super::entry::{entries, entry_view, Entry, ListLabels};
use super::{use_set_query, FinderContext};
use crate::browser::scroll_into_view;
use crate::i18n::move_tr;
use crate::state::{Clock, LastFinder};
use atlas_core::time::helsinki_time;
use atlas_core::Query;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Entries per page of the list. Twenty fill several screens on a phone or in the desktop's
/// list box; each entry costs its building on every keystroke that brings it in (issue 12).
pub const PAGE: usize = 20;

/// The entry of service `i`, if it is in the list.
pub(super) fn entry_of(i: usize) -> Option<web_sys::Element> {
    crate::browser::query_selector(&format!("#results > li[data-index=\"{i}\"]"))
}

/// The link of service `i`'s entry, where the keyboard goes on from (the way back, "show more").
pub(super) fn entry_link(i: usize) -> Option<web_sys::HtmlElement> {
    entry_of(i)?.query_selector("a[href]").ok()??.dyn_into().ok()
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
    let restoring = RwSignal::new(back.is_some());
    if let Some(r) = back {
        super::list_return::put_list_back(r, restoring);
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
            request_animation_frame(move || scroll_into_view(&id, web_sys::ScrollLogicalPosition::Nearest));
        }
    });

    // The entries shown, each keyed by what its markup depends on: typing keeps every entry
    // that stays in the list as it is (moved, not made again) and makes only the new ones.
    let atlas_items = dataset.clone();
    let entries = move || {
        let now = helsinki_time(clock.get());
        results.with(|r| entries(&dataset.loaded.atlas, &r.hits, limit.get(), lang.get(), now))
    };
    // Built once per language, not once per entry.
    let labels = Memo::new(move |_| {
        lang.track();
        ListLabels::new()
    });
    // Inside an embed, a service opens in its own tab rather than inside the host's frame.
    let new_tab = crate::browser::in_frame();
    let item = move |e: Entry| {
        let lit = highlighted.get_untracked() == Some(e.service);
        entry_view(
            &atlas_items.loaded.atlas,
            e,
            &labels.get_untracked(),
            lit,
            new_tab,
        )
    };
    Effect::new(move |prev: Option<Option<usize>>| {
        let now = highlighted.get();
        if let Some(el) = prev.flatten().and_then(entry_of) {
            let _ = el.class_list().remove_1("is-highlighted");
        }
        if let Some(el) = now.and_then(entry_of) {
            let _ = el.class_list().add_1("is-highlighted");
        }
        now
    });
    // Pointer and focus on an entry light up its marker; leaving it turns it off.
    let entry_at = |target: Option<web_sys::EventTarget>| {
        target
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("#results > li").ok().flatten())
            .and_then(|li| li.get_attribute("data-index")?.parse::<usize>().ok())
    };
    let point = move |target: Option<web_sys::EventTarget>| {
        let i = entry_at(target);
        if highlighted.get_untracked() != i {
            highlighted.set(i);
        }
    };
    let on_over = move |ev: leptos::ev::MouseEvent| point(ev.target());
    let on_out = move |ev: leptos::ev::MouseEvent| point(ev.related_target());
    let on_focus_in = move |ev: leptos::ev::FocusEvent| point(ev.target());
    let on_focus_out = move |ev: leptos::ev::FocusEvent| point(ev.related_target());
    // Leaving for a service remembers the list, so that "back" finds it as it was.
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let link = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[href]").ok().flatten());
        if let Some(link) = link {
            let opened = link
                .closest("li[data-index]")
                .ok()
                .flatten()
                .and_then(|li| li.get_attribute("data-index")?.parse().ok());
            ctx.remember_list(opened);
        }
    };
    let more = move || results.with(|r| r.hits.len()) > limit.get();
    // The keyboard goes on from the first entry shown more: the button itself has moved to the
    // new end of the list, out of sight, with twenty entries between it and where the person was.
    let show_more = move |_| {
        let first_new = limit.get_untracked();
        limit.update(|l| *l += PAGE);
        let index = results.with_untracked(|r| r.hits.get(first_new).map(|h| h.service));
        if let Some(i) = index {
            request_animation_frame(move || {
                if let Some(link) = entry_link(i) {
                    let _ = link.focus();
                }
            });
        }
    };
    view! {
        <div class="results">
            <ul
                class="result-list"
                id="results"
                class:is-restoring=restoring
                on:mouseover=on_over
                on:mouseout=on_out
                on:focusin=on_focus_in
                on:focusout=on_focus_out
                on:click=on_click
            >
                <For each=entries key=|e: &Entry| *e children=item/>
            </ul>
            <Show when=move || results.with(|r| r.hits.is_empty())>
                <NoResults/>
            </Show>
            <Show when=more>
                <button type="button" class="button secondary" on:click=show_more>
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
