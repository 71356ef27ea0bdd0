//! "Near me": the browser's position on an explicit click, or a municipality's
//! centre when the position is refused or unavailable. The position is kept in
//! memory only (see `MyPosition`); a municipality's centre may go in the URL.

use crate::app::MyPosition;
use crate::browser::{request_position, PositionError};
use crate::pages::finder::{use_set_query, FinderContext};
use atlas_core::query::Sort;
use atlas_core::{LatLon, Query};
use leptos::prelude::*;
use leptos_fluent::{move_tr, tr};

#[derive(Clone, Copy, PartialEq)]
enum Status {
    Idle,
    Locating,
    Failed(PositionError),
    NoMunicipality,
}

#[component]
pub fn NearMe() -> impl IntoView {
    let ctx = expect_context::<FinderContext>();
    let (query, lang) = (ctx.query, ctx.lang);
    let dataset = ctx.dataset.clone();
    let my_position = expect_context::<MyPosition>().0;
    let status = RwSignal::new(Status::Idle);
    let typed = RwSignal::new(String::new());
    let set_query = use_set_query();

    let locate = {
        let set_query = set_query.clone();
        move |_| {
            status.set(Status::Locating);
            let set_query = set_query.clone();
            request_position(move |r| match r {
                Ok((lat, lon)) => {
                    my_position.set(Some(LatLon::new(lat, lon)));
                    status.set(Status::Idle);
                    // The position itself stays out of the URL; only the sort goes in.
                    let q = query.get_untracked();
                    set_query(Query { near: None, sort: Some(Sort::Distance), ..q }, false);
                }
                Err(e) => status.set(Status::Failed(e)),
            });
        }
    };

    let atlas_for_pick = dataset.clone();
    let pick = {
        let set_query = set_query.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let atlas = &atlas_for_pick.loaded.atlas;
            match atlas.find_municipalities(&typed.get_untracked()).first() {
                Some(&i) => {
                    status.set(Status::Idle);
                    my_position.set(None);
                    let centre = atlas.municipalities[i].location;
                    set_query(Query { near: Some(centre), sort: Some(Sort::Distance), ..query.get_untracked() }, false);
                }
                None => status.set(Status::NoMunicipality),
            }
        }
    };

    let stop = {
        let set_query = set_query.clone();
        move |_| {
            my_position.set(None);
            set_query(Query { near: None, sort: None, ..query.get_untracked() }, false);
        }
    };

    let atlas_for_origin = dataset.clone();
    // Where distances are measured from, in words.
    let origin = move || {
        let ui = lang.get();
        match (query.get().near, my_position.get()) {
            (Some(p), _) => {
                let atlas = &atlas_for_origin.loaded.atlas;
                let m = atlas.municipalities.iter().find(|m| m.location.distance_km(&p) < 0.01);
                Some(match m {
                    Some(m) => tr!("near-from-place", { "place" => m.name.get(ui).to_string() }),
                    None => tr!("near-from-point"),
                })
            }
            (None, Some(_)) => Some(tr!("near-from-you")),
            (None, None) => None,
        }
    };
    let set_sort = {
        let set_query = set_query.clone();
        move |ev: leptos::ev::Event| {
            let sort = if event_target_value(&ev) == "name" { Sort::Name } else { Sort::Distance };
            set_query(Query { sort: Some(sort), ..query.get_untracked() }, false)
        }
    };
    let sort_value = move || if query.get().effective_sort() == Sort::Name { "name" } else { "distance" };
    let municipality_names = move || {
        let ui = lang.get();
        let mut names: Vec<String> = dataset.loaded.atlas.municipalities.iter().map(|m| m.name.get(ui).to_string()).collect();
        names.sort();
        names.into_iter().map(|n| view! { <option value=n></option> }).collect_view()
    };

    view! {
        <div class="near-me">
            <button type="button" class="button" on:click=locate disabled=move || status.get() == Status::Locating>
                {move_tr!("near-me")}
            </button>
            <p class="near-status" role="status">
                {move || match status.get() {
                    Status::Idle => String::new(),
                    Status::Locating => tr!("near-locating"),
                    Status::Failed(PositionError::Denied) => tr!("near-denied"),
                    Status::Failed(PositionError::Unavailable) => tr!("near-unavailable"),
                    Status::NoMunicipality => tr!("near-no-municipality"),
                }}
            </p>
            <form class="near-municipality" on:submit=pick>
                <label for="near-municipality">{move_tr!("near-municipality-label")}</label>
                <div class="inline">
                    <input
                        id="near-municipality"
                        type="text"
                        list="municipality-names"
                        autocomplete="off"
                        prop:value=move || typed.get()
                        on:input=move |ev| typed.set(event_target_value(&ev))
                    />
                    <button type="submit" class="button secondary">{move_tr!("near-municipality-submit")}</button>
                </div>
                <datalist id="municipality-names">{municipality_names}</datalist>
            </form>
            {move || origin().map(|o| view! {
                <div class="near-active">
                    <p data-testid="near-origin">{o}</p>
                    <label for="finder-sort">{move_tr!("sort-label")}</label>
                    <select id="finder-sort" prop:value=sort_value on:change=set_sort.clone()>
                        <option value="distance" selected=move || sort_value() == "distance">{move_tr!("sort-distance")}</option>
                        <option value="name" selected=move || sort_value() == "name">{move_tr!("sort-name")}</option>
                    </select>
                    <button type="button" class="button-link" on:click=stop.clone()>{move_tr!("near-stop")}</button>
                </div>
            })}
        </div>
    }
}
