//! Loading and searching a small hand-made dataset with known answers.

use atlas_core::query::Sort;
use atlas_core::time::{Date, LocalTime};
use atlas_core::{load, LatLon, LoadError, Query, RecordKind};

const DATASET: &str = r#"{
  "format": "integration-atlas/1",
  "meta": {"title": {"en": "Test"}, "sample": true},
  "areas": [
    {"id": "region:06", "kind": "region", "name": {"fi": "Pirkanmaa", "sv": "Birkaland"}},
    {"id": "region:15", "kind": "region", "name": {"fi": "Pohjanmaa", "sv": "Österbotten"}},
    {"id": "region:05", "kind": "region", "name": {"fi": "Kanta-Häme", "sv": "Egentliga Tavastland"}}
  ],
  "municipalities": [
    {"code": "837", "name": {"fi": "Tampere", "sv": "Tammerfors"}, "location": {"lat": 61.4981, "lon": 23.7608}, "areas": ["region:06"], "languages": ["fi"]},
    {"code": "905", "name": {"fi": "Vaasa", "sv": "Vasa"}, "location": {"lat": 63.0951, "lon": 21.6165}, "areas": ["region:15"], "languages": ["fi", "sv"]},
    {"code": "109", "name": {"fi": "Hämeenlinna", "sv": "Tavastehus"}, "location": {"lat": 60.9959, "lon": 24.4643}, "areas": ["region:05"], "languages": ["fi"]}
  ],
  "actors": [
    {"id": "tampere", "name": {"fi": "Tampereen kaupunki"}, "level": "local", "kind": "municipality"}
  ],
  "services": [
    {"id": "tre-1", "name": {"en": "Zeta point"}, "provider": "tampere", "municipality": "837",
     "location": {"lat": 61.50, "lon": 23.76}, "languages": ["fi", "en", "uk"], "channels": ["in_person"],
     "topics": ["work"], "target_groups": ["all"], "opening_hours": "Mo-Fr 09:00-16:00; PH off"},
    {"id": "tre-2", "name": {"en": "Alpha desk"}, "municipality": "837",
     "location": {"lat": 61.45, "lon": 23.80}, "languages": ["fi", "ru"], "channels": ["phone"],
     "topics": ["housing"], "opening_hours": "Sa 10:00-14:00"},
    {"id": "vaasa-1", "name": {"sv": "Rådgivning", "fi": "Neuvonta"}, "municipality": "905",
     "location": {"lat": 63.09, "lon": 21.61}, "languages": ["sv", "fi", "uk"], "channels": ["in_person", "online"]},
    {"id": "hml-1", "name": {"fi": "Neuvontapiste"}, "municipality": "109",
     "location": {"lat": 61.0, "lon": 24.46}, "languages": ["fi", "ar"]}
  ]
}"#;

/// Monday 23 November 2026 at 10:00, Finnish time.
fn monday_10() -> LocalTime {
    LocalTime {
        date: Date::parse("2026-11-23").unwrap(),
        minute: 600,
    }
}

fn ids(atlas: &atlas_core::Atlas, q: &Query) -> Vec<String> {
    atlas
        .search(q, "en", monday_10())
        .hits
        .iter()
        .map(|h| atlas.services[h.service].id.clone())
        .collect()
}

#[test]
fn loads_everything_valid() {
    let loaded = load(DATASET).unwrap();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    assert_eq!(loaded.atlas.services.len(), 4);
    assert!(loaded.atlas.meta.sample);
}

#[test]
fn no_query_lists_all_by_name() {
    let atlas = load(DATASET).unwrap().atlas;
    // Names in English where there is one, else the fallback: Alpha, Neuvonta, Neuvontapiste, Zeta.
    assert_eq!(
        ids(&atlas, &Query::default()),
        ["tre-2", "vaasa-1", "hml-1", "tre-1"]
    );
}

#[test]
fn free_text_ignores_accents_and_matches_other_language_names() {
    let atlas = load(DATASET).unwrap().atlas;
    let q = |s: &str| Query {
        q: s.into(),
        ..Default::default()
    };
    assert_eq!(ids(&atlas, &q("hameenlinna")), ["hml-1"]);
    assert_eq!(ids(&atlas, &q("VASA")), ["vaasa-1"]);
    assert_eq!(ids(&atlas, &q("tammerfors zeta")), ["tre-1"]);
    assert_eq!(ids(&atlas, &q("radgivning")), ["vaasa-1"]);
    // The provider's name is searchable too.
    assert_eq!(ids(&atlas, &q("tampereen kaupunki")), ["tre-1"]);
    assert!(ids(&atlas, &q("nothing like this")).is_empty());
}

