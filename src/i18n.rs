//! The one i18n layer: one Fluent file per UI language in locales/, read and formatted by
//! `atlas-messages` (crates/messages: the part of Fluent the files use, held to Fluent's own
//! output by its tests). The UI language comes from the route's first segment.
//!
//! Only the UI language's messages are in memory at start: the wasm holds none; `load_language`
//! fetches `/locales/{code}/main.ftl` (Trunk copies locales/ to dist/; index.html's
//! public/preload.js has already asked for the start language's file) and reads it. Another
//! language is fetched when the person switches to it; the service worker keeps the files for
//! offline use. Every key the code uses is in every file (tests/e2e/locales.test.mjs).
//!
//! `tr!` gives a message of the UI language as a `String`, by its key and, after it, any
//! arguments as `{ "name" => value }`; `move_tr!` the same as a signal. Both follow a switch.

use atlas_core::model::{ActorKind, Appointment, Channel, Level, RelationKind, Wheelchair};
use atlas_core::UI_LANGUAGES;
pub use atlas_messages::Arg;
use atlas_messages::Messages;
use leptos::prelude::*;
use std::cell::RefCell;
use std::sync::LazyLock;

macro_rules! tr {
    ($key:literal $(,)?) => {
        $crate::i18n::message($key, &[])
    };
    ($key:literal, { $($name:literal => $value:expr),* $(,)? } $(,)?) => {
        $crate::i18n::message($key, &[$(($name, $crate::i18n::Arg::from($value))),*])
    };
}

macro_rules! move_tr {
    ($($message:tt)*) => {
        ::leptos::prelude::Signal::derive(move || $crate::i18n::tr!($($message)*))
    };
}

pub(crate) use {move_tr, tr};

thread_local! {
    /// The messages of the languages fetched so far.
    static LOADED: RefCell<Vec<(&'static str, Messages)>> = const { RefCell::new(Vec::new()) };
    /// The UI language (tracked: what shows a message follows a switch).
    static LANGUAGE: ArcRwSignal<&'static str> = ArcRwSignal::new("fi");
    /// Bumped when a language's messages arrive or prove not to be had ([`message_in`]'s callers
    /// follow it).
    static ARRIVED: ArcTrigger = ArcTrigger::new();
    /// The browser's plural rules of each language asked for.
    static PLURALS: RefCell<Vec<(&'static str, js_sys::Intl::PluralRules)>> = const { RefCell::new(Vec::new()) };
}

/// The code of a UI language as the app keeps it (`&'static`), if `code` is one.
fn known(code: &str) -> Option<&'static str> {
    UI_LANGUAGES.iter().copied().find(|c| *c == code)
}

/// The plural category ("one", "few", …) of `n` in `lang`, from the browser's CLDR rules.
fn plural(lang: &'static str, n: i64) -> String {
    PLURALS.with(|p| {
        let mut p = p.borrow_mut();
        let i = match p.iter().position(|(c, _)| *c == lang) {
            Some(i) => i,
            None => {
                let locales = js_sys::Array::of1(&lang.into());
                p.push((
                    lang,
                    js_sys::Intl::PluralRules::new(&locales, &js_sys::Object::new()),
                ));
                p.len() - 1
            }
        };
        p[i].1.select(n as f64).into()
    })
}

/// Message `key` of `lang` with `args`, if that language's messages are in memory and have it.
fn format_in(lang: &'static str, key: &str, args: &[(&str, Arg)]) -> Option<String> {
    LOADED.with(|l| {
        let l = l.borrow();
        let (_, messages) = l.iter().find(|(c, _)| *c == lang)?;
        messages.format(key, args, |n| plural(lang, n))
    })
}

/// Message `key` in the UI language (what `tr!` calls).
pub fn message(key: &str, args: &[(&str, Arg)]) -> String {
    let lang = LANGUAGE.with(|l| l.get());
    format_in(lang, key, args).unwrap_or_else(|| format!("Unknown localization {key}"))
}

/// Whether the messages of `code` are in memory.
pub fn is_loaded(code: &str) -> bool {
    LOADED.with(|l| l.borrow().iter().any(|(c, _)| *c == code))
}

/// Adds the messages of `code` from the Fluent text `ftl`; false when it does not read.
fn install(code: &'static str, ftl: &str) -> bool {
    if is_loaded(code) {
        return true;
    }
    let Ok(messages) = Messages::parse(ftl) else {
        return false;
    };
    LOADED.with(|l| l.borrow_mut().push((code, messages)));
    ARRIVED.with(|a| a.notify());
    true
}

/// Fetches and adds the messages of `code` (once); false when they could not be had.
pub async fn load_language(code: &str) -> bool {
    let Some(code) = known(code) else {
        return false;
    };
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
    ARRIVED.with(|a| a.track());
    let Some(code) = known(code) else {
        return InLanguage::Missing;
    };
    if let Some(text) = format_in(code, key, &[]) {
        return InLanguage::Found(text);
    }
    if is_loaded(code) || UNAVAILABLE.with(|u| u.borrow().contains(&code)) {
        return InLanguage::Missing;
    }
    let first = ASKED.with(|a| {
        let mut a = a.borrow_mut();
        let first = !a.contains(&code);
        if first {
            a.push(code);
        }
        first
    });
    if first {
        leptos::task::spawn_local(async move {
            if !load_language(code).await {
                UNAVAILABLE.with(|u| u.borrow_mut().push(code));
                ARRIVED.with(|a| a.notify());
            }
        });
    }
    InLanguage::Loading
}

thread_local! {
    /// The languages [`message_in`] has asked for, so that each is fetched once.
    static ASKED: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
    /// The languages whose messages could not be had.
    static UNAVAILABLE: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
}

/// The language whose messages the first view needs: the path's first segment when it names a
/// UI language, else the default (Finnish; `/` then sends the visitor on). It is the UI
/// language from then on, until the route says another.
pub async fn load_start_language() {
    let first = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .and_then(|p| p.split('/').nth(1).map(str::to_string))
        .unwrap_or_default();
    let code = known(&first).unwrap_or("fi");
    if load_language(code).await {
        LANGUAGE.with(|l| l.set(code));
    } else if code != "fi" {
        load_language("fi").await;
    }
}

/// The UI languages: one per file in locales/ (`atlas_core::UI_LANGUAGES`, which the locale
/// check holds to the files). Finland's national languages and English come first in the
/// menu, the rest by code.
pub fn ui_languages() -> Vec<&'static str> {
    const FIRST: [&str; 3] = ["fi", "sv", "en"];
    let mut rest: Vec<&'static str> = UI_LANGUAGES.into_iter().filter(|c| !FIRST.contains(c)).collect();
    rest.sort_unstable();
    let mut menu: Vec<&'static str> = FIRST.into_iter().filter(|c| UI_LANGUAGES.contains(c)).collect();
    menu.extend(rest);
    menu
}

