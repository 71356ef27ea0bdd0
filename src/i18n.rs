//! The one i18n layer: leptos-fluent with one Fluent file per UI language in
//! locales/. The UI language comes from the route's first segment.
//!
//! Only the UI language's messages are in memory at start: the wasm holds none (leptos-fluent
//! still checks every key against locales/ when the app is compiled), `load_language` fetches
//! `/locales/{code}/main.ftl` (Trunk copies locales/ to dist/; index.html's public/preload.js has
//! already asked for the start language's file), parses it and adds it to the loaders
//! leptos-fluent looks messages up in. Another language is fetched when the person switches to
//! it; the service worker keeps the files for offline use.

use atlas_core::model::{ActorKind, Appointment, Channel, Level, RelationKind, Wheelchair};
use atlas_core::UI_LANGUAGES;
use leptos::prelude::*;
use leptos_fluent::__reexports::fluent_templates::{self, LanguageIdentifier, StaticLoader};
use leptos_fluent::{leptos_fluent, tr, I18n};
use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};

/// The loaders of the languages fetched so far, one per language: what leptos-fluent's
/// `translations` reads (tracked, so the page follows when a language arrives).
#[derive(Clone, Copy)]
pub struct Fetched;

thread_local! {
    static FETCHED: ArcRwSignal<Vec<&'static LazyLock<StaticLoader>>> = ArcRwSignal::new(Vec::new());
    static FETCHED_CODES: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

impl IntoIterator for Fetched {
    type Item = &'static LazyLock<StaticLoader>;
    type IntoIter = std::vec::IntoIter<Self::Item>;
    fn into_iter(self) -> Self::IntoIter {
        FETCHED.with(|f| f.get()).into_iter()
    }
}

/// leptos-fluent keeps `&'static LazyLock<StaticLoader>`s; a loader made at run time is handed
/// to its `LazyLock` through this slot.
static NEXT_LOADER: Mutex<Option<StaticLoader>> = Mutex::new(None);

fn take_next_loader() -> StaticLoader {
    NEXT_LOADER
        .lock()
        .ok()
        .and_then(|mut next| next.take())
        .unwrap_or_else(|| loader(HashMap::new()))
}

fn loader(
    bundles: HashMap<
        LanguageIdentifier,
        fluent_templates::FluentBundle<&'static fluent_templates::fluent_bundle::FluentResource>,
    >,
) -> StaticLoader {
    let fallbacks = bundles.keys().map(|k| (k.clone(), Vec::new())).collect();
    // The fallback is a language no loader has: a message missing in a language is not taken
    // from another (leptos-fluent's check keeps every key in every language).
    StaticLoader::new(
        Box::leak(Box::new(bundles)),
        Box::leak(Box::new(fallbacks)),
        LanguageIdentifier::default(),
    )
}

/// Whether the messages of `code` are in memory.
pub fn is_loaded(code: &str) -> bool {
    FETCHED_CODES.with(|c| c.borrow().iter().any(|x| x == code))
}

/// Adds the messages of `code` from the Fluent text `ftl`; false when it does not parse.
fn install(code: &str, ftl: &str) -> bool {
    if is_loaded(code) {
        return true;
    }
    let Ok(lang) = code.parse::<LanguageIdentifier>() else {
        return false;
    };
    let Ok(resource) = fluent_templates::fs::resource_from_str(ftl) else {
        return false;
    };
    let resource: &'static _ = Box::leak(Box::new(resource));
    let mut bundle = fluent_templates::FluentBundle::new_concurrent(vec![lang.clone()]);
    if bundle.add_resource(resource).is_err() {
        return false;
    }
    let Ok(mut next) = NEXT_LOADER.lock() else {
        return false;
    };
    *next = Some(loader(HashMap::from([(lang, bundle)])));
    drop(next);
    let lazy: &'static LazyLock<StaticLoader> =
        Box::leak(Box::new(LazyLock::new(take_next_loader as fn() -> StaticLoader)));
    LazyLock::force(lazy);
    FETCHED_CODES.with(|c| c.borrow_mut().push(code.to_string()));
    FETCHED.with(|f| f.update(|v| v.push(lazy)));
    true
}

/// Fetches and adds the messages of `code` (once); false when they could not be had.
pub async fn load_language(code: &str) -> bool {
    if is_loaded(code) {
        return true;
    }
    let url = format!("/locales/{code}/main.ftl");
    let Ok(resp) = gloo_net::http::Request::get(&url).send().await else {
        return false;
    };
    if !resp.ok() {
        return false;
    }
    let Ok(text) = resp.text().await else {
        return false;
    };
    install(code, &text)
}

/// A message in a language that need not be the UI's ([`message_in`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InLanguage {
    Found(String),
    /// That language's messages are on their way.
    Loading,
    /// Not to be had: no such UI language, its file could not be fetched, or no such message.
    Missing,
}

