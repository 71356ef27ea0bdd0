//! `/{lang}/embed`: the finder without the site's frame, for iframes on other
//! sites. Same component, same URL parameters (SPEC §3), and `controls=`
//! (all, search or none) for how much of the filters the host wants shown.

use crate::components::guards::with_dataset;
use crate::pages::finder::Finder;
use atlas_core::embed::Controls;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn EmbedPage() -> impl IntoView {
    let controls = Controls::parse(use_query_map().get_untracked().get("controls").as_deref());
    with_dataset(move |d| view! { <Finder dataset=d embedded=true controls=controls/> })
}
