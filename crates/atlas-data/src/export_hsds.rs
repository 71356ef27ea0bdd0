//! `atlas-data export hsds FILE --out DIR|FILE`: a dataset's services as Open Referral
//! Human Services Data Specification (HSDS) 3.0 JSON, in its tabular layout: one flat list
//! per table, records linked by ids.
//!
//! Tables: organizations (the services' providers), services, locations (one physical
//! location per service), service_at_locations, phones, languages and schedules (the
//! weekly opening hours as RFC 5545-style `byday` + `opens_at`/`closes_at`, one schedule
//! per distinct time span). HSDS text is in one language: `--language` picks it, with the
//! dataset's fallback (en → fi → sv → any) where a text lacks it.
//!
//! Ids are UUIDs made from a hash of the record's dataset id (version 8, RFC 9562), so the
//! same dataset always gives the same ids and a consumer can follow changes between exports.

use crate::assemble;
use crate::validate::printable;
use crate::{err, out};
use atlas_core::model::{Actor, Meta, Service};
use atlas_core::LocalisedText;
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

const AFTER_HELP: &str = "\
Examples:
  atlas-data export hsds public/data/atlas.json --out hsds/          one file per table
  atlas-data export hsds atlas.json --out hsds.json --language en     one file, tables as keys

With a directory, writes organizations.json, services.json, locations.json,
service_at_locations.json, phones.json, languages.json and schedules.json (each a
JSON array). With a PATH ending in .json, writes one object with those keys.

Exit status: 0 written; 2 the file cannot be read as a dataset, the output cannot be
written, or a usage error.";

#[derive(Debug, Clone, PartialEq, clap::Args)]
#[command(about = "Write a dataset's services as Open Referral HSDS 3.0 JSON", after_help = AFTER_HELP)]
pub struct ExportHsdsArgs {
    /// The dataset file (- for standard input)
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// A directory (one file per table) or a PATH ending in .json (one file)
    #[arg(long, value_name = "DIR|FILE")]
    pub out: PathBuf,
    /// The language of the texts (ISO 639 code)
    #[arg(long, default_value = "fi", value_name = "CODE")]
    pub language: String,
}

/// The tables, in the order they are written.
pub const TABLES: [&str; 7] = [
    "organizations",
    "services",
    "locations",
    "service_at_locations",
    "phones",
    "languages",
    "schedules",
];

