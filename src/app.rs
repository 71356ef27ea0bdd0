//! The router and the app shell. Routes follow SPEC §3: the UI language is the first segment.

use crate::components::layout::{EmbedLayout, Layout};
use crate::components::not_found::NotFound;
use crate::data::{provide_data, use_data, DataState};
use crate::i18n::{is_ui_language, I18nProvider};
use crate::pages::{
    accessibility::AccessibilityPage, actor::ActorPage, actors::ActorsPage, data::DataPage, embed::EmbedPage,
    embed_code::EmbedCodePage, finder::FinderPage, legislation::LegislationPage, network::NetworkPage,
    programme::ProgrammePage, programmes::ProgrammesPage, service::ServicePage,
};
use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::{path, NavigateOptions};

#[component]
pub fn App() -> impl IntoView {
    view! {
        <I18nProvider>
            <Router>
                <Shell/>
            </Router>
        </I18nProvider>
    }
}

#[component]
fn Shell() -> impl IntoView {
    let data_param = use_query_map().get_untracked().get("data");
    provide_data(data_param);
    crate::state::provide_app_state();
    view! {
        <Routes fallback=|| view! { <NotFound/> }>
            <Route path=path!("/") view=RootRedirect/>
            // The embed has no site frame: its own parent route, before the framed ones.
            <ParentRoute path=path!("/:lang/embed") view=EmbedLayout>
                <Route path=path!("") view=EmbedPage/>
            </ParentRoute>
            <ParentRoute path=path!("/:lang") view=Layout>
                <Route path=path!("") view=FinderPage/>
                <Route path=path!("services/:id") view=ServicePage/>
                <Route path=path!("actors") view=ActorsPage/>
                <Route path=path!("actors/:id") view=ActorPage/>
                <Route path=path!("programmes") view=ProgrammesPage/>
                <Route path=path!("programmes/:id") view=ProgrammePage/>
                <Route path=path!("legislation") view=LegislationPage/>
                <Route path=path!("network") view=NetworkPage/>
                <Route path=path!("embed-code") view=EmbedCodePage/>
                <Route path=path!("data") view=DataPage/>
                <Route path=path!("accessibility") view=AccessibilityPage/>
                // Unknown pages under a language still get the frame in that language.
                <Route path=path!("*any") view=NotFound/>
            </ParentRoute>
        </Routes>
    }
}

/// The first UI language among the browser's preferred ones.
fn browser_language() -> Option<&'static str> {
    let nav = web_sys::window()?.navigator();
    let ours = crate::i18n::ui_languages();
    nav.languages()
        .iter()
        .filter_map(|l| l.as_string())
        .find_map(|l| {
            let primary = l.split('-').next().unwrap_or("").to_ascii_lowercase();
            ours.iter().copied().find(|u| *u == primary)
        })
}

/// `/` sends the visitor to the browser's preferred language, else the configured default.
#[component]
fn RootRedirect() -> impl IntoView {
    let navigate = use_navigate();
    let search = use_location().search.get_untracked();
    let data = use_data();
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        let lang = match (browser_language(), data.state.get()) {
            (Some(l), _) => l.to_string(),
            (None, DataState::Ready(d)) if is_ui_language(&d.config.default_language) => {
                d.config.default_language.clone()
            }
            (None, DataState::Loading) => return false,
            _ => "fi".to_string(),
        };
        let q = crate::state::query_suffix(&search);
        navigate(
            &format!("/{lang}/{q}"),
            NavigateOptions {
                replace: true,
                ..Default::default()
            },
        );
        true
    });
    view! { <crate::components::loading::Loading/> }
}
