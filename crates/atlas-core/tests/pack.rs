//! The static pack: made from a dataset, it gives the same records (less what only a service's
//! page shows, which its shards hold), the same problems and the same answers; and its reader
//! refuses a stale, other-version, cut-short, damaged or forged pack instead of trusting it.

use atlas_core::pack::{self, PackError, Stamp};
use atlas_core::query::parse_query_string;
use atlas_core::time::{Date, LocalTime};
use atlas_core::{check, load, Checked, Loaded, Query, UrlState};

const DIGEST: &str = "5f0c0a1b2c3d4e5f60718293a4b5c6d7e8f901122334455667788990abbccdde";

fn default_dataset() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../public/data/atlas.json"
    ))
    .expect("the published dataset")
}

fn make(c: &Checked, shard_size: u32) -> pack::Made {
    pack::make(c.records(), c.problems(), stamp(), shard_size)
}

fn stamp() -> Stamp {
    Stamp {
        sha256: DIGEST.into(),
        bytes: 1234,
    }
}

fn open(bytes: &[u8], digest: &str) -> Result<Loaded, PackError> {
    let future = pack::open_pausing(bytes.to_vec(), digest, |_| std::future::ready(()));
    let (checked, _) = block_on(future)?;
    Ok(checked.index())
}

/// The reader awaits only ready pauses: one poll runs it to the end.
fn block_on<T>(future: impl std::future::Future<Output = T>) -> T {
    let mut future = std::pin::pin!(future);
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    match future.as_mut().poll(&mut cx) {
        std::task::Poll::Ready(v) => v,
        std::task::Poll::Pending => panic!("the reader waited on a ready pause"),
    }
}

/// What the pack keeps of a service: all but what only its own page shows.
fn packed(s: &atlas_core::model::Service) -> atlas_core::model::Service {
    let mut s = s.clone();
    s.description = None;
    s.phones.clear();
    s.email = None;
    s.website = None;
    s.accessibility = None;
    s
}

fn answers(loaded: &Loaded, query: &str, lang: &str) -> Vec<(String, bool)> {
    let q = Query::from_pairs(parse_query_string(query));
    let now = LocalTime {
        date: Date::parse("2026-11-23").unwrap(),
        minute: 600,
    };
    let atlas = &loaded.atlas;
    atlas
        .search(&q, lang, now)
        .hits
        .iter()
        .map(|h| (atlas.services[h.service].id.clone(), h.fuzzy))
        .collect()
}

#[test]
fn a_pack_gives_its_datasets_records_problems_and_answers() {
    // A dataset with problems: a bad e-mail (dropped), a service in no known municipality (left out).
    let mut text = default_dataset();
    let broken = r#""services": [{"id": "x-1", "name": {"fi": "X"}, "municipality": "999", "location": {"lat": 61, "lon": 24}, "languages": ["fi"]}, {"id": "x-2", "name": {"fi": "Y"}, "municipality": "837", "location": {"lat": 61.5, "lon": 23.7}, "languages": ["fi"], "email": "not-an-address", "channels": ["in_person", "carrier_pigeon"]}, "#;
    text = text.replacen("\"services\": [", broken, 1);
    let from_json = load(&text).expect("the dataset loads");
    assert!(from_json.problems.len() >= 3, "{:?}", from_json.problems);
    let made = make(&check(&text).unwrap(), 20);
    let from_pack = open(&made.pack, DIGEST).expect("the pack opens");

    let (a, b) = (&from_json.atlas, &from_pack.atlas);
    assert_eq!(b.services.len(), a.services.len());
    for (x, y) in a.services.iter().zip(&b.services) {
        assert_eq!(&packed(x), y);
    }
    assert_eq!(b.meta, a.meta);
    assert_eq!(b.areas, a.areas);
    assert_eq!(b.municipalities, a.municipalities);
    assert_eq!(b.actors, a.actors);
    assert_eq!(b.programmes, a.programmes);
    assert_eq!(b.legislation, a.legislation);
    assert_eq!(from_pack.problems, from_json.problems);
    for query in [
        "",
        "q=neuvonta",
        "q=tyollisyys&language=uk",
        "q=kotoutumis",
        "municipality=091&sort=name",
        "near=60.17,24.94&sort=distance",
        "open=now&channel=phone",
        "q=helsnki",
    ] {
        for lang in ["fi", "ar"] {
            assert_eq!(
                answers(&from_pack, query, lang),
                answers(&from_json, query, lang),
                "{query} in {lang}"
            );
        }
    }
    // Every full record is in its shard, at the place the pack says.
    assert_eq!(made.shards.len(), a.services.len().div_ceil(20));
    let info = block_on(pack::open_pausing(made.pack.clone(), DIGEST, |_| {
        std::future::ready(())
    }))
    .unwrap()
    .1;
    assert_eq!(info.stamp, stamp());
    for (i, s) in a.services.iter().enumerate() {
        let (k, place) = info.shard_of(i);
        assert_eq!(
            pack::service_in_shard(&made.shards[k], place, b, i).as_ref(),
            Some(s)
        );
    }
}

