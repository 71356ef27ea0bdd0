//! `atlas-data validate FILE|URL`: the app's own loader (every rule of SPEC §1) and
//! the sense checks of `atlas_core::checks`, run on a file, with a report for people
//! or for machines.

use crate::input::{self, Source};
use crate::{err, out, progress};
use atlas_core::checks::{Check, Checks, Warning};
use atlas_core::time::Date;
use atlas_core::{Effect, Loaded, Problem, RecordKind};
use serde_json::{json, Value};
use std::io::Write;
use std::path::PathBuf;
use std::time::Duration;

const VALIDATE_ABOUT: &str =
    "Check a dataset (file, URL or standard input): every rule of SPEC §1, and sense checks";

const VALIDATE_LONG_ABOUT: &str = "\
Checks a dataset as the app reads it. FILE is a file name, an http or https URL
(fetched, redirects followed), or - for standard input.

Errors are the rules of SPEC §1 (the app's own loader). A record whose id, name,
required reference (municipality, provider), location or languages break a rule
is left out by the app; an optional field that breaks one (an e-mail, website,
phone, opening hours, accessibility, address, date, or one value of a list) is
dropped, and the app shows the record without it. Both are errors. A file that cannot be read, is not UTF-8, is not JSON, or
is not an integration-atlas/1 dataset is refused as a whole.

Warnings are sense checks: the record loads but looks wrong.
  far_from_municipality    the service lies more than 50 km from its municipality's
                           centre (in large municipalities: more than the distance
                           to the nearest other municipality's centre)
  phone_not_diallable      a trunk 0 after +358, a Finnish number that is too short
                           or too long, or a country code starting with 0
  date_in_future           last_verified, meta.published or a programme's adoption
                           date after today
  not_verified_for_a_year  last_verified more than 365 days before today
  no_local_language        a service whose languages include neither English nor an
                           official language of its municipality
  duplicate_service        two ids for one service: the same name (case, accents and
                           punctuation aside) at the same street address or within 50 m
  no_source                an actor, programme or act that names no source (SPEC §1
                           sources) and is not marked illustrative

The human report lists errors (records left out), dropped fields, then warnings
grouped by check, one line each:
  ERROR <kind> <id>: <field>: <what is wrong; what to fix>
  DROPPED <kind> <id>: <field>: <what is wrong; what to fix>
  WARNING <kind> <id>: <field>: <what is wrong; what to fix>
then a summary line. With --format json, standard output is one JSON object:
  {
    \"file\": \"<as given>\", \"today\": \"YYYY-MM-DD\",
    \"status\": \"ok\" | \"warnings\" | \"errors\" | \"unreadable\",
    \"exit_code\": 0 | 1 | 2,
    \"fatal\": null | {\"code\": \"read\" | \"encoding\" | \"json\" | \"format\",
                     \"message\": \"...\"},
    \"loaded\": null | {\"areas\": n, \"municipalities\": n, \"actors\": n,
                      \"services\": n, \"programmes\": n, \"legislation\": n},
    \"left_out\": {\"<kind>\": n, ...},
    \"fields_dropped\": {\"<kind>\": n, ...},
    \"errors\": [{\"kind\": \"service\", \"id\": \"...\", \"field\": \"website\",
                \"effect\": \"left_out\" | \"field_dropped\",
                \"reason\": \"bad_url\", \"message\": \"...\"}],
    \"warnings\": [{\"check\": \"far_from_municipality\", \"kind\": \"service\",
                  \"id\": \"...\", \"field\": \"location\", \"message\": \"...\"}]
  }
\"loaded\" is null when the input is unreadable; an \"id\" is #N (the record's
position) when the record has none.";

const VALIDATE_AFTER_HELP: &str = "\
Examples:
  atlas-data validate public/data/atlas.json
  atlas-data validate https://example.org/data/atlas.json --strict
  curl -s https://example.org/atlas.json | atlas-data validate - --format json
  atlas-data validate --today 2026-01-31 atlas.json
  atlas-data validate -- -odd-name.json

Exit status: 0 nothing left out or dropped (warnings allowed); 1 warnings and
--strict; 2 records left out or fields dropped, or the input cannot be read, is not UTF-8, not JSON or not an
integration-atlas/1 dataset (the reason is printed on standard error), or a usage
error.";

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    /// Lines for people
    Human,
    /// One JSON object on standard output (its shape is in --help)
    Json,
}

