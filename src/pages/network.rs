//! `/{lang}/network`: the service network for officials: coverage and
//! languages per area, gaps (shown on a map too), freshness and programmes, on
//! the dataset's date or a chosen one. The arithmetic is `atlas_core::network`;
//! this page shows its tables (`components/data_table.rs`: every table sorts, downloads as
//! CSV from the same cells) and prints. All of it lives in the URL, so a link shares it.

use crate::browser::format_date;
use crate::components::data_table::DataTable;
use crate::components::guards::with_dataset;
use crate::components::places_map::PlacesMap;
use crate::data::LoadedDataset;
use crate::i18n::{area_kind_name, ui_language};
use crate::i18n::{move_tr, tr};
use crate::state::{use_today, use_url_state};
use atlas_core::network::{why_no_areas, Network, NetworkQuery, NoAreas, TableId, MAX_KM};
use atlas_core::time::Date;
use atlas_core::LatLon;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn NetworkPage() -> impl IntoView {
    with_dataset(|d| view! { <NetworkView dataset=d/> })
}

/// A column's heading, by the column key `atlas_core::network` gives it.
fn column_name(key: &str) -> String {
    match key {
        "area" => tr!("network-col-area"),
        "municipalities" => tr!("network-col-municipalities"),
        "services" => tr!("network-col-services"),
        "languages" => tr!("network-col-languages"),
        "covered" => tr!("network-col-covered"),
        "covered_share" => tr!("network-col-covered-share"),
        "languages_missing" => tr!("network-col-languages-missing"),
        "municipality" => tr!("network-col-municipality"),
        "code" => tr!("network-col-code"),
        "nearest_km" => tr!("network-col-nearest-km"),
        "nearest_service" => tr!("network-col-nearest-service"),
        "stale" => tr!("network-col-stale"),
        "stale_share" => tr!("network-col-stale-share"),
        "stale_services" => tr!("network-col-stale-services"),
        "with_programme" => tr!("network-col-with-programme"),
        "without_programme" => tr!("network-col-without-programme"),
        "without_share" => tr!("network-col-without-share"),
        "without_municipalities" => tr!("network-col-without-municipalities"),
        other => other.to_string(),
    }
}

fn table_title(t: TableId) -> String {
    match t {
        TableId::Areas => tr!("network-areas-title"),
        TableId::Gaps => tr!("network-gaps-title"),
        TableId::Freshness => tr!("network-freshness-title"),
        TableId::Programmes => tr!("network-programmes-title"),
    }
}

/// Links to the page's map and tables: on a phone the gaps table alone is some ten screens long.
/// (A link to an element's id: the router keeps the address's choices and the browser scrolls.)
#[component]
fn Contents() -> impl IntoView {
    let link = |href: String, text: Signal<String>| view! { <li><a href=href>{move || text.get()}</a></li> };
    let tables = TableId::ALL
        .into_iter()
        .map(|id| {
            link(
                format!("#table-{}", id.as_str()),
                Signal::derive(move || table_title(id)),
            )
        })
        .collect_view();
    view! {
        <nav class="page-contents" aria-labelledby="network-contents">
            <p id="network-contents" class="page-contents-title">{move_tr!("network-contents")}</p>
            <ul>
                {link("#network-gaps-map".to_string(), Signal::derive(|| tr!("network-gaps-map")))}
                {tables}
            </ul>
        </nav>
    }
}