#[test]
fn a_stale_or_newer_pack_is_refused() {
    let made = make(&check(&default_dataset()).unwrap(), 100);
    let other = DIGEST.replace('5', "6");
    assert_eq!(open(&made.pack, &other).unwrap_err(), PackError::Stale);
    // The digest is compared as the sums file writes it: any case, surrounding space.
    assert!(open(&made.pack, &format!(" {}\n", DIGEST.to_uppercase())).is_ok());
    let mut newer = made.pack.clone();
    newer[8..10].copy_from_slice(&(pack::VERSION + 1).to_le_bytes());
    assert_eq!(
        open(&newer, DIGEST).unwrap_err(),
        PackError::Version(pack::VERSION + 1)
    );
    assert_eq!(
        open(b"{\"format\": \"integration-atlas/1\"}", DIGEST).unwrap_err(),
        PackError::NotAPack
    );
    assert_eq!(open(b"", DIGEST).unwrap_err(), PackError::NotAPack);
}

#[test]
fn a_pack_cut_short_or_damaged_is_refused_or_keeps_every_rule() {
    let made = make(&check(&default_dataset()).unwrap(), 100);
    let n = made.pack.len();
    // Every cut is refused: a pack that ends early never reads as a smaller one.
    for cut in (0..n).step_by(n / 50).chain(n - 64..n) {
        assert!(open(&made.pack[..cut], DIGEST).is_err(), "cut at {cut} of {n}");
    }
    // A changed byte anywhere: an error, or records that keep every rule of the format.
    let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
    for _ in 0..120 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let mut damaged = made.pack.clone();
        let at = 10 + (seed as usize) % (n - 10);
        damaged[at] ^= (seed >> 32) as u8 | 1;
        if let Ok(l) = open(&damaged, DIGEST) {
            let again = load(&l.atlas.to_json()).expect("what a pack gives is a dataset");
            assert!(again.problems.is_empty(), "byte {at}: {:?}", again.problems);
        }
    }
}

#[test]
fn a_forged_record_refuses_the_whole_pack() {
    let checked = check(&default_dataset()).unwrap();
    let forge = |f: &dyn Fn(&mut atlas_core::model::Service)| {
        let mut records = checked.records().clone();
        f(&mut records.services[3]);
        open(&pack::make(&records, &[], stamp(), 100).pack, DIGEST).unwrap_err()
    };
    let breaks = |e: PackError, what: &str| {
        assert!(
            matches!(&e, PackError::BreaksARule(m) if m.contains(what)),
            "{e:?}"
        );
    };
    breaks(forge(&|s| s.id = "Not An Id".into()), "id");
    breaks(forge(&|s| s.municipality = "999".into()), "municipality");
    breaks(forge(&|s| s.location.lat = 10.0), "location");
    breaks(
        forge(&|s| {
            s.sources = vec![atlas_core::model::SourceRef {
                url: "javascript:alert(1)".into(),
                title: None,
                checked: None,
            }]
        }),
        "sources",
    );
    breaks(
        forge(&|s| s.opening_hours = Some("whenever".into())),
        "opening_hours",
    );
    let first = checked.records().services[0].id.clone();
    breaks(forge(&|s| s.id = first.clone()), "duplicate");
}

