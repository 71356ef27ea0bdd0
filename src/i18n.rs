//! The one i18n layer: leptos-fluent with one Fluent file per UI language in
//! locales/. The UI language comes from the route's first segment.

use leptos::prelude::*;
use leptos_fluent::{leptos_fluent, tr, I18n};

/// The UI languages: one per file in locales/, so adding a language is adding a file.
/// Finland's national languages and English come first in the menu, the rest by code.
pub fn ui_languages() -> Vec<&'static str> {
    let mut codes: Vec<&'static str> = expect_context::<I18n>().languages.iter().map(|l| l.id).collect();
    let rank = |c: &str| ["fi", "sv", "en"].iter().position(|x| *x == c).unwrap_or(3);
    codes.sort_by_key(|c| (rank(c), *c));
    codes
}

pub fn is_ui_language(l: &str) -> bool {
    expect_context::<I18n>().languages.iter().any(|x| x.id == l)
}

#[component]
pub fn I18nProvider(children: Children) -> impl IntoView {
    leptos_fluent! {
        children: children(),
        locales: "./locales",
        default_language: "fi",
        // Missing and unused keys are reported when the app is compiled.
        check_translations: "./src/**/*.rs",
        sync_html_tag_lang: true,
        sync_html_tag_dir: true,
    }
}

/// Switches the UI language (the route decides it).
pub fn set_language(code: &str) {
    let i18n = expect_context::<I18n>();
    if let Some(l) = i18n.languages.iter().find(|l| l.id == code) {
        if i18n.language.get_untracked().id != code {
            i18n.language.set(l);
        }
    }
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

pub fn channel_name(c: &str) -> String {
    match c {
        "in_person" => tr!("channel-in_person"),
        "phone" => tr!("channel-phone"),
        "online" => tr!("channel-online"),
        "chat" => tr!("channel-chat"),
        "video" => tr!("channel-video"),
        other => other.replace('_', " "),
    }
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

pub fn appointment_name(a: &str) -> String {
    match a {
        "none" => tr!("appointment-none"),
        "recommended" => tr!("appointment-recommended"),
        "required" => tr!("appointment-required"),
        other => other.to_string(),
    }
}

pub fn wheelchair_name(w: &str) -> String {
    match w {
        "yes" => tr!("wheelchair-yes"),
        "limited" => tr!("wheelchair-limited"),
        "no" => tr!("wheelchair-no"),
        _ => tr!("wheelchair-unknown"),
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

pub fn level_name(l: &str) -> String {
    match l {
        "national" => tr!("level-national"),
        "regional" => tr!("level-regional"),
        "local" => tr!("level-local"),
        "civil_society" => tr!("level-civil_society"),
        other => other.replace('_', " "),
    }
}

pub fn actor_kind_name(k: &str) -> String {
    match k {
        "ministry" => tr!("actor-kind-ministry"),
        "agency" => tr!("actor-kind-agency"),
        "regional_authority" => tr!("actor-kind-regional_authority"),
        "municipality" => tr!("actor-kind-municipality"),
        "wellbeing_county" => tr!("actor-kind-wellbeing_county"),
        "employment_authority" => tr!("actor-kind-employment_authority"),
        "ngo" => tr!("actor-kind-ngo"),
        "religious_community" => tr!("actor-kind-religious_community"),
        "education" => tr!("actor-kind-education"),
        _ => tr!("actor-kind-other"),
    }
}

/// A relation as read from the actor that states it ("steers") or from its target ("steered by").
pub fn relation_name(kind: &str, incoming: bool) -> String {
    match (kind, incoming) {
        ("steers", false) => tr!("rel-steers"),
        ("steers", true) => tr!("rel-steered-by"),
        ("funds", false) => tr!("rel-funds"),
        ("funds", true) => tr!("rel-funded-by"),
        ("supervises", false) => tr!("rel-supervises"),
        ("supervises", true) => tr!("rel-supervised-by"),
        ("part_of", false) => tr!("rel-part-of"),
        ("part_of", true) => tr!("rel-has-part"),
        ("agreement", _) => tr!("rel-agreement"),
        _ => tr!("rel-cooperates"),
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
