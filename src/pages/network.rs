//! `/{lang}/network`: the service network for officials: coverage and
//! languages per area, gaps (shown on a map too), freshness and programmes, on
//! the dataset's date or a chosen one. The arithmetic is `atlas_core::network`;
//! this page shows its tables, and every table sorts, downloads as CSV (from
//! the same cells) and prints. All of it lives in the URL, so a link shares it.

use crate::browser::{download_text, format_date, format_number, language_name};
use crate::components::guards::with_dataset;
use crate::components::places_map::PlacesMap;
use crate::data::Dataset;
use crate::i18n::{area_kind_name, ui_language};
use crate::state::{use_today, use_url_state};
use atlas_core::network::{
    why_no_areas, Cell, Network, NetworkQuery, NoAreas, SortBy, Table, TableId, MAX_KM,
};
use atlas_core::time::Date;
use atlas_core::LatLon;
use leptos::prelude::*;
use leptos_fluent::{move_tr, tr};
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

/// How a CSV file for a spreadsheet set to the UI language separates fields and decimals:
/// where the decimal separator is a comma (Finnish, Swedish, Ukrainian, Russian), the fields
/// are separated by semicolons, as those spreadsheets expect; elsewhere by commas.
pub fn csv_style(ui: &str) -> (char, char) {
    match ui {
        "fi" | "sv" | "uk" | "ru" => (';', ','),
        _ => (',', '.'),
    }
}

/// A cell on screen: numbers in the UI language's format, languages by their names.
fn cell_text(cell: &Cell, ui: &str) -> String {
    match cell {
        Cell::Count(n) => format_number(*n as f64, 0, ui),
        Cell::Km(_) | Cell::Percent(_) => cell.number().map(|v| format_number(v, 1, ui)).unwrap_or_default(),
        Cell::Languages(codes) => language_names(codes, ui),
        other => other.text(),
    }
}

/// A cell in the CSV file: numbers without grouping and with the UI language's decimal
/// separator (so the spreadsheet reads them as numbers), languages by their names.
fn csv_cell_text(cell: &Cell, ui: &str) -> String {
    match cell {
        Cell::Languages(codes) => language_names(codes, ui),
        other => other.text_with_decimal(csv_style(ui).1),
    }
}

fn language_names(codes: &[String], ui: &str) -> String {
    codes
        .iter()
        .map(|c| language_name(c, ui))
        .collect::<Vec<_>>()
        .join(", ")
}

fn table_title(t: TableId) -> String {
    match t {
        TableId::Areas => tr!("network-areas-title"),
        TableId::Gaps => tr!("network-gaps-title"),
        TableId::Freshness => tr!("network-freshness-title"),
        TableId::Programmes => tr!("network-programmes-title"),
    }
}

