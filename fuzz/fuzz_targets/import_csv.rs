//! The spreadsheet importer on any bytes: reading a sheet never panics, whatever the encoding,
//! delimiter, quoting or cell contents; every problem comes back as a message.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../shared/reference.rs"]
mod reference;
use reference::reference;

fuzz_target!(|data: &[u8]| {
    let _ = atlas_data::import_csv::read(data, reference());
});
