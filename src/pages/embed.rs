//! `/{lang}/embed`: the finder without the site's frame, for iframes on other
//! sites. Same component, same URL parameters (SPEC §3); the frame is EmbedLayout.

use crate::components::status::with_dataset;
use crate::pages::finder::Finder;
use leptos::prelude::*;

#[component]
pub fn EmbedPage() -> impl IntoView {
    with_dataset(|d| view! { <Finder dataset=d embedded=true/> })
}