#[component]
fn NetworkView(dataset: Arc<Dataset>) -> impl IntoView {
    let lang = ui_language();
    let today = use_today();
    let (query, set) = use_url_state::<NetworkQuery>();
    let published = dataset
        .loaded
        .atlas
        .meta
        .published
        .as_deref()
        .and_then(Date::parse);
    let day = Memo::new(move |_| query.with(|q| q.day(published, today.get())));
    let ds = dataset.clone();
    let network =
        Memo::new(move |_| query.with(|q| Network::new(&ds.loaded.atlas, day.get(), q.km(), q.kind())));

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

    let km_input = move |ev| {
        let typed = event_target_value(&ev);
        // A distance out of range changes nothing (the field keeps what was typed).
        if query.get_untracked().set_km(&typed) {
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
            let table = Memo::new(move |_| {
                let mut t = network.with(|n| n.table(&ds.loaded.atlas, id, lang.get()));
                t.sort(query.with(|q| q.sort(id).cloned()).as_ref());
                t
            });
            // Why an empty table is empty, in words.
            let ds_why = dataset.clone();
            let empty_why = Signal::derive(move || {
                let ui = lang.get();
                let date = |d: Date| format_date(&d.to_string(), ui);
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
            view! { <NetworkTable id=id table=table query=query set_sort=move |s| set(&move |q| q.set_sort(id, Some(s.clone())), true) day=day empty_why=empty_why/> }
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
                        prop:value=move || query.with(|q| q.km()).to_string() on:input=km_input/>
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
            <p class="network-day">{move || tr!("network-day", { "date" => format_date(&day.get().to_string(), lang.get()) })}</p>
            <p role="status" data-testid="network-summary">{summary}</p>
            <h2>{move_tr!("network-gaps-map")}</h2>
            <p class="hint">{move_tr!("network-gaps-hint")}</p>
            {gap_map}
            {tables}
        </div>
    }
}

/// One sortable, downloadable table. Sorting is a `<button>` in each `<th>`,
/// the `<th>` carries `aria-sort`; the CSV is written from the same cells.
#[component]
fn NetworkTable(
    id: TableId,
    table: Memo<Table>,
    query: Memo<NetworkQuery>,
    set_sort: impl Fn(SortBy) + Copy + Send + Sync + 'static,
    day: Memo<Date>,
    empty_why: Signal<String>,
) -> impl IntoView {
    let lang = ui_language();
    let heading_id = format!("table-{}", id.as_str());
    let download = move |_| {
        let t = table.get_untracked();
        let headers: Vec<String> = t.columns.iter().map(|c| column_name(c)).collect();
        let q = query.get_untracked();
        let name = format!(
            "integration-atlas-{}-{}-{}km.csv",
            id.as_str(),
            day.get_untracked(),
            q.km()
        );
        // A byte-order mark, so spreadsheet programs read the file as UTF-8; the delimiter and
        // decimal separator a spreadsheet set to the UI language expects.
        let ui = lang.get_untracked();
        let csv = t.to_csv(&headers, csv_style(ui).0, |c| csv_cell_text(c, ui));
        download_text(&name, "text/csv;charset=utf-8", &format!("\u{feff}{csv}"));
    };
    let head = move || {
        let sort = query.with(|q| q.sort(id).cloned());
        table.with(|t| t.columns.clone()).into_iter().map(|c| {
            let state = sort.as_ref().filter(|s| s.column == c).map(|s| if s.descending { "descending" } else { "ascending" });
            let next = query.with_untracked(|q| q.toggled_sort(id, c));
            view! {
                <th scope="col" aria-sort=state data-column=c>
                    <button type="button" class="sort" on:click=move |_| set_sort(next.clone())>
                        {column_name(c)}
                        <span aria-hidden="true">{match state { Some("ascending") => " ▲", Some(_) => " ▼", None => "" }}</span>
                    </button>
                </th>
            }
        }).collect_view()
    };
    let body = move || {
        table.with(|t| {
            t.rows
                .iter()
                .map(|row| {
                    let cells = row
                        .iter()
                        .enumerate()
                        .map(|(i, cell)| {
                            let text = cell_text(cell, lang.get());
                            let class = match cell {
                                Cell::Languages(_) | Cell::List(_) => Some("list"),
                                _ => cell.number().is_some().then_some("number"),
                            };
                            if i == 0 {
                                view! { <th scope="row">{text}</th> }.into_any()
                            } else {
                                view! { <td class=class>{text}</td> }.into_any()
                            }
                        })
                        .collect_view();
                    view! { <tr>{cells}</tr> }
                })
                .collect_view()
        })
    };
    let count = move || format_number(table.with(|t| t.rows.len()) as f64, 0, lang.get());
    let empty = move || table.with(|t| t.rows.is_empty());
    let h2 = heading_id.clone();
    view! {
        <section class="network-table" data-table=id.as_str()>
            <h2 id=h2>{move || table_title(id)}</h2>
            <p class="hint">{move || tr!("network-rows", { "count" => count() })}</p>
            <p>
                <button type="button" class="button secondary" on:click=download data-testid=format!("csv-{}", id.as_str())>
                    {move_tr!("network-csv")}<span class="visually-hidden">" "{move || table_title(id)}</span>
                </button>
            </p>
            <Show when=empty>
                <p class="empty-why" data-testid=format!("empty-{}", id.as_str())>{move || empty_why.get()}</p>
            </Show>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby=heading_id>
                <table class="network">
                    <thead><tr>{head}</tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        </section>
    }
}
