//! The dataset reader and the sense checks on any bytes: `load` never panics, and on whatever it
//! accepts, the checks, the search and the indexed lookups never panic either. A bad optional
//! field costs only itself (SPEC §1), so what is kept must read again without a single problem,
//! and nothing kept is a link the app must not make.
//! The body is `dataset` in fuzz/shared/bodies.rs, which the corpus replay test also runs.
#![no_main]

use libfuzzer_sys::fuzz_target;

// Used by the importers' bodies only.
#[path = "../shared/bodies.rs"]
mod bodies;
#[allow(dead_code)]
#[path = "../shared/reference.rs"]
mod reference;

fuzz_target!(|data: &[u8]| bodies::dataset(data));
