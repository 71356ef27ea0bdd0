//! `/{lang}/accessibility`: the accessibility statement Finnish law requires of
//! public-sector sites (Act on the Provision of Digital Services 306/2019): the
//! feedback channel is the deployment's `contact` (config.json, SPEC §2), then the
//! enforcement procedure with the supervisory authority as it stands in 2026.

use crate::data::use_data;
use crate::i18n::ui_language;
use crate::i18n::{move_tr, tr};
use leptos::prelude::*;

/// The supervisory authority's site for the public (its Swedish address for Swedish).
fn authority_site(ui: &str) -> &'static str {
    match ui {
        "sv" => "https://www.tillganglighetskrav.fi",
        _ => "https://www.saavutettavuusvaatimukset.fi",
    }
}

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    crate::state::use_page_title(move || tr!("a11y-title"));
    let data = use_data();
    let lang = ui_language();
    // Read before the dataset: the statement does not wait for it, nor fail with it.
    let contact = move || data.config.get().and_then(|c| c.contact);
    let feedback = move || match contact() {
        Some(c) => {
            let email = c.email.map(|e| {
                let href = format!("mailto:{e}");
                view! { <li>{move_tr!("a11y-contact-email")}": "<a href=href data-testid="a11y-email"><bdi dir="ltr">{e}</bdi></a></li> }
            });
            let url = c.url.map(|u| {
                let href = u.clone();
                view! { <li>{move_tr!("a11y-contact-url")}": "<a href=href rel="noopener noreferrer external" data-testid="a11y-url"><bdi dir="ltr">{u}</bdi></a></li> }
            });
            view! { <ul class="contact" data-testid="a11y-contact">{email}{url}</ul> }.into_any()
        }
        None => view! { <p class="hint" data-testid="a11y-no-contact">{move_tr!("a11y-no-contact")}</p> }
            .into_any(),
    };
    let site = move || authority_site(lang.get());
    let site_text = move || site().trim_start_matches("https://www.").to_string();
    view! {
        <article class="statement-page">
            <h1 id="page-title" tabindex="-1">{move_tr!("a11y-title")}</h1>
            <p class="lead">{move_tr!("a11y-intro")}</p>
            <h2>{move_tr!("a11y-status-title")}</h2>
            <p>{move_tr!("a11y-status")}</p>
            <h2>{move_tr!("a11y-known-title")}</h2>
            <ul>
                <li>{move_tr!("a11y-known-map")}</li>
                <li>{move_tr!("a11y-known-translations")}</li>
                <li>{move_tr!("a11y-known-data")}</li>
            </ul>
            <h2>{move_tr!("a11y-feedback-title")}</h2>
            <p>{move_tr!("a11y-feedback")}</p>
            {feedback}
            <h2>{move_tr!("a11y-enforcement-title")}</h2>
            <p>{move_tr!("a11y-enforcement")}</p>
            <p data-testid="a11y-authority">
                {move_tr!("a11y-enforcement-2026")}" "
                <a href=site rel="noopener noreferrer external">{site_text}</a>
            </p>
            <p class="hint">{move_tr!("a11y-date")}</p>
        </article>
    }
}
