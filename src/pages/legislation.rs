//! `/{lang}/legislation`: the Acts that guide integration, with numbers and dates in force.

use crate::browser::format_date;
use crate::components::guards::with_dataset;
use crate::components::localised::{Localised, LocalisedParagraph};
use crate::components::sources::Sources;
use crate::data::LoadedDataset;
use crate::i18n::ui_language;
use crate::i18n::{move_tr, tr};
use crate::state::use_today;
use atlas_core::structure::valid_on;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn LegislationPage() -> impl IntoView {
    with_dataset(|d| view! { <Legislation dataset=d/> })
}

#[component]
fn Legislation(dataset: Arc<LoadedDataset>) -> impl IntoView {
    let lang = ui_language();
    let today = use_today();
    let acts = dataset.loaded.atlas.legislation.clone();
    crate::state::use_page_title(move || tr!("legislation-title"));
    view! {
        <article class="legislation-page">
            <h1 id="page-title" tabindex="-1">{move_tr!("legislation-title")}</h1>
            <p class="lead">{move_tr!("legislation-intro")}</p>
            <ul class="acts">
                {acts.into_iter().map(|l| {
                    let (from, to) = (l.in_force_from, l.in_force_to);
                    let in_force = move || valid_on(from, to, today.get());
                    view! {
                        <li class="act">
                            <h2><Localised text=l.title.clone() lang=lang/>" (" {l.number.clone()} ")"</h2>
                            <p>
                                {from.map(|d| view! { {move_tr!("legislation-from")}" "<span>{move || format_date(d, lang.get())}</span> })}
                                {to.map(|d| view! { " · "{move_tr!("legislation-to")}" "<span>{move || format_date(d, lang.get())}</span> })}
                                " · "<span class="badge">{move || if in_force() { move_tr!("legislation-in-force").get() } else { move_tr!("legislation-not-in-force").get() }}</span>
                            </p>
                            {l.url.clone().filter(|u| atlas_core::rules::is_web_url(u)).map(|u| view! { <p><a href=u.clone() rel="noopener noreferrer external"><bdi dir="ltr">{u.clone()}</bdi></a></p> })}
                            {l.illustrative.then(|| view! { <p class="sample-inline" data-testid="illustrative-notice">{move_tr!("illustrative-text")}</p> })}
                            {l.summary.clone().map(|s| view! { <LocalisedParagraph text=s lang=lang/> })}
                            <Sources sources=l.sources.clone() illustrative=l.illustrative nested=true/>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </article>
    }
}
