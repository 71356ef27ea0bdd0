//! What every page shares and that outlives a page: the person's position, the
//! clock, the way back to the finder as it was, the page title, and the hooks that
//! read and write a page's state in the URL. Pages and components depend on this
//! module; it depends on nothing of theirs.

use atlas_core::LatLon;
use leptos::prelude::*;
use leptos_fluent::tr;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::NavigateOptions;

/// The person's position from "near me": in memory only, never in a URL or storage.
#[derive(Clone, Copy)]
pub struct MyPosition(pub RwSignal<Option<LatLon>>);

/// Finnish local time now, refreshed every minute (for "open now").
#[derive(Clone, Copy)]
pub struct Clock(pub RwSignal<f64>);

/// The finder as the person left it: its query string, how many results were shown
/// and where the page was scrolled, so that "back" (the browser's or the service
/// page's link) returns to the list as it was. In memory only.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FinderReturn {
    /// The finder's query string (`?…` or ""), without the language.
    pub search: String,
    pub shown: usize,
    pub window_y: f64,
    pub list_y: i32,
    /// The first entry in sight (its service) and the top of its box on the screen: entries
    /// never seen were laid out at an estimated height (`content-visibility`), so the scroll
    /// offsets alone land near the place, and this puts the entry back exactly where it was.
    pub anchor: Option<(usize, f64)>,
}

#[derive(Clone, Copy)]
pub struct LastFinder(pub StoredValue<Option<FinderReturn>>);

/// Provides the app-wide state; the shell calls it once.
pub fn provide_app_state() {
    provide_context(MyPosition(RwSignal::new(None)));
    let clock = RwSignal::new(crate::browser::now_ms());
    let _ = set_interval_with_handle(
        move || clock.set(crate::browser::now_ms()),
        std::time::Duration::from_secs(60),
    );
    provide_context(Clock(clock));
    provide_context(LastFinder(StoredValue::new(None)));
}

/// The finder's address with the filters the person last used there.
pub fn finder_href(lang: &str) -> String {
    let search = use_context::<LastFinder>()
        .and_then(|l| l.0.get_value())
        .map(|r| r.search)
        .unwrap_or_default();
    format!("/{lang}/{search}")
}

/// Sets the document's title to "`title` – app name" whenever `title` changes (WCAG 2.4.2).
/// The layout's route announcer reads it out after a navigation.
pub fn use_page_title(title: impl Fn() -> String + Send + Sync + 'static) {
    Effect::new(move |_| {
        // A title is plain text: without the isolation marks leptos-fluent puts around arguments.
        let full = format!("{} – {}", title(), tr!("app-name")).replace(['\u{2068}', '\u{2069}'], "");
        crate::browser::document().set_title(&full);
    });
}

/// Parameters that belong to how a page was opened, not to its filters.
const STICKY_PARAMS: [&str; 2] = ["controls", "data"];

/// Replaces the current page's query string (`?a=b`, or "" for none): filter
/// state lives in the URL, so every filter control writes through this.
pub fn use_set_search() -> impl Fn(String, bool) + Clone + Send + Sync + 'static {
    let navigate = use_navigate();
    let location = use_location();
    move |search: String, replace: bool| {
        let path = location.pathname.get_untracked();
        // What the page was opened with and the filters do not own stays while the person
        // filters: an embed's `controls`, and a `?data=` link's dataset (so a reload shows the same).
        let kept: Vec<String> = STICKY_PARAMS
            .iter()
            .filter_map(|k| {
                location
                    .query
                    .with_untracked(|q| q.get(k))
                    .map(|v| format!("{k}={}", atlas_core::query::percent_encode(&v)))
            })
            .collect();
        let search = match (search.is_empty(), kept.is_empty()) {
            (_, true) => search,
            (true, false) => format!("?{}", kept.join("&")),
            (false, false) => format!("{search}&{}", kept.join("&")),
        };
        navigate(
            &format!("{path}{search}"),
            NavigateOptions {
                replace,
                scroll: false,
                ..Default::default()
            },
        );
    }
}

/// A page's URL state (SPEC §3), and a setter that edits it and writes it back
/// (`replace` for typing, push for choices). The setter is Copy, so every control can hold it.
#[allow(clippy::type_complexity)] // the setter's signature is the type; an alias would hide it
pub fn use_url_state<Q>() -> (
    Memo<Q>,
    impl Fn(&dyn Fn(&mut Q), bool) + Copy + Send + Sync + 'static,
)
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
