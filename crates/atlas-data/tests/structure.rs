//! The actor graph the build writes: who does what, and who succeeded whom
//! (ELY Centres → Economic Development Centres on 1.1.2026, TE Offices → employment
//! areas on 1.1.2025, Regional State Administrative Agencies → the Finnish
//! Supervisory Agency on 1.1.2026, the Centre of Expertise → the KEHA Centre on 1.1.2025).

use atlas_core::model::{Actor, ActorKind, Level, RelationKind};
use atlas_core::time::Date;
use atlas_core::Loaded;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The dataset built from the repository's sources (once per test run), as text.
fn built() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| {
        let csv = repo().join("../shared/data/municipalities.csv");
        assert!(
            csv.is_file(),
            "these tests need the reference CSV at {}",
            csv.display()
        );
        let out = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("structure-test-{}.json", std::process::id()));
        let output = Command::new(env!("CARGO_BIN_EXE_atlas-data"))
            .arg("build")
            .arg("--municipalities")
            .arg(&csv)
            .arg("--sources")
            .arg(repo().join("data/sources"))
            .arg("--out")
            .arg(&out)
            .output()
            .expect("the binary runs");
        assert!(
            output.status.success(),
            "build failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let text = std::fs::read_to_string(&out).unwrap();
        let _ = std::fs::remove_file(&out);
        text
    })
}

fn loaded() -> Loaded {
    atlas_core::load(built()).expect("the built file loads")
}

fn date(s: &str) -> Date {
    Date::parse(s).unwrap_or_else(|| panic!("{s:?} is not a date"))
}

fn by_area_kind<'a>(actors: &'a [Actor], kind: &str) -> Vec<&'a Actor> {
    let prefix = format!("{kind}:");
    actors
        .iter()
        .filter(|a| a.area.as_deref().is_some_and(|x| x.starts_with(&prefix)))
        .collect()
}

/// Whether an actor existed on a day (open ends are unbounded).
fn exists_on(a: &Actor, day: Date) -> bool {
    a.valid_from.is_none_or(|f| f <= day) && a.valid_to.is_none_or(|t| day <= t)
}

#[test]
fn the_actor_graph_has_no_dangling_references() {
    let l = loaded();
    assert!(
        l.problems.is_empty(),
        "the loader leaves records out: {:#?}",
        l.problems
    );
    let a = &l.atlas;
    let ids: BTreeSet<&str> = a.actors.iter().map(|x| x.id.as_str()).collect();
    let areas: BTreeSet<&str> = a.areas.iter().map(|x| x.id.as_str()).collect();
    let codes: BTreeSet<&str> = a.municipalities.iter().map(|m| m.code.as_str()).collect();
    assert_eq!(ids.len(), a.actors.len(), "actor ids are unique");
    for x in &a.actors {
        for s in &x.successors {
            assert!(ids.contains(s.as_str()), "{}: successor {s} does not exist", x.id);
            assert_ne!(s, &x.id, "{} succeeds itself", x.id);
        }
        let mut seen = BTreeSet::new();
        for r in &x.relations {
            assert!(
                ids.contains(r.target.as_str()),
                "{}: relation target {} does not exist",
                x.id,
                r.target
            );
            assert_ne!(r.target, x.id, "{} relates to itself", x.id);
            assert!(
                seen.insert((&r.kind, &r.target)),
                "{}: relation {} {} is stated twice",
                x.id,
                r.kind,
                r.target
            );
        }
        if let Some(area) = &x.area {
            assert!(
                areas.contains(area.as_str()),
                "{}: area {area} does not exist",
                x.id
            );
        }
        for m in &x.municipalities {
            assert!(
                codes.contains(m.as_str()),
                "{}: municipality {m} does not exist",
                x.id
            );
        }
    }
    for p in &a.programmes {
        if let Some(r) = &p.responsible {
            assert!(
                ids.contains(r.as_str()),
                "programme {}: responsible {r} does not exist",
                p.id
            );
        }
    }
    // Each relation is stored once: never also in the other direction with the same kind.
    let stated: BTreeSet<(&str, &str, &str)> = a
        .actors
        .iter()
        .flat_map(|x| {
            x.relations
                .iter()
                .map(move |r| (x.id.as_str(), r.kind.as_str(), r.target.as_str()))
        })
        .collect();
    for &(from, kind, to) in &stated {
        assert!(
            !stated.contains(&(to, kind, from)),
            "{from} {kind} {to} is stored in both directions"
        );
    }
}

