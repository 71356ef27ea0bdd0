//! The list's order, always saying what the list is sorted by: by name, or nearest
//! first once distances are measured from somewhere (a position or a municipality).

use super::{use_set_query, FinderContext};
use crate::i18n::move_tr;
use atlas_core::query::Sort;
use atlas_core::Query;
use leptos::prelude::*;

#[component]
pub fn SortControl() -> impl IntoView {
    let ctx = expect_context::<FinderContext>();
    let (query, effective) = (ctx.query, ctx.effective);
    let set_query = use_set_query();
    // The order the results are in: the same rule the search applies.
    let sort = move || effective.with(|q| q.effective_sort());
    let has_origin = move || effective.with(|q| q.near.is_some());
    let on_change = move |ev: leptos::ev::Event| {
        let sort = if event_target_value(&ev) == "distance" {
            Sort::Distance
        } else {
            Sort::Name
        };
        set_query(
            Query {
                sort: Some(sort),
                ..query.get_untracked()
            },
            false,
        )
    };
    view! {
        <div class="sort-control">
            <label for="finder-sort">{move_tr!("sort-label")}</label>
            <select id="finder-sort" on:change=on_change prop:value=move || if sort() == Sort::Name { "name" } else { "distance" }>
                <option value="name" selected=move || sort() == Sort::Name>{move_tr!("sort-name")}</option>
                <option value="distance" disabled=move || !has_origin() selected=move || sort() == Sort::Distance>
                    {move_tr!("sort-distance")}
                </option>
            </select>
        </div>
    }
}
