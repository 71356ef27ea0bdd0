//! The facts of the published dataset (public/data/atlas.json) as a user finds them on
//! the actors page: who ran integration on 25 November 2026 and on 1 June 2024, with
//! the official names (../shared/research/facts-2026.md), and a source or the
//! illustrative mark behind every actor, programme and act.

mod common;

use atlas_core::model::{ActorKind, Level, RelationKind};
use atlas_core::structure::{ActorQuery, ProgrammeStatus};
use atlas_core::time::Date;
use atlas_core::{Atlas, RecordKind};
use common::repo;
use std::sync::OnceLock;

fn atlas() -> &'static Atlas {
    static ATLAS: OnceLock<Atlas> = OnceLock::new();
    ATLAS.get_or_init(|| {
        let text =
            std::fs::read_to_string(repo().join("public/data/atlas.json")).expect("the published dataset");
        let loaded = atlas_core::load(&text).expect("it loads");
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        loaded.atlas
    })
}

fn day(s: &str) -> Date {
    Date::parse(s).unwrap()
}

/// The ids of the actors listed on the actors page with `at=day`.
fn listed(at: &str) -> Vec<&'static str> {
    let a = atlas();
    let q = ActorQuery {
        at: Some(day(at)),
        ..Default::default()
    };
    a.find_actors(&q, day("2026-11-25"), &Default::default())
        .into_iter()
        .map(|i| a.actors[i].id.as_str())
        .collect()
}

fn count(ids: &[&str], prefix: &str) -> usize {
    ids.iter().filter(|id| id.starts_with(prefix)).count()
}

fn name(id: &str, lang: &str) -> String {
    let a = atlas().actor(id).unwrap_or_else(|| panic!("no actor {id}"));
    a.name
        .0
        .get(lang)
        .map(str::to_string)
        .unwrap_or_else(|| panic!("{id} has no {lang} name"))
}

#[test]
fn on_25_november_2026() {
    let ids = listed("2026-11-25");
    assert_eq!(count(&ids, "vitality-centre:"), 10);
    assert_eq!(count(&ids, "employment-area:"), 45);
    assert_eq!(
        count(&ids, "ely-centre:") + count(&ids, "te-office:") + count(&ids, "avi-"),
        0
    );
    for id in ["keha-keskus", "lupa-ja-valvontavirasto", "tem"] {
        assert!(ids.contains(&id), "{id} is not listed");
    }
    assert!(
        !ids.contains(&"osaamiskeskus"),
        "the Centre of Expertise ended in 2024"
    );

    // The ten Economic Development Centres with their official names (tem.fi, 27.11.2025).
    let centres = [
        (
            "1",
            "Uudenmaan elinvoimakeskus",
            "Nylands livskraftscentral",
            "Economic Development Centre of Uusimaa",
        ),
        (
            "2",
            "Lounais-Suomen elinvoimakeskus",
            "Sydvästra Finlands livskraftscentral",
            "Economic Development Centre of Southwest Finland",
        ),
        (
            "3",
            "Kaakkois-Suomen elinvoimakeskus",
            "Sydöstra Finlands livskraftscentral",
            "Economic Development Centre of Southeast Finland",
        ),
        (
            "4",
            "Sisä-Suomen elinvoimakeskus",
            "Inre Finlands livskraftscentral",
            "Economic Development Centre of Inland Finland",
        ),
        (
            "5",
            "Keski-Suomen elinvoimakeskus",
            "Mellersta Finlands livskraftscentral",
            "Economic Development Centre of Central Finland",
        ),
        (
            "6",
            "Itä-Suomen elinvoimakeskus",
            "Östra Finlands livskraftscentral",
            "Economic Development Centre of Eastern Finland",
        ),
        (
            "7",
            "Etelä-Pohjanmaan elinvoimakeskus",
            "Södra Österbottens livskraftscentral",
            "Economic Development Centre of South Ostrobothnia",
        ),
        (
            "8",
            "Pohjanmaan elinvoimakeskus",
            "Österbottens livskraftscentral",
            "Economic Development Centre of Ostrobothnia",
        ),
        (
            "9",
            "Pohjois-Suomen elinvoimakeskus",
            "Norra Finlands livskraftscentral",
            "Economic Development Centre of Northern Finland",
        ),
        (
            "10",
            "Lapin elinvoimakeskus",
            "Lapplands livskraftscentral",
            "Economic Development Centre of Lapland",
        ),
    ];
    for (code, fi, sv, en) in centres {
        let id = format!("vitality-centre:{code}");
        assert_eq!(
            (name(&id, "fi"), name(&id, "sv"), name(&id, "en")),
            (fi.into(), sv.into(), en.into())
        );
        let area = atlas().area(&format!("vitality_centre:{code}")).unwrap();
        assert_eq!(
            area.name.get("en"),
            en,
            "the area kind's names in the network view"
        );
    }
    // No user-visible English text calls them vitality centres.
    for a in &atlas().actors {
        for text in a
            .description
            .iter()
            .chain(&a.tasks)
            .chain(std::iter::once(&a.name))
        {
            assert!(
                !text.get("en").to_lowercase().contains("vitality"),
                "{}: {}",
                a.id,
                text.get("en")
            );
        }
    }

    assert_eq!(
        name("lupa-ja-valvontavirasto", "en"),
        "Finnish Supervisory Agency"
    );
    assert_eq!(
        atlas()
            .actor("lupa-ja-valvontavirasto")
            .unwrap()
            .website
            .as_deref(),
        Some("https://lvv.fi")
    );

    let keha = atlas().actor("keha-keskus").unwrap();
    assert_eq!(
        name("keha-keskus", "fi"),
        "Työllisyys-, kehittämis- ja hallintokeskus (KEHA-keskus)"
    );
    assert_eq!(keha.level, Level::National);
    assert!(!keha.sources.is_empty());
    let tem = atlas().actor("tem").unwrap();
    assert!(tem
        .relations
        .iter()
        .any(|r| r.kind == RelationKind::Steers && r.target == "keha-keskus"));
    let partnership = atlas().programme("kumppanuusohjelma").unwrap();
    assert_eq!(partnership.responsible.as_deref(), Some("keha-keskus"));

    let valko = atlas()
        .programme("valko-2024-2027")
        .expect("the Government Integration Programme 2024–2027");
    assert_eq!(valko.kind, "government_integration_programme");
    assert_eq!(
        valko.adopted.as_ref().and_then(|a| a.date),
        Some(day("2025-01-16"))
    );
    assert_eq!(valko.status_on(day("2026-11-25")), ProgrammeStatus::Valid);
    // The latest Government programme on the day is the current one.
    let latest = atlas()
        .programmes
        .iter()
        .filter(|p| {
            p.kind == "government_integration_programme"
                && p.status_on(day("2026-11-25")) == ProgrammeStatus::Valid
        })
        .map(|p| p.id.as_str())
        .collect::<Vec<_>>();
    assert_eq!(latest, ["valko-2024-2027"]);

    let act = atlas()
        .legislation
        .iter()
        .find(|l| l.number == "531/2025")
        .expect("Act 531/2025");
    assert!(!act.sources.is_empty());
    assert_eq!(
        atlas()
            .programme("helsinki-2022-2025")
            .unwrap()
            .adopted
            .as_ref()
            .and_then(|a| a.date),
        Some(day("2022-05-09"))
    );
    for id in [
        "turku-2022-2025",
        "helsinki-2022-2025",
        "tampere-2021-2025",
        "rovaniemi-2023-2025",
    ] {
        assert_eq!(
            atlas().programme(id).unwrap().status_on(day("2026-11-25")),
            ProgrammeStatus::Expired,
            "{id}"
        );
    }
}