#[test]
fn every_successor_took_over_the_day_after_its_predecessor_ended() {
    let l = loaded();
    let actors: BTreeMap<&str, &Actor> = l.atlas.actors.iter().map(|a| (a.id.as_str(), a)).collect();
    let mut checked = 0;
    for a in actors.values() {
        if a.successors.is_empty() {
            continue;
        }
        let ended = a
            .valid_to
            .unwrap_or_else(|| panic!("{} has successors but no valid_to", a.id));
        if let Some(started) = a.valid_from {
            assert!(started <= ended, "{} ends before it starts", a.id);
        }
        for s in &a.successors {
            let s = actors[s.as_str()];
            let began = s
                .valid_from
                .unwrap_or_else(|| panic!("{}'s successor {} does not say when it began", a.id, s.id));
            // A new actor begins the next day; an existing one (the KEHA Centre took over the
            // Centre of Expertise's work) is still there that day.
            let next = Date::from_days(ended.to_days() + 1);
            assert!(
                began == next || (began < next && s.is_valid_on(next)),
                "{} began on {began}, not the day after its predecessor {} ended on {ended}",
                s.id,
                a.id
            );
            checked += 1;
        }
    }
    assert!(checked >= 15 + 15 + 6, "only {checked} succession links");
}

#[test]
fn fifteen_ely_centres_until_2025_each_with_a_vitality_centre_as_successor() {
    let l = loaded();
    let actors = &l.atlas.actors;
    let ely: Vec<&Actor> = by_area_kind(actors, "ely_centre")
        .into_iter()
        .filter(|a| a.kind == ActorKind::RegionalAuthority)
        .collect();
    assert_eq!(
        ely.len(),
        15,
        "{:?}",
        ely.iter().map(|a| &a.id).collect::<Vec<_>>()
    );
    let vitality: BTreeSet<&str> = by_area_kind(actors, "vitality_centre")
        .iter()
        .map(|a| a.id.as_str())
        .collect();
    let mut successors = BTreeSet::new();
    for a in &ely {
        assert_eq!(a.valid_to, Some(date("2025-12-31")), "{}", a.id);
        assert!(!a.successors.is_empty(), "{} has no successor", a.id);
        for s in &a.successors {
            assert!(
                vitality.contains(s.as_str()),
                "{}: successor {s} is not a vitality centre",
                a.id
            );
            successors.insert(s.as_str());
        }
        assert!(!a.illustrative, "{}", a.id);
    }
    assert_eq!(
        successors, vitality,
        "every vitality centre succeeds some ELY Centre"
    );
    // Åland's placeholder in the reference data is no ELY Centre.
    assert!(!actors
        .iter()
        .any(|a| a.area.as_deref() == Some("ely_centre:16") && a.kind == ActorKind::RegionalAuthority));
}

#[test]
fn ten_vitality_centres_from_2026() {
    let l = loaded();
    let vitality = by_area_kind(&l.atlas.actors, "vitality_centre");
    assert_eq!(vitality.len(), 10);
    let areas: BTreeSet<&str> = vitality.iter().filter_map(|a| a.area.as_deref()).collect();
    assert_eq!(areas.len(), 10, "one per area");
    for a in vitality {
        assert_eq!(a.valid_from, Some(date("2026-01-01")), "{}", a.id);
        assert_eq!(a.valid_to, None, "{}", a.id);
        assert_eq!(a.kind, ActorKind::RegionalAuthority);
        assert!(a.tasks.len() >= 3, "{}", a.id);
    }
}

