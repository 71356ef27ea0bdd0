//! `/{lang}/services/{id}`: one service, every field of SPEC §1, and what a person
//! does next: call, write, go there (on foot, by car, by public transport), share,
//! print, or report wrong information.

mod actions;

use crate::browser::{format_date, language_name_in_text};
use crate::components::guards::with_record;
use crate::components::hours::OpeningHoursView;
use crate::components::localised::{Localised, LocalisedParagraph, LocalisedTitle};
use crate::components::places_map::PlacesMap;
use crate::components::sources::Sources;
use crate::data::LoadedDataset;
use crate::i18n::move_tr;
use crate::i18n::{
    appointment_name, area_kind_name, channel_name, group_name, join_list, topic_name, ui_language,
    wheelchair_name,
};
use crate::state::{finder_href, use_today, Clock};
use actions::{ContactButtons, Directions, ReportProblem, ShareAndPrint};
use atlas_core::model::{Service, Wheelchair};
use atlas_core::time::helsinki_time;
use leptos::prelude::*;
use leptos_router::components::A;
use std::sync::Arc;

#[component]
pub fn ServicePage() -> impl IntoView {
    with_record(
        |a, id| a.service_index(id),
        |d, x| view! { <FullService dataset=d index=x/> },
    )
}

/// The service's full record. Read from a pack, the list's part of it (name, address, hours,
/// languages) shows at once and the rest (description, contact details, accessibility) comes
/// from the pack's shard; if it cannot, the page says so and offers to try again.
#[component]
fn FullService(dataset: Arc<LoadedDataset>, index: usize) -> impl IntoView {
    let listed = dataset.loaded.atlas.services[index].clone();
    if dataset.pack.is_none() {
        return view! { <Service dataset=dataset index=index record=listed/> }.into_any();
    }
    // None while it loads; then the record, or None when it could not be had.
    let full = RwSignal::new(None::<Option<Service>>);
    let d = dataset.clone();
    let load = Callback::new(move |()| {
        full.set(None);
        let d = d.clone();
        leptos::task::spawn_local(async move {
            // The page may have been left meanwhile.
            let _ = full.try_set(Some(crate::data::full_service(&d, index).await));
        });
    });
    load.run(());
    let status = move || {
        match full.get() {
        None => Some(
            view! {
                <p class="pack-status" role="status" data-testid="details-loading">
                    {move_tr!("service-details-loading")}
                </p>
            }
            .into_any(),
        ),
        Some(None) => Some(
            view! {
                <p class="pack-status" role="alert" data-testid="details-failed">
                    {move_tr!("service-details-failed")}" "
                    <button type="button" class="button secondary" on:click=move |_| load.run(())>{move_tr!("retry")}</button>
                </p>
            }
            .into_any(),
        ),
        Some(Some(_)) => None,
    }
    };
    let record = move || {
        let shown = full.get().flatten().unwrap_or_else(|| listed.clone());
        // The page's title keeps the focus it had (the router gives it on arrival) when the
        // full record replaces the listed one.
        if crate::browser::active_element_id().as_deref() == Some("page-title") {
            crate::browser::after_paint(|| crate::browser::focus_by_id("page-title"));
        }
        view! { <Service dataset=dataset.clone() index=index record=shown>{status}</Service> }
    };
    record.into_any()
}