#[derive(Debug, clap::Args)]
#[command(about = VALIDATE_ABOUT, long_about = VALIDATE_LONG_ABOUT, after_help = VALIDATE_AFTER_HELP)]
pub struct ValidateArgs {
    /// The dataset: a file name, an http(s) URL, or - for standard input
    #[arg(value_name = "FILE|URL")]
    pub file: PathBuf,
    /// The report's form
    #[arg(long, value_enum, default_value_t = ReportFormat::Human)]
    pub format: ReportFormat,
    /// Exit with status 1 when there are warnings (and no errors)
    #[arg(long)]
    pub strict: bool,
    /// Check dates as of this day instead of today in Finland
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub today: Option<Date>,
    /// Give up fetching a URL after this many seconds
    #[arg(long, value_name = "SECONDS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub timeout: u64,
}

fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse(s).ok_or_else(|| "expected a date as YYYY-MM-DD".to_string())
}

/// Today's date in Finland, the day the app would check against.
fn today_in_finland() -> Date {
    let ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as f64)
        .unwrap_or(0.0);
    atlas_core::time::helsinki_time(ms).date
}

/// Why the input could not be checked at all.
struct Fatal {
    code: &'static str,
    message: String,
}

/// Everything the report says.
struct Report {
    file: String,
    today: Date,
    loaded: Option<Loaded>,
    warnings: Vec<Warning>,
    fatal: Option<Fatal>,
}

impl Report {
    fn exit_code(&self, strict: bool) -> i32 {
        let errors = self.fatal.is_some() || self.loaded.as_ref().is_some_and(|l| !l.problems.is_empty());
        if errors {
            2
        } else if strict && !self.warnings.is_empty() {
            1
        } else {
            0
        }
    }

    fn status(&self) -> &'static str {
        match (&self.fatal, &self.loaded) {
            (Some(_), _) | (None, None) => "unreadable",
            (None, Some(l)) if !l.problems.is_empty() => "errors",
            _ if !self.warnings.is_empty() => "warnings",
            _ => "ok",
        }
    }
}

pub fn run(args: &ValidateArgs) -> i32 {
    let today = args.today.unwrap_or_else(today_in_finland);
    let report = check(args, today);
    let code = report.exit_code(args.strict);
    if let Some(f) = &report.fatal {
        err!(
            "atlas-data: {}: {}",
            printable(&report.file),
            printable(&f.message)
        );
    }
    match args.format {
        ReportFormat::Human => human(&report),
        ReportFormat::Json => out!("{}", machine(&report, code)),
    }
    code
}

fn check(args: &ValidateArgs, today: Date) -> Report {
    let mut report = Report {
        file: args.file.to_string_lossy().into_owned(),
        today,
        loaded: None,
        warnings: Vec::new(),
        fatal: None,
    };
    let fatal = |code, message| Some(Fatal { code, message });
    let source = match Source::parse(args.file.as_os_str()) {
        Ok(s) => s,
        Err(m) => {
            report.fatal = fatal("read", m);
            return report;
        }
    };
    if source == Source::Stdin {
        report.file = source.name();
    }
    let bytes = match source.read(Duration::from_secs(args.timeout)) {
        Ok(b) => b,
        Err(m) => {
            report.fatal = fatal("read", m);
            return report;
        }
    };
    let text = match input::decode(&bytes) {
        Ok(t) => t,
        Err(m) => {
            report.fatal = fatal("encoding", m);
            return report;
        }
    };
    if text.trim().is_empty() {
        report.fatal = fatal("json", "the file is empty; a dataset is a JSON object".into());
        return report;
    }
    let spinner = progress::spinner("parsing and checking the rules of SPEC §1");
    let loaded = atlas_core::load(text);
    spinner.finish_and_clear();
    let loaded = match loaded {
        Ok(l) => l,
        Err(e) => {
            let code = if matches!(e, atlas_core::LoadError::NotJson(_)) {
                "json"
            } else {
                "format"
            };
            report.fatal = fatal(code, e.to_string());
            return report;
        }
    };
    report.warnings = sense_checks(&loaded, today);
    report.loaded = Some(loaded);
    report
}