#[test]
fn forty_five_employment_areas_succeed_the_te_offices() {
    let l = loaded();
    let a = &l.atlas;
    let employment: Vec<&Actor> = by_area_kind(&a.actors, "employment_area")
        .into_iter()
        .filter(|x| x.kind == ActorKind::EmploymentAuthority)
        .collect();
    assert_eq!(employment.len(), 45);
    for e in &employment {
        assert_eq!(e.valid_from, Some(date("2025-01-01")), "{}", e.id);
        assert_eq!(e.level, Level::Local);
    }
    // Every mainland municipality is part of exactly one employment area.
    let employment_ids: BTreeSet<&str> = employment.iter().map(|e| e.id.as_str()).collect();
    for m in &a.municipalities {
        if m.areas.iter().any(|x| x == "region:21") {
            continue;
        }
        let me = a
            .actors
            .iter()
            .find(|x| x.kind == ActorKind::Municipality && x.municipalities == [m.code.clone()])
            .unwrap();
        let parts: Vec<&str> = me
            .relations
            .iter()
            .filter(|r| r.kind == RelationKind::PartOf && employment_ids.contains(r.target.as_str()))
            .map(|r| r.target.as_str())
            .collect();
        assert_eq!(parts.len(), 1, "{} ({}) is part of {parts:?}", me.id, m.code);
    }

    let te: Vec<&Actor> = a
        .actors
        .iter()
        .filter(|x| x.kind == ActorKind::EmploymentAuthority && x.valid_to == Some(date("2024-12-31")))
        .collect();
    assert_eq!(te.len(), 15, "fifteen TE Offices");
    let mut succeeded = BTreeSet::new();
    for t in te {
        assert!(
            t.illustrative,
            "{}: the TE Offices' names and areas are derived, so they are marked illustrative",
            t.id
        );
        assert!(!t.successors.is_empty(), "{}", t.id);
        for s in &t.successors {
            assert!(
                employment_ids.contains(s.as_str()),
                "{}: successor {s} is not an employment area",
                t.id
            );
            succeeded.insert(s.as_str());
        }
    }
    assert_eq!(
        succeeded, employment_ids,
        "every employment area succeeds some TE Office"
    );
}

#[test]
fn every_municipality_has_exactly_one_actor() {
    let l = loaded();
    let a = &l.atlas;
    for m in &a.municipalities {
        let own: Vec<&str> = a
            .actors
            .iter()
            .filter(|x| x.kind == ActorKind::Municipality && x.municipalities == [m.code.clone()])
            .map(|x| x.id.as_str())
            .collect();
        assert_eq!(own.len(), 1, "municipality {} has actors {own:?}", m.code);
        assert!(
            !a.actors.iter().find(|x| x.id == own[0]).unwrap().tasks.is_empty(),
            "{}",
            own[0]
        );
    }
    // The ids the services refer to stay as they were.
    for id in [
        "helsinki",
        "tampere",
        "turku",
        "maarianhamina",
        "pirkanmaan-hyvinvointialue",
    ] {
        assert!(a.actors.iter().any(|x| x.id == id), "{id}");
    }
}

#[test]
fn wellbeing_services_counties_helsinki_and_aland() {
    let l = loaded();
    let a = &l.atlas;
    let counties: Vec<&Actor> = a
        .actors
        .iter()
        .filter(|x| x.kind == ActorKind::WellbeingCounty)
        .collect();
    assert_eq!(counties.len(), 21);
    let areas: BTreeSet<&str> = counties.iter().filter_map(|x| x.area.as_deref()).collect();
    let expected: BTreeSet<String> = (1..=21).map(|n| format!("wellbeing_county:{n:02}")).collect();
    assert_eq!(areas, expected.iter().map(String::as_str).collect());
    // Helsinki organises these services itself; Åland's health care is its own.
    let helsinki = a.actors.iter().find(|x| x.id == "helsinki").unwrap();
    assert!(helsinki
        .tasks
        .iter()
        .any(|t| t.get("en").contains("not part of a wellbeing services county")));
    for id in [
        "alands-landskapsregering",
        "ahvenanmaan-valtionvirasto",
        "ams",
        "ahs",
    ] {
        let x = a
            .actors
            .iter()
            .find(|x| x.id == id)
            .unwrap_or_else(|| panic!("{id}"));
        assert_eq!(x.area.as_deref(), Some("region:21"), "{id}");
        assert_eq!(x.valid_to, None, "{id} continues");
    }
    // The reference data's Åland placeholders get no mainland actor.
    for placeholder in ["wellbeing_county:91", "employment_area:46", "ely_centre:16"] {
        assert!(
            !a.actors.iter().any(|x| x.area.as_deref() == Some(placeholder)),
            "{placeholder}"
        );
    }
    // No state integration relation reaches an Åland municipality.
    let aland: BTreeSet<String> = a
        .municipalities
        .iter()
        .filter(|m| m.areas.iter().any(|x| x == "region:21"))
        .filter_map(|m| {
            a.actors
                .iter()
                .find(|x| x.kind == ActorKind::Municipality && x.municipalities == [m.code.clone()])
        })
        .map(|x| x.id.clone())
        .collect();
    assert_eq!(aland.len(), 16);
    for x in &a.actors {
        for r in &x.relations {
            assert!(!aland.contains(&r.target), "{} {} {}", x.id, r.kind, r.target);
        }
    }
}

