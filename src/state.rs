//! What every page shares and that outlives a page: the person's position, the
//! clock, the way back to the finder as it was, the page title, and the hooks that
//! read and write a page's state in the URL. Pages and components depend on this
//! module; it depends on nothing of theirs.

use crate::i18n::tr;
use atlas_core::LatLon;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::location::{BrowserUrl, LocationChange, LocationProvider, State, Url};
use leptos_router::NavigateOptions;
use std::cell::RefCell;
use wasm_bindgen::JsCast;

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
    /// The service whose entry was opened from the list (not from a map popup): its link has the
    /// focus again on the way back.
    pub opened: Option<usize>,
    /// Where the map looked: the way back opens it there, not at the country's view (a phone's
    /// person zoomed into a town, opened a service from a popup and came back).
    pub map_view: Option<MapView>,
}

/// Where a map looks: its centre and zoom.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapView {
    pub lat: f64,
    pub lon: f64,
    pub zoom: f64,
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
    provide_context(LastListSearch(StoredValue::new(Default::default())));
    // A click may leave the page (a link) or push a new entry: the typed query is written to the
    // history first, so that the entry left behind holds it.
    let flush = wasm_bindgen::closure::Closure::<dyn Fn()>::new(write_history_now);
    if let Some(w) = web_sys::window() {
        let _ = w.add_event_listener_with_callback_and_bool(
            "click",
            wasm_bindgen::JsCast::unchecked_ref(flush.as_ref()),
            true,
        );
    }
    // Lives as long as the page.
    flush.forget();
}

/// A URL the page shows that the browser's history has not been told yet (`use_set_search`).
struct Unwritten {
    router: BrowserUrl,
    url: Url,
    /// A new entry (a choice), rather than the current one replaced (typing).
    push: bool,
}

thread_local! {
    static UNWRITTEN: RefCell<Option<Unwritten>> = const { RefCell::new(None) };
}

/// Tells the browser's history the URL the filters have set, if it has not been told yet. Called
/// a frame after the change, and before anything that reads `window.location` or adds an entry;
/// it writes nothing when the router has moved on since (back, forward, a link).
pub fn write_history_now() {
    let Some(Unwritten { router, url, push }) = UNWRITTEN.with(|u| u.borrow_mut().take()) else {
        return;
    };
    if router.as_url().with_untracked(|u| *u == url) {
        // As the router's own `Url::to_full_path` (not public) writes it: path, query, fragment.
        let mut value = url.path().to_string();
        if !url.search().is_empty() {
            value.push('?');
            value.push_str(url.search());
        }
        if !url.hash().is_empty() {
            if !url.hash().starts_with('#') {
                value.push('#');
            }
            value.push_str(url.hash());
        }
        router.complete_navigation(&LocationChange {
            value,
            replace: !push,
            scroll: false,
            state: State::new(None),
        });
    }
}

/// The list pages whose records link back to them (the finder has its own, `LastFinder`, which
/// also keeps where the list was scrolled).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ListPage {
    Actors,
    Programmes,
}

impl ListPage {
    fn path(self) -> &'static str {
        match self {
            ListPage::Actors => "actors",
            ListPage::Programmes => "programmes",
        }
    }
}

/// The query string each list page last showed (its filters and date), and the record last
/// opened from it (its `data-record-id`), by `ListPage as usize`.
#[derive(Clone, Copy)]
struct LastListSearch(StoredValue<[(String, Option<String>); 2]>);

/// Called by a list page: keeps its query string as it changes, so that a record's "back to the
/// list" link finds the list as the person left it; and coming back to the list as it was left
/// (back, or that link), the keyboard is on the record opened from it, in sight, not at the top
/// of a list that may be thousands of pixels long. The page's records are the elements with a
/// `data-record-id`, each holding its link; the click handler this returns, put on the list,
/// remembers the one followed. "As it was left" is the same query string, however the person
/// comes back: also by the menu after other pages, when the keyboard goes to that record too.
pub fn remember_list_search(list: ListPage) -> impl Fn(leptos::ev::MouseEvent) + Copy + 'static {
    keep_list_search(list);
    let location = use_location();
    let last = use_context::<LastListSearch>().map(|l| l.0);
    if let Some(last) = last {
        let here = query_suffix(&location.search.get_untracked());
        let opened = last
            .try_update_value(|m| {
                let (search, opened) = &mut m[list as usize];
                if *search == here {
                    opened.take()
                } else {
                    None
                }
            })
            .flatten();
        if let Some(id) = opened {
            // After the layout has put the keyboard on the page's title (a frame after the path
            // changed): the record's link takes it, and brings it into sight.
            crate::browser::after_paint(move || {
                let selector = format!("[data-record-id=\"{}\"] a", css_escape(&id));
                if let Some(link) = crate::browser::document()
                    .query_selector(&selector)
                    .ok()
                    .flatten()
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = link.focus();
                }
            });
        }
    }
    move |ev: leptos::ev::MouseEvent| {
        let record = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .filter(|el| el.closest("a[href]").ok().flatten().is_some())
            .and_then(|el| el.closest("[data-record-id]").ok().flatten())
            .and_then(|el| el.get_attribute("data-record-id"));
        if let (Some(id), Some(last)) = (record, last) {
            last.update_value(|m| m[list as usize].1 = Some(id));
        }
    }
}

/// `id` safe inside a CSS attribute selector's double quotes.
fn css_escape(id: &str) -> String {
    id.replace('\\', "\\\\").replace('"', "\\\"")
}