#[test]
fn a_shard_record_is_checked_and_must_be_the_service_asked_for() {
    let made = make(&check(&default_dataset()).unwrap(), 100);
    let atlas = &open(&made.pack, DIGEST).unwrap().atlas;
    let shard = &made.shards[0];
    assert!(pack::service_in_shard(shard, 1, atlas, 1).is_some());
    // The record at another place is another service.
    assert_eq!(pack::service_in_shard(shard, 2, atlas, 1), None);
    assert_eq!(pack::service_in_shard(shard, 10_000, atlas, 1), None);
    assert_eq!(pack::service_in_shard("not json", 1, atlas, 1), None);
    // A record whose link is not http(s) is not shown from a shard.
    let mut records: Vec<serde_json::Value> = serde_json::from_str(shard).unwrap();
    records[1]["website"] = "javascript:alert(1)".into();
    let forged = serde_json::to_string(&records).unwrap();
    assert_eq!(pack::service_in_shard(&forged, 1, atlas, 1), None);
}

#[test]
fn the_digest_of_a_sums_line() {
    assert_eq!(
        pack::digest_in_sums(&format!("{}  atlas.json\n", DIGEST.to_uppercase())).as_deref(),
        Some(DIGEST)
    );
    assert_eq!(pack::digest_in_sums("abc  atlas.json"), None);
    assert_eq!(pack::digest_in_sums(""), None);
}

/// The default dataset with `extra` more services, named from syllables in the UI languages'
/// scripts and letters (å, ä, ö; ї, й; Arabic), some only in Finnish, so that each UI language
/// orders them its own way and its first page holds names from other languages' fallbacks.
fn with_many_services(extra: usize) -> String {
    let mut d: serde_json::Value = serde_json::from_str(&default_dataset()).unwrap();
    let template = d["services"][0].clone();
    let syllables = [
        "ka", "Ää", "lo", "Öm", "år", "ба", "Їж", "йо", "по", "دا", "سم", "ne", "Ab",
    ];
    let word = |k: usize| {
        let mut w = String::new();
        let mut k = k * 7919 + 13;
        for _ in 0..3 {
            w.push_str(syllables[k % syllables.len()]);
            k /= syllables.len();
        }
        w
    };
    let services = d["services"].as_array_mut().unwrap();
    for k in 0..extra {
        let mut s = template.clone();
        s["id"] = format!("many-{k}").into();
        s["name"] = match k % 3 {
            0 => serde_json::json!({ "fi": word(k) }),
            1 => serde_json::json!({ "fi": word(k), "uk": word(k + 1), "ar": word(k + 2) }),
            _ => {
                serde_json::json!({ "fi": word(k), "sv": word(k + 3), "ru": word(k + 4), "en": word(k + 5) })
            }
        };
        services.push(s);
    }
    d.to_string()
}

#[test]
fn the_first_view_holds_each_languages_first_page_in_its_order() {
    let text = with_many_services(600);
    let from_json = load(&text).expect("the dataset loads");
    let made = make(&check(&text).unwrap(), 100);
    let first = open(&made.first_view, DIGEST).expect("the first view opens as a pack");
    let all = &from_json.atlas;
    let few = &first.atlas;
    assert!(
        few.services.len() < all.services.len() / 4,
        "{} services",
        few.services.len()
    );
    assert!(few.services.len() <= atlas_core::UI_LANGUAGES.len() * pack::FIRST_VIEW_PAGE);
    // Its records are the dataset's (as the pack keeps them), in the dataset's order.
    let place = |id: &str| all.services.iter().position(|s| s.id == id).unwrap();
    let places: Vec<usize> = few.services.iter().map(|s| place(&s.id)).collect();
    assert!(places.windows(2).all(|w| w[0] < w[1]), "{places:?}");
    for s in &few.services {
        assert_eq!(s, &packed(&all.services[place(&s.id)]));
    }
    // Of the municipalities, its services' (each list entry names one), as the dataset has them,
    // in its order: not the others, whose reading was a third of the first view's.
    let named: std::collections::HashSet<&str> =
        few.services.iter().map(|s| s.municipality.as_str()).collect();
    let theirs: Vec<_> = all
        .municipalities
        .iter()
        .filter(|m| named.contains(m.code.as_str()))
        .cloned()
        .collect();
    assert_eq!(few.municipalities, theirs);
    assert_eq!(theirs.len(), named.len(), "every service's municipality is kept");
    assert!(
        theirs.len() < all.municipalities.len(),
        "{} of {}",
        theirs.len(),
        all.municipalities.len()
    );
    assert_eq!(few.areas, all.areas);
    // Of the actors, its services' providers, as a list may name them.
    let mut providers: Vec<&str> = few
        .services
        .iter()
        .filter_map(|s| s.provider.as_deref())
        .collect();
    providers.sort_unstable();
    providers.dedup();
    let mut kept: Vec<&str> = few.actors.iter().map(|a| a.id.as_str()).collect();
    kept.sort_unstable();
    assert_eq!(kept, providers);
    for a in &few.actors {
        let whole = all.actors.iter().find(|w| w.id == a.id).unwrap();
        assert_eq!(
            (&a.name, &a.short_name, a.level, a.kind),
            (&whole.name, &whole.short_name, whole.level, whole.kind)
        );
    }
    assert!(few.programmes.is_empty() && few.legislation.is_empty());
    // A small part of the pack: its rest is not the whole dataset's.
    assert!(
        made.first_view.len() * 5 < made.pack.len(),
        "{} of {} bytes",
        made.first_view.len(),
        made.pack.len()
    );
    // The unfiltered list's first page, in every UI language, is the whole dataset's.
    for lang in atlas_core::UI_LANGUAGES {
        let want = answers(&from_json, "", lang);
        let got = answers(&first, "", lang);
        assert_eq!(
            got[..pack::FIRST_VIEW_PAGE],
            want[..pack::FIRST_VIEW_PAGE],
            "{lang}"
        );
    }
    // The languages' pages differ (each is its own order), and the pages of Finnish and Arabic
    // share few services: the view holds more than one page.
    assert!(
        few.services.len() > pack::FIRST_VIEW_PAGE * 2,
        "{} services",
        few.services.len()
    );
    // Checked as the pack is: another dataset's digest refuses it.
    assert_eq!(
        open(&made.first_view, &DIGEST.replace('5', "6")).unwrap_err(),
        PackError::Stale
    );
}