#[test]
fn language_filter_is_any_of_with_live_counts() {
    let atlas = load(DATASET).unwrap().atlas;
    let q = Query {
        languages: vec!["uk".into(), "ar".into()],
        ..Default::default()
    };
    let r = atlas.search(&q, "en", monday_10());
    assert_eq!(r.hits.len(), 3);
    // Counts ignore the language filter itself but honour the others.
    assert_eq!(r.language_counts["fi"], 4);
    assert_eq!(r.language_counts["uk"], 2);
    let in_tampere = Query {
        municipality: Some("837".into()),
        ..q
    };
    let r = atlas.search(&in_tampere, "en", monday_10());
    assert_eq!(r.hits.len(), 1);
    assert_eq!(r.language_counts.get("ru"), Some(&1));
    assert_eq!(r.language_counts.get("ar"), None);
}

#[test]
fn place_channel_topic_group_and_open_now() {
    let atlas = load(DATASET).unwrap().atlas;
    let area = Query {
        area: Some("region:06".into()),
        ..Default::default()
    };
    assert_eq!(ids(&atlas, &area), ["tre-2", "tre-1"]);
    let channel = Query {
        channel: Some("in_person".into()),
        ..Default::default()
    };
    assert_eq!(ids(&atlas, &channel), ["vaasa-1", "tre-1"]);
    let topic = Query {
        topic: Some("housing".into()),
        ..Default::default()
    };
    assert_eq!(ids(&atlas, &topic), ["tre-2"]);
    let group = Query {
        group: Some("all".into()),
        ..Default::default()
    };
    assert_eq!(ids(&atlas, &group), ["tre-1"]);
    // On Monday at 10 only the weekday service is open; services without hours never count as open.
    let open = Query {
        open_now: true,
        ..Default::default()
    };
    assert_eq!(ids(&atlas, &open), ["tre-1"]);
}

#[test]
fn a_topic_or_group_is_found_by_its_name_in_any_ui_language() {
    use atlas_core::search::TermNames;
    let loaded = load(DATASET).unwrap();
    let atlas = &loaded.atlas;
    // The app's Ukrainian names of the vocabulary's words.
    let names = TermNames::new(
        [("work", "Робота".to_string()), ("housing", "Житло".to_string())],
        [("all", "Для всіх".to_string())],
    );
    let found = |text: &str, names: &TermNames| -> Vec<String> {
        let q = Query {
            q: text.into(),
            ..Default::default()
        };
        let r = atlas.search_named(&q, "uk", monday_10(), names);
        r.hits
            .iter()
            .map(|h| atlas.services[h.service].id.clone())
            .collect()
    };
    // Whole, folded, or as it is being typed; a group too.
    assert_eq!(found("житло", &names), ["tre-2"]);
    assert_eq!(found("ЖИТ", &names), ["tre-2"]);
    assert_eq!(found("робота", &names), ["tre-1"]);
    assert_eq!(found("всіх", &names), ["tre-1"]);
    // With another word, every word must be answered: the place and the topic.
    assert_eq!(found("житло tampere", &names), ["tre-2"]);
    assert!(found("житло vaasa", &names).is_empty());
    // Without the names, no service's own text has the word; nor does a name no topic has.
    assert!(found("житло", &TermNames::default()).is_empty());
    assert!(found("освіта", &names).is_empty());
    // A name of a topic no service has in this dataset finds nothing.
    let other = TermNames::new([("education", "Освіта".to_string())], []);
    assert!(found("освіта", &other).is_empty());

    // The names of every UI language at once: a word in any of them, found once.
    let every = TermNames::new(
        [
            ("housing", "Житло".to_string()),
            ("housing", "Asuminen".to_string()),
            ("housing", "السكن".to_string()),
            // Several names in one, a line each (as the app has them).
            ("work", "Työ\nArbete\nWork".to_string()),
        ],
        [],
    );
    assert_eq!(found("житло", &every), ["tre-2"]);
    assert_eq!(found("asumi", &every), ["tre-2"]);
    assert_eq!(found("سكن", &every), ["tre-2"]);
    assert_eq!(found("työ", &every), ["tre-1"]);
    assert_eq!(found("arbete", &every), ["tre-1"]);
    // Not across two names.
    assert!(found("työarb", &every).is_empty());
    // A letter or two names no topic (they are in many names in some language); three do.
    assert!(found("ж", &every).is_empty());
    assert!(found("жи", &every).is_empty());
    assert_eq!(found("жит", &every), ["tre-2"]);
}

