//! `/{lang}/programmes/{id}`: one programme: period, adoption, municipalities, responsible actor, document.

use crate::browser::format_date;
use crate::components::guards::with_record;
use crate::components::localised::{Localised, LocalisedParagraph, LocalisedTitle};
use crate::components::sources::Sources;
use crate::data::LoadedDataset;
use crate::i18n::move_tr;
use crate::i18n::{programme_kind_name, programme_status_name, ui_language};
use crate::state::use_today;
use leptos::prelude::*;
use leptos_router::components::A;
use std::sync::Arc;

#[component]
pub fn ProgrammePage() -> impl IntoView {
    with_record(
        |a, id| a.programme(id).cloned(),
        |d, x| view! { <Programme dataset=d programme=x/> },
    )
}

#[component]
fn Programme(dataset: Arc<LoadedDataset>, programme: atlas_core::model::Programme) -> impl IntoView {
    let lang = ui_language();
    let today = use_today();
    let atlas = &dataset.loaded.atlas;
    let p = programme;
    let responsible = p
        .responsible
        .as_deref()
        .and_then(|r| atlas.actor(r))
        .map(|a| (a.id.clone(), a.name.clone()));
    let municipalities: Vec<_> = p
        .municipalities
        .iter()
        .filter_map(|c| atlas.municipality(c))
        .map(|m| m.name.clone())
        .collect();
    let kind = p.kind.clone();
    let p_status = p.clone();
    let status = move || p_status.status_on(today.get());
    let period = p.period.clone();
    let adopted = p.adopted.clone();
    crate::state::use_page_title({
        let title = p.title.clone();
        move || title.get(lang.get()).to_string()
    });
    view! {
        <article class="programme-page">
            <p class="breadcrumb"><A exact=true href=move || crate::state::list_href(lang.get(), crate::state::ListPage::Programmes)>{move_tr!("back-to-programmes")}</A></p>
            <LocalisedTitle text=p.title.clone() lang=lang/>
            {p.illustrative.then(|| view! { <p class="sample-inline" data-testid="illustrative-notice">{move_tr!("illustrative-text")}</p> })}
            {p.summary.clone().map(|s| view! { <LocalisedParagraph text=s lang=lang class="lead"/> })}
            <dl class="facts">
                <dt>{move_tr!("programmes-kind")}</dt><dd>{move || programme_kind_name(&kind)}</dd>
                <dt>{move_tr!("programmes-status")}</dt><dd data-testid="programme-status">{move || programme_status_name(status())}</dd>
                {period.map(|per| view! {
                    <dt>{move_tr!("programme-period")}</dt>
                    <dd>{move || format!("{} – {}", per.start.map(|d| format_date(d, lang.get())).unwrap_or_default(), per.end.map(|d| format_date(d, lang.get())).unwrap_or_default())}</dd>
                })}
                {adopted.map(|a| view! {
                    <dt>{move_tr!("programme-adopted")}</dt>
                    <dd>
                        {a.by.map(|b| view! { <Localised text=b lang=lang/>" " })}
                        {a.date.map(|d| view! { <span>{move || format_date(d, lang.get())}</span> })}
                    </dd>
                })}
                {responsible.map(|(rid, name)| view! {
                    <dt>{move_tr!("programme-responsible")}</dt>
                    <dd><A href=move || format!("/{}/actors/{}", lang.get(), rid)><Localised text=name lang=lang/></A></dd>
                })}
                {p.url.clone().filter(|u| atlas_core::rules::is_web_url(u)).map(|u| view! {
                    <dt>{move_tr!("programme-document")}</dt>
                    <dd><a href=u.clone() rel="noopener noreferrer external"><bdi dir="ltr">{u.clone()}</bdi></a></dd>
                })}
            </dl>
            {(!municipalities.is_empty()).then(|| view! {
                <h2>{move_tr!("programme-municipalities")}</h2>
                <ul class="columns">{municipalities.into_iter().map(|n| view! { <li><Localised text=n lang=lang/></li> }).collect_view()}</ul>
            })}
            <Sources sources=p.sources.clone() illustrative=p.illustrative/>
            <p><A href=move || format!("/{}/legislation", lang.get())>{move_tr!("nav-legislation")}</A></p>
        </article>
    }
}