#[test]
fn the_first_view_carries_the_maps_clusters_of_every_service() {
    use atlas_core::cluster::{Grid, Places, CELL_PX};
    use atlas_core::overview::ZOOMS;
    let text = with_many_services(600);
    let all = load(&text).expect("the dataset loads").atlas;
    let made = make(&check(&text).unwrap(), 100);
    let info = |bytes: &[u8]| {
        block_on(pack::open_pausing(bytes.to_vec(), DIGEST, |_| {
            std::future::ready(())
        }))
        .unwrap()
        .1
    };
    let overview = info(&made.first_view).overview;
    // The map's own clustering of every service (not only the first view's few), at each zoom.
    let places = Places::new(all.services.iter().map(|s| s.location));
    let ids: Vec<usize> = (0..all.services.len()).collect();
    for zoom in ZOOMS {
        let want = places.cluster(&ids, &Grid::new(f64::from(zoom), CELL_PX, None));
        let got = overview
            .at(f64::from(zoom))
            .expect("each of the overview's zooms");
        assert_eq!(got.len(), want.len(), "zoom {zoom}");
        for (g, w) in got.iter().zip(&want) {
            assert_eq!(g.count(), w.count, "zoom {zoom}");
            assert!(g.centre().distance_km(&w.centre) < 0.01, "zoom {zoom}");
        }
        assert_eq!(got.iter().map(|p| p.count()).sum::<usize>(), all.services.len());
    }
    // The pack itself has none: its map clusters the services it holds.
    assert!(info(&made.pack).overview.is_empty());
}

#[test]
fn a_pack_of_version_one_is_read_without_an_overview() {
    let made = make(&check(&default_dataset()).unwrap(), 100);
    // Version 1 is version 2 without the overview, the body's last field (an empty list, one
    // byte, in the pack itself).
    assert_eq!(made.pack.last(), Some(&0));
    let mut old = made.pack[..made.pack.len() - 1].to_vec();
    old[8..10].copy_from_slice(&1u16.to_le_bytes());
    let (read, info) = block_on(pack::open_pausing(
        old.clone(),
        DIGEST,
        |_| std::future::ready(()),
    ))
    .unwrap();
    let now = open(&made.pack, DIGEST).unwrap();
    assert_eq!(read.index().atlas.services, now.atlas.services);
    assert!(info.overview.is_empty());
    // The version before the first is not one.
    old[8..10].copy_from_slice(&0u16.to_le_bytes());
    assert_eq!(open(&old, DIGEST).unwrap_err(), PackError::Version(0));
}
