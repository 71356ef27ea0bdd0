//! `/{lang}/`: the service finder. On a desktop, filters beside a list and a map;
//! on a phone (below 48 rem), the count and the results first, the filters folded
//! into one "Filters (n)" control, and the list or the map, one at a time.
//! The URL's query is the only filter state: every control reads it and writes it back.

mod chips;
mod entry;
mod filters;
mod first_view;
mod list_return;
mod near_me;
mod result_list;
mod sort;

use crate::components::guards::with_dataset_or;
use crate::data::LoadedDataset;
use crate::i18n::ui_language;
use crate::i18n::{move_tr, tr};
use crate::map::ServiceMap;
use crate::state::{use_page_title, Clock, FinderReturn, LastFinder, MapView, MyPosition};
use atlas_core::embed::Controls;
use atlas_core::query::View;
use atlas_core::search::{Results, TermNames};
use atlas_core::time::helsinki_time;
use atlas_core::{Atlas, Query, UrlState};
use chips::FilterChips;
use filters::{Filters, SearchBox};
use leptos::prelude::*;
use near_me::NearMe;
use result_list::ResultList;
use sort::SortControl;
use std::sync::Arc;

#[component]
pub fn FinderPage() -> impl IntoView {
    with_dataset_or(
        || view! { <first_view::FirstView/> },
        |d| view! { <Finder dataset=d/> },
    )
}

/// What the finder's parts share.
#[derive(Clone)]
pub struct FinderContext {
    pub dataset: Arc<LoadedDataset>,
    /// The query as the URL states it.
    pub query: Memo<Query>,
    /// The query the results answer: the URL's, with the person's position (kept in
    /// memory, never in the URL) as `near` when the link names none.
    pub effective: Memo<Query>,
    pub results: Memo<Results>,
    pub lang: Signal<&'static str>,
    /// Whether the folded filter panel is open (phones only; a desktop always shows it).
    pub filters_open: RwSignal<bool>,
    /// How many results the list shows (it pages on with "show more").
    pub list_length: RwSignal<usize>,
    /// Where `remember_list` keeps the list (held here: a map popup calls it outside any owner).
    last_finder: LastFinder,
    /// Where the map looks, which it writes after every move: where it opens on the way back.
    map_view: StoredValue<Option<MapView>>,
}

impl FinderContext {
    /// Remembers the list as it is (filters, length, scroll) for coming back from a
    /// service, whether the service was opened from the list (`opened`: its entry's service)
    /// or from a map popup.
    pub fn remember_list(&self, opened: Option<usize>) {
        // The address as typed, which the history is told a frame after a keystroke.
        crate::state::write_history_now();
        self.last_finder.0.set_value(Some(FinderReturn {
            search: crate::browser::location_search(),
            shown: self.list_length.get_untracked(),
            window_y: crate::browser::window_scroll_y(),
            list_y: crate::browser::scroll_top_by_id("results"),
            anchor: list_return::first_entry_in_sight(),
            opened,
            map_view: self.map_view.try_get_value().flatten(),
        }))
    }

    /// Closes the filter panel and brings the results into view: on a phone, where they sit
    /// below the panel, with the keyboard on their count; on a desktop, where they are beside
    /// it, only when the page was scrolled past them (the panel's end is a long way down).
    pub fn show_results(&self) {
        self.filters_open.set(false);
        let narrow = crate::browser::is_narrow();
        request_animation_frame(move || {
            use web_sys::ScrollLogicalPosition::{Nearest, Start};
            crate::browser::scroll_into_view("results-header", if narrow { Start } else { Nearest });
            if narrow {
                crate::browser::focus_by_id("result-count");
            }
        });
    }
}

/// Writes a new query to the URL: `replace` for typing (one history entry per
/// search, not per keystroke), push for choices.
pub fn use_set_query() -> impl Fn(Query, bool) + Clone + Send + Sync + 'static {
    let set_search = crate::state::use_set_search();
    move |q: Query, replace: bool| set_search(q.to_query_string(), replace)
}

