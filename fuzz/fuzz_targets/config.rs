//! config.json on any bytes: parsing never panics, and the `?data=` origin check never panics
//! and never allows an origin that the config does not list (other than the page's own).
//! The body is `config` in fuzz/shared/bodies.rs, which the corpus replay test also runs.
#![no_main]

use libfuzzer_sys::fuzz_target;

// Used by the importers' bodies only.
#[path = "../shared/bodies.rs"]
mod bodies;
#[allow(dead_code)]
#[path = "../shared/reference.rs"]
mod reference;

fuzz_target!(|data: &[u8]| bodies::config(data));
