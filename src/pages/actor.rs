//! `/{lang}/actors/{id}`: one actor: what it is, its tasks, and the services it provides.

use crate::components::localised::Localised;
use crate::components::status::with_dataset;
use crate::data::Dataset;
use crate::i18n::ui_language;
use crate::pages::not_found::NotFound;
use leptos::prelude::*;
use leptos_fluent::move_tr;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use std::sync::Arc;

#[component]
pub fn ActorPage() -> impl IntoView {
    let params = use_params_map();
    with_dataset(move |d| {
        let id = params.read().get("id").unwrap_or_default();
        match d.loaded.atlas.actor(&id) {
            Some(_) => view! { <Actor dataset=d id=id/> }.into_any(),
            None => view! { <NotFound/> }.into_any(),
        }
    })
}

#[component]
fn Actor(dataset: Arc<Dataset>, id: String) -> impl IntoView {
    let lang = ui_language();
    let atlas = &dataset.loaded.atlas;
    let actor = atlas.actor(&id).cloned().expect("checked by ActorPage");
    let services: Vec<_> = atlas.services.iter().filter(|s| s.provider.as_deref() == Some(id.as_str())).cloned().collect();
    view! {
        <article class="actor-page">
            <h1 id="page-title" tabindex="-1"><Localised text=actor.name.clone() lang=lang/></h1>
            {actor.description.clone().map(|d| view! { <p class="lead"><Localised text=d lang=lang/></p> })}
            {(!actor.tasks.is_empty()).then(|| view! {
                <h2>{move_tr!("actor-tasks")}</h2>
                <ul>{actor.tasks.iter().map(|t| view! { <li><Localised text=t.clone() lang=lang/></li> }).collect_view()}</ul>
            })}
            {actor.website.clone().filter(|w| atlas_core::load::is_web_url(w)).map(|w| view! {
                <p><a href=w.clone() rel="noopener noreferrer external">{move_tr!("actor-website")}</a></p>
            })}
            <h2>{move_tr!("actor-services")}</h2>
            {if services.is_empty() {
                view! { <p>{move_tr!("actor-no-services")}</p> }.into_any()
            } else {
                view! {
                    <ul>
                        {services.into_iter().map(|s| {
                            let sid = s.id.clone();
                            view! { <li><A href=move || format!("/{}/services/{}", lang.get(), sid)><Localised text=s.name lang=lang/></A></li> }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </article>
    }
}
