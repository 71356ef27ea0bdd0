//! The Service Catalogue (PTV) importer on any text: never panics, whatever the JSON's shape,
//! types, coordinates or service hours; a channel it cannot use is left out with a reason.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../shared/reference.rs"]
mod reference;
use reference::reference;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = atlas_data::import_ptv::import(&text, reference());
});
