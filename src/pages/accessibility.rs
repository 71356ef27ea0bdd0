//! `/{lang}/accessibility`: the accessibility statement Finnish law requires of
//! public-sector sites (Act on the Provision of Digital Services 306/2019).

use leptos::prelude::*;
use leptos_fluent::{move_tr, tr};

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    crate::state::use_page_title(move || tr!("a11y-title"));
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
            <h2>{move_tr!("a11y-enforcement-title")}</h2>
            <p>{move_tr!("a11y-enforcement")}" "<a href="https://www.webbisaavutettavuus.fi" rel="noopener noreferrer external">"webbisaavutettavuus.fi"</a></p>
            <p class="hint">{move_tr!("a11y-date")}</p>
        </article>
    }
}