/// The page's title: what the list shows ("Services in Arabic near Tampere").
fn finder_title(ctx: &FinderContext) -> impl Fn() -> String + Send + Sync + 'static {
    let (query, lang, dataset) = (ctx.query, ctx.lang, ctx.dataset.clone());
    move || {
        let ui = lang.get();
        let q = query.get();
        let atlas = &dataset.loaded.atlas;
        let languages = crate::i18n::join_list(
            q.languages
                .iter()
                .map(|l| crate::browser::language_name_in_text(l, ui)),
        );
        let place = q
            .municipality
            .as_deref()
            .and_then(|m| atlas.municipality(m).map(|m| m.name.get(ui).to_string()))
            .or_else(|| {
                q.area
                    .as_deref()
                    .and_then(|a| atlas.area(a).map(|a| a.name.get(ui).to_string()))
            });
        match (languages.is_empty(), place) {
            (true, None) => tr!("title-finder"),
            (false, None) => tr!("title-finder-language", { "languages" => languages }),
            (true, Some(p)) => tr!("title-finder-place", { "place" => p }),
            (false, Some(p)) => {
                tr!("title-finder-language-place", { "languages" => languages, "place" => p })
            }
        }
    }
}

/// The finder, with the site's frame around it (`/{lang}/`) or, `embedded`, in
/// an iframe on another site (`/{lang}/embed`): there the host's `view` choice
/// (map, list, or both when absent) is fixed, the intro is left out, and
/// `controls` says which filters show.
#[component]
pub fn Finder(
    dataset: Arc<LoadedDataset>,
    #[prop(optional)] embedded: bool,
    #[prop(optional)] controls: Controls,
) -> impl IntoView {
    let lang = ui_language();
    let (query, _) = crate::state::use_url_state::<Query>();
    let my_position = expect_context::<MyPosition>().0;
    let clock = expect_context::<Clock>().0;
    let effective = Memo::new(move |_| {
        let mut q = query.get();
        // A position from the browser stays in memory; a shared link's `near` comes first.
        if q.near.is_none() {
            q.near = my_position.get();
        }
        q
    });
    let atlas_data = dataset.clone();
    let results = Memo::new(move |_| {
        effective.with(|q| {
            let now = helsinki_time(clock.get());
            let search = |names: &TermNames| atlas_data.loaded.atlas.search_named(q, lang.get(), now, names);
            // The topics' names only matter to a typed text: none are made for a list without one.
            if q.q.trim().is_empty() {
                search(&TermNames::default())
            } else {
                search(crate::i18n::term_names())
            }
        })
    });
    let filters_open = RwSignal::new(false);
    // The filters are built once the first list has painted and the map is made: naming the
    // languages asks the browser's locale data for the first time, and the place select has
    // 300-odd options, the dearest part of the first view after the list and the map (issue 13;
    // on a desktop at CPU ÷4 the map's points came 226 ms later when the filters went first,
    // BENCHMARKS.md, session 10).
    // A phone shows the filters only when asked; a desktop's column has its width already, so
    // nothing moves when they come.
    let filters_built = RwSignal::new(false);
    crate::browser::after_paint(move || {
        // The first list is on the screen: a kept view over it (public/kept-view.js) can go.
        crate::browser::remove_loading_screen(false);
        crate::browser::after_leaflet(move || {
            crate::browser::after_paint(move || {
                // The finder is gone (the person left it): nothing to build or keep.
                if filters_built.try_set(true).is_some() {
                    return;
                }
                // An unfiltered list (nothing of the person in it) is kept for the next visit to
                // show at once, when the browser has nothing else to do.
                request_idle_callback(move || {
                    let unfiltered = query.try_with_untracked(|q| q.filter_count() == 0 && q.near.is_none());
                    if !embedded && unfiltered == Some(true) && my_position.get_untracked().is_none() {
                        crate::browser::keep_view();
                    }
                });
            })
        });
    });
    let last_finder = expect_context::<LastFinder>();
    // Coming back to the list the person left: the map opens where it was, too.
    let map_view = StoredValue::new(
        last_finder
            .0
            .get_value()
            .filter(|r| r.search == crate::browser::location_search())
            .and_then(|r| r.map_view),
    );
    let ctx = FinderContext {
        list_length: RwSignal::new(result_list::PAGE),
        last_finder,
        map_view,
        dataset: dataset.clone(),
        query,
        effective,
        results,
        lang,
        filters_open,
    };
    provide_context(ctx.clone());
    // A search with text needs the services' search keys, and "did you mean" the names' words:
    // each is made while the browser is idle after the first list (two turns, so that a key
    // pressed between them is answered), so that neither the first list nor the first search
    // waits for them.
    for prepare in [Atlas::prepare_search, Atlas::prepare_suggestions] {
        let warm = dataset.clone();
        request_idle_callback(move || prepare(&warm.loaded.atlas));
    }
    use_page_title(finder_title(&ctx));

    let highlighted = RwSignal::new(None::<usize>);
    let selected = RwSignal::new(None::<usize>);
    // A memo: the map reads it more than once per change. Not compared with the last: the results
    // memo has already kept an equal answer from going on, and at 100,000 hits a comparison is a
    // pass over all of them on every keystroke.
    let shown = Memo::new_with_compare(
        move |_| results.with(|r| r.hits.iter().map(|h| h.service).collect::<Vec<_>>()),
        |_, _| true,
    );
    let fit_key = Signal::derive(move || {
        let q = effective.get();
        Query {
            municipality: q.municipality,
            area: q.area,
            near: q.near,
            ..Query::default()
        }
    });
    let set_query = use_set_query();
    let view_mode = move || match query.get().view {
        Some(View::Map) => "map",
        _ => "list",
    };
    // Where the page was scrolled in the list view: kept when the person switches to the map,
    // restored when the list shows again (once the switch has been drawn). The map, on a phone,
    // comes whole into sight under the toolbar (its scroll margin), the count above it: tapped
    // at the page's top, the map would otherwise begin near the screen's bottom edge, and
    // scrolled past, its zoom buttons would sit under the sticky toolbar.
    let list_scroll = StoredValue::new(0.0f64);
    Effect::new(move |prev: Option<&'static str>| {
        let now = view_mode();
        if prev == Some("map") && now == "list" {
            let y = list_scroll.get_value();
            request_animation_frame(move || crate::browser::window_scroll_to(y));
        } else if prev == Some("list") && now == "map" && !embedded && crate::browser::is_narrow() {
            request_animation_frame(|| {
                crate::browser::scroll_into_view("results-header", web_sys::ScrollLogicalPosition::Start)
            });
        }
        now
    });
    let toggle = move |v: View| {
        let set_query = set_query.clone();
        move |_| {
            if view_mode() == "list" && v == View::Map {
                list_scroll.set_value(crate::browser::window_scroll_y());
            }
            // A history entry of its own: on a phone, Back from the map goes back to the list
            // (as the two views look like pages there), not away from the finder.
            set_query(
                Query {
                    view: Some(v),
                    ..query.get_untracked()
                },
                false,
            );
        }
    };
    let count_text = move || tr!("result-count", { "count" => results.with(|r| r.hits.len()) });
    // The search box is not in the panel: its count is of the choices there.
    let filter_count = move || query.with(|q| q.choice_count());
    // Where the page was, and what it showed, when the panel opened: closed with nothing changed,
    // the panel gives the person back their place in the list (the panel opens above it, and the
    // keyboard going into it scrolls the page up).
    let opened_from = StoredValue::new(None::<(f64, Query)>);
    let close_filters = move || {
        filters_open.set(false);
        if let Some((y, q)) = opened_from.try_update_value(Option::take).flatten() {
            if query.with_untracked(|now| *now == q) {
                request_animation_frame(move || crate::browser::window_scroll_to(y));
            }
        }
    };
    let toggle_filters = move |_| {
        if filters_open.get_untracked() {
            close_filters();
            return;
        }
        opened_from.set_value(Some((crate::browser::window_scroll_y(), query.get_untracked())));
        filters_open.set(true);
        request_animation_frame(|| crate::browser::focus_first_control("filters-panel"));
    };
    // Escape closes the folded panel (on a phone it stands over the list) and gives the keyboard
    // back to its button.
    let on_panel_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && filters_open.get_untracked() {
            close_filters();
            crate::browser::focus_by_id("filters-toggle");
        }
    };
    let ctx_done = ctx.clone();
    let ctx_leave = ctx.clone();
    let embed_view = move || {
        embedded.then(|| match query.get().view {
            Some(View::Map) => "map",
            Some(View::List) => "list",
            None => "both",
        })
    };
    let controls_attr = embedded.then(|| controls.param().unwrap_or("all"));
    let full_filters = controls == Controls::All;
    let toolbar = NodeRef::<leptos::html::Div>::new();
    if full_filters {
        crate::browser::keep_below_sticky_bar(toolbar);
    }
    view! {
        <div
            class="finder"
            class:embedded=embedded
            data-view=view_mode
            data-embed-view=embed_view
            data-controls=controls_attr
            data-filters-open=move || filters_open.get().to_string()
        >
            <h1 id="page-title" tabindex="-1" class="finder-title">{move_tr!("finder-title")}</h1>
            {(!embedded).then(|| view! { <p class="finder-intro">{move_tr!("finder-intro")}</p> })}
            {full_filters.then(|| view! {
                <div class="finder-toolbar" node_ref=toolbar>
                    <button
                        type="button"
                        class="button secondary filters-toggle"
                        aria-expanded=move || filters_open.get().to_string()
                        aria-controls="filters-panel"
                        id="filters-toggle"
                        data-testid="filters-toggle"
                        on:click=toggle_filters
                    >
                        {move || tr!("filters-open", { "count" => filter_count() })}
                    </button>
                    <div class="view-toggle" role="group" aria-label=move_tr!("view-label") hidden=embedded>
                        <button type="button" aria-pressed=move || (view_mode() == "list").to_string() on:click=toggle(View::List)>
                            {move_tr!("view-list")}
                        </button>
                        <button type="button" aria-pressed=move || (view_mode() == "map").to_string() on:click=toggle(View::Map)>
                            {move_tr!("view-map")}
                        </button>
                    </div>
                </div>
                // Beside the list on a desktop, the search box over the filters; on a phone the
                // search box under the toolbar, the filters folded into their panel.
                <div class="finder-side">
                    <SearchBox/>
                    <section id="filters-panel" class="filters-panel" class:is-open=move || filters_open.get() aria-label=move_tr!("filters-label") data-kept="empty" on:keydown=on_panel_key>
                        {move || filters_built.get().then(|| {
                            let ctx_done = ctx_done.clone();
                            view! {
                                <Filters/>
                                <NearMe/>
                                <button type="button" class="button filters-done" on:click=move |_| ctx_done.show_results()>
                                    {move || tr!("filters-show-results", { "count" => results.with(|r| r.hits.len()) })}
                                </button>
                            }
                        })}
                    </section>
                </div>
            })}
            {(controls == Controls::Search).then(|| view! {
                <section class="filters-panel search-only" aria-label=move_tr!("filters-label")>
                    <SearchBox/>
                </section>
            })}
            <div class="results-header" id="results-header">
                <p class="result-count" id="result-count" tabindex="-1" role="status" aria-live="polite" data-testid="result-count">{count_text}</p>
                {full_filters.then(|| view! { <SortControl/> })}
            </div>
            {full_filters.then(|| view! { <FilterChips/> })}
            <div class="finder-body">
                <ResultList highlighted=highlighted selected=selected/>
                <ServiceMap
                    dataset=dataset
                    services=shown.into()
                    highlighted=highlighted
                    selected=selected
                    fit_key=fit_key
                    one_place=Signal::derive(move || query.with(|q| q.municipality.is_some()))
                    lang=lang
                    view=map_view
                    on_leave=Callback::new(move |()| ctx_leave.remember_list(None))
                />
            </div>
        </div>
    }
}