#[test]
fn the_structure_on_a_day() {
    let l = loaded();
    let a = &l.atlas;
    let count = |day: &str, kind: &str| {
        let day = Date::parse(day).unwrap();
        by_area_kind(&a.actors, kind)
            .into_iter()
            .filter(|x| x.kind != ActorKind::Municipality && exists_on(x, day))
            .count()
    };
    // 1 June 2024: ELY Centres and TE Offices (both on ELY areas), no vitality centres or employment areas.
    assert_eq!(count("2024-06-01", "ely_centre"), 30);
    assert_eq!(count("2024-06-01", "vitality_centre"), 0);
    assert_eq!(count("2024-06-01", "employment_area"), 0);
    // 2025: ELY Centres and employment areas.
    assert_eq!(count("2025-06-01", "ely_centre"), 15);
    assert_eq!(count("2025-06-01", "employment_area"), 45);
    // 22 November 2026: vitality centres and employment areas only.
    assert_eq!(count("2026-11-22", "ely_centre"), 0);
    assert_eq!(count("2026-11-22", "vitality_centre"), 10);
    assert_eq!(count("2026-11-22", "employment_area"), 45);
    let national = |day: &str| {
        let day = Date::parse(day).unwrap();
        a.actors
            .iter()
            .filter(|x| x.id.starts_with("avi-") || x.id == "lupa-ja-valvontavirasto")
            .filter(|x| exists_on(x, day))
            .count()
    };
    assert_eq!(national("2025-12-31"), 6);
    assert_eq!(national("2026-01-01"), 1);
}

#[test]
fn programmes_and_legislation() {
    let l = loaded();
    let a = &l.atlas;
    let day = Date::parse("2026-11-22").unwrap();
    let mut statuses = BTreeSet::new();
    for p in &a.programmes {
        let period = p.period.as_ref();
        let start = period.and_then(|x| x.start);
        let end = period.and_then(|x| x.end);
        if let (Some(s), Some(e)) = (start, end) {
            assert!(s <= e, "{}", p.id);
        }
        statuses.insert(if start.is_some_and(|s| day < s) {
            "upcoming"
        } else if end.is_some_and(|e| day > e) {
            "expired"
        } else {
            "valid"
        });
        if p.kind == "integration_programme" {
            assert!(
                p.illustrative,
                "{}: the examples under Act 681/2023 are illustrative",
                p.id
            );
        }
        if p.illustrative {
            assert!(p.url.is_none(), "{}: no address for an invented record", p.id);
        }
    }
    // On 22.11.2026 every municipal programme in the sources has a period that has begun;
    // an upcoming one would need a decision the sources do not have.
    assert!(
        statuses.contains("valid") && statuses.contains("expired"),
        "valid and expired programmes: {statuses:?}"
    );
    for (id, kind, municipalities) in [
        ("turku-2022-2025", "municipal_integration_programme", 1),
        ("mikkeli-2023-2026", "municipal_integration_programme", 1),
        ("kainuu-2022", "municipal_integration_programme", 8),
    ] {
        let p = a
            .programmes
            .iter()
            .find(|p| p.id == id)
            .unwrap_or_else(|| panic!("{id}"));
        assert_eq!(p.kind, kind);
        assert_eq!(p.municipalities.len(), municipalities, "{id}");
        assert!(!p.illustrative, "{id}");
    }

    let law = |id: &str| {
        a.legislation
            .iter()
            .find(|x| x.id == id)
            .unwrap_or_else(|| panic!("{id}"))
    };
    let old = law("act-1386-2010");
    let new = law("act-681-2023");
    assert_eq!(old.in_force_to, Some(date("2024-12-31")));
    assert_eq!(new.in_force_from, Some(date("2025-01-01")));
    assert_eq!(law("act-916-2012").in_force_to, Some(date("2024-12-31")));
    assert_eq!(law("act-380-2023").in_force_from, Some(date("2025-01-01")));
}

#[test]
fn the_dataset_stays_small() {
    let size = built().len();
    assert!(size < 1_500_000, "the dataset is {size} bytes");
}
