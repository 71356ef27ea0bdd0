//! The bodies of the fuzz targets: what each target does with one input. Shared by
//! `fuzz/fuzz_targets/*.rs` (cargo fuzz, libFuzzer) and by the native test
//! `crates/atlas-data/tests/fuzz_corpus.rs`, which replays every input of `fuzz/corpus/` through
//! these same functions on every run of the test command. A body panics (an assertion or a bug in
//! the code under test) on an input it must not accept; it returns on any other.
//!
//! Depends only on `atlas_core` and `atlas_data` (both crates can see it), and on `reference.rs`
//! beside it, which the including crate must declare as a sibling module `reference`.

// Each fuzz target calls one body; the others are unused there.
#![allow(dead_code)]

use atlas_core::checks::Checks;
use atlas_core::hours::OpeningHours;
use atlas_core::query::parse_query_string;
use atlas_core::structure::{ActorQuery, ProgrammeQuery};
use atlas_core::time::{helsinki_time, Date};
use atlas_core::{Config, Query, UrlState};
use std::future::Future;

use super::reference::reference;

/// A target's body: what it does with one input.
pub type Body = fn(&[u8]);

/// Every target by the name of its binary and of its corpus directory (`fuzz/corpus/<name>/`).
pub const TARGETS: [(&str, Body); 7] = [
    ("dataset", dataset),
    ("url_state", url_state),
    ("opening_hours", opening_hours),
    ("config", config),
    ("import_csv", import_csv),
    ("import_ptv", import_ptv),
    ("pack", pack),
];

/// The dataset reader and the sense checks on any bytes: `load` never panics, and on whatever it
/// accepts, the checks, the search and the indexed lookups never panic either. A bad optional
/// field costs only itself (SPEC §1), so what is kept must read again without a single problem,
/// and nothing kept is a link the app must not make.
pub fn dataset(data: &[u8]) {
    // The app and the CLI only ever hand `load` UTF-8 text (the browser decodes lossily).
    let text = String::from_utf8_lossy(data);
    let Ok(loaded) = atlas_core::load(&text) else {
        return;
    };
    let atlas = &loaded.atlas;
    for s in &atlas.services {
        assert!(s.website.as_deref().is_none_or(atlas_core::rules::is_web_url));
        assert!(s.email.as_deref().is_none_or(atlas_core::rules::is_email));
        assert!(!s.languages.is_empty());
    }
    for source in &atlas.meta.sources {
        assert!(source.url.as_deref().is_none_or(atlas_core::rules::is_web_url));
    }
    let again = atlas_core::load(&atlas.to_json()).expect("what was kept is a dataset");
    assert!(
        again.problems.is_empty(),
        "kept records break rules: {:?}",
        again.problems
    );
    assert_eq!(again.atlas.services.len(), atlas.services.len());
    if let Some(today) = Date::new(2026, 11, 23) {
        let _ = Checks::new(atlas, today).all();
    }
    let now = helsinki_time(1_795_435_200_000.0);
    for lang in ["fi", "en", "ar"] {
        let _ = atlas.search(&Query::default(), lang, now);
    }
}

fn round_trip<Q: UrlState + PartialEq + std::fmt::Debug>(pairs: &[(String, String)]) {
    let q = Q::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let encoded = q.to_query_string();
    let again = Q::from_pairs(parse_query_string(encoded.trim_start_matches('?')));
    assert_eq!(q, again, "round trip through {encoded:?}");
}

/// The URL-state parser (SPEC §3) on any query string: parsing never panics, and what it keeps
/// survives a round trip through the encoder unchanged (the URL is the only filter state).
pub fn url_state(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let pairs = parse_query_string(&text);
    round_trip::<Query>(&pairs);
    round_trip::<ActorQuery>(&pairs);
    round_trip::<ProgrammeQuery>(&pairs);
}

/// The opening-hours reader on any text: parsing never panics, and a parsed value answers
/// "open now?" and lists its day groups for any moment without panicking.
pub fn opening_hours(data: &[u8]) {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let Ok(hours) = OpeningHours::parse(&text) else {
        return;
    };
    let _ = hours.groups();
    // A spread of moments: days of the week, summer time, holidays, midnight.
    let base = 1_767_225_600_000.0; // 2026-01-01T00:00:00Z
    let now = helsinki_time(base + f64::from(pick) * 1_700_000_000.0 / 255.0 * 1000.0 / 7.0);
    let _ = hours.is_open(now);
}

/// config.json on any bytes: parsing never panics, and the `?data=` origin check never panics
/// and never allows an origin that the config does not list (other than the page's own).
pub fn config(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let Ok(config) = Config::parse(&text) else { return };
    let own = "https://atlas.example.fi";
    assert!(config.allows_dataset_origin(own, own));
    let stranger = "https://evil.example.com";
    if config.allows_dataset_origin(stranger, own) {
        let listed = config
            .allowed_dataset_origins
            .iter()
            .any(|o| o.trim_end_matches('/') == stranger);
        assert!(listed, "an unlisted origin was allowed");
    }
}

/// The spreadsheet importer on any bytes: reading a sheet never panics, whatever the encoding,
/// delimiter, quoting or cell contents; every problem comes back as a message.
pub fn import_csv(data: &[u8]) {
    let _ = atlas_data::import_csv::read(data, reference());
}

/// The Service Catalogue (PTV) importer on any text: never panics, whatever the JSON's shape,
/// types, coordinates or service hours; a channel it cannot use is left out with a reason.
pub fn import_ptv(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let _ = atlas_data::import_ptv::import(&text, reference());
}

/// The digest the pack corpus's packs name (`fuzz/corpus/pack/`): the fuzzer mutates packs that
/// pass the stale check, so that it reaches the body's reader.
pub const PACK_DIGEST: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The static pack's reader (`atlas_core::pack`) on any bytes: it never panics, and whatever it
/// accepts keeps every rule of the dataset format (it reads again as a dataset without a single
/// problem), indexes, answers a search and reads any shard text without panicking.
pub fn pack(data: &[u8]) {
    let opened = atlas_core::pack::open_pausing(data.to_vec(), PACK_DIGEST, |_| std::future::ready(()));
    let mut opened = std::pin::pin!(opened);
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    let std::task::Poll::Ready(Ok((checked, info))) = opened.as_mut().poll(&mut cx) else {
        return;
    };
    let loaded = checked.index();
    let atlas = &loaded.atlas;
    let again = atlas_core::load(&atlas.to_json()).expect("what a pack gives is a dataset");
    assert!(
        again.problems.is_empty(),
        "a pack's records break rules: {:?}",
        again.problems
    );
    let now = helsinki_time(1_795_435_200_000.0);
    let _ = atlas.search(&Query::default(), "fi", now);
    if !atlas.services.is_empty() {
        let (_, place) = info.shard_of(0);
        let shard = String::from_utf8_lossy(data);
        let _ = atlas_core::pack::service_in_shard(&shard, place, atlas, 0);
    }
}