#[test]
fn on_1_june_2024() {
    let ids = listed("2024-06-01");
    assert_eq!(count(&ids, "ely-centre:"), 15);
    assert_eq!(count(&ids, "te-office:"), 15);
    assert_eq!(
        count(&ids, "vitality-centre:") + count(&ids, "employment-area:"),
        0
    );
    assert!(
        ids.contains(&"osaamiskeskus"),
        "the Centre of Expertise worked in the ministry"
    );
    assert!(!ids.contains(&"lupa-ja-valvontavirasto"));
    let centre = atlas().actor("osaamiskeskus").unwrap();
    assert!(centre
        .relations
        .iter()
        .any(|r| r.kind == RelationKind::PartOf && r.target == "tem"));
    assert_eq!(
        (centre.valid_from, centre.valid_to),
        (Some(day("2014-01-01")), Some(day("2024-12-31")))
    );
    assert_eq!(centre.successors, ["keha-keskus"]);
    let te = atlas().actor("te-office:01").unwrap();
    assert_eq!(
        (te.valid_from, te.valid_to),
        (Some(day("2013-01-01")), Some(day("2024-12-31")))
    );
    assert_eq!(
        atlas()
            .programme("kumppanuusohjelma")
            .unwrap()
            .status_on(day("2024-06-01")),
        ProgrammeStatus::Valid
    );
}

/// The wellbeing services counties took over health, social and rescue services from the
/// municipalities on 1 January 2023 (stm.fi): on the actors page from that day, not before.
#[test]
fn wellbeing_services_counties_from_1_january_2023() {
    let counties = |at: &str| {
        listed(at)
            .into_iter()
            .filter(|id| atlas().actor(id).unwrap().kind == ActorKind::WellbeingCounty)
            .count()
    };
    assert_eq!(counties("2022-12-31"), 0);
    // All 21 (Helsinki organises these services itself, and Åland has none).
    assert_eq!(counties("2023-01-01"), 21);
    assert_eq!(counties("2026-11-25"), 21);
    for county in atlas()
        .actors
        .iter()
        .filter(|a| a.kind == ActorKind::WellbeingCounty)
    {
        assert_eq!(county.valid_from, Some(day("2023-01-01")), "{}", county.id);
        assert!(
            county
                .sources
                .iter()
                .any(|s| s.url == "https://stm.fi/en/wellbeing-services-counties"),
            "{} names the ministry's page",
            county.id
        );
    }
}

#[test]
fn every_actor_programme_and_act_names_a_source_or_says_it_is_illustrative() {
    let a = atlas();
    for kind in [RecordKind::Actor, RecordKind::Programme, RecordKind::Legislation] {
        let p = a.provenance(kind).unwrap();
        assert_eq!(p.neither, 0, "{kind:?}: {p:?}");
        assert!(p.sourced > 0, "{kind:?}: {p:?}");
    }
    for s in a
        .actors
        .iter()
        .flat_map(|x| &x.sources)
        .chain(a.programmes.iter().flat_map(|x| &x.sources))
        .chain(a.legislation.iter().flat_map(|x| &x.sources))
    {
        assert!(s.problem().is_none(), "{s:?}");
        assert!(
            s.url.starts_with("https://") || s.url.starts_with("http://"),
            "{}",
            s.url
        );
    }
    // Illustrative programmes under Act 681/2023 were replaced by real decisions.
    assert!(!a.programmes.iter().any(|p| p.id.starts_with("example-")));
}
