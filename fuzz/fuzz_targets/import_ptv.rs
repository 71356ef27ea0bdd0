//! The Service Catalogue (PTV) importer on any text: never panics, whatever the JSON's shape,
//! types, coordinates or service hours; a channel it cannot use is left out with a reason.
//! The body is `import_ptv` in fuzz/shared/bodies.rs, which the corpus replay test also runs.
#![no_main]

use libfuzzer_sys::fuzz_target;

// Used by the importers' bodies only.
#[path = "../shared/bodies.rs"]
mod bodies;
#[allow(dead_code)]
#[path = "../shared/reference.rs"]
mod reference;

fuzz_target!(|data: &[u8]| bodies::import_ptv(data));