/// A message without arguments in `code`, which need not be the UI language (the embed-code
/// builder writes the embed's title in the embed's language). `Loading` until that language's
/// messages are in memory: they are fetched, once, and the caller, reading this in a reactive
/// context, follows when they arrive or fail.
pub fn message_in(code: &str, key: &str) -> InLanguage {
    let Ok(lang) = code.parse::<LanguageIdentifier>() else {
        return InLanguage::Missing;
    };
    // The lookup leptos-fluent's `tr` makes (no second copy of Fluent's resolver in the wasm).
    let found = FETCHED
        .with(|f| f.get())
        .into_iter()
        .find_map(|l| fluent_templates::Loader::try_lookup(&**l, &lang, key));
    if let Some(text) = found {
        return InLanguage::Found(text);
    }
    if is_loaded(code)
        || !UI_LANGUAGES.contains(&code)
        || UNAVAILABLE.with(|u| u.get().iter().any(|c| c == code))
    {
        return InLanguage::Missing;
    }
    let asked = ASKED.with(|a| {
        let mut a = a.borrow_mut();
        let first = !a.iter().any(|c| c == code);
        if first {
            a.push(code.to_string());
        }
        first
    });
    if asked {
        let code = code.to_string();
        leptos::task::spawn_local(async move {
            if !load_language(&code).await {
                UNAVAILABLE.with(|u| u.update(|u| u.push(code)));
            }
        });
    }
    InLanguage::Loading
}

thread_local! {
    /// The languages [`message_in`] has asked for, so that each is fetched once.
    static ASKED: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
    /// The languages whose messages could not be had (tracked: a caller waiting for one follows).
    static UNAVAILABLE: ArcRwSignal<Vec<String>> = ArcRwSignal::new(Vec::new());
}

/// The language whose messages the first view needs: the path's first segment when it names a
/// UI language, else the default (Finnish; `/` then sends the visitor on).
pub async fn load_start_language() {
    let first = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .and_then(|p| p.split('/').nth(1).map(str::to_string))
        .unwrap_or_default();
    let code = UI_LANGUAGES
        .iter()
        .find(|c| **c == first)
        .copied()
        .unwrap_or("fi");
    if !load_language(code).await && code != "fi" {
        load_language("fi").await;
    }
}

/// The UI languages: one per file in locales/, so adding a language is adding a file.
/// Finland's national languages and English come first in the menu, the rest by code.
pub fn ui_languages() -> Vec<&'static str> {
    const FIRST: [&str; 3] = ["fi", "sv", "en"];
    let mut codes: Vec<&'static str> = expect_context::<I18n>().languages.iter().map(|l| l.id).collect();
    codes.sort_unstable();
    let mut menu: Vec<&'static str> = FIRST.into_iter().filter(|c| codes.contains(c)).collect();
    menu.extend(codes.into_iter().filter(|c| !FIRST.contains(c)));
    menu
}

pub fn is_ui_language(l: &str) -> bool {
    expect_context::<I18n>().languages.iter().any(|x| x.id == l)
}

#[component]
pub fn I18nProvider(children: Children) -> impl IntoView {
    leptos_fluent! {
        children: children(),
        // The messages of the languages fetched so far (above); locales/ gives the languages
        // and the compile-time check of the keys.
        translations: Fetched,
        locales: "./locales",
        default_language: "fi",
        // Missing and unused keys are reported when the app is compiled.
        check_translations: "./src/**/*.rs",
        sync_html_tag_lang: true,
        sync_html_tag_dir: true,
    }
}

