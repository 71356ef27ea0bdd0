//! The spreadsheet importer on any bytes: reading a sheet never panics, whatever the encoding,
//! delimiter, quoting or cell contents; every problem comes back as a message.
//! The body is `import_csv` in fuzz/shared/bodies.rs, which the corpus replay test also runs.
#![no_main]

use libfuzzer_sys::fuzz_target;

// Used by the importers' bodies only.
#[path = "../shared/bodies.rs"]
mod bodies;
#[allow(dead_code)]
#[path = "../shared/reference.rs"]
mod reference;

fuzz_target!(|data: &[u8]| bodies::import_csv(data));
