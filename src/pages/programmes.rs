//! `/{lang}/programmes`: integration programmes, filterable by kind, place and
//! status on today's date, and which municipalities have a valid programme.

use crate::browser::format_date;
use crate::components::guards::with_dataset;
use crate::components::localised::Localised;
use crate::components::place::{parse_place, place_options, place_value};
use crate::data::LoadedDataset;
use crate::i18n::{move_tr, tr};
use crate::i18n::{programme_kind_name, programme_status_name, ui_language};
use crate::state::{use_today, use_url_state};
use atlas_core::structure::{ProgrammeQuery, ProgrammeStatus};
use atlas_core::text::sort_key;
use leptos::prelude::*;
use leptos_router::components::A;
use std::sync::Arc;

#[component]
pub fn ProgrammesPage() -> impl IntoView {
    with_dataset(|d| view! { <Programmes dataset=d/> })
}

#[component]
fn Programmes(dataset: Arc<LoadedDataset>) -> impl IntoView {
    let lang = ui_language();
    let today = use_today();
    let (query, set) = use_url_state::<ProgrammeQuery>();
    let on_record_click = crate::state::remember_list_search(crate::state::ListPage::Programmes);
    let ds = dataset.clone();
    let found = Memo::new(move |_| ds.loaded.atlas.find_programmes(&query.get(), today.get()));
    let kinds = {
        let mut k: Vec<String> = dataset
            .loaded
            .atlas
            .programmes
            .iter()
            .map(|p| p.kind.clone())
            .collect();
        k.sort_unstable();
        k.dedup();
        k
    };
    let ds_place = dataset.clone();
    let place = move || query.with(|q| place_value(q.municipality.as_deref(), q.area.as_deref()));
    let options = move || place_options(&ds_place.loaded.atlas, lang.get(), true, &["region"], &place());

    let ds_list = dataset.clone();
    let list = move || {
        let atlas = &ds_list.loaded.atlas;
        let day = today.get();
        found.get().into_iter().map(|i| {
            let p = atlas.programmes[i].clone();
            let status = p.status_on(day);
            let kind = p.kind.clone();
            let id = p.id.clone();
            let period = p.period.clone().map(|per| format!("{} – {}", per.start.map(|d| format_date(d, lang.get())).unwrap_or_default(), per.end.map(|d| format_date(d, lang.get())).unwrap_or_default()));
            view! {
                <li class="programme-item" data-status=status.as_str() data-record-id=p.id.clone()>
                    <A href=move || format!("/{}/programmes/{}", lang.get(), id)><Localised text=p.title.clone() lang=lang/></A>
                    <br/>
                    <span class="programme-meta">
                        {move || programme_kind_name(&kind)}
                        // Unbroken: in Arabic a range broken at its dash left the dash at the end of a line.
                        {period.map(|x| view! { " · "<span class="nowrap">{x}</span> })}
                        " · "<span class=format!("badge status-{}", status.as_str())>{move || programme_status_name(status)}</span>
                        {p.illustrative.then(|| view! { " · "<span class="badge">{move_tr!("illustrative")}</span> })}
                    </span>
                </li>
            }
        }).collect_view()
    };

    // Which municipalities have a valid programme of their own today.
    let ds_cov = dataset.clone();
    let coverage = move || {
        let atlas = &ds_cov.loaded.atlas;
        let valid = atlas.valid_programmes_by_municipality(today.get());
        let ui = lang.get();
        let mut without: Vec<String> = (0..atlas.municipalities.len())
            .filter(|&m| valid[m].is_empty())
            .map(|m| atlas.municipalities[m].name.get(ui).to_string())
            .collect();
        without.sort_by_cached_key(|n| sort_key(n, ui));
        let with: Vec<(String, Vec<usize>)> = (0..atlas.municipalities.len())
            .filter(|&m| !valid[m].is_empty())
            .map(|m| (atlas.municipalities[m].name.get(ui).to_string(), valid[m].clone()))
            .collect();
        let total = atlas.municipalities.len();
        let with_count = with.len();
        view! {
            <p data-testid="coverage">{tr!("programmes-coverage", { "with" => with_count, "total" => total })}</p>
            <p class="hint">{move_tr!("programmes-coverage-caveat")}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label=move || tr!("programmes-with")>
            <table class="coverage">
                <caption>{move_tr!("programmes-with")}</caption>
                <thead><tr><th scope="col">{move_tr!("service-municipality")}</th><th scope="col">{move_tr!("programmes-valid-programme")}</th></tr></thead>
                <tbody>
                    {with.into_iter().map(|(name, progs)| view! {
                        <tr><th scope="row">{name}</th><td>{progs.into_iter().map(|p| {
                            let (id, title) = (atlas.programmes[p].id.clone(), atlas.programmes[p].title.clone());
                            view! { <A href=move || format!("/{}/programmes/{}", lang.get(), id)><Localised text=title lang=lang/></A>" " }
                        }).collect_view()}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
            </div>
            <details data-testid="without-programme">
                <summary>{tr!("programmes-without", { "count" => without.len() })}</summary>
                <ul class="columns">{without.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
            </details>
        }
    };

    crate::state::use_page_title(move || tr!("programmes-title"));
    view! {
        <div class="programmes-page" on:click=on_record_click>
            <h1 id="page-title" tabindex="-1">{move_tr!("programmes-title")}</h1>
            <p class="lead">{move_tr!("programmes-intro")}</p>
            <p><A href=move || format!("/{}/legislation", lang.get())>{move_tr!("nav-legislation")}</A></p>
            <div class="list-filters">
                <div class="field">
                    <label for="prog-q">{move_tr!("search-label")}</label>
                    <input id="prog-q" type="search" prop:value=move || query.get().q
                        on:input=move |ev| { let v = event_target_value(&ev); set(&move |q| q.q = v.clone(), true) }/>
                </div>
                <div class="field">
                    <label for="prog-kind">{move_tr!("programmes-kind")}</label>
                    <select id="prog-kind" prop:value=move || query.get().kind.unwrap_or_default()
                        on:change=move |ev| { let v = event_target_value(&ev); set(&move |q| q.kind = Some(v.clone()).filter(|v| !v.is_empty()), false) }>
                        <option value="">{move_tr!("filter-any")}</option>
                        {kinds.into_iter().map(|k| { let (k2, k3) = (k.clone(), k.clone()); view! { <option value=k selected=move || query.get().kind.as_deref() == Some(k3.as_str())>{move || programme_kind_name(&k2)}</option> } }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="prog-place">{move_tr!("filter-place")}</label>
                    <select id="prog-place" prop:value=place
                        on:change=move |ev| { let v = event_target_value(&ev); set(&move |q| (q.municipality, q.area) = parse_place(&v), false) }>
                        <option value="">{move_tr!("place-all")}</option>
                        {options}
                    </select>
                </div>
                <div class="field">
                    <label for="prog-status">{move_tr!("programmes-status")}</label>
                    <select id="prog-status" prop:value=move || query.get().status.map(|s| s.as_str()).unwrap_or("")
                        on:change=move |ev| { let v = ProgrammeStatus::parse(&event_target_value(&ev)); set(&move |q| q.status = v, false) }>
                        <option value="">{move_tr!("filter-any")}</option>
                        {[ProgrammeStatus::Valid, ProgrammeStatus::Expired, ProgrammeStatus::Upcoming].into_iter().map(|s| view! {
                            <option value=s.as_str() selected=move || query.get().status == Some(s)>{move || programme_status_name(s)}</option>
                        }).collect_view()}
                    </select>
                </div>
            </div>
            <p class="result-count" role="status" data-testid="programme-count">{move || tr!("programmes-count", { "count" => found.with(|f| f.len()) })}</p>
            <ul class="programme-list">{list}</ul>
            <h2>{move_tr!("programmes-municipal-title")}</h2>
            {coverage}
        </div>
    }
}
