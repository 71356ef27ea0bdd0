//! The router and the app shell. Routes follow SPEC §3: the UI language is the first segment.

use crate::components::layout::{EmbedLayout, Layout};
use crate::data::{provide_data, use_data, DataState};
use crate::i18n::{is_ui_language, I18nProvider};
use crate::pages::{accessibility::AccessibilityPage, actor::ActorPage, actors::ActorsPage, data::DataPage, embed::EmbedPage, embed_code::EmbedCodePage, network::NetworkPage, legislation::LegislationPage, programme::ProgrammePage, programmes::ProgrammesPage, finder::FinderPage, not_found::NotFound, service::ServicePage};
use atlas_core::LatLon;
use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::{path, NavigateOptions};

/// The person's position from "near me": in memory only, never in a URL or storage.
#[derive(Clone, Copy)]
pub struct MyPosition(pub RwSignal<Option<LatLon>>);

/// Finnish local time now, refreshed every minute (for "open now").
#[derive(Clone, Copy)]
pub struct Clock(pub RwSignal<f64>);

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
    provide_context(MyPosition(RwSignal::new(None)));
    let clock = RwSignal::new(crate::browser::now_ms());
    let _ = set_interval_with_handle(move || clock.set(crate::browser::now_ms()), std::time::Duration::from_secs(60));
    provide_context(Clock(clock));
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
    nav.languages().iter().filter_map(|l| l.as_string()).find_map(|l| {
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
            (None, DataState::Ready(d)) if is_ui_language(&d.config.default_language) => d.config.default_language.clone(),
            (None, DataState::Loading) => return false,
            _ => "fi".to_string(),
        };
        let q = crate::components::layout::query_suffix(&search);
        navigate(&format!("/{lang}/{q}"), NavigateOptions { replace: true, ..Default::default() });
        true
    });
    view! { <crate::components::status::Loading/> }
}

/// Replaces the current page's query string (`?a=b`, or "" for none): filter
/// state lives in the URL, so every filter control writes through this.
pub fn use_set_search() -> impl Fn(String, bool) + Clone + Send + Sync + 'static {
    let navigate = use_navigate();
    let location = use_location();
    move |search: String, replace: bool| {
        let path = location.pathname.get_untracked();
        // A `?data=` link's dataset stays chosen while the person filters, so a reload shows the same.
        let data = location.query.with_untracked(|q| q.get("data"));
        let search = match data {
            Some(d) => {
                let own = format!("data={}", atlas_core::query::percent_encode(&d));
                if search.is_empty() { format!("?{own}") } else { format!("{search}&{own}") }
            }
            None => search,
        };
        navigate(&format!("{path}{search}"), NavigateOptions { replace, scroll: false, ..Default::default() });
    }
}

/// A page's URL state (SPEC §3), and a setter that edits it and writes it back
/// (`replace` for typing, push for choices). The setter is Copy, so every control can hold it.
#[allow(clippy::type_complexity)] // the setter's signature is the type; an alias would hide it
pub fn use_url_state<Q>() -> (Memo<Q>, impl Fn(&dyn Fn(&mut Q), bool) + Copy + Send + Sync + 'static)
where
    Q: atlas_core::UrlState + Clone + PartialEq + Send + Sync + 'static,
{
    let query_map = use_query_map();
    let query = Memo::new(move |_| query_map.with(|m| Q::from_pairs(m)));
    let set_search = StoredValue::new(use_set_search());
    let set = move |edit: &dyn Fn(&mut Q), replace: bool| {
        let mut q = query.get_untracked();
        edit(&mut q);
        set_search.with_value(|s| s(q.to_query_string(), replace));
    };
    (query, set)
}

/// Today in Finland, from the shared clock.
pub fn use_today() -> Signal<atlas_core::time::Date> {
    let clock = expect_context::<Clock>().0;
    Signal::derive(move || atlas_core::time::helsinki_time(clock.get()).date)
}