#[test]
fn near_sorts_by_distance_unless_asked_by_name() {
    let atlas = load(DATASET).unwrap().atlas;
    let hml = LatLon::new(60.9959, 24.4643);
    let near = Query {
        near: Some(hml),
        ..Default::default()
    };
    let r = atlas.search(&near, "en", monday_10());
    let order: Vec<&str> = r
        .hits
        .iter()
        .map(|h| atlas.services[h.service].id.as_str())
        .collect();
    assert_eq!(order, ["hml-1", "tre-2", "tre-1", "vaasa-1"]);
    assert!(r.hits[0].distance_km.unwrap() < 1.0);
    let by_name = Query {
        sort: Some(Sort::Name),
        ..near
    };
    assert_eq!(ids(&atlas, &by_name), ["tre-2", "vaasa-1", "hml-1", "tre-1"]);
}

#[test]
fn municipalities_are_found_by_any_name() {
    let atlas = load(DATASET).unwrap().atlas;
    let name = |i: usize| atlas.municipalities[i].code.as_str();
    assert_eq!(
        atlas
            .find_municipalities("Tavastehus")
            .iter()
            .map(|&i| name(i))
            .collect::<Vec<_>>(),
        ["109"]
    );
    assert_eq!(
        atlas
            .find_municipalities("vaa")
            .iter()
            .map(|&i| name(i))
            .collect::<Vec<_>>(),
        ["905"]
    );
    assert!(atlas.find_municipalities("").is_empty());
}

#[test]
fn bad_optional_fields_are_dropped_with_reasons_and_the_record_stays() {
    let doc = DATASET.replace(
        r#""id": "hml-1""#,
        r#""id": "hml-1", "website": "javascript:alert(1)", "email": "not an address""#,
    );
    let loaded = load(&doc).unwrap();
    assert_eq!(loaded.atlas.services.len(), 4);
    assert_eq!(loaded.left_out(RecordKind::Service), 0);
    assert_eq!(loaded.dropped(RecordKind::Service), 2);
    let hml = loaded.atlas.service("hml-1").unwrap();
    assert!(hml.website.is_none() && hml.email.is_none());
    let reasons: Vec<&str> = loaded
        .problems
        .iter()
        .filter(|p| p.id == "hml-1")
        .map(|p| p.message.as_str())
        .collect();
    assert_eq!(reasons.len(), 2, "{reasons:?}");
    assert!(reasons.iter().any(|r| r.starts_with("website")));
    assert!(reasons.iter().any(|r| r.starts_with("email")));
}

#[test]
fn a_dangling_reference_between_actors_is_dropped_not_cascaded() {
    let doc = DATASET.replace(
        r#""level": "local", "kind": "municipality"}"#,
        r#""level": "local", "kind": "municipality", "successors": ["gone"]}"#,
    );
    let loaded = load(&doc).unwrap();
    // The successor points nowhere, so it goes; the actor and the service it provides stay.
    assert!(loaded.atlas.actor("tampere").unwrap().successors.is_empty());
    assert!(loaded.atlas.service("tre-1").is_some());
    assert_eq!(loaded.atlas.services.len(), 4);
    assert_eq!(loaded.problems[0].field, "successors[0]");
}

