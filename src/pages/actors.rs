//! `/{lang}/actors`: who does what in integration, by level, as the structure
//! stood on any day (`at=`). Filters live in the URL (SPEC §3).

use crate::components::guards::with_dataset;
use crate::components::localised::Localised;
use crate::components::place::{parse_place, place_options, place_value};
use crate::data::LoadedDataset;
use crate::i18n::{actor_kind_name, level_name, ui_language};
use crate::state::{use_today, use_url_state};
// Actors are looked up by every kind of area, former ELY Centres included (`at=` reaches back).
use crate::i18n::{move_tr, tr};
use atlas_core::areas::AREA_KINDS;
use atlas_core::model::{ActorKind, Level};
use atlas_core::structure::{ActorQuery, ShownWords};
use atlas_core::time::Date;
use leptos::prelude::*;
use leptos_router::components::A;
use std::sync::Arc;

#[component]
pub fn ActorsPage() -> impl IntoView {
    with_dataset(|d| view! { <Actors dataset=d/> })
}

#[component]
fn Actors(dataset: Arc<LoadedDataset>) -> impl IntoView {
    let lang = ui_language();
    let today = use_today();
    let (query, set) = use_url_state::<ActorQuery>();
    let on_record_click = crate::state::remember_list_search(crate::state::ListPage::Actors);
    let ds = dataset.clone();
    // The kinds and levels as the list names them, in the UI language: a typed word finds them too.
    let shown = Memo::new(move |_| ShownWords {
        kinds: ActorKind::ALL.iter().map(|&k| (k, actor_kind_name(k))).collect(),
        levels: Level::ALL.iter().map(|&l| (l, level_name(l))).collect(),
    });
    let found = Memo::new(move |_| shown.with(|w| ds.loaded.atlas.find_actors(&query.get(), today.get(), w)));
    let day = move || query.get().at.unwrap_or_else(|| today.get());

    // The kinds the dataset has, in SPEC order (as the levels are).
    let atlas_kinds: Vec<ActorKind> = {
        let actors = &dataset.loaded.atlas.actors;
        ActorKind::ALL
            .iter()
            .copied()
            .filter(|&k| actors.iter().any(|a| a.kind == k))
            .collect()
    };
    let ds_areas = dataset.clone();
    let place = move || query.with(|q| place_value(None, q.area.as_deref()));
    let area_options = move || place_options(&ds_areas.loaded.atlas, lang.get(), false, AREA_KINDS, &place());

    let ds_list = dataset.clone();
    let sections = move || {
        let atlas = &ds_list.loaded.atlas;
        let ids = found.get();
        // Former on the day the list is of (`?at=`), not on today.
        let day = day();
        Level::ALL
            .iter()
            .map(|&level| {
                let members: Vec<usize> = ids.iter().copied().filter(|&i| atlas.actors[i].level == level).collect();
                let count = members.len();
                let items = members
                    .into_iter()
                    .map(|i| {
                        let a = atlas.actors[i].clone();
                        let former = a.has_ended_by(day);
                        // The actor's page shows its relations on the list's day.
                        let at = query.with(|q| q.at.map(|d| format!("?at={d}"))).unwrap_or_default();
                        let href = format!("/{}/actors/{}{at}", lang.get_untracked(), a.id);
                        let area = a.area.as_deref().and_then(|x| atlas.area(x)).map(|x| x.name.clone());
                        let kind = a.kind;
                        view! {
                            <li class="actor-item" data-actor-id=a.id.clone() data-record-id=a.id.clone()>
                                <A href=href><Localised text=a.name.clone() lang=lang/></A>
                                " "<span class="actor-kind">"(" {move || actor_kind_name(kind)} ")"</span>
                                {former.then(|| view! { " "<span class="badge former">{move_tr!("actor-former")}</span> })}
                                {a.illustrative.then(|| view! { " "<span class="badge">{move_tr!("illustrative")}</span> })}
                                {area.map(|n| view! { <span class="actor-area">" · "<Localised text=n lang=lang/></span> })}
                            </li>
                        }
                    })
                    .collect_view();
                (count > 0).then(|| view! {
                    <section class="actor-level" data-level=level.as_str()>
                        <h2>{move || level_name(level)}" (" {count} ")"</h2>
                        <ul class="actor-list">{items}</ul>
                    </section>
                })
            })
            .collect_view()
    };

    crate::state::use_page_title(move || tr!("actors-title"));
    view! {
        <div class="actors-page" on:click=on_record_click>
            <h1 id="page-title" tabindex="-1">{move_tr!("actors-title")}</h1>
            <p class="lead">{move_tr!("actors-intro")}</p>
            <p><A href=move || format!("/{}/legislation", lang.get())>{move_tr!("nav-legislation")}</A></p>
            <div class="list-filters">
                <div class="field">
                    <label for="actors-q">{move_tr!("search-label")}</label>
                    <input id="actors-q" type="search" prop:value=move || query.get().q
                        on:input=move |ev| { let v = event_target_value(&ev); set(&move |q| q.q = v.clone(), true) }/>
                </div>
                <div class="field">
                    <label for="actors-level">{move_tr!("actors-level")}</label>
                    <select id="actors-level" prop:value=move || query.get().level.map_or("", Level::as_str)
                        on:change=move |ev| { let v = Level::parse(&event_target_value(&ev)); set(&move |q| q.level = v, false) }>
                        <option value="">{move_tr!("filter-any")}</option>
                        {Level::ALL.iter().map(|&l| view! { <option value=l.as_str() selected=move || query.get().level == Some(l)>{move || level_name(l)}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="actors-kind">{move_tr!("actors-kind")}</label>
                    <select id="actors-kind" prop:value=move || query.get().kind.map_or("", ActorKind::as_str)
                        on:change=move |ev| { let v = ActorKind::parse(&event_target_value(&ev)); set(&move |q| q.kind = v, false) }>
                        <option value="">{move_tr!("filter-any")}</option>
                        {atlas_kinds.into_iter().map(|k| view! { <option value=k.as_str() selected=move || query.get().kind == Some(k)>{move || actor_kind_name(k)}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="actors-area">{move_tr!("filter-place")}</label>
                    <select id="actors-area" prop:value=place
                        on:change=move |ev| { let v = event_target_value(&ev); set(&move |q| q.area = parse_place(&v).1, false) }>
                        <option value="">{move_tr!("place-all")}</option>
                        {area_options}
                    </select>
                </div>
                <div class="field">
                    <label for="actors-at">{move_tr!("actors-at")}</label>
                    <input id="actors-at" type="date" min="1990-01-01" max="2100-12-31" prop:value=move || day().to_string()
                        on:change=move |ev| { let v = Date::parse(&event_target_value(&ev)); set(&move |q| q.at = v, false) }/>
                    <button type="button" class="button-link" on:click=move |_| set(&|q| q.at = None, false)>{move_tr!("actors-today")}</button>
                </div>
            </div>
            <p class="result-count" role="status" data-testid="actor-count">
                {move || tr!("actors-count", { "count" => found.with(|f| f.len()), "date" => crate::browser::format_date(day(), lang.get()) })}
            </p>
            {sections}
        </div>
    }
}
