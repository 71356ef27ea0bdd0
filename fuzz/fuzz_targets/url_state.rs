//! The URL-state parser (SPEC §3) on any query string: parsing never panics, and what it keeps
//! survives a round trip through the encoder unchanged (the URL is the only filter state).
//! The body is `url_state` in fuzz/shared/bodies.rs, which the corpus replay test also runs.
#![no_main]

use libfuzzer_sys::fuzz_target;

// Used by the importers' bodies only.
#[path = "../shared/bodies.rs"]
mod bodies;
#[allow(dead_code)]
#[path = "../shared/reference.rs"]
mod reference;

fuzz_target!(|data: &[u8]| bodies::url_state(data));