#[test]
fn whole_file_errors() {
    assert!(matches!(load("{not json"), Err(LoadError::NotJson(_))));
    assert!(matches!(load("[1,2]"), Err(LoadError::NotAtlas)));
    assert!(matches!(
        load(r#"{"format": "something/1"}"#),
        Err(LoadError::NotAtlas)
    ));
    assert!(matches!(
        load(r#"{"format": "integration-atlas/2"}"#),
        Err(LoadError::UnsupportedVersion(_))
    ));
    // A list that is not a list is reported, and the rest still loads.
    let loaded = load(r#"{"format": "integration-atlas/1", "services": {"a": 1}}"#).unwrap();
    assert_eq!(loaded.problems.len(), 1);
    assert_eq!(loaded.problems[0].id, "*");
}

#[test]
fn meta_contact_is_kept_and_a_bad_part_dropped_with_a_problem() {
    let with = |contact: &str| {
        DATASET.replacen(
            r#""sample": true}"#,
            &format!(r#""sample": true, "contact": {contact}}}"#),
            1,
        )
    };
    let good = load(&with(
        r#"{"email": "atlas@example.fi", "url": "https://example.fi/feedback"}"#,
    ))
    .unwrap();
    let c = good.atlas.meta.contact.expect("contact");
    assert_eq!(
        (c.email.as_deref(), c.url.as_deref()),
        (Some("atlas@example.fi"), Some("https://example.fi/feedback"))
    );
    assert!(good.problems.is_empty());
    let bad = load(&with(
        r#"{"email": "not an address", "url": "javascript:alert(1)"}"#,
    ))
    .unwrap();
    assert!(bad.atlas.meta.contact.is_none());
    assert_eq!(bad.problems.len(), 2, "{:?}", bad.problems);
    assert_eq!(bad.atlas.services.len(), 4, "the records are all kept");
}

#[test]
fn lookups_the_pages_make() {
    let atlas = load(DATASET).unwrap().atlas;
    let provided: Vec<&str> = atlas
        .services_of_provider("tampere")
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(provided, ["tre-1"]);
    assert_eq!(atlas.services_of_provider("nobody").count(), 0);
    assert_eq!(atlas.programmes_of("tampere").count(), 0);
    let with_programme = DATASET.replace(
        r#""services": ["#,
        r#""programmes": [{"id": "tre-p", "kind": "integration_programme", "title": {"fi": "Ohjelma"},
            "municipalities": ["837"], "responsible": "tampere"}], "services": ["#,
    );
    let loaded = load(&with_programme).unwrap();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let programmes: Vec<&str> = loaded
        .atlas
        .programmes_of("tampere")
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(programmes, ["tre-p"]);
    let vaasa = LatLon {
        lat: 63.0951,
        lon: 21.6165,
    };
    assert_eq!(atlas.municipality_at(vaasa).map(|m| m.code.as_str()), Some("905"));
    let between = LatLon { lat: 62.0, lon: 22.5 };
    assert!(atlas.municipality_at(between).is_none());
}

/// Sorting by name (by each hit's place in a table of ranks) gives the order of the names, for
/// many hits as for few, and the few come in the order they have among the many.
#[test]
fn few_and_many_hits_come_in_the_order_of_their_names() {
    let services: Vec<String> = (0..200)
        .map(|k| {
            // Names in an order unlike the records' (k·73 mod 200), one in twenty a harbour.
            let n = (k * 73) % 200;
            let word = if k % 20 == 0 { "Harbour" } else { "Office" };
            format!(
                r#"{{"id": "s-{k}", "name": {{"en": "{word} {n:03}"}}, "municipality": "837",
                   "location": {{"lat": 61.5, "lon": 23.76}}, "languages": ["fi"]}}"#
            )
        })
        .collect();
    let dataset = DATASET.replace(
        r#""services": ["#,
        &format!(r#""services": [{},"#, services.join(",")),
    );
    let atlas = load(&dataset).unwrap().atlas;
    let ranks = atlas.name_ranks("en");
    let search = |q: &str| {
        let q = Query {
            q: q.into(),
            ..Default::default()
        };
        atlas
            .search(&q, "en", monday_10())
            .hits
            .iter()
            .map(|h| h.service)
            .collect::<Vec<_>>()
    };
    let all = search("");
    let harbours = search("harbour");
    assert_eq!(all.len(), 204);
    assert_eq!(harbours.len(), 10);
    assert!(
        harbours.len() < atlas.services.len() / 16,
        "few enough for the comparison sort"
    );
    for hits in [&all, &harbours] {
        assert!(hits.windows(2).all(|w| ranks[w[0]] < ranks[w[1]]), "{hits:?}");
    }
    let among_all: Vec<usize> = all.iter().copied().filter(|s| harbours.contains(s)).collect();
    assert_eq!(harbours, among_all);
}