/// The sense checks, with a progress bar over the services.
fn sense_checks(loaded: &Loaded, today: Date) -> Vec<Warning> {
    let atlas = &loaded.atlas;
    let checks = Checks::new(atlas, today);
    let bar = progress::items(atlas.services.len() as u64, "checking services");
    let mut warnings = checks.meta();
    for i in 0..atlas.services.len() {
        warnings.extend(checks.service(i));
        bar.inc(1);
    }
    for i in 0..atlas.programmes.len() {
        warnings.extend(checks.programme(i));
    }
    warnings.extend(checks.duplicates());
    bar.finish_and_clear();
    // Grouped by check, in file order within each (the sort is stable).
    warnings.sort_by_key(|w| w.check);
    warnings
}

fn human(report: &Report) {
    let Some(loaded) = &report.loaded else { return };
    let problems = &loaded.problems;
    let left_out: Vec<&Problem> = problems.iter().filter(|p| p.effect == Effect::LeftOut).collect();
    let dropped: Vec<&Problem> = problems
        .iter()
        .filter(|p| p.effect == Effect::FieldDropped)
        .collect();
    if !left_out.is_empty() {
        out!(
            "Errors: {} (these records are left out; the app would not show them)",
            left_out.len()
        );
        let mut sorted = left_out;
        sorted.sort_by_key(|p| p.kind);
        for p in sorted {
            out!(
                "ERROR {} {}: {}",
                p.kind.as_str(),
                printable(&p.id),
                printable(&with_fix(p))
            );
        }
        out!("");
    }
    if !dropped.is_empty() {
        out!(
            "Dropped fields: {} (these records are shown without the field named)",
            dropped.len()
        );
        let mut sorted = dropped;
        sorted.sort_by_key(|p| p.kind);
        for p in sorted {
            out!(
                "DROPPED {} {}: {}",
                p.kind.as_str(),
                printable(&p.id),
                printable(&with_fix(p))
            );
        }
        out!("");
    }
    if !report.warnings.is_empty() {
        out!(
            "Warnings: {} (these records load, but look wrong)",
            report.warnings.len()
        );
        for check in Check::ALL {
            let group: Vec<&Warning> = report.warnings.iter().filter(|w| w.check == check).collect();
            if group.is_empty() {
                continue;
            }
            out!("# {} ({})", check.as_str(), group.len());
            for w in group {
                out!("WARNING {}", printable(&w.to_string()));
            }
        }
        out!("");
    }
    out!(
        "{}: {}",
        printable(&report.file),
        summary(loaded, report.warnings.len())
    );
}

/// A problem's message, with a hint where the loader's message names the rule but not the fix.
fn with_fix(p: &Problem) -> String {
    let m = &p.message;
    let fix = if m.contains("refers to no record") {
        "; add the record it refers to, or correct the reference"
    } else if m.starts_with("duplicate ") {
        "; give each record its own id"
    } else if m.starts_with("unreadable") || m.contains(": unreadable: ") {
        "; correct the field (see schema/integration-atlas-1.schema.json)"
    } else {
        ""
    };
    format!("{m}{fix}")
}

/// The field a problem is about (`(record)` for the whole record, `(list)` for a whole list).
fn problem_field(p: &Problem) -> String {
    match (p.field.as_str(), &p.reason) {
        (_, atlas_core::Reason::NotAList) => "(list)".into(),
        ("", _) => "(record)".into(),
        (f, _) => f.to_string(),
    }
}

