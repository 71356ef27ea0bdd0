//! The URL-state parser (SPEC §3) on any query string: parsing never panics, and what it keeps
//! survives a round trip through the encoder unchanged (the URL is the only filter state).
#![no_main]

use atlas_core::query::parse_query_string;
use atlas_core::structure::{ActorQuery, ProgrammeQuery};
use atlas_core::{Query, UrlState};
use libfuzzer_sys::fuzz_target;

fn round_trip<Q: UrlState + PartialEq + std::fmt::Debug>(pairs: &[(String, String)]) {
    let q = Q::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let encoded = q.to_query_string();
    let again = Q::from_pairs(parse_query_string(encoded.trim_start_matches('?')));
    assert_eq!(q, again, "round trip through {encoded:?}");
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let pairs = parse_query_string(&text);
    round_trip::<Query>(&pairs);
    round_trip::<ActorQuery>(&pairs);
    round_trip::<ProgrammeQuery>(&pairs);
});
