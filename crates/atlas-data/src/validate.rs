//! `atlas-data validate FILE`: the app's own loader, run on a file, with a report.

use crate::{err, out};
use atlas_core::{Loaded, RecordKind};
use std::io::{Read, Write};
use std::path::PathBuf;

const KINDS: [RecordKind; 7] = [
    RecordKind::Meta,
    RecordKind::Area,
    RecordKind::Municipality,
    RecordKind::Actor,
    RecordKind::Service,
    RecordKind::Programme,
    RecordKind::Legislation,
];

const VALIDATE_ABOUT: &str = "Check a dataset file with the rules the app applies (SPEC §1)";

const VALIDATE_LONG_ABOUT: &str = "\
Loads FILE (standard input when FILE is -) as the app does and prints one line
for every problem that makes a record be left out:
  ERROR <kind> <id>: <message>
then a summary line with the counts by record kind.";

const VALIDATE_AFTER_HELP: &str = "\
Examples:
  atlas-data validate public/data/atlas.json
  curl -s https://example.org/atlas.json | atlas-data validate -
  atlas-data validate -- -odd-name.json

Exit status: 0 nothing left out; 1 some records would be left out; 2 the file
cannot be read, is not UTF-8 JSON, or is not an integration-atlas/1 dataset
(the reason is printed on standard error), or a usage error.";

#[derive(Debug, clap::Args)]
#[command(about = VALIDATE_ABOUT, long_about = VALIDATE_LONG_ABOUT, after_help = VALIDATE_AFTER_HELP)]
pub struct ValidateArgs {
    /// The dataset file; - for standard input
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

pub fn run(args: &ValidateArgs) -> i32 {
    let file = args.file.as_os_str();
    let shown = file.to_string_lossy();
    let bytes = if file == "-" {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf).map(|_| buf)
    } else {
        std::fs::read(file)
    };
    let bytes = match bytes {
        Ok(b) => b,
        Err(e) => {
            err!("atlas-data: cannot read {}: {e}", printable(&shown));
            return 2;
        }
    };
    let text = match std::str::from_utf8(&bytes) {
        Ok(t) => t,
        Err(e) => {
            err!(
                "atlas-data: {}: the file is not UTF-8 text (invalid byte at offset {}); a dataset is UTF-8 JSON",
                printable(&shown),
                e.valid_up_to()
            );
            return 2;
        }
    };
    // A byte-order mark is not JSON, but browsers drop it before the app sees the text.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let loaded = match atlas_core::load(text) {
        Ok(l) => l,
        Err(e) => {
            err!("atlas-data: {}: {e}", printable(&shown));
            return 2;
        }
    };
    for p in &loaded.problems {
        out!("ERROR {}", printable(&p.to_string()));
    }
    out!("{}: {}", printable(&shown), summary(&loaded));
    if loaded.problems.is_empty() {
        0
    } else {
        1
    }
}

/// `ok: 84 areas, 308 municipalities, ...` or `3 problems; left out: 2 services, ...; loaded: ...`.
pub fn summary(loaded: &Loaded) -> String {
    let a = &loaded.atlas;
    let counts = counts(&[
        (a.areas.len(), RecordKind::Area),
        (a.municipalities.len(), RecordKind::Municipality),
        (a.actors.len(), RecordKind::Actor),
        (a.services.len(), RecordKind::Service),
        (a.programmes.len(), RecordKind::Programme),
        (a.legislation.len(), RecordKind::Legislation),
    ]);
    if loaded.problems.is_empty() {
        return format!("ok, nothing left out: {counts}");
    }
    let left: Vec<(usize, RecordKind)> =
        KINDS.iter().map(|&k| (loaded.left_out(k), k)).filter(|(n, _)| *n > 0).collect();
    let n = loaded.problems.len();
    format!(
        "{n} problem{}; left out: {}; loaded: {counts}",
        if n == 1 { "" } else { "s" },
        self::counts(&left)
    )
}

/// `84 areas, 308 municipalities, 1 actor, ...`.
pub fn counts(items: &[(usize, RecordKind)]) -> String {
    items.iter().map(|&(n, k)| format!("{n} {}", plural(k, n))).collect::<Vec<_>>().join(", ")
}

fn plural(k: RecordKind, n: usize) -> &'static str {
    match (k, n == 1) {
        (RecordKind::Meta, _) => "meta",
        (RecordKind::Legislation, _) => "legislation",
        (RecordKind::Area, true) => "area",
        (RecordKind::Area, false) => "areas",
        (RecordKind::Municipality, true) => "municipality",
        (RecordKind::Municipality, false) => "municipalities",
        (RecordKind::Actor, true) => "actor",
        (RecordKind::Actor, false) => "actors",
        (RecordKind::Service, true) => "service",
        (RecordKind::Service, false) => "services",
        (RecordKind::Programme, true) => "programme",
        (RecordKind::Programme, false) => "programmes",
    }
}

/// Text from an untrusted file made safe for one terminal line: control
/// characters (newlines, escape sequences) and bidirectional overrides escaped.
pub fn printable(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}') {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printable_escapes_controls() {
        assert_eq!(printable("a\nb\u{1b}[31m"), "a\\nb\\u{1b}[31m");
        assert_eq!(printable("Hämeenlinna"), "Hämeenlinna");
        assert_eq!(printable("x\u{202e}y"), "x\\u{202e}y");
    }
}