/// Keeps the list page's query string as it changes (see [`remember_list_search`]).
fn keep_list_search(list: ListPage) {
    let location = use_location();
    let Some(LastListSearch(last)) = use_context::<LastListSearch>() else {
        return;
    };
    Effect::new(move |_| {
        // A link to a record changes the address before the list is gone: only the list's own
        // address (`/{lang}/actors`) counts.
        let on_list = location.pathname.with(|p| {
            let mut parts = p.trim_matches('/').split('/').skip(1);
            parts.next() == Some(list.path()) && parts.next().is_none()
        });
        if !on_list {
            return;
        }
        let s = query_suffix(&location.search.get());
        last.update_value(|m| m[list as usize].0 = s);
    });
}

/// The list page's address with the query it last showed (none if it was not opened).
pub fn list_href(lang: &str, list: ListPage) -> String {
    let search = use_context::<LastListSearch>()
        .map(|l| l.0.with_value(|m| m[list as usize].0.clone()))
        .unwrap_or_default();
    format!("/{lang}/{}{search}", list.path())
}

/// `?a=b` from a location's search string, which may or may not start with `?`.
pub fn query_suffix(search: &str) -> String {
    let s = search.trim_start_matches('?');
    if s.is_empty() {
        String::new()
    } else {
        format!("?{s}")
    }
}

/// The finder's address with the filters the person last used there.
pub fn finder_href(lang: &str) -> String {
    let search = use_context::<LastFinder>()
        .and_then(|l| l.0.get_value())
        .map(|r| r.search)
        .unwrap_or_default();
    format!("/{lang}/{search}")
}

thread_local! {
    /// How many titles have been asked for: a title written after a paint is written only if no
    /// other was asked for since (a page left in between sets its own at once).
    static TITLES: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
    /// The title the page has asked for last, written or about to be.
    static PAGE_TITLE: RefCell<String> = const { RefCell::new(String::new()) };
}

/// The page's full title as it has last been asked for ("… – app name"), which the document's
/// may not show yet (a change while a page stays is written after the next paint).
pub fn page_title() -> String {
    PAGE_TITLE.with(|t| t.borrow().clone())
}

/// Sets the document's title to "`title` – app name" whenever `title` changes (WCAG 2.4.2).
/// The layout's route announcer reads it out after a navigation, a frame later: a page's first
/// title, and one on a new path (another UI language), is written at once; a change while the
/// page stays (a filter) after the next paint, as writing it tells the browser (1–2 ms of a
/// language click), and only when it changes (not on every keystroke).
pub fn use_page_title(title: impl Fn() -> String + Send + Sync + 'static) {
    let pathname = use_location().pathname;
    Effect::new(move |written: Option<(String, String)>| {
        // A title is plain text: without the isolation marks Fluent puts around arguments.
        let full = format!("{} – {}", title(), tr!("app-name")).replace(['\u{2068}', '\u{2069}'], "");
        let path = pathname.get_untracked();
        let same_path = written.as_ref().is_some_and(|(p, _)| *p == path);
        if same_path && written.as_ref().is_some_and(|(_, t)| *t == full) {
            return (path, full);
        }
        PAGE_TITLE.with(|t| t.borrow_mut().clone_from(&full));
        let asked = TITLES.with(|t| {
            t.set(t.get() + 1);
            t.get()
        });
        if same_path {
            let text = full.clone();
            crate::browser::after_paint(move || {
                if TITLES.with(|t| t.get()) == asked {
                    crate::browser::document().set_title(&text);
                }
            });
        } else {
            crate::browser::document().set_title(&full);
        }
        (path, full)
    });
}

/// Parameters that belong to how a page was opened, not to its filters.
const STICKY_PARAMS: [&str; 2] = ["controls", "data"];

/// Replaces the current page's query string (`?a=b`, or "" for none): filter
/// state lives in the URL, so every filter control writes through this; `replace` (typing) keeps
/// one history entry, a choice adds one.
///
/// The router's URL changes at once, so the page follows it in the same task, and the browser's
/// history is told after the next paint: `history.replaceState` and `pushState` are calls into
/// the browser that took 1–9 ms (up to 27 ms) per input on a busy machine, a frame's budget
/// (issue 18). The page's state is still the URL (the router's); only the address bar follows a
/// frame later, and anything that reads it or leaves writes it first (`write_history_now`).
pub fn use_set_search() -> impl Fn(String, bool) + Clone + Send + Sync + 'static {
    let navigate = use_navigate();
    let location = use_location();
    let router = use_context::<BrowserUrl>();
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
        let to = format!("{path}{search}");
        if let Some(router) = router.as_ref() {
            if let Ok(url) = BrowserUrl::parse(&to) {
                // A choice adds an entry after what is there, as it is (typed or chosen).
                if !replace {
                    write_history_now();
                }
                let current = router.as_url();
                if current.with_untracked(|u| *u == url) {
                    // Nothing changes: as the router, no new entry for the same address.
                    return;
                }
                current.set(url.clone());
                // Typing after a choice not yet written replaces what that choice adds.
                let push = !replace || UNWRITTEN.with(|u| u.borrow().as_ref().is_some_and(|u| u.push));
                let first = UNWRITTEN.with(|u| {
                    u.borrow_mut()
                        .replace(Unwritten {
                            router: router.clone(),
                            url,
                            push,
                        })
                        .is_none()
                });
                if first {
                    crate::browser::after_paint(write_history_now);
                }
                return;
            }
        }
        navigate(
            &to,
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
