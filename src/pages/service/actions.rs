//! What a person does from a service's page: call, write or open the website
//! (buttons large enough for a thumb), get directions, share or print the page, and
//! report wrong information to whoever keeps the dataset.

use crate::i18n::{move_tr, tr};
use atlas_core::model::{Contact, Service};
use atlas_core::query::percent_encode;
use atlas_core::LocalisedText;
use leptos::prelude::*;

/// A `tel:` address: the number without spaces or hyphens.
pub fn tel_href(number: &str) -> String {
    format!(
        "tel:{}",
        number
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect::<String>()
    )
}

/// Call (the first number), e-mail and website, as buttons.
#[component]
pub fn ContactButtons(service: Service) -> impl IntoView {
    let phone = service.phones.first().map(|p| tel_href(&p.number));
    let email = service.email.clone().map(|e| format!("mailto:{e}"));
    let website = service.website.clone();
    (phone.is_some() || email.is_some() || website.is_some()).then(|| {
        view! {
            <ul class="action-buttons" data-testid="contact-buttons">
                {phone.map(|href| view! { <li><a class="button action" href=href>{move_tr!("action-call")}</a></li> })}
                {email.map(|href| view! { <li><a class="button action" href=href>{move_tr!("action-email")}</a></li> })}
                {website.map(|href| view! {
                    <li><a class="button action secondary" href=href rel="noopener noreferrer external">{move_tr!("action-website")}</a></li>
                })}
            </ul>
        }
    })
}

/// Directions to the service from wherever the person is: on foot and by car on
/// OpenStreetMap, by public transport in the national journey planner (Matka.fi),
/// each with the destination filled in and the start left to the person's device.
#[component]
pub fn Directions(service: Service, lang: Signal<&'static str>) -> impl IntoView {
    let (lat, lon) = (service.location.lat, service.location.lon);
    let osm = |engine: &str| {
        format!("https://www.openstreetmap.org/directions?engine={engine}&route=%3B{lat:.5}%2C{lon:.5}")
    };
    let foot = osm("fossgis_osrm_foot");
    let car = osm("fossgis_osrm_car");
    let name = service.name.clone();
    // Digitransit's route address: `POS` is "my position", the destination is "label::lat,lon".
    let transit = move || {
        format!(
            "https://opas.matka.fi/reitti/POS/{}::{lat:.5},{lon:.5}",
            percent_encode(name.get(lang.get()))
        )
    };
    view! {
        <ul class="directions" data-testid="directions">
            <li><a href=foot rel="noopener noreferrer external">{move_tr!("directions-foot")}</a></li>
            <li><a href=car rel="noopener noreferrer external">{move_tr!("directions-car")}</a></li>
            <li><a href=transit rel="noopener noreferrer external" data-testid="directions-transit">{move_tr!("directions-transit")}</a></li>
        </ul>
    }
}

/// Share (the system's share sheet where there is one, else the link copied, with a
/// visible confirmation) and print a one-page card.
#[component]
pub fn ShareAndPrint(name: LocalisedText, lang: Signal<&'static str>) -> impl IntoView {
    let status = RwSignal::new(None::<bool>);
    let share = move |_| {
        let url = crate::browser::location_href();
        let title = name.get(lang.get_untracked()).to_string();
        let copy_url = url.clone();
        crate::browser::share(&title, &url, move |shared| {
            if !shared {
                let copy_url = copy_url.clone();
                crate::browser::copy_text(&copy_url, move |ok| status.set(Some(ok)));
            }
        });
    };
    view! {
        <div class="page-actions">
            <button type="button" class="button secondary" data-testid="share" on:click=share>{move_tr!("action-share")}</button>
            <button type="button" class="button secondary" on:click=|_| crate::browser::print()>{move_tr!("action-print")}</button>
            <p class="action-status" role="status" data-testid="share-status">
                {move || match status.get() {
                    Some(true) => tr!("share-copied"),
                    Some(false) => tr!("share-copy-failed"),
                    None => String::new(),
                }}
            </p>
        </div>
    }
}

/// "Report wrong information": an e-mail to the dataset's contact (SPEC §1 `meta.contact`)
/// with the service's id and name filled in, or its web form; nothing when there is none.
#[component]
pub fn ReportProblem(
    service: Service,
    contact: Option<Contact>,
    lang: Signal<&'static str>,
) -> impl IntoView {
    let contact = contact?;
    let href = move || {
        let name = service.name.get(lang.get()).to_string();
        match (&contact.email, &contact.url) {
            (Some(email), _) => {
                let subject = tr!("report-subject", { "name" => name.clone() });
                let body = format!(
                    "{}\n{}\n\n{}\n",
                    tr!("report-body-service", { "name" => name, "id" => service.id.clone() }),
                    tr!("report-body-page", { "url" => crate::browser::location_href() }),
                    tr!("report-body-what"),
                );
                // Fluent's isolation marks are for screen text, not for an e-mail.
                let clean = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
                format!(
                    "mailto:{email}?subject={}&body={}",
                    percent_encode(&clean(subject)),
                    percent_encode(&clean(body))
                )
            }
            (None, Some(url)) => url.clone(),
            (None, None) => String::new(),
        }
    };
    Some(view! {
        <p class="report">
            <a href=href data-testid="report-problem" rel="noopener noreferrer">{move_tr!("report-problem")}</a>
        </p>
    })
}
