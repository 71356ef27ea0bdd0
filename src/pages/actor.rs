//! `/{lang}/actors/{id}`: one actor: tasks, area on a small map, municipalities,
//! relations both ways, services, programmes, and predecessors and successors.

use crate::browser::format_date;
use crate::components::guards::with_record;
use crate::components::localised::{Localised, LocalisedItem, LocalisedParagraph, LocalisedTitle};
use crate::components::places_map::PlacesMap;
use crate::components::sources::Sources;
use crate::data::LoadedDataset;
use crate::i18n::{actor_kind_name, level_name, relation_name, ui_language};
use crate::i18n::{move_tr, tr};
use crate::state::use_today;
use atlas_core::structure::{Link, LinksOn};
use atlas_core::time::Date;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;
use std::sync::Arc;

#[component]
pub fn ActorPage() -> impl IntoView {
    with_record(
        |a, id| a.actor_position(id),
        |d, x| view! { <Actor dataset=d index=x/> },
    )
}

/// A link to another actor, with its name in the UI language, of the same day (`?at=`) as this
/// page: a person going through the structure as it stood on a day stays on that day.
fn actor_link(
    dataset: &LoadedDataset,
    i: usize,
    lang: Signal<&'static str>,
    at: Option<Date>,
) -> impl IntoView {
    let a = &dataset.loaded.atlas.actors[i];
    let (id, name) = (a.id.clone(), a.name.clone());
    let at = at.map(|d| format!("?at={d}")).unwrap_or_default();
    let href = move || format!("/{}/actors/{id}{at}", lang.get());
    view! { <A href=href><Localised text=name lang=lang/></A> }
}

/// When an actor was there, in words: "from 1 Jan 2015", "until 31 Dec 2024", or both dates;
/// "" when the data gives neither.
fn dates(from: Option<Date>, to: Option<Date>, lang: &str) -> String {
    match (
        from.map(|d| format_date(d, lang)),
        to.map(|d| format_date(d, lang)),
    ) {
        (None, None) => String::new(),
        (Some(f), None) => tr!("actor-period-from", { "date" => f }),
        (None, Some(t)) => tr!("actor-period-until", { "date" => t }),
        (Some(f), Some(t)) => tr!("actor-period", { "from" => f, "to" => t }),
    }
}

/// The actor's relations as they stood on the page's day (`?at=`, from the actor list, or today;
/// a former actor's last day), then the ones of other times, each with the other actor's dates.
fn relations(dataset: &LoadedDataset, index: usize, at: Option<Date>, today: Date) -> Option<impl IntoView> {
    let lang = ui_language();
    let atlas = &dataset.loaded.atlas;
    let day = atlas.actors[index].nearest_day_of_life(at.unwrap_or(today));
    let LinksOn { held, other_times } = atlas.links_on(index, day);
    if held.is_empty() && other_times.is_empty() {
        return None;
    }
    let items = |links: Vec<Link>, with_dates: bool| {
        links
            .into_iter()
            .map(|l| {
                let kind = l.kind;
                let other = &atlas.actors[l.other];
                let (f, t) = (other.valid_from, other.valid_to);
                view! {
                    <li>
                        <span class="relation">{move || relation_name(kind, l.incoming)}</span>": "{actor_link(dataset, l.other, lang, at)}
                        {with_dates.then(|| view! { " "<span class="dates">{move || dates(f, t, lang.get())}</span> })}
                    </li>
                }
            })
            .collect_view()
    };
    // Only when some relations were of other times does the page say which day the others are of.
    let on_day = (!other_times.is_empty() && !held.is_empty()).then(
        || view! { <h3>{move || tr!("actor-relations-on", { "date" => format_date(day, lang.get()) })}</h3> },
    );
    Some(view! {
        <h2>{move_tr!("actor-relations")}</h2>
        {on_day}
        {(!held.is_empty()).then(|| view! { <ul class="relations" data-testid="relations-held">{items(held, false)}</ul> })}
        {(!other_times.is_empty()).then(|| view! {
            <h3>{move_tr!("actor-relations-other-times")}</h3>
            <ul class="relations" data-testid="relations-other-times">{items(other_times, true)}</ul>
        })}
    })
}

