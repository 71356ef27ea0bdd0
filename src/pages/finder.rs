//! `/{lang}/`: the service finder, filters beside a list and a map.
//! The URL's query is the only filter state: every control reads it and writes it back.

use crate::app::{Clock, MyPosition};
use crate::components::filters::Filters;
use crate::components::near_me::NearMe;
use crate::components::result_list::ResultList;
use crate::components::status::with_dataset;
use crate::data::Dataset;
use crate::i18n::ui_language;
use crate::map::ServiceMap;
use atlas_core::query::View;
use atlas_core::search::Results;
use atlas_core::time::helsinki_time;
use atlas_core::{Query, UrlState};
use leptos::prelude::*;
use leptos_fluent::{move_tr, tr};
use std::sync::Arc;

#[component]
pub fn FinderPage() -> impl IntoView {
    with_dataset(|d| view! { <Finder dataset=d/> })
}

/// What the finder's parts share.
#[derive(Clone)]
pub struct FinderContext {
    pub dataset: Arc<Dataset>,
    /// The query as the URL states it.
    pub query: Memo<Query>,
    pub results: Memo<Results>,
    pub lang: Signal<&'static str>,
}

/// Writes a new query to the URL: `replace` for typing (one history entry per
/// search, not per keystroke), push for choices.
pub fn use_set_query() -> impl Fn(Query, bool) + Clone + Send + Sync + 'static {
    let set_search = crate::app::use_set_search();
    move |q: Query, replace: bool| set_search(q.to_query_string(), replace)
}

/// The finder, with the site's frame around it (`/{lang}/`) or, `embedded`, in
/// an iframe on another site (`/{lang}/embed`): there the host's `view` choice
/// (map, list, or both when absent) is fixed and the intro is left out.
#[component]
pub fn Finder(dataset: Arc<Dataset>, #[prop(optional)] embedded: bool) -> impl IntoView {
    let lang = ui_language();
    let (query, _) = crate::app::use_url_state::<Query>();
    let my_position = expect_context::<MyPosition>().0;
    let clock = expect_context::<Clock>().0;
    let atlas_data = dataset.clone();
    let results = Memo::new(move |_| {
        let mut q = query.get();
        // A position from the browser stays in memory; a shared link's `near` comes first.
        if q.near.is_none() {
            q.near = my_position.get();
        }
        atlas_data.loaded.atlas.search(&q, lang.get(), helsinki_time(clock.get()))
    });
    let ctx = FinderContext { dataset: dataset.clone(), query, results, lang };
    provide_context(ctx.clone());

    let highlighted = RwSignal::new(None::<usize>);
    let selected = RwSignal::new(None::<usize>);
    let shown = Signal::derive(move || results.with(|r| r.hits.iter().map(|h| h.service).collect::<Vec<_>>()));
    let fit_key = Signal::derive(move || {
        let q = query.get();
        let near = q.near.or(my_position.get());
        if q.municipality.is_none() && q.area.is_none() && near.is_none() {
            return String::new();
        }
        format!("{:?}|{:?}|{:?}", q.municipality, q.area, near.map(|p| (p.lat, p.lon)))
    });
    let set_query = use_set_query();
    let view_mode = move || match query.get().view {
        Some(View::Map) => "map",
        _ => "list",
    };
    let toggle = move |v: View| {
        let set_query = set_query.clone();
        move |_| set_query(Query { view: Some(v), ..query.get_untracked() }, true)
    };
    let count_text = move || tr!("result-count", { "count" => results.with(|r| r.hits.len()) });

    let embed_view = move || {
        embedded.then(|| match query.get().view {
            Some(View::Map) => "map",
            Some(View::List) => "list",
            None => "both",
        })
    };
    view! {
        <div class="finder" class:embedded=embedded data-view=view_mode data-embed-view=embed_view>
            <h1 id="page-title" tabindex="-1" class="finder-title">{move_tr!("finder-title")}</h1>
            {(!embedded).then(|| view! { <p class="finder-intro">{move_tr!("finder-intro")}</p> })}
            <section class="filters-panel" aria-label=move_tr!("filters-label")>
                <Filters/>
                <NearMe/>
            </section>
            <p class="result-count" role="status" aria-live="polite" data-testid="result-count">{count_text}</p>
            <div class="view-toggle" role="group" aria-label=move_tr!("view-label") hidden=embedded>
                <button type="button" aria-pressed=move || (view_mode() == "list").to_string() on:click=toggle(View::List)>
                    {move_tr!("view-list")}
                </button>
                <button type="button" aria-pressed=move || (view_mode() == "map").to_string() on:click=toggle(View::Map)>
                    {move_tr!("view-map")}
                </button>
            </div>
            <div class="finder-body">
                <ResultList highlighted=highlighted selected=selected/>
                <ServiceMap
                    dataset=dataset
                    services=shown
                    highlighted=highlighted
                    selected=selected
                    fit_key=fit_key
                    lang=lang
                />
            </div>
        </div>
    }
}
