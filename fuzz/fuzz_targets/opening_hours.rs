//! The opening-hours reader on any text: parsing never panics, and a parsed value answers
//! "open now?" and lists its day groups for any moment without panicking.
//! The body is `opening_hours` in fuzz/shared/bodies.rs, which the corpus replay test also runs.
#![no_main]

use libfuzzer_sys::fuzz_target;

// Used by the importers' bodies only.
#[path = "../shared/bodies.rs"]
mod bodies;
#[allow(dead_code)]
#[path = "../shared/reference.rs"]
mod reference;

fuzz_target!(|data: &[u8]| bodies::opening_hours(data));
