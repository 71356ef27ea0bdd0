//! "Near me": the browser's position on an explicit click, or a municipality's
//! centre when the position is refused or unavailable. The position is kept in
//! memory only (see `MyPosition`); a municipality's centre may go in the URL.

use super::{use_set_query, FinderContext};
use crate::browser::{request_position, PositionError};
use crate::i18n::{move_tr, tr};
use crate::state::MyPosition;
use atlas_core::model::Municipality;
use atlas_core::query::Sort;
use atlas_core::{Atlas, LatLon, Query};
use leptos::prelude::*;

#[derive(Clone, Copy, PartialEq)]
enum Status {
    Idle,
    Locating,
    Failed(PositionError),
    /// "Show nearest" with the box empty.
    NoName,
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
        let ctx = ctx.clone();
        move |_| {
            // Asked already: the answer is on its way.
            if status.get_untracked() == Status::Locating {
                return;
            }
            let ctx = ctx.clone();
            status.set(Status::Locating);
            let set_query = set_query.clone();
            request_position(move |r| match r {
                Ok((lat, lon)) => {
                    my_position.set(Some(LatLon::new(lat, lon)));
                    status.set(Status::Idle);
                    // The position itself stays out of the URL; only the sort goes in.
                    let q = query.get_untracked();
                    set_query(
                        Query {
                            near: None,
                            sort: Some(Sort::Distance),
                            ..q
                        },
                        false,
                    );
                    ctx.show_results();
                }
                Err(e) => status.set(Status::Failed(e)),
            });
        }
    };

    let name_input = NodeRef::<leptos::html::Input>::new();
    let atlas_for_pick = dataset.clone();
    let pick = {
        let set_query = set_query.clone();
        let ctx = ctx.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let name = typed.get_untracked();
            if name.trim().is_empty() {
                status.set(Status::NoName);
                if let Some(input) = name_input.get_untracked() {
                    let _ = input.focus();
                }
                return;
            }
            let atlas = &atlas_for_pick.loaded.atlas;
            match atlas.find_municipalities(&name).first() {
                Some(&i) => {
                    status.set(Status::Idle);
                    my_position.set(None);
                    let centre = atlas.municipalities[i].location;
                    set_query(
                        Query {
                            near: Some(centre),
                            sort: Some(Sort::Distance),
                            ..query.get_untracked()
                        },
                        false,
                    );
                    ctx.show_results();
                }
                None => status.set(Status::NoMunicipality),
            }
        }
    };

    let stop = {
        let set_query = set_query.clone();
        move |_| set_query(stop_measuring(&query.get_untracked(), my_position), false)
    };

    let atlas_for_origin = dataset.clone();
    // Where distances are measured from, in words.
    let origin = move || {
        let ui = lang.get();
        let atlas = &atlas_for_origin.loaded.atlas;
        Origin::of(atlas, query.get().near, my_position.get()).map(|o| match o {
            Origin::Place(m) => tr!("near-from-place", { "place" => m.name.get(ui).to_string() }),
            Origin::Point => tr!("near-from-point"),
            Origin::You => tr!("near-from-you"),
        })
    };
    let municipality_names = move || {
        let ui = lang.get();
        let mut names: Vec<String> = dataset
            .loaded
            .atlas
            .municipalities
            .iter()
            .map(|m| m.name.get(ui).to_string())
            .collect();
        names.sort_by_cached_key(|n| atlas_core::text::sort_key(n, ui));
        names
            .into_iter()
            .map(|n| view! { <option value=n></option> })
            .collect_view()
    };

    // The status says what is wrong with the name typed: it is the field's error, told with it.
    let name_refused = move || matches!(status.get(), Status::NoName | Status::NoMunicipality);
    view! {
        <div class="near-me">
            // aria-disabled, not disabled, while the position is looked up: a disabled button
            // loses the keyboard's focus to the page, and the person their place in it.
            <button type="button" class="button" on:click=locate aria-disabled=move || (status.get() == Status::Locating).then_some("true")>
                {move_tr!("near-me")}
            </button>
            <p class="near-status" id="near-status" role="status">
                {move || match status.get() {
                    Status::Idle => String::new(),
                    Status::Locating => tr!("near-locating"),
                    Status::Failed(PositionError::Denied) => tr!("near-denied"),
                    Status::Failed(PositionError::Unavailable) => tr!("near-unavailable"),
                    Status::NoName => tr!("near-type-a-name"),
                    Status::NoMunicipality => tr!("near-no-municipality"),
                }}
            </p>
            <form class="near-municipality" on:submit=pick>
                <label for="near-municipality">{move_tr!("near-municipality-label")}</label>
                <div class="inline">
                    <input
                        id="near-municipality"
                        node_ref=name_input
                        type="text"
                        list="municipality-names"
                        autocomplete="off"
                        prop:value=move || typed.get()
                        on:input=move |ev| typed.set(event_target_value(&ev))
                        aria-invalid=move || name_refused().then_some("true")
                        aria-describedby=move || name_refused().then_some("near-status")
                    />
                    <button type="submit" class="button secondary">{move_tr!("near-municipality-submit")}</button>
                </div>
                <datalist id="municipality-names">{municipality_names}</datalist>
            </form>
            {move || origin().map(|o| view! {
                <div class="near-active">
                    <p data-testid="near-origin">{o}</p>
                    <button type="button" class="button-link" on:click=stop.clone()>{move_tr!("near-stop")}</button>
                </div>
            })}
        </div>
    }
}

/// Where the list's distances are measured from.
#[derive(Clone, Copy)]
pub(super) enum Origin<'a> {
    /// A municipality's centre, from a link or "show nearest".
    Place(&'a Municipality),
    /// Another point a link names.
    Point,
    /// The person's own position, in memory only.
    You,
}

impl<'a> Origin<'a> {
    /// The origin of a query's `near` (a shared link's comes first), else of the person's position.
    pub(super) fn of(atlas: &'a Atlas, near: Option<LatLon>, mine: Option<LatLon>) -> Option<Self> {
        match (near, mine) {
            (Some(p), _) => Some(atlas.municipality_at(p).map_or(Origin::Point, Origin::Place)),
            (None, Some(_)) => Some(Origin::You),
            (None, None) => None,
        }
    }
}

/// The query without a place to measure from (and the person's position forgotten): the list
/// back in its own order.
pub(super) fn stop_measuring(q: &Query, my_position: RwSignal<Option<LatLon>>) -> Query {
    my_position.set(None);
    Query {
        near: None,
        sort: None,
        ..q.clone()
    }
}