/// Switches the UI language (the route decides it): at once when its messages are in memory,
/// else once they have been fetched (until then the page stays in the language it was in).
pub fn set_language(code: &str) {
    let i18n = expect_context::<I18n>();
    let Some(l) = i18n.languages.iter().find(|l| l.id == code).copied() else {
        return;
    };
    if i18n.language.get_untracked().id == code {
        return;
    }
    if is_loaded(code) {
        i18n.language.set(l);
        return;
    }
    leptos::task::spawn_local(async move {
        if load_language(l.id).await {
            i18n.language.set(l);
        }
    });
}

/// The UI language code as a signal. The i18n handle is taken now, while the
/// context is there, so the signal can be read anywhere (Leaflet's events included).
pub fn ui_language() -> Signal<&'static str> {
    let i18n = expect_context::<I18n>();
    Signal::derive(move || i18n.language.get().id)
}

/// The name of a UI language in that language itself, for the language menu:
/// the usual menu form where it differs from leptos-fluent's own list.
pub fn endonym(code: &str) -> &'static str {
    match code {
        "fi" => "Suomi",
        "sv" => "Svenska",
        _ => expect_context::<I18n>()
            .languages
            .iter()
            .find(|l| l.id == code)
            .map(|l| l.name)
            .unwrap_or(""),
    }
}

/// Names joined as the UI language writes a list: "Finnish, English"; in Arabic with its own
/// comma, "الفنلندية، الإنجليزية" (the `list-separator` message).
pub fn join_list(items: impl IntoIterator<Item = String>) -> String {
    items.into_iter().collect::<Vec<_>>().join(&tr!("list-separator"))
}

/// The topics' and groups' names in every UI language (build.rs, from locales/*/main.ftl).
mod term_names {
    include!(concat!(env!("OUT_DIR"), "/term_names.rs"));
}

/// What the topics and target groups are called in every UI language, for the search: a word
/// typed in any of them finds those services ("житло" on the Finnish page too). Made on the
/// first typed search, once.
pub fn term_names() -> &'static atlas_core::search::TermNames {
    static NAMES: LazyLock<atlas_core::search::TermNames> = LazyLock::new(|| {
        let pairs =
            |names: &'static [(&'static str, &'static str)]| names.iter().map(|&(w, n)| (w, n.to_string()));
        atlas_core::search::TermNames::new(pairs(term_names::TOPIC_NAMES), pairs(term_names::GROUP_NAMES))
    });
    &NAMES
}

/// A known topic's name; unknown words from the data are shown as they are (SPEC §1).
pub fn topic_name(t: &str) -> String {
    match t {
        "residence" => tr!("topic-residence"),
        "work" => tr!("topic-work"),
        "housing" => tr!("topic-housing"),
        "education" => tr!("topic-education"),
        "health" => tr!("topic-health"),
        "language_courses" => tr!("topic-language_courses"),
        "family" => tr!("topic-family"),
        "social_security" => tr!("topic-social_security"),
        "taxation" => tr!("topic-taxation"),
        "integration_plan" => tr!("topic-integration_plan"),
        other => other.replace('_', " "),
    }
}

pub fn group_name(g: &str) -> String {
    match g {
        "all" => tr!("group-all"),
        "families" => tr!("group-families"),
        "youth" => tr!("group-youth"),
        "women" => tr!("group-women"),
        "students" => tr!("group-students"),
        "workers" => tr!("group-workers"),
        "asylum_seekers" => tr!("group-asylum_seekers"),
        "refugees" => tr!("group-refugees"),
        "seniors" => tr!("group-seniors"),
        other => other.replace('_', " "),
    }
}

pub fn channel_name(c: Channel) -> String {
    match c {
        Channel::InPerson => tr!("channel-in_person"),
        Channel::Phone => tr!("channel-phone"),
        Channel::Online => tr!("channel-online"),
        Channel::Chat => tr!("channel-chat"),
        Channel::Video => tr!("channel-video"),
    }
}

/// A channel named by its word (the finder's `channel=`, which may be any word): one it
/// does not know, as it is.
pub fn channel_word_name(word: &str) -> String {
    Channel::parse(word).map_or_else(|| word.replace('_', " "), channel_name)
}

