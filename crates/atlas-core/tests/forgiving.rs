//! Search that forgives: Cyrillic spellings, small typos, exact matches first, and
//! the names offered when nothing matches.

use atlas_core::time::{Date, LocalTime};
use atlas_core::{load, Query};

const DATASET: &str = r#"{
  "format": "integration-atlas/1",
  "meta": {"title": {"en": "Test"}},
  "areas": [],
  "municipalities": [
    {"code": "091", "name": {"fi": "Helsinki", "sv": "Helsingfors"}, "location": {"lat": 60.17, "lon": 24.94}, "areas": [], "languages": ["fi", "sv"]},
    {"code": "837", "name": {"fi": "Tampere", "sv": "Tammerfors", "uk": "Тампере"}, "location": {"lat": 61.50, "lon": 23.76}, "areas": [], "languages": ["fi"]},
    {"code": "285", "name": {"fi": "Kotka"}, "location": {"lat": 60.47, "lon": 26.95}, "areas": [], "languages": ["fi"]}
  ],
  "actors": [],
  "services": [
    {"id": "hki-1", "name": {"en": "Advice point"}, "municipality": "091", "location": {"lat": 60.17, "lon": 24.94}, "languages": ["fi"]},
    {"id": "tre-1", "name": {"en": "International House"}, "municipality": "837", "location": {"lat": 61.50, "lon": 23.76}, "languages": ["fi"]},
    {"id": "kotka-1", "name": {"en": "Welcome desk"}, "municipality": "285", "location": {"lat": 60.47, "lon": 26.95}, "languages": ["fi"]},
    {"id": "kolka-1", "name": {"en": "Kolka club"}, "municipality": "091", "location": {"lat": 60.17, "lon": 24.94}, "languages": ["fi"]}
  ]
}"#;

fn found(text: &str) -> Vec<(String, bool)> {
    let atlas = load(DATASET).unwrap().atlas;
    let now = LocalTime {
        date: Date::parse("2026-11-23").unwrap(),
        minute: 600,
    };
    let q = Query {
        q: text.to_string(),
        ..Default::default()
    };
    atlas
        .search(&q, "en", now)
        .hits
        .iter()
        .map(|h| (atlas.services[h.service].id.clone(), h.fuzzy))
        .collect()
}

fn ids(text: &str) -> Vec<String> {
    found(text).into_iter().map(|(id, _)| id).collect()
}

#[test]
fn ukrainian_and_russian_spellings_find_helsinki() {
    // Ukrainian rules romanise Гельсінкі exactly; the Russian spelling's "kh" is one typo away.
    assert_eq!(ids("Гельсінкі"), ["hki-1", "kolka-1"]);
    assert_eq!(ids("Хельсинки"), ["hki-1", "kolka-1"]);
    assert_eq!(ids("хельсинки advice"), ["hki-1"]);
}

#[test]
fn a_name_in_the_data_in_cyrillic_matches_as_typed() {
    assert_eq!(found("Тампере"), [("tre-1".to_string(), false)]);
}

#[test]
fn small_typos_are_forgiven_by_the_length_of_the_word() {
    assert_eq!(ids("Helsinky"), ["hki-1", "kolka-1"]);
    assert_eq!(ids("Tamprere"), ["tre-1"]);
    assert_eq!(ids("Internatinal"), ["tre-1"]);
    // Four letters or fewer: no typo allowed ("Kotk" is a prefix, so it matches exactly).
    assert!(ids("Kotx").is_empty());
    // Two typos in an eight-letter word are too many.
    assert!(ids("Hilsinky").is_empty());
}

#[test]
fn exact_matches_come_before_fuzzy_ones() {
    // "Kolka club" sorts before "Welcome desk" by name, but only Kotka's service matches exactly.
    assert_eq!(
        found("kotka"),
        [("kotka-1".to_string(), false), ("kolka-1".to_string(), true)]
    );
}

#[test]
fn a_place_named_as_a_finnish_sentence_names_it_is_found() {
    // "In Tampere", "in Helsinki", "from Kotka": the keys hold the names, not their cases.
    assert_eq!(found("Tampereella"), [("tre-1".to_string(), true)]);
    assert_eq!(
        ids("neuvonta Helsingissä"),
        Vec::<String>::new(),
        "every word must match"
    );
    assert_eq!(ids("advice Helsingissä"), ["hki-1"]);
    assert_eq!(ids("Kotkasta"), ["kotka-1"]);
    // Marked as a typo is (`fuzzy`): listed after the services the words name exactly.
    assert_eq!(found("Kotkan"), [("kotka-1".to_string(), true)]);
    assert_eq!(
        found("Kotka"),
        [("kotka-1".to_string(), false), ("kolka-1".to_string(), true)]
    );
}

#[test]
fn nothing_found_suggests_the_closest_names() {
    let atlas = load(DATASET).unwrap().atlas;
    assert!(ids("Hlsnki").is_empty());
    assert_eq!(atlas.suggestions("Hlsnki", "en", 3), ["Helsinki"]);
    // The place before a service named after it.
    assert_eq!(
        atlas.suggestions("Internatinal Hous", "en", 3),
        ["International House"]
    );
    assert_eq!(atlas.suggestions("Kotkka", "en", 2), ["Kotka", "Kolka club"]);
    assert_eq!(atlas.suggestions("Helsingfrs", "sv", 3), ["Helsingfors"]);
    assert_eq!(atlas.suggestions("Tampre", "uk", 3), ["Тампере"]);
    assert!(atlas.suggestions("xyzzy", "en", 3).is_empty());
    assert!(atlas.suggestions("", "en", 3).is_empty());
}

#[test]
fn suggestions_prepared_ahead_are_the_same() {
    let cold = load(DATASET).unwrap().atlas;
    let warm = load(DATASET).unwrap().atlas;
    warm.prepare_suggestions();
    for typed in ["Hlsnki", "Kotkka", "Internatinal Hous", "Tampre"] {
        assert_eq!(
            warm.suggestions(typed, "en", 3),
            cold.suggestions(typed, "en", 3),
            "{typed}"
        );
    }
    assert_eq!(warm.suggestions("Kotkka", "en", 2), ["Kotka", "Kolka club"]);
}

#[test]
fn a_municipality_is_found_by_a_cyrillic_or_mistyped_name() {
    let atlas = load(DATASET).unwrap().atlas;
    let code = |typed: &str| {
        atlas
            .find_municipalities(typed)
            .iter()
            .map(|&i| atlas.municipalities[i].code.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(code("Гельсінкі"), ["091"]);
    assert_eq!(code("Хельсинки"), ["091"]);
    assert_eq!(code("Helsinky"), ["091"]);
    assert_eq!(code("Tampere"), ["837"]);
    assert!(code("Zzz").is_empty());
}
