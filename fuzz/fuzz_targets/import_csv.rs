//! The spreadsheet importer on any bytes: reading a sheet never panics, whatever the encoding,
//! delimiter, quoting or cell contents; every problem comes back as a message.
#![no_main]

use atlas_data::assemble::{default_municipalities, Reference};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

/// The real municipalities, read once: the importer checks codes and providers against them.
fn reference() -> &'static Reference {
    static REFERENCE: OnceLock<Reference> = OnceLock::new();
    REFERENCE.get_or_init(|| match Reference::read(&default_municipalities()) {
        Ok(r) => r,
        Err(e) => panic!("fuzz setup: the municipality CSV beside the repository: {e:?}"),
    })
}

fuzz_target!(|data: &[u8]| {
    let _ = atlas_data::import_csv::read(data, reference());
});