pub fn is_ui_language(l: &str) -> bool {
    known(l).is_some()
}

/// Keeps the page's `<html lang dir>` the UI language's, so that screen readers speak it and
/// Arabic reads from the right.
#[component]
pub fn I18nProvider(children: Children) -> impl IntoView {
    Effect::new(move |_| {
        let lang = LANGUAGE.with(|l| l.get());
        if let Some(html) = crate::browser::document().document_element() {
            let _ = html.set_attribute("lang", lang);
            let _ = html.set_attribute("dir", if is_right_to_left(lang) { "rtl" } else { "ltr" });
        }
    });
    children()
}

/// Whether `lang` is written from the right (of the UI languages, Arabic).
fn is_right_to_left(lang: &str) -> bool {
    matches!(lang, "ar" | "fa" | "he" | "ur")
}

/// Switches the UI language (the route decides it): at once when its messages are in memory,
/// else once they have been fetched (until then the page stays in the language it was in).
pub fn set_language(code: &str) {
    let Some(code) = known(code) else {
        return;
    };
    if LANGUAGE.with(|l| l.get_untracked()) == code {
        return;
    }
    if is_loaded(code) {
        LANGUAGE.with(|l| l.set(code));
        return;
    }
    leptos::task::spawn_local(async move {
        if load_language(code).await {
            LANGUAGE.with(|l| l.set(code));
        }
    });
}

/// The UI language code as a signal, readable anywhere (Leaflet's events included).
pub fn ui_language() -> Signal<&'static str> {
    Signal::derive(|| LANGUAGE.with(|l| l.get()))
}

/// The name of a UI language in that language itself, for the language menu: a fixed table,
/// not the browser's namer (`browser::language_name`), as the menu is in every first view.
pub fn endonym(code: &str) -> &'static str {
    match code {
        "fi" => "Suomi",
        "sv" => "Svenska",
        "en" => "English",
        "uk" => "Українська",
        "ru" => "Русский",
        "ar" => "العربية",
        _ => "",
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