/// A stable UUID (version 8) for a record: two FNV-1a 64-bit hashes of `kind:id`.
pub fn uuid(kind: &str, id: &str) -> String {
    fn fnv(seed: u64, bytes: &[u8]) -> u64 {
        let mut h = seed;
        for &b in bytes {
            h ^= b as u64;
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        h
    }
    let key = format!("integration-atlas:{kind}:{id}");
    let hi = fnv(0xcbf2_9ce4_8422_2325, key.as_bytes());
    let lo = fnv(hi ^ 0x9e37_79b9_7f4a_7c15, key.as_bytes());
    let hi = (hi & !0xf000) | 0x8000; // version 8
    let lo = (lo & !(0b11 << 62)) | (0b10 << 62); // RFC 9562 variant
    format!(
        "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
        hi >> 32,
        (hi >> 16) & 0xffff,
        hi & 0xffff,
        lo >> 48,
        lo & 0xffff_ffff_ffff
    )
}

/// English names of the languages the data uses most; other codes are named by their code.
fn language_name(code: &str) -> &str {
    match code {
        "fi" => "Finnish",
        "sv" => "Swedish",
        "en" => "English",
        "ru" => "Russian",
        "uk" => "Ukrainian",
        "ar" => "Arabic",
        "so" => "Somali",
        "fa" => "Persian",
        "et" => "Estonian",
        "ku" => "Kurdish",
        "zh" => "Chinese",
        "vi" => "Vietnamese",
        "th" => "Thai",
        "tr" => "Turkish",
        "fr" => "French",
        "es" => "Spanish",
        "de" => "German",
        "se" => "Northern Sami",
        "ps" => "Pashto",
        "ti" => "Tigrinya",
        "prs" => "Dari",
        other => other,
    }
}

const BYDAY: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

fn hhmm(minutes: u32) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// Only the fields that have a value.
fn record(pairs: Vec<(&str, Option<Value>)>) -> Value {
    let mut m = Map::new();
    for (k, v) in pairs {
        if let Some(v) = v {
            m.insert(k.to_string(), v);
        }
    }
    Value::Object(m)
}

/// The HSDS tables of a dataset's services.
pub fn tables(
    meta: &Meta,
    actors: &[Actor],
    services: &[Service],
    lang: &str,
) -> BTreeMap<&'static str, Vec<Value>> {
    let text =
        |t: &LocalisedText| -> Option<Value> { t.pick(lang).map(|p| Value::String(p.text.to_string())) };
    let opt_text = |t: &Option<LocalisedText>| t.as_ref().and_then(text);
    let mut out: BTreeMap<&'static str, Vec<Value>> = TABLES.iter().map(|t| (*t, Vec::new())).collect();
    let mut push = |table: &'static str, v: Value| out.entry(table).or_default().push(v);

    let actor_by_id: BTreeMap<&str, &Actor> = actors.iter().map(|a| (a.id.as_str(), a)).collect();
    let mut organizations: BTreeMap<String, Value> = BTreeMap::new();
    for s in services {
        let org_key = s.provider.clone().unwrap_or_default();
        if !organizations.contains_key(&org_key) {
            let org = match s.provider.as_deref().and_then(|p| actor_by_id.get(p)) {
                Some(a) => {
                    let name = text(&a.name).unwrap_or(Value::String(a.id.clone()));
                    record(vec![
                        ("id", Some(Value::String(uuid("actor", &a.id)))),
                        ("name", Some(name.clone())),
                        ("alternate_name", a.short_name.as_ref().and_then(text)),
                        ("description", Some(opt_text(&a.description).unwrap_or(name))),
                        ("website", a.website.clone().map(Value::String)),
                    ])
                }
                None => {
                    // Services with no provider: the dataset's publisher stands for them.
                    let name = text(&meta.publisher).unwrap_or_else(|| json!("Unknown provider"));
                    record(vec![
                        ("id", Some(Value::String(uuid("publisher", "")))),
                        ("name", Some(name.clone())),
                        ("description", Some(name)),
                    ])
                }
            };
            organizations.insert(org_key.clone(), org);
        }
        let org_id = organizations[&org_key]["id"].clone();
        let service_id = uuid("service", &s.id);
        let location_id = uuid("location", &s.id);
        push(
            "services",
            record(vec![
                ("id", Some(json!(service_id))),
                ("organization_id", Some(org_id.clone())),
                ("name", text(&s.name)),
                ("description", opt_text(&s.description)),
                ("url", s.website.clone().map(Value::String)),
                ("email", s.email.clone().map(Value::String)),
                ("status", Some(json!("active"))),
                (
                    "assured_date",
                    s.last_verified.map(|d| Value::String(d.to_string())),
                ),
            ]),
        );
        let address = s.address.as_ref().map(|a| {
            [
                opt_text(&a.street),
                a.postal_code.clone().map(Value::String),
                opt_text(&a.post_office),
            ]
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str().map(String::from))
            .collect::<Vec<_>>()
            .join(", ")
        });
        push(
            "locations",
            record(vec![
                ("id", Some(json!(location_id))),
                ("location_type", Some(json!("physical"))),
                ("organization_id", Some(org_id)),
                ("name", text(&s.name)),
                (
                    "description",
                    address.filter(|a| !a.is_empty()).map(Value::String),
                ),
                ("latitude", Some(json!(s.location.lat))),
                ("longitude", Some(json!(s.location.lon))),
                ("external_identifier", Some(json!(s.id))),
                (
                    "external_identifier_type",
                    Some(json!("integration-atlas service id")),
                ),
            ]),
        );
        push(
            "service_at_locations",
            record(vec![
                ("id", Some(json!(uuid("service_at_location", &s.id)))),
                ("service_id", Some(json!(service_id))),
                ("location_id", Some(json!(location_id))),
            ]),
        );
        for (i, p) in s.phones.iter().enumerate() {
            push(
                "phones",
                record(vec![
                    ("id", Some(json!(uuid("phone", &format!("{}#{i}", s.id))))),
                    ("service_id", Some(json!(service_id))),
                    ("number", Some(json!(p.number))),
                    ("type", Some(json!("voice"))),
                    ("description", opt_text(&p.info)),
                ]),
            );
        }
        for l in &s.languages {
            push(
                "languages",
                record(vec![
                    ("id", Some(json!(uuid("language", &format!("{}#{l}", s.id))))),
                    ("service_id", Some(json!(service_id))),
                    ("name", Some(json!(language_name(l)))),
                    ("code", Some(json!(l))),
                ]),
            );
        }
        if let Some(h) = s
            .opening_hours
            .as_deref()
            .and_then(|h| atlas_core::hours::OpeningHours::parse(h).ok())
        {
            // One schedule per distinct span, with the days that have it.
            let mut spans: BTreeMap<(u32, u32), Vec<&str>> = BTreeMap::new();
            for (d, day) in h.week.iter().enumerate() {
                for &span in day {
                    spans.entry(span).or_default().push(BYDAY[d]);
                }
            }
            for ((open, close), days) in spans {
                push(
                    "schedules",
                    record(vec![
                        ("id", Some(json!(uuid("schedule", &format!("{}#{open}-{close}", s.id))))),
                        ("service_id", Some(json!(service_id))),
                        ("freq", Some(json!("WEEKLY"))),
                        ("byday", Some(json!(days.join(",")))),
                        ("opens_at", Some(json!(hhmm(open)))),
                        ("closes_at", Some(json!(hhmm(close)))),
                        ("description", s.opening_hours.clone().map(Value::String)),
                        ("notes", Some(json!("Finnish local time (Europe/Helsinki); closed on public holidays when the description says PH off"))),
                    ]),
                );
            }
        }
    }
    out.insert("organizations", organizations.into_values().collect());
    out
}