fn machine(report: &Report, code: i32) -> Value {
    let loaded = report.loaded.as_ref();
    let counts = loaded.map(|l| {
        let a = &l.atlas;
        json!({
            "areas": a.areas.len(),
            "municipalities": a.municipalities.len(),
            "actors": a.actors.len(),
            "services": a.services.len(),
            "programmes": a.programmes.len(),
            "legislation": a.legislation.len(),
        })
    });
    let mut left_out = serde_json::Map::new();
    let mut dropped = serde_json::Map::new();
    let mut errors = Vec::new();
    if let Some(l) = loaded {
        for k in RecordKind::ALL {
            if l.left_out(k) > 0 {
                left_out.insert(k.as_str().to_string(), json!(l.left_out(k)));
            }
            if l.dropped(k) > 0 {
                dropped.insert(k.as_str().to_string(), json!(l.dropped(k)));
            }
        }
        for p in &l.problems {
            errors.push(json!({"kind": p.kind.as_str(), "id": p.id, "field": problem_field(p), "effect": p.effect.as_str(), "reason": p.reason.code(), "message": with_fix(p)}));
        }
    }
    let warnings: Vec<Value> = report
        .warnings
        .iter()
        .map(|w| json!({"check": w.check.as_str(), "kind": w.kind.as_str(), "id": w.id, "field": w.field, "message": w.message}))
        .collect();
    json!({
        "file": report.file,
        "today": report.today.to_string(),
        "status": report.status(),
        "exit_code": code,
        "fatal": report.fatal.as_ref().map(|f| json!({"code": f.code, "message": f.message})),
        "loaded": counts,
        "left_out": left_out,
        "fields_dropped": dropped,
        "errors": errors,
        "warnings": warnings,
    })
}

/// `nothing left out, 2 warnings: 84 areas, ...` or `3 errors; left out: 2 services, ...; loaded: ...`.
pub fn summary(loaded: &Loaded, warnings: usize) -> String {
    let a = &loaded.atlas;
    let counts = counts(&[
        (a.areas.len(), RecordKind::Area),
        (a.municipalities.len(), RecordKind::Municipality),
        (a.actors.len(), RecordKind::Actor),
        (a.services.len(), RecordKind::Service),
        (a.programmes.len(), RecordKind::Programme),
        (a.legislation.len(), RecordKind::Legislation),
    ]);
    let w = match warnings {
        0 => String::new(),
        1 => ", 1 warning".into(),
        n => format!(", {n} warnings"),
    };
    if loaded.problems.is_empty() {
        return format!("nothing left out{w}: {counts}");
    }
    let left: Vec<(usize, RecordKind)> = RecordKind::ALL
        .iter()
        .map(|&k| (loaded.left_out(k), k))
        .filter(|(n, _)| *n > 0)
        .collect();
    let fields: Vec<String> = RecordKind::ALL
        .iter()
        .map(|&k| (loaded.dropped(k), k))
        .filter(|(n, _)| *n > 0)
        .map(|(n, k)| format!("{n} in {}", plural(k, 2)))
        .collect();
    let n = loaded.problems.len();
    let left = if left.is_empty() {
        "nothing".to_string()
    } else {
        self::counts(&left)
    };
    let fields = if fields.is_empty() {
        String::new()
    } else {
        format!("; fields dropped: {}", fields.join(", "))
    };
    format!(
        "{n} error{}{w}; left out: {left}{fields}; loaded: {counts}",
        if n == 1 { "" } else { "s" },
    )
}

/// `84 areas, 308 municipalities, 1 actor, ...`.
pub fn counts(items: &[(usize, RecordKind)]) -> String {
    items
        .iter()
        .map(|&(n, k)| format!("{n} {}", plural(k, n)))
        .collect::<Vec<_>>()
        .join(", ")
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
