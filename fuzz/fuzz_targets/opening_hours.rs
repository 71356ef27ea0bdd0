//! The opening-hours reader on any text: parsing never panics, and a parsed value answers
//! "open now?" and lists its day groups for any moment without panicking.
#![no_main]

use atlas_core::hours::OpeningHours;
use atlas_core::time::helsinki_time;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let Ok(hours) = OpeningHours::parse(&text) else { return };
    let _ = hours.groups();
    // A spread of moments: days of the week, summer time, holidays, midnight.
    let base = 1_767_225_600_000.0; // 2026-01-01T00:00:00Z
    let now = helsinki_time(base + f64::from(pick) * 1_700_000_000.0 / 255.0 * 1000.0 / 7.0);
    let _ = hours.is_open(now);
});
