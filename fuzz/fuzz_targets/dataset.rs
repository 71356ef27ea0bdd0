//! The dataset reader and the sense checks on any bytes: `load` never panics, and on whatever it
//! accepts, the checks, the search and the indexed lookups never panic either. A bad optional
//! field costs only itself (SPEC §1), so what is kept must read again without a single problem,
//! and nothing kept is a link the app must not make.
#![no_main]

use atlas_core::checks::Checks;
use atlas_core::time::{helsinki_time, Date};
use atlas_core::Query;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The app and the CLI only ever hand `load` UTF-8 text (the browser decodes lossily).
    let text = String::from_utf8_lossy(data);
    let Ok(loaded) = atlas_core::load(&text) else { return };
    let atlas = &loaded.atlas;
    for s in &atlas.services {
        assert!(s.website.as_deref().is_none_or(atlas_core::load::is_web_url));
        assert!(s.email.as_deref().is_none_or(atlas_core::load::is_email));
        assert!(!s.languages.is_empty());
    }
    let again = atlas_core::load(&atlas.to_json()).expect("what was kept is a dataset");
    assert!(again.problems.is_empty(), "kept records break rules: {:?}", again.problems);
    assert_eq!(again.atlas.services.len(), atlas.services.len());
    if let Some(today) = Date::new(2026, 11, 23) {
        let _ = Checks::new(atlas, today).all();
    }
    let now = helsinki_time(1_795_435_200_000.0);
    for lang in ["fi", "en", "ar"] {
        let _ = atlas.search(&Query::default(), lang, now);
    }
});
