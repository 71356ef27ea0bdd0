//! Integration Atlas core: everything that can be known without a browser.
//!
//! Data flows one way: a JSON text is [`load`]ed (validated, broken records left
//! out with reasons) into an indexed [`Atlas`]; a URL's query is parsed into a
//! [`Query`]; [`Atlas::search`] answers it; the app renders the answer.

pub mod areas;
pub mod atlas;
pub mod capacity;
pub mod checks;
pub mod cluster;
pub mod config;
pub mod embed;
pub mod freshness;
pub mod geo;
pub mod hit;
pub mod hours;
pub mod inflection;
mod interned;
mod keys;
pub mod load;
pub mod model;
pub mod network;
pub mod overview;
pub mod pack;
pub mod query;
pub mod retry;
pub mod rules;
pub mod search;
pub mod spatial;
pub mod structure;
pub mod suggest;
pub mod table;
pub mod text;
pub mod time;
pub mod translit;
pub mod typo;

/// The languages the app is written in, one file each in its `locales/` (tests/e2e/locales.test.mjs
/// checks the list against the directory): the app's language menu, and the languages whose first
/// page of the finder's list a pack's first view holds (`pack::make`).
pub const UI_LANGUAGES: [&str; 6] = ["fi", "sv", "en", "uk", "ru", "ar"];

pub use atlas::Atlas;
pub use config::Config;
pub use geo::LatLon;
pub use load::{
    check, check_pausing, load, load_pausing, Checked, Effect, LoadError, LoadProgress, Loaded, Problem,
    Reason, RecordKind,
};
pub use query::{Query, UrlState};
pub use text::LocalisedText;
