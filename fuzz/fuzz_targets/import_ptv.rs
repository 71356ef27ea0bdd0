//! The Service Catalogue (PTV) importer on any text: never panics, whatever the JSON's shape,
//! types, coordinates or service hours; a channel it cannot use is left out with a reason.
#![no_main]

use atlas_data::assemble::{default_municipalities, Reference};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

/// The real municipalities, read once: the importer checks codes against them.
fn reference() -> &'static Reference {
    static REFERENCE: OnceLock<Reference> = OnceLock::new();
    REFERENCE.get_or_init(|| match Reference::read(&default_municipalities()) {
        Ok(r) => r,
        Err(e) => panic!("fuzz setup: the municipality CSV beside the repository: {e:?}"),
    })
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = atlas_data::import_ptv::import(&text, reference());
});
