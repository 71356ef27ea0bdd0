//! The finder while a pack loads: the first page of its unfiltered list, from the pack's first
//! view (`atlas_core::pack::Made::first_view`, a few dozen kilobytes), laid out as the finder
//! lays it out, with how far the whole pack has come where the count will be. At 100,000
//! services a person reads the list's first names while the megabytes come and are read; the
//! finder's own page takes its place, the same entries in the same places, when they are.

use super::entry::{entries, entry_view, ListLabels};
use super::result_list::PAGE;
use crate::components::loading::Loading;
use crate::data::{use_data, FirstView};
use crate::i18n::ui_language;
use crate::i18n::{move_tr, tr};
use crate::map::OverviewMap;
use crate::state::Clock;
use atlas_core::query::View;
use atlas_core::time::helsinki_time;
use atlas_core::Query;
use leptos::prelude::*;
use std::sync::Arc;

/// The finder's loading state: its first view when there is one and it answers the address
/// (an unfiltered list; a phone's map waits for the whole pack), else the plain loading state.
#[component]
pub fn FirstView() -> impl IntoView {
    let data = use_data();
    let (query, _) = crate::state::use_url_state::<Query>();
    let answered = move || query.with(|q| q.is_first_view() && q.view != Some(View::Map));
    move || match data.first_view.get().filter(|_| answered()) {
        Some(first) => view! { <FirstPage first=first/> }.into_any(),
        None => view! { <Loading/> }.into_any(),
    }
}

#[component]
fn FirstPage(first: Arc<FirstView>) -> impl IntoView {
    let lang = ui_language();
    let config = use_data().config.get_untracked().unwrap_or_default();
    // The map's clusters of every service, when the view holds them at the map's home zoom.
    let overview = first
        .overview
        .at(config.map_zoom)
        .is_some()
        .then(|| first.overview.clone());
    let shown = first.clone();
    let clock = expect_context::<Clock>().0;
    let new_tab = crate::browser::in_frame();
    let list = move || {
        let (ui, now) = (lang.get(), helsinki_time(clock.get()));
        let atlas = &first.atlas;
        let hits = atlas.search(&Query::default(), ui, now).hits;
        let labels = ListLabels::new();
        entries(atlas, &hits, PAGE, ui, now)
            .into_iter()
            .map(|e| entry_view(atlas, e, &labels, false, new_tab))
            .collect_view()
    };
    // A kept view of the last visit (public/kept-view.js) gives way to this list once it is drawn.
    // The view is on the screen then, or once its map is (the pack's work waits for it).
    let on_shown = Callback::new(move |()| shown.set_shown());
    let has_map = overview.is_some();
    crate::browser::after_paint(move || {
        crate::browser::remove_loading_screen(false);
        if !has_map {
            on_shown.run(());
        }
    });
    // The finder's frame with nothing to press yet: its controls come with the whole pack, in
    // the places they will take, so that nothing moves when they come.
    view! {
        <div class="finder first-view" data-view="list" data-testid="first-view">
            <h1 id="page-title" tabindex="-1" class="finder-title">{move_tr!("finder-title")}</h1>
            <p class="finder-intro">{move_tr!("finder-intro")}</p>
            <div class="finder-toolbar">
                <button type="button" class="button secondary filters-toggle" disabled>
                    {move || tr!("filters-open", { "count" => 0 })}
                </button>
                <div class="view-toggle" role="group" aria-label=move_tr!("view-label")>
                    <button type="button" aria-pressed="true" disabled>{move_tr!("view-list")}</button>
                    <button type="button" aria-pressed="false" disabled>{move_tr!("view-map")}</button>
                </div>
            </div>
            // Not a landmark: nothing in it to find yet. The search box in its place (under the
            // toolbar on a phone, over the filters' place beside the list on a desktop).
            <div class="finder-side">
                <div class="field search-field">
                    <label for="first-view-q">{move_tr!("search-label")}</label>
                    <input id="first-view-q" type="search" disabled aria-describedby="first-view-q-hint"/>
                    <p class="hint" id="first-view-q-hint">{move_tr!("search-hint")}</p>
                </div>
            </div>
            <div class="results-header" id="results-header">
                <Loading/>
                // The order the list is in, as the finder's own control will say it (a phone wraps
                // it to a line of its own: it is there before the list, not pushing it down after).
                <div class="sort-control">
                    <label for="first-view-sort">{move_tr!("sort-label")}</label>
                    <select id="first-view-sort" disabled>
                        <option>{move_tr!("sort-name")}</option>
                    </select>
                </div>
            </div>
            <div class="finder-body">
                <div class="results">
                    <ul class="result-list" id="results">{list}</ul>
                </div>
                {match overview {
                    Some(overview) => view! { <OverviewMap overview=overview config=config lang=lang on_shown=on_shown/> }.into_any(),
                    None => view! { <div class="map"></div> }.into_any(),
                }}
            </div>
        </div>
    }
}
