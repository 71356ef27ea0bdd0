//! `atlas-data` as a library: the modules behind the command line (`main.rs`), so that the
//! fuzz targets (`fuzz/`) can call the importers directly. Nothing here is a stable API.

pub mod actors;
pub mod assemble;
pub mod build;
pub mod epsg3067;
pub mod export_csv;
pub mod export_geojson;
pub mod export_hsds;
pub mod generate;
pub mod import_csv;
pub mod import_ptv;
pub mod input;
pub mod output;
pub mod pack;
pub mod progress;
pub mod reference_csv;
pub mod template;
pub mod validate;

// After the modules, so that they import these by path (`use crate::{err, out}`).
/// Writes to standard output, ignoring a closed pipe (`atlas-data validate f | head`).
macro_rules! out {
    ($($arg:tt)*) => {{
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}

/// Writes to standard error.
macro_rules! err {
    ($($arg:tt)*) => {{
        let _ = writeln!(std::io::stderr().lock(), $($arg)*);
    }};
}

pub(crate) use {err, out};