#[component]
fn NetworkView(dataset: Arc<LoadedDataset>) -> impl IntoView {
    let lang = ui_language();
    let today = use_today();
    let (query, set) = use_url_state::<NetworkQuery>();
    let published = dataset.loaded.atlas.meta.published;
    let day = Memo::new(move |_| query.with(|q| q.day(published, today.get())));
    // What the arithmetic depends on, apart from the day: a memo, so that a sort click (also in
    // the URL) does not count the services again (at 100,000 services that took 0.3 s a click).
    let km_kind = Memo::new(move |_| query.with(|q| (q.km(), q.kind().to_string())));
    let ds = dataset.clone();
    let network =
        Memo::new(move |_| km_kind.with(|(km, kind)| Network::new(&ds.loaded.atlas, day.get(), *km, kind)));

    let ds_sum = dataset.clone();
    let summary = move || {
        let total = ds_sum.loaded.atlas.municipalities.len();
        let gaps = network.with(|n| n.gaps.len());
        tr!("network-summary", { "covered" => total - gaps, "total" => total, "km" => query.with(|q| q.km()) })
    };
    let ds_map = dataset.clone();
    let gap_places = Memo::new(move |_| {
        network.with(|n| {
            n.gaps
                .iter()
                .map(|&m| ds_map.loaded.atlas.municipalities[m].location)
                .collect::<Vec<LatLon>>()
        })
    });
    let ds_places = dataset.clone();
    let gap_map = move || {
        let places = gap_places.get();
        let ds = ds_places.clone();
        (!places.is_empty()).then(|| view! { <PlacesMap dataset=ds places=places/> })
    };

    // A distance out of range changes nothing: the field keeps what was typed and says why, and
    // which distance the figures are still for, until a good one is typed or the address changes.
    let km_refused = RwSignal::new(false);
    Effect::new(move |_| {
        query.with(|q| q.km());
        km_refused.set(false);
    });
    let km_input = move |ev| {
        let typed = event_target_value(&ev);
        let ok = query.get_untracked().set_km(&typed);
        km_refused.set(!ok);
        if ok {
            set(&move |q| _ = q.set_km(&typed), true);
        }
    };
    let date_input = move |ev| {
        let v = Date::parse(&event_target_value(&ev));
        set(&move |q| q.at = v, false);
    };
    let kind_input = move |ev| {
        let v = event_target_value(&ev);
        set(&move |q| q.set_kind(&v), false);
    };
    let ds_kinds = dataset.clone();
    let kinds = Memo::new(move |_| query.with(|q| q.kinds_offered(&ds_kinds.loaded.atlas, day.get())));
    let share_link = move || {
        let path = format!("/{}/network", lang.get());
        format!(
            "{}{path}{}",
            crate::browser::own_origin(),
            atlas_core::UrlState::to_query_string(&query.get())
        )
    };

    let tables = TableId::ALL
        .into_iter()
        .map(|id| {
            let ds = dataset.clone();
            let rows = Memo::new(move |_| network.with(|n| n.table(&ds.loaded.atlas, id, lang.get())));
            let sort = Memo::new(move |_| query.with(|q| q.sort(id).cloned()));
            let table = Memo::new(move |_| {
                let mut t = rows.get();
                t.sort(sort.get().as_ref(), lang.get());
                t
            });
            // Why an empty table is empty, in words.
            let ds_why = dataset.clone();
            let empty_why = Signal::derive(move || {
                let ui = lang.get();
                let date = |d: Date| format_date(d, ui);
                if id == TableId::Gaps {
                    return tr!("network-empty-gaps", { "km" => query.with(|q| q.km()) });
                }
                let kind = query.with(|q| q.kind().to_string());
                let name = area_kind_name(&kind);
                match why_no_areas(&ds_why.loaded.atlas, &kind, day.get()) {
                    Some(NoAreas::NotYet(from)) => tr!("network-empty-not-yet", { "kind" => name, "date" => date(day.get()), "from" => date(from) }),
                    Some(NoAreas::Ended(to)) => tr!("network-empty-ended", { "kind" => name, "date" => date(day.get()), "to" => date(to) }),
                    _ => tr!("network-empty-none", { "kind" => name }),
                }
            });
            let on_sort = move |column: &'static str| set(&move |q| q.set_sort(id, Some(q.toggled_sort(id, column))), true);
            let file_name = Signal::derive(move || {
                format!("integration-atlas-{}-{}-{}km.csv", id.as_str(), day.get(), query.with(|q| q.km()))
            });
            let title = Signal::derive(move || table_title(id));
            view! {
                <DataTable name=id.as_str() title=title table=table sort=sort.into() on_sort=on_sort
                    column_name=column_name file_name=file_name empty_why=empty_why/>
            }
        })
        .collect_view();

    crate::state::use_page_title(move || tr!("network-title"));
    view! {
        <div class="network-page">
            <h1 id="page-title" tabindex="-1">{move_tr!("network-title")}</h1>
            <p class="lead">{move_tr!("network-intro")}</p>
            <form class="list-filters network-controls" on:submit=|ev| ev.prevent_default()>
                <div class="field">
                    <label for="network-km">{move_tr!("network-km")}</label>
                    <input id="network-km" type="number" min="1" max=MAX_KM step="1" inputmode="numeric"
                        prop:value=move || query.with(|q| q.km()).to_string() on:input=km_input
                        aria-invalid=move || km_refused.get().then_some("true") aria-describedby="network-km-refused"/>
                    <span class="hint field-refused" id="network-km-refused" aria-live="polite">
                        {move || km_refused.get().then(|| tr!("network-km-invalid", { "max" => MAX_KM, "km" => query.with_untracked(|q| q.km()) }))}
                    </span>
                </div>
                <div class="field">
                    <label for="network-at">{move_tr!("network-at")}</label>
                    <input id="network-at" type="date" prop:value=move || day.get().to_string() on:change=date_input/>
                </div>
                <div class="field">
                    <label for="network-kind">{move_tr!("network-kind")}</label>
                    <select id="network-kind" on:change=kind_input aria-describedby="network-kind-hint">
                        {move || kinds.get().into_iter().map(|k| view! {
                            <option value=k selected=move || query.with(|q| q.kind() == k)>{move || area_kind_name(k)}</option>
                        }).collect_view()}
                    </select>
                    <span class="hint" id="network-kind-hint">{move_tr!("network-kind-hint")}</span>
                </div>
            </form>
            <p class="network-actions">
                <a href=share_link data-testid="share-link">{move_tr!("network-share")}</a>
                " · "
                <button type="button" class="button-link" on:click=|_| crate::browser::print()>{move_tr!("network-print")}</button>
            </p>
            <p class="network-day">{move || tr!("network-day", { "date" => format_date(day.get(), lang.get()) })}</p>
            <p role="status" data-testid="network-summary">{summary}</p>
            <Contents/>
            <h2 id="network-gaps-map">{move_tr!("network-gaps-map")}</h2>
            <p class="hint">{move_tr!("network-gaps-hint")}</p>
            {gap_map}
            {tables}
        </div>
    }
}