pub fn area_kind_name(k: &str) -> String {
    match k {
        "region" => tr!("area-region"),
        "wellbeing_county" => tr!("area-wellbeing_county"),
        "employment_area" => tr!("area-employment_area"),
        "vitality_centre" => tr!("area-vitality_centre"),
        "ely_centre" => tr!("area-ely_centre"),
        other => other.replace('_', " "),
    }
}

pub fn appointment_name(a: Appointment) -> String {
    match a {
        Appointment::NotNeeded => tr!("appointment-none"),
        Appointment::Recommended => tr!("appointment-recommended"),
        Appointment::Required => tr!("appointment-required"),
    }
}

pub fn wheelchair_name(w: Wheelchair) -> String {
    match w {
        Wheelchair::Yes => tr!("wheelchair-yes"),
        Wheelchair::Limited => tr!("wheelchair-limited"),
        Wheelchair::No => tr!("wheelchair-no"),
        Wheelchair::Unknown => tr!("wheelchair-unknown"),
    }
}

/// Short weekday name, 0 = Monday.
pub fn weekday_name(d: usize) -> String {
    match d {
        0 => tr!("day-mo"),
        1 => tr!("day-tu"),
        2 => tr!("day-we"),
        3 => tr!("day-th"),
        4 => tr!("day-fr"),
        5 => tr!("day-sa"),
        _ => tr!("day-su"),
    }
}

pub fn level_name(l: Level) -> String {
    match l {
        Level::National => tr!("level-national"),
        Level::Regional => tr!("level-regional"),
        Level::Local => tr!("level-local"),
        Level::CivilSociety => tr!("level-civil_society"),
    }
}

pub fn actor_kind_name(k: ActorKind) -> String {
    match k {
        ActorKind::Ministry => tr!("actor-kind-ministry"),
        ActorKind::Agency => tr!("actor-kind-agency"),
        ActorKind::RegionalAuthority => tr!("actor-kind-regional_authority"),
        ActorKind::Municipality => tr!("actor-kind-municipality"),
        ActorKind::WellbeingCounty => tr!("actor-kind-wellbeing_county"),
        ActorKind::EmploymentAuthority => tr!("actor-kind-employment_authority"),
        ActorKind::Ngo => tr!("actor-kind-ngo"),
        ActorKind::ReligiousCommunity => tr!("actor-kind-religious_community"),
        ActorKind::Education => tr!("actor-kind-education"),
        ActorKind::Other => tr!("actor-kind-other"),
    }
}

/// A relation as read from the actor that states it ("steers") or from its target ("steered by").
pub fn relation_name(kind: RelationKind, incoming: bool) -> String {
    match (kind, incoming) {
        (RelationKind::Steers, false) => tr!("rel-steers"),
        (RelationKind::Steers, true) => tr!("rel-steered-by"),
        (RelationKind::Funds, false) => tr!("rel-funds"),
        (RelationKind::Funds, true) => tr!("rel-funded-by"),
        (RelationKind::Supervises, false) => tr!("rel-supervises"),
        (RelationKind::Supervises, true) => tr!("rel-supervised-by"),
        (RelationKind::PartOf, false) => tr!("rel-part-of"),
        (RelationKind::PartOf, true) => tr!("rel-has-part"),
        (RelationKind::Agreement, _) => tr!("rel-agreement"),
        (RelationKind::Cooperates, _) => tr!("rel-cooperates"),
    }
}

pub fn programme_kind_name(k: &str) -> String {
    match k {
        "municipal_integration_programme" => tr!("prog-kind-municipal_integration_programme"),
        "integration_programme" => tr!("prog-kind-integration_programme"),
        "regional_programme" => tr!("prog-kind-regional_programme"),
        "government_integration_programme" => tr!("prog-kind-government_integration_programme"),
        "partnership_programme" => tr!("prog-kind-partnership_programme"),
        other => other.replace('_', " "),
    }
}

pub fn programme_status_name(s: atlas_core::structure::ProgrammeStatus) -> String {
    use atlas_core::structure::ProgrammeStatus::*;
    match s {
        Valid => tr!("status-valid"),
        Expired => tr!("status-expired"),
        Upcoming => tr!("status-upcoming"),
    }
}
