//! The dataset reader and the sense checks on any bytes: `load` never panics, and on whatever it
//! accepts, the checks, the search and the indexed lookups never panic either.
//! The body is `dataset` in fuzz/shared/bodies.rs, which the corpus replay test also runs.
#![no_main]

use libfuzzer_sys::fuzz_target;

// Used by the importers' bodies only.
#[allow(dead_code)]
#[path = "../shared/reference.rs"]
mod reference;
#[path = "../shared/bodies.rs"]
mod bodies;

fuzz_target!(|data: &[u8]| bodies::dataset(data));