/// `children`: what the page says about the record under its title (a pack's details on
/// their way, or not to be had).
#[component]
fn Service(
    dataset: Arc<LoadedDataset>,
    index: usize,
    record: Service,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let lang = ui_language();
    let atlas = &dataset.loaded.atlas;
    let s = record;
    let municipality = atlas.service_municipality(index).clone();
    let provider = s.provider.as_ref().and_then(|p| atlas.actor(p)).cloned();
    // The areas the municipality belongs to today: former ones (ELY Centres) by their dates.
    let areas: Vec<_> = atlas
        .areas_of_on(&municipality, use_today().get_untracked())
        .into_iter()
        .cloned()
        .collect();
    let hours = atlas.opening_hours(index).cloned();
    let clock = expect_context::<Clock>().0;
    let now = Signal::derive(move || helsinki_time(clock.get()));
    let languages = s.languages.clone();
    let address = s.address.clone();
    let place = atlas.address_place(index).clone();

    crate::state::use_page_title({
        let name = s.name.clone();
        move || name.get(lang.get()).to_string()
    });
    view! {
        <article class="service-page">
            <p class="breadcrumb"><A exact=true href=move || finder_href(lang.get()) attr:data-testid="back-to-results">{move_tr!("back-to-results")}</A></p>
            <LocalisedTitle text=s.name.clone() lang=lang/>
            {children.map(|c| c())}
            {s.illustrative.then(|| view! { <p class="sample-inline" data-testid="illustrative-notice">{move_tr!("illustrative-text")}</p> })}
            {s.description.clone().map(|d| view! { <LocalisedParagraph text=d lang=lang class="lead"/> })}
            <ContactButtons service=s.clone()/>
            <PlacesMap dataset=dataset.clone() places=vec![s.location] max_zoom=15/>

            <section aria-labelledby="contact-h">
                <h2 id="contact-h">{move_tr!("service-contact")}</h2>
                <dl class="facts">
                    <dt>{move_tr!("service-address")}</dt>
                    <dd>
                        {address.clone().and_then(|a| a.street).map(|st| view! { <Localised text=st lang=lang/><br/> })}
                        {address.as_ref().and_then(|a| a.postal_code.clone()).map(|p| view! { <bdi dir="ltr">{p}</bdi>" " })}
                        <Localised text=place lang=lang/>
                    </dd>
                    <dt class="directions-entry">{move_tr!("service-directions")}</dt>
                    <dd class="directions-entry"><Directions service=s.clone() lang=lang/></dd>
                    {(!s.phones.is_empty()).then(|| view! {
                        <dt>{move_tr!("service-phone")}</dt>
                        <dd>
                            <ul class="plain">
                                {s.phones.iter().map(|p| view! {
                                    <li>
                                        <a href=actions::tel_href(&p.number)><bdi dir="ltr">{p.number.clone()}</bdi></a>
                                        // The note and its brackets isolated together: in Arabic, an English note's brackets
                                        // would otherwise fall apart around the number.
                                        {p.info.clone().map(|i| view! { " "<bdi>"("<Localised text=i lang=lang/>")"</bdi> })}
                                    </li>
                                }).collect_view()}
                            </ul>
                        </dd>
                    })}
                    {s.email.clone().map(|e| view! {
                        <dt>{move_tr!("service-email")}</dt>
                        <dd><a href=format!("mailto:{e}")><bdi dir="ltr">{e.clone()}</bdi></a></dd>
                    })}
                    {s.website.clone().map(|w| view! {
                        <dt>{move_tr!("service-website")}</dt>
                        <dd><a href=w.clone() rel="noopener noreferrer external"><bdi dir="ltr">{w.clone()}</bdi></a></dd>
                    })}
                </dl>
            </section>

            <section aria-labelledby="hours-h">
                <h2 id="hours-h">{move_tr!("service-hours")}</h2>
                {match (hours, s.opening_hours.clone()) {
                    (Some(h), _) => view! { <OpeningHoursView hours=h now=now/> }.into_any(),
                    (None, Some(raw)) => view! { <p>{raw}</p> }.into_any(),
                    (None, None) => view! { <p>{move_tr!("service-hours-unknown")}</p> }.into_any(),
                }}
                {s.appointment.map(|a| view! { <p>{move || appointment_name(a)}</p> })}
            </section>

            <section aria-labelledby="details-h">
                <h2 id="details-h">{move_tr!("service-details")}</h2>
                <dl class="facts">
                    <dt>{move_tr!("service-languages")}</dt>
                    <dd data-testid="service-languages">{move || {
                        let ui = lang.get();
                        join_list(languages.iter().map(|l| language_name_in_text(l, ui)))
                    }}</dd>
                    {(!s.channels.is_empty()).then(|| {
                        let c = s.channels.clone();
                        view! { <dt>{move_tr!("service-channels")}</dt><dd>{move || join_list(c.iter().map(|&x| channel_name(x)))}</dd> }
                    })}
                    {(!s.topics.is_empty()).then(|| {
                        let t = s.topics.clone();
                        view! { <dt>{move_tr!("service-topics")}</dt><dd>{move || join_list(t.iter().map(|x| topic_name(x)))}</dd> }
                    })}
                    {(!s.target_groups.is_empty()).then(|| {
                        let g = s.target_groups.clone();
                        view! { <dt>{move_tr!("service-groups")}</dt><dd>{move || join_list(g.iter().map(|x| group_name(x)))}</dd> }
                    })}
                    {s.accessibility.clone().map(|a| {
                        let w = a.wheelchair.unwrap_or(Wheelchair::Unknown);
                        view! {
                            <dt>{move_tr!("service-accessibility")}</dt>
                            <dd>{move || wheelchair_name(w)}{a.info.clone().map(|i| view! { <br/><Localised text=i lang=lang/> })}</dd>
                        }
                    })}
                    <dt>{move_tr!("service-municipality")}</dt>
                    <dd><Localised text=municipality.name.clone() lang=lang/></dd>
                    {areas.into_iter().map(|a| {
                        let kind = a.kind.clone();
                        view! { <dt>{move || area_kind_name(&kind)}</dt><dd><Localised text=a.name lang=lang/></dd> }
                    }).collect_view()}
                    {provider.map(|p| {
                        let id = p.id.clone();
                        view! {
                            <dt>{move_tr!("service-provider")}</dt>
                            <dd><A href=move || format!("/{}/actors/{}", lang.get(), id)><Localised text=p.name lang=lang/></A></dd>
                        }
                    })}
                    {s.last_verified.map(|d| {
                        view! {
                            <dt>{move_tr!("service-verified")}</dt>
                            <dd><time datetime=d.to_string()>{move || format_date(d, lang.get())}</time></dd>
                        }
                    })}
                </dl>
            </section>
            // A service's facts are checked by `last_verified`; its sources show when it names any.
            {(!s.sources.is_empty() || s.illustrative).then(|| view! { <Sources sources=s.sources.clone() illustrative=s.illustrative/> })}
            <ShareAndPrint name=s.name.clone() lang=lang/>
            <ReportProblem service=s.clone() contact=atlas.meta.contact.clone() lang=lang/>
        </article>
    }
}