pub fn write(out: &Path, tables: &BTreeMap<&'static str, Vec<Value>>) -> Result<Vec<PathBuf>, String> {
    let as_text = |v: &Value| {
        serde_json::to_string_pretty(v)
            .map(|s| s + "\n")
            .map_err(|e| format!("cannot serialise: {e}"))
    };
    if out.extension().is_some_and(|e| e == "json") {
        let mut doc = Map::new();
        for t in TABLES {
            doc.insert(
                t.to_string(),
                Value::Array(tables.get(t).cloned().unwrap_or_default()),
            );
        }
        crate::output::write_bytes(out, as_text(&Value::Object(doc))?.as_bytes())
            .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
        return Ok(vec![out.to_path_buf()]);
    }
    if out.is_file() {
        return Err(format!(
            "{} is a file: give a directory, or a path ending in .json",
            out.display()
        ));
    }
    std::fs::create_dir_all(out)
        .map_err(|e| format!("cannot create the directory {}: {e}", out.display()))?;
    let mut written = Vec::new();
    for t in TABLES {
        let path = out.join(format!("{t}.json"));
        let text = as_text(&Value::Array(tables.get(t).cloned().unwrap_or_default()))?;
        crate::output::write_bytes(&path, text.as_bytes())
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        written.push(path);
    }
    Ok(written)
}

pub fn run(args: &ExportHsdsArgs) -> i32 {
    if !atlas_core::rules::is_language_code(&args.language) {
        err!(
            "atlas-data: error: --language {} is not an ISO 639 code (e.g. fi, en)",
            printable(&args.language)
        );
        return 2;
    }
    let Some(loaded) = assemble::load_for_export(&args.file) else {
        return 2;
    };
    let a = &loaded.atlas;
    let tables = tables(&a.meta, &a.actors, &a.services, &args.language);
    match write(&args.out, &tables) {
        Ok(paths) => {
            let counts: Vec<String> = TABLES
                .iter()
                .map(|t| format!("{} {t}", tables.get(t).map_or(0, Vec::len)))
                .collect();
            out!(
                "atlas-data: wrote {}: {}",
                paths
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", "),
                counts.join(", ")
            );
            0
        }
        Err(e) => {
            err!("atlas-data: error: {}", printable(&e));
            2
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuids_are_stable_and_well_formed() {
        let a = uuid("service", "x");
        assert_eq!(a, uuid("service", "x"));
        assert_ne!(a, uuid("service", "y"));
        assert_ne!(a, uuid("location", "x"));
        let parts: Vec<&str> = a.split('-').collect();
        assert_eq!(
            parts.iter().map(|p| p.len()).collect::<Vec<_>>(),
            [8, 4, 4, 4, 12]
        );
        assert!(parts[2].starts_with('8'), "{a}");
        assert!(matches!(parts[3].as_bytes()[0], b'8' | b'9' | b'a' | b'b'), "{a}");
    }
}