#[component]
fn Actor(dataset: Arc<LoadedDataset>, index: usize) -> impl IntoView {
    let lang = ui_language();
    let today = use_today();
    // The day of the actor list the person came from (`?at=`); none is today.
    let at = use_query_map().with_untracked(|q| q.get_str("at").and_then(Date::parse));
    let atlas = &dataset.loaded.atlas;
    let actor = atlas.actors[index].clone();
    let municipalities = atlas.actor_municipalities(&actor);
    let places = municipalities
        .iter()
        .map(|&m| atlas.municipalities[m].location)
        .collect::<Vec<_>>();
    let municipality_names: Vec<_> = municipalities
        .iter()
        .map(|&m| atlas.municipalities[m].name.clone())
        .collect();
    let municipality_count = municipalities.len();
    let predecessors = atlas.predecessors(index);
    let successors: Vec<usize> = actor
        .successors
        .iter()
        .filter_map(|s| atlas.actor_position(s))
        .collect();
    let services: Vec<_> = atlas
        .services_of_provider(&actor.id)
        .map(|s| (s.id.clone(), s.name.clone()))
        .collect();
    let programmes: Vec<_> = atlas
        .programmes_of(&actor.id)
        .map(|p| (p.id.clone(), p.title.clone()))
        .collect();
    let area = actor
        .area
        .as_deref()
        .and_then(|a| atlas.area(a))
        .map(|a| a.name.clone());
    let ds_ended = dataset.clone();
    let ended = move || ds_ended.loaded.atlas.actors[index].has_ended_by(today.get());
    let (kind, level) = (actor.kind, actor.level);
    let period = {
        let (f, t) = (actor.valid_from, actor.valid_to);
        move || dates(f, t, lang.get())
    };
    let ds = dataset.clone();
    let timeline_item = move |i: usize| {
        let a = &ds.loaded.atlas.actors[i];
        let (f, t) = (a.valid_from, a.valid_to);
        view! { <li>{actor_link(&ds, i, lang, at)}" "<span class="dates">{move || dates(f, t, lang.get())}</span></li> }
    };
    let timeline_item2 = timeline_item.clone();
    let has_timeline = !predecessors.is_empty() || !successors.is_empty();
    let ds_succ = dataset.clone();
    let succ_for_notice = successors.clone();

    crate::state::use_page_title({
        let name = actor.name.clone();
        move || name.get(lang.get()).to_string()
    });
    view! {
        <article class="actor-page">
            <p class="breadcrumb"><A exact=true href=move || crate::state::list_href(lang.get(), crate::state::ListPage::Actors)>{move_tr!("back-to-actors")}</A></p>
            <LocalisedTitle text=actor.name.clone() lang=lang/>
            <p class="actor-kind">
                {move || level_name(level)}" · "{move || actor_kind_name(kind)}
                {move || Some(period()).filter(|p| !p.is_empty()).map(|p| view! { " · "<span class="dates">{p}</span> })}
            </p>
            {move || ended().then(|| {
                let ds = ds_succ.clone();
                let succ = succ_for_notice.clone();
                view! {
                    <p class="former-notice" role="note" data-testid="former-notice">
                        {move_tr!("actor-ended")}" "
                        {succ.iter().map(|&s| view! { {actor_link(&ds, s, lang, at)}" " }).collect_view()}
                    </p>
                }
            })}
            {actor.illustrative.then(|| view! { <p class="sample-inline" data-testid="illustrative-notice">{move_tr!("illustrative-text")}</p> })}
            {actor.description.clone().map(|d| view! { <LocalisedParagraph text=d lang=lang class="lead"/> })}
            {(!actor.tasks.is_empty()).then(|| view! {
                <h2>{move_tr!("actor-tasks")}</h2>
                <ul>{actor.tasks.iter().map(|t| view! { <LocalisedItem text=t.clone() lang=lang/> }).collect_view()}</ul>
            })}
            {actor.website.clone().filter(|w| atlas_core::rules::is_web_url(w)).map(|w| view! {
                <p><a href=w.clone() rel="noopener noreferrer external">{move_tr!("actor-website")}</a></p>
            })}

            {(!municipalities.is_empty()).then(|| view! {
                <h2>{move_tr!("actor-area")}</h2>
                {area.map(|a| view! { <p><Localised text=a lang=lang/></p> })}
                <PlacesMap dataset=dataset.clone() places=places/>
                <details>
                    <summary>{move || tr!("actor-municipalities", { "count" => municipality_count })}</summary>
                    <ul class="columns">{municipality_names.iter().map(|n| view! { <li><Localised text=n.clone() lang=lang/></li> }).collect_view()}</ul>
                </details>
            })}

            {has_timeline.then(|| view! {
                <h2>{move_tr!("actor-timeline")}</h2>
                {(!predecessors.is_empty()).then(|| view! {
                    <h3>{move_tr!("actor-predecessors")}</h3>
                    <ul class="timeline">{predecessors.iter().map(|&i| timeline_item(i)).collect_view()}</ul>
                })}
                {(!successors.is_empty()).then(|| view! {
                    <h3>{move_tr!("actor-successors")}</h3>
                    <ul class="timeline" data-testid="successors">{successors.iter().map(|&i| timeline_item2(i)).collect_view()}</ul>
                })}
            })}

            {relations(&dataset, index, at, today.get_untracked())}

            <h2>{move_tr!("actor-services")}</h2>
            {if services.is_empty() {
                view! { <p>{move_tr!("actor-no-services")}</p> }.into_any()
            } else {
                view! {
                    <ul>{services.into_iter().map(|(id, name)| view! {
                        <li><A href=move || format!("/{}/services/{}", lang.get(), id)><Localised text=name lang=lang/></A></li>
                    }).collect_view()}</ul>
                }.into_any()
            }}
            {(!programmes.is_empty()).then(|| view! {
                <h2>{move_tr!("actor-programmes")}</h2>
                <ul>{programmes.into_iter().map(|(id, title)| view! {
                    <li><A href=move || format!("/{}/programmes/{}", lang.get(), id)><Localised text=title lang=lang/></A></li>
                }).collect_view()}</ul>
            })}
            <Sources sources=actor.sources.clone() illustrative=actor.illustrative/>
            <p><A href=move || format!("/{}/legislation", lang.get())>{move_tr!("nav-legislation")}</A></p>
        </article>
    }
}
