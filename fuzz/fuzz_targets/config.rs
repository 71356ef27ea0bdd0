//! config.json on any bytes: parsing never panics, and the `?data=` origin check never panics
//! and never allows an origin that the config does not list (other than the page's own).
#![no_main]

use atlas_core::Config;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let Ok(config) = Config::parse(&text) else { return };
    let own = "https://atlas.example.fi";
    assert!(config.allows_dataset_origin(own, own));
    let stranger = "https://evil.example.com";
    if config.allows_dataset_origin(stranger, own) {
        let listed = config.allowed_dataset_origins.iter().any(|o| o.trim_end_matches('/') == stranger);
        assert!(listed, "an unlisted origin was allowed");
    }
});
