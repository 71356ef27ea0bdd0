//! `atlas-data build`: the municipality reference CSV and `data/sources/*.json`
//! in, one deterministic `integration-atlas/1` file out, checked by the app's own
//! loader before it is written.

use crate::validate::{counts, printable};
use crate::{err, out};
use atlas_core::model::{Area, Dataset, Meta, Municipality, FORMAT};
use atlas_core::time::Date;
use atlas_core::{LatLon, Loaded, LocalisedText, RecordKind};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

/// One kind of area read from the CSV: the columns it comes from and how its id is made.
struct AreaKind {
    kind: &'static str,
    /// The code column.
    code: &'static str,
    /// The name columns start with this, then `fi`, `sv`, `en`.
    names: &'static str,
    /// Zero-pad the code to this many digits. The official codes of regions,
    /// wellbeing services counties and ELY Centres are two-digit (SPEC §1 shows
    /// `region:06`, `wellbeing_county:08`); employment areas and vitality centres
    /// keep the code as the CSV has it (SPEC shows `employment_area:39`, `vitality_centre:4`).
    pad: usize,
    valid_from: Option<Date>,
    valid_to: Option<Date>,
}

/// In the order used for the `areas` list and for each municipality's `areas`.
const AREA_KINDS: [AreaKind; 5] = [
    AreaKind {
        kind: "region",
        code: "region_code",
        names: "region_",
        pad: 2,
        valid_from: None,
        valid_to: None,
    },
    AreaKind {
        kind: "wellbeing_county",
        code: "wellbeing_county_code",
        names: "wellbeing_county_",
        pad: 2,
        valid_from: None,
        valid_to: None,
    },
    AreaKind {
        kind: "employment_area",
        code: "employment_area_code",
        names: "employment_area_",
        pad: 0,
        valid_from: Some(crate::actors::EMPLOYMENT_AREAS_FROM),
        valid_to: None,
    },
    AreaKind {
        kind: "vitality_centre",
        code: "vitality_centre_code",
        names: "vitality_centre_",
        pad: 0,
        valid_from: Some(crate::actors::VITALITY_CENTRES_FROM),
        valid_to: None,
    },
    AreaKind {
        kind: "ely_centre",
        code: "ely_centre_code_until_2025",
        names: "ely_centre_",
        pad: 2,
        valid_from: None,
        valid_to: Some(crate::actors::REFORM_2026_TO),
    },
];

/// `language_status` values (Statistics Finland's classification, in English) → official languages, main one first.
const LANGUAGE_STATUS: [(&str, &[&str]); 4] = [
    ("Monolingual Finnish-speaking municipality", &["fi"]),
    (
        "Bilingual municipality with Finnish-speaking majority",
        &["fi", "sv"],
    ),
    ("Monolingual Swedish-speaking municipality", &["sv"]),
    (
        "Bilingual municipality with Swedish-speaking majority",
        &["sv", "fi"],
    ),
];

const NAME_LANGS: [&str; 3] = ["fi", "sv", "en"];

const BUILD_ABOUT: &str = "Write the published dataset from the municipality CSV and the source files";

const BUILD_LONG_ABOUT: &str = "\
Writes the published dataset: areas and municipalities from the municipality
reference CSV; meta, actors, services, programmes and legislation from the JSON
files in the sources directory (meta.json, actors.json, services.json, and, when
present, programmes.json and legislation.json); the municipalities' names in
Ukrainian, Russian and Arabic from municipality-names.csv there, when present
(code,uk,ru,ar,source; each row names its source). The actors that follow from the
CSV (every municipality, the ELY Centres and Economic Development Centres, the TE Offices and
employment areas, the Regional State Administrative Agencies, the regional
councils and the wellbeing services counties) are generated, with their
successors and relations, unless a source actor already stands for them. The
result is loaded with the same validator the app uses; if any record would be
left out, nothing is written and every problem is listed. The output is
deterministic: the same inputs give byte-identical files. Beside it goes
<out>.sha256, its SHA-256 in the form of sha256sum (check it with
sha256sum -c atlas.json.sha256 in the directory of both). Sense checks that do
not depend on the date (see atlas-data validate --help) are printed as warnings.
The downloads the app's data page offers are written beside it from the same
records: <stem>.csv (the spreadsheet template's columns, as export csv),
<stem>.geojson (as export geojson) and <stem>.hsds.json (Open Referral HSDS 3.0
tables in Finnish, as export hsds), so `trunk build` copies them into dist/;
and the static pack, <stem>.pack with its shards in <stem>.pack.d/ (as
atlas-data pack), which the app loads instead of the JSON where config.json
names it (pack_url).

Relative defaults are taken from the current directory when it holds
data/sources, else from the repository this program was built from.";

const BUILD_AFTER_HELP: &str = "\
Examples:
  atlas-data build
  atlas-data build --out /tmp/atlas.json
  atlas-data build --municipalities municipalities.csv --sources data/sources --out=atlas.json

Exit status: 0 written; 1 the inputs are wrong or cannot be read (each problem
is listed on standard error); 2 usage error.";

/// `atlas-data build`'s options; a missing one takes the default that [`resolve`] finds.
#[derive(Debug, Default, PartialEq, clap::Args)]
#[command(about = BUILD_ABOUT, long_about = BUILD_LONG_ABOUT, after_help = BUILD_AFTER_HELP)]
pub struct BuildArgs {
    /// The municipality reference CSV [default: ../shared/data/municipalities.csv, or the one beside this repository when that does not exist]
    #[arg(long, value_name = "PATH")]
    pub municipalities: Option<PathBuf>,
    /// The directory of source JSON files [default: data/sources]
    #[arg(long, value_name = "DIR")]
    pub sources: Option<PathBuf>,
    /// The dataset to write [default: public/data/atlas.json]
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
}

struct Paths {
    municipalities: PathBuf,
    sources: PathBuf,
    out: PathBuf,
}

/// Fills in the defaults: relative to the current directory when it is the
/// repository root (it holds `data/sources`), else to the repository this binary was built from.
fn resolve(args: &BuildArgs) -> Paths {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let repo = repo.canonicalize().unwrap_or(repo);
    let here_is_repo = Path::new("data/sources").is_dir();
    let root = |rel: &str| {
        if here_is_repo || !repo.join("data/sources").is_dir() {
            PathBuf::from(rel)
        } else {
            repo.join(rel)
        }
    };
    let municipalities = args.municipalities.clone().unwrap_or_else(|| {
        let candidates = [
            PathBuf::from("../shared/data/municipalities.csv"),
            repo.join("../shared/data/municipalities.csv"),
        ];
        candidates
            .iter()
            .find(|p| p.is_file())
            .unwrap_or(&candidates[0])
            .clone()
    });
    Paths {
        municipalities,
        sources: args.sources.clone().unwrap_or_else(|| root("data/sources")),
        out: args.out.clone().unwrap_or_else(|| root("public/data/atlas.json")),
    }
}

pub fn run(args: &BuildArgs) -> i32 {
    let paths = resolve(args);
    match build(&paths) {
        Ok((text, dataset, warnings)) => {
            for w in &warnings {
                err!("atlas-data: warning: {w}");
            }
            if let Err(e) = crate::output::write_bytes(&paths.out, text.as_bytes()) {
                err!("atlas-data: cannot write {}: {e}", paths.out.display());
                return 1;
            }
            let sums = crate::pack::sums_path(&paths.out);
            if let Err(e) = crate::output::write_bytes(
                &sums,
                crate::pack::sums_line(text.as_bytes(), &paths.out).as_bytes(),
            ) {
                err!("atlas-data: cannot write {}: {e}", sums.display());
                return 1;
            }
            let mut exports = match write_exports(&paths.out, &dataset) {
                Ok(written) => written,
                Err(e) => {
                    err!("atlas-data: {e}");
                    return 1;
                }
            };
            // The pack beside the dataset (`atlas-data pack`), from the same checked records.
            let pack = crate::pack::default_path(&paths.out);
            let packed = atlas_core::check(&text)
                .map_err(|e| e.to_string())
                .and_then(|checked| {
                    crate::pack::write(text.as_bytes(), &checked, &pack, atlas_core::pack::SHARD_SIZE)
                });
            if let Err(e) = packed {
                err!("atlas-data: {e}");
                return 1;
            }
            exports.push(pack);
            out!(
                "atlas-data: wrote {} ({} bytes), {} and the downloads {}: {}",
                paths.out.display(),
                text.len(),
                sums.display(),
                exports
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", "),
                counts(&[
                    (dataset.areas.len(), RecordKind::Area),
                    (dataset.municipalities.len(), RecordKind::Municipality),
                    (dataset.actors.len(), RecordKind::Actor),
                    (dataset.services.len(), RecordKind::Service),
                    (dataset.programmes.len(), RecordKind::Programme),
                    (dataset.legislation.len(), RecordKind::Legislation),
                ])
            );
            0
        }
        Err(errors) => {
            for e in &errors {
                err!("atlas-data: error: {}", printable(e));
            }
            err!(
                "atlas-data: build failed with {} error{}; {} was not written",
                errors.len(),
                if errors.len() == 1 { "" } else { "s" },
                paths.out.display()
            );
            1
        }
    }
}

type Built = (String, Dataset, Vec<String>);

fn build(paths: &Paths) -> Result<Built, Vec<String>> {
    let csv_text = read_text(&paths.municipalities).map_err(|e| vec![e])?;
    let (areas, mut municipalities) = from_csv(&csv_text, &paths.municipalities.display().to_string())?;
    let names_path = paths.sources.join(NAMES_FILE);
    if names_path.exists() {
        let names_text = read_text(&names_path).map_err(|e| vec![e])?;
        add_names(
            &names_text,
            &names_path.display().to_string(),
            &mut municipalities,
        )?;
    }

    let mut errors = Vec::new();
    let src = |name: &str| paths.sources.join(name);
    let meta: Option<Meta> = read_source(&src("meta.json"), true, &mut errors);
    let actors = read_list(&src("actors.json"), true, &mut errors);
    let services = read_list(&src("services.json"), true, &mut errors);
    let programmes = read_list(&src("programmes.json"), false, &mut errors);
    let legislation = read_list(&src("legislation.json"), false, &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    let completed = crate::actors::complete(actors, &areas, &municipalities)?;
    let actors = completed.actors;
    // The app drops a source that breaks a rule; the build refuses it.
    let mut bad_sources = Vec::new();
    let sourced = actors
        .iter()
        .map(|r| ("actor", &r.id, &r.sources))
        .chain(
            services
                .iter()
                .map(|r: &atlas_core::model::Service| ("service", &r.id, &r.sources)),
        )
        .chain(
            programmes
                .iter()
                .map(|r: &atlas_core::model::Programme| ("programme", &r.id, &r.sources)),
        )
        .chain(
            legislation
                .iter()
                .map(|r: &atlas_core::model::Legislation| ("legislation", &r.id, &r.sources)),
        );
    for (kind, id, sources) in sourced {
        for (i, s) in sources.iter().enumerate() {
            if let Some((field, why)) = s.problem() {
                bad_sources.push(format!("{kind} {id}: sources[{i}].{field}: {}", why.english()));
            }
        }
    }
    if !bad_sources.is_empty() {
        return Err(bad_sources);
    }
    let dataset = Dataset {
        format: FORMAT.to_string(),
        meta: meta.unwrap_or_default(),
        areas,
        municipalities,
        actors,
        services,
        programmes,
        legislation,
    };
    let text = to_json(&dataset).map_err(|e| vec![format!("cannot serialise the dataset: {e}")])?;
    let loaded = check(&text, &dataset)?;
    let mut warnings = completed.warnings;
    warnings.extend(self::warnings(&dataset, &loaded));
    Ok((text, dataset, warnings))
}

fn read_text(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{}: not UTF-8 text (invalid byte at offset {})",
            path.display(),
            e.utf8_error().valid_up_to()
        )
    })
}

/// The value of a column by header name.
struct Columns(BTreeMap<String, usize>);

impl Columns {
    fn get<'a>(&self, row: &'a [String], name: &str) -> &'a str {
        self.0
            .get(name)
            .and_then(|&i| row.get(i))
            .map(|s| s.as_str())
            .unwrap_or("")
    }
}

/// Trims and collapses runs of white space (the CSV has a doubled space in one name).
fn clean(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// Reads areas and municipalities from the reference CSV. Every error names its line.
pub fn from_csv(text: &str, file: &str) -> Result<(Vec<Area>, Vec<Municipality>), Vec<String>> {
    let records = crate::reference_csv::parse(text).map_err(|e| vec![format!("{file}: {e}")])?;
    let Some((header, rows)) = records.split_first() else {
        return Err(vec![format!("{file}: the file is empty")]);
    };
    let columns = Columns(
        header
            .fields
            .iter()
            .enumerate()
            .map(|(i, h)| (h.trim().to_string(), i))
            .collect(),
    );
    let mut required: Vec<String> = [
        "code",
        "name_fi",
        "name_sv",
        "name_en",
        "language_status",
        "lat",
        "lon",
    ]
    .map(String::from)
    .to_vec();
    for k in &AREA_KINDS {
        required.push(k.code.to_string());
        required.extend(NAME_LANGS.iter().map(|l| format!("{}{l}", k.names)));
    }
    let missing: Vec<&String> = required
        .iter()
        .filter(|c| !columns.0.contains_key(c.as_str()))
        .collect();
    if !missing.is_empty() {
        return Err(vec![format!(
            "{file}: missing column{} {}",
            if missing.len() == 1 { "" } else { "s" },
            missing.iter().map(|c| c.as_str()).collect::<Vec<_>>().join(", ")
        )]);
    }

    let mut errors = Vec::new();
    // (kind order, numeric code) → (area, the line that first named it)
    let mut areas: BTreeMap<(usize, u64, String), (Area, usize)> = BTreeMap::new();
    let mut municipalities: BTreeMap<String, (Municipality, usize)> = BTreeMap::new();

    for rec in rows {
        let row = &rec.fields;
        let code = columns.get(row, "code").trim();
        let name_fi = clean(columns.get(row, "name_fi"));
        let at = format!(
            "{file}, line {} (code {:?}{})",
            rec.line,
            code,
            if name_fi.is_empty() {
                String::new()
            } else {
                format!(", {name_fi}")
            }
        );
        let mut error = |m: String| errors.push(format!("{at}: {m}"));
        if row.len() != header.fields.len() {
            error(format!(
                "{} fields where the header has {}",
                row.len(),
                header.fields.len()
            ));
            continue;
        }
        if !(code.len() == 3 && is_digits(code)) {
            error("code must be a three-digit municipality code".into());
            continue;
        }
        if name_fi.is_empty() {
            error("name_fi is empty".into());
        }
        let status = columns.get(row, "language_status").trim();
        let languages = match LANGUAGE_STATUS.iter().find(|(s, _)| *s == status) {
            Some((_, langs)) => langs.iter().map(|l| l.to_string()).collect(),
            None => {
                let known: Vec<&str> = LANGUAGE_STATUS.iter().map(|(s, _)| *s).collect();
                error(format!(
                    "unknown language_status {status:?}; known values: {}",
                    known.join("; ")
                ));
                Vec::new()
            }
        };
        let coordinate = |name: &str| {
            columns
                .get(row, name)
                .trim()
                .parse::<f64>()
                .ok()
                .filter(|v| v.is_finite())
        };
        let location = match (coordinate("lat"), coordinate("lon")) {
            (Some(lat), Some(lon)) if LatLon::new(lat, lon).is_in_finland() => Some(LatLon::new(lat, lon)),
            (Some(_), Some(_)) => {
                error("lat/lon lie outside Finland (lat 59–70.5, lon 19–32)".into());
                None
            }
            _ => {
                error(format!(
                    "lat/lon are not numbers: {:?}, {:?}",
                    columns.get(row, "lat"),
                    columns.get(row, "lon")
                ));
                None
            }
        };

        let mut area_ids = Vec::new();
        for (order, k) in AREA_KINDS.iter().enumerate() {
            let raw = columns.get(row, k.code).trim();
            if !is_digits(raw) {
                error(format!("{} {raw:?} is not a numeric code", k.code));
                continue;
            }
            let number: u64 = raw.parse().unwrap_or(u64::MAX);
            let code = format!("{raw:0>width$}", width = k.pad);
            let name = LocalisedText(
                NAME_LANGS
                    .iter()
                    .map(|l| (l.to_string(), clean(columns.get(row, &format!("{}{l}", k.names)))))
                    .filter(|(_, t)| !t.is_empty())
                    .map(|(l, t)| match (k.kind, l.as_str()) {
                        ("vitality_centre", "en") => (l, crate::actors::economic_development_centre_en(&t)),
                        _ => (l, t),
                    })
                    .collect(),
            );
            if name.is_empty() {
                error(format!("{} {raw} has no name", k.kind));
                continue;
            }
            let area = Area {
                id: format!("{}:{code}", k.kind),
                kind: k.kind.to_string(),
                code: Some(code),
                name,
                valid_from: k.valid_from,
                valid_to: k.valid_to,
            };
            area_ids.push(area.id.clone());
            match areas.get(&(order, number, area.id.clone())) {
                Some((first, line)) if first.name != area.name => error(format!(
                    "{} has other names than on line {line}: {:?} vs {:?}",
                    area.id, area.name.0, first.name.0
                )),
                Some(_) => {}
                None => {
                    areas.insert((order, number, area.id.clone()), (area, rec.line));
                }
            }
        }

        let mut name = LocalisedText::default();
        name.0.insert("fi".into(), name_fi.clone());
        for l in ["sv", "en"] {
            let n = clean(columns.get(row, &format!("name_{l}")));
            if !n.is_empty() && n != name_fi {
                name.0.insert(l.into(), n);
            }
        }
        if let Some((_, line)) = municipalities.get(code) {
            error(format!("code {code} is already on line {line}"));
            continue;
        }
        if let (Some(location), false) = (location, languages.is_empty()) {
            municipalities.insert(
                code.to_string(),
                (
                    Municipality {
                        code: code.to_string(),
                        name,
                        location,
                        areas: area_ids,
                        languages,
                    },
                    rec.line,
                ),
            );
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok((
        areas.into_values().map(|(a, _)| a).collect(),
        municipalities.into_values().map(|(m, _)| m).collect(),
    ))
}

/// The municipality names in further languages, beside the JSON sources (optional).
pub const NAMES_FILE: &str = "municipality-names.csv";

/// The languages of [`NAMES_FILE`], in its column order after `code`.
const EXTRA_NAME_LANGS: [&str; 3] = ["uk", "ru", "ar"];

/// Adds the names of [`NAMES_FILE`] (`code,uk,ru,ar,source`) to the municipalities
/// read from the CSV. An empty cell adds nothing; a row must give at least one name
/// and the source it comes from. Every error names the file and line.
pub fn add_names(text: &str, file: &str, municipalities: &mut [Municipality]) -> Result<(), Vec<String>> {
    let records = crate::reference_csv::parse(text).map_err(|e| vec![format!("{file}: {e}")])?;
    let Some((header, rows)) = records.split_first() else {
        return Err(vec![format!("{file}: the file is empty")]);
    };
    let expected: Vec<&str> = std::iter::once("code")
        .chain(EXTRA_NAME_LANGS)
        .chain(["source"])
        .collect();
    let found: Vec<&str> = header.fields.iter().map(|h| h.trim()).collect();
    if found != expected {
        return Err(vec![format!(
            "{file}, line {}: the header must be {} (found {})",
            header.line,
            expected.join(","),
            found.join(",")
        )]);
    }
    let mut errors = Vec::new();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for rec in rows {
        let row = &rec.fields;
        let code = row.first().map(|c| c.trim()).unwrap_or("");
        let at = format!("{file}, line {} (code {code:?})", rec.line);
        if row.len() != expected.len() {
            errors.push(format!(
                "{at}: {} fields where the header has {}",
                row.len(),
                expected.len()
            ));
            continue;
        }
        if !(code.len() == 3 && is_digits(code)) {
            errors.push(format!("{at}: code must be a three-digit municipality code"));
            continue;
        }
        if let Some(line) = seen.insert(code.to_string(), rec.line) {
            errors.push(format!("{at}: code {code} is already on line {line}"));
            continue;
        }
        let Some(m) = municipalities.iter_mut().find(|m| m.code == code) else {
            errors.push(format!(
                "{at}: no municipality has code {code} in the municipality CSV"
            ));
            continue;
        };
        let names: Vec<(&str, String)> = EXTRA_NAME_LANGS
            .iter()
            .zip(&row[1..])
            .map(|(l, n)| (*l, clean(n)))
            .filter(|(_, n)| !n.is_empty())
            .collect();
        if names.is_empty() {
            errors.push(format!("{at}: no name in {}", EXTRA_NAME_LANGS.join(", ")));
            continue;
        }
        if clean(&row[expected.len() - 1]).is_empty() {
            errors.push(format!(
                "{at}: source is empty (every name must name where it comes from)"
            ));
            continue;
        }
        for (lang, name) in names {
            m.name.0.insert(lang.to_string(), name);
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// Reads a JSON source file; `None` when it cannot be read (an error) or is
/// optional and absent (no error).
fn read_json(path: &Path, required: bool, errors: &mut Vec<String>) -> Option<Value> {
    if !required && !path.exists() {
        return None;
    }
    let text = read_text(path).map_err(|e| errors.push(e)).ok()?;
    serde_json::from_str(&text)
        .map_err(|e| errors.push(format!("{}: not valid JSON: {e}", path.display())))
        .ok()
}

/// Reads one record, refusing fields the model does not know: the model ignores
/// them (forward compatibility), which would hide a typo in a hand-edited source.
fn record<T: DeserializeOwned + Serialize>(value: Value, at: &str, errors: &mut Vec<String>) -> Option<T> {
    let record: T = serde_json::from_value(value.clone())
        .map_err(|e| errors.push(format!("{at}: {e}")))
        .ok()?;
    let mut unknown = Vec::new();
    match serde_json::to_value(&record) {
        Ok(back) => unknown_fields(&value, &back, "", &mut unknown),
        Err(e) => unknown.push(format!("cannot be serialised again: {e}")),
    }
    for u in &unknown {
        errors.push(format!("{at}: unknown field {u} (a typo?)"));
    }
    unknown.is_empty().then_some(record)
}

fn read_source<T: DeserializeOwned + Serialize>(
    path: &Path,
    required: bool,
    errors: &mut Vec<String>,
) -> Option<T> {
    let value = read_json(path, required, errors)?;
    record(value, &path.display().to_string(), errors)
}

/// Reads a JSON array of records; an absent optional file is an empty list.
fn read_list<T: DeserializeOwned + Serialize>(
    path: &Path,
    required: bool,
    errors: &mut Vec<String>,
) -> Vec<T> {
    let Some(value) = read_json(path, required, errors) else {
        return Vec::new();
    };
    let Value::Array(items) = value else {
        errors.push(format!("{}: expected a JSON array of records", path.display()));
        return Vec::new();
    };
    items
        .into_iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let id = item
                .get("id")
                .and_then(Value::as_str)
                .map(|id| format!(" (id {:?})", id))
                .unwrap_or_default();
            record(item, &format!("{}, record {}{id}", path.display(), i + 1), errors)
        })
        .collect()
}

/// Paths of object keys in `input` that did not survive a round trip through
/// the model (`back`). Keys whose value is empty (null, false, [], {}) are
/// fine: the model leaves those out when it writes.
fn unknown_fields(input: &Value, back: &Value, path: &str, out: &mut Vec<String>) {
    match (input, back) {
        (Value::Object(a), Value::Object(b)) => {
            for (k, v) in a {
                let here = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                match b.get(k) {
                    Some(w) => unknown_fields(v, w, &here, out),
                    None if is_empty_value(v) => {}
                    None => out.push(here),
                }
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            if a.len() != b.len() {
                // A lenient list (sources) skipped entries of the wrong shape.
                out.push(format!("{path} (an entry of the wrong shape)"));
                return;
            }
            for (i, (v, w)) in a.iter().zip(b).enumerate() {
                unknown_fields(v, w, &format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

fn is_empty_value(v: &Value) -> bool {
    match v {
        Value::Null | Value::Bool(false) => true,
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    }
}

/// The dataset as JSON: the top level and each list spread over lines, each
/// record on one line, so that a changed record is a one-line diff. Ends with a newline.
pub fn to_json(d: &Dataset) -> serde_json::Result<String> {
    fn list<T: Serialize>(out: &mut String, name: &str, items: &[T], last: bool) -> serde_json::Result<()> {
        out.push_str(&format!(" {}: [", serde_json::to_string(name)?));
        for (i, item) in items.iter().enumerate() {
            out.push_str(if i == 0 { "\n  " } else { ",\n  " });
            out.push_str(&serde_json::to_string(item)?);
        }
        out.push_str(if items.is_empty() { "]" } else { "\n ]" });
        out.push_str(if last { "\n" } else { ",\n" });
        Ok(())
    }
    let mut out = String::from("{\n");
    out.push_str(&format!(" \"format\": {},\n", serde_json::to_string(&d.format)?));
    out.push_str(&format!(" \"meta\": {},\n", serde_json::to_string(&d.meta)?));
    list(&mut out, "areas", &d.areas, false)?;
    list(&mut out, "municipalities", &d.municipalities, false)?;
    list(&mut out, "actors", &d.actors, false)?;
    list(&mut out, "services", &d.services, false)?;
    list(&mut out, "programmes", &d.programmes, false)?;
    list(&mut out, "legislation", &d.legislation, true)?;
    out.push_str("}\n");
    Ok(out)
}

/// The written text must say exactly what the dataset says, and the app's
/// loader must keep every record of it.
fn check(text: &str, dataset: &Dataset) -> Result<Loaded, Vec<String>> {
    let written: Value = serde_json::from_str(text)
        .map_err(|e| vec![format!("internal error: the output is not JSON: {e}")])?;
    let expected = serde_json::to_value(dataset).map_err(|e| vec![format!("internal error: {e}")])?;
    if written != expected {
        return Err(vec![
            "internal error: the output differs from the dataset it was written from".into(),
        ]);
    }
    let loaded = atlas_core::load(text).map_err(|e| vec![format!("the output does not load: {e}")])?;
    if !loaded.problems.is_empty() {
        return Err(loaded
            .problems
            .iter()
            .map(|p| format!("{p} (this record would be left out)"))
            .collect());
    }
    Ok(loaded)
}

/// Things that load but look wrong: the sense checks of `atlas_core::checks` that do
/// not depend on the day the build runs (so its output stays the same day after day).
fn warnings(d: &Dataset, loaded: &Loaded) -> Vec<String> {
    use atlas_core::checks::{Check, Checks};
    // Any date will do: the checks that use it are left out below.
    let today = atlas_core::time::Date::from_days(0);
    let checks = Checks::new(&loaded.atlas, today);
    let mut out: Vec<String> = (0..loaded.atlas.services.len())
        .flat_map(|i| checks.service(i))
        .chain(checks.duplicates())
        .chain(checks.unsourced())
        .filter(|w| !matches!(w.check, Check::DateInFuture | Check::NotVerifiedForAYear))
        .map(|w| w.to_string())
        .collect();
    if !d.meta.sources.iter().any(|s| s.attribution.is_some()) {
        out.push("meta.sources: no source has an attribution text".into());
    }
    out
}

/// The downloads beside the dataset, from the same records: `<stem>.csv`, `<stem>.geojson`
/// and `<stem>.hsds.json`. Deterministic, as the dataset is.
pub fn write_exports(out: &Path, dataset: &Dataset) -> Result<Vec<PathBuf>, String> {
    let stem = out
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "atlas".into());
    let beside = |ext: &str| out.with_file_name(format!("{stem}.{ext}"));
    let write = |path: &Path, bytes: &[u8]| {
        crate::output::write_bytes(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
    };
    let csv = beside("csv");
    write(&csv, &crate::export_csv::to_csv(&dataset.services, b',')?)?;
    let geojson = beside("geojson");
    let text = crate::export_geojson::to_geojson(&dataset.services)
        .map_err(|e| format!("cannot serialise GeoJSON: {e}"))?;
    write(&geojson, text.as_bytes())?;
    let hsds = beside("hsds.json");
    let tables = crate::export_hsds::tables(&dataset.meta, &dataset.actors, &dataset.services, "fi");
    crate::export_hsds::write(&hsds, &tables)?;
    Ok(vec![csv, geojson, hsds])
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "code,name_fi,name_sv,name_en,language_status,region_code,region_fi,region_sv,region_en,wellbeing_county_code,wellbeing_county_fi,wellbeing_county_sv,wellbeing_county_en,employment_area_code,employment_area_fi,employment_area_sv,employment_area_en,vitality_centre_code,vitality_centre_fi,vitality_centre_sv,vitality_centre_en,ely_centre_code_until_2025,ely_centre_fi,ely_centre_sv,ely_centre_en,lat,lon";

    fn row(code: &str, fi: &str, sv: &str, status: &str, region: &str) -> String {
        format!("{code},{fi},{sv},{fi},{status},{region},R{region},R{region}sv,R{region}en,8,W,Wsv,Wen,39,E,Esv,Een,4,V,Vsv,Ven,5,Ely,Elysv,Ely  en,61.5,23.76")
    }

    #[test]
    fn csv_to_areas_and_municipalities() {
        let text = format!(
            "{HEADER}\r\n{}\r\n{}\r\n",
            row(
                "837",
                "Tampere",
                "Tammerfors",
                "Monolingual Finnish-speaking municipality",
                "6"
            ),
            row(
                "020",
                "Akaa",
                "Akaa",
                "Bilingual municipality with Swedish-speaking majority",
                "6"
            )
        );
        let (areas, munis) = from_csv(&text, "t.csv").unwrap();
        let ids: Vec<&str> = areas.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "region:06",
                "wellbeing_county:08",
                "employment_area:39",
                "vitality_centre:4",
                "ely_centre:05"
            ]
        );
        assert_eq!(areas[4].name.0.get("en").unwrap(), "Ely en");
        assert_eq!(areas[4].valid_to, Date::new(2025, 12, 31));
        assert_eq!(munis[0].code, "020");
        assert_eq!(munis[0].languages, ["sv", "fi"]);
        assert_eq!(munis[0].name.0.len(), 1, "sv and en equal to fi are left out");
        assert_eq!(munis[1].name.0.get("sv").unwrap(), "Tammerfors");
        assert_eq!(munis[1].areas, ids);
    }

    #[test]
    fn csv_errors_name_the_row() {
        let text = format!(
            "{HEADER}\n{}\n",
            row("837", "Tampere", "Tammerfors", "Trilingual", "6")
        );
        let e = from_csv(&text, "t.csv").unwrap_err();
        assert!(
            e[0].contains("line 2") && e[0].contains("Tampere") && e[0].contains("Trilingual"),
            "{e:?}"
        );
        let text = format!(
            "{HEADER}\n{}\n{}\n",
            row("837", "A", "A", "Monolingual Finnish-speaking municipality", "6"),
            row("837", "B", "B", "Monolingual Finnish-speaking municipality", "6")
        );
        assert!(from_csv(&text, "t.csv").unwrap_err()[0].contains("already on line 2"));
        let e = from_csv("code,name_fi\n837,Tampere\n", "t.csv").unwrap_err();
        assert!(e[0].contains("missing columns") && e[0].contains("lat"), "{e:?}");
    }

    #[test]
    fn names_in_more_languages() {
        let text = format!(
            "{HEADER}\n{}\n{}\n",
            row(
                "091",
                "Helsinki",
                "Helsingfors",
                "Bilingual municipality with Finnish-speaking majority",
                "1"
            ),
            row(
                "837",
                "Tampere",
                "Tammerfors",
                "Monolingual Finnish-speaking municipality",
                "6"
            )
        );
        let (_, mut munis) = from_csv(&text, "t.csv").unwrap();
        let names = "code,uk,ru,ar,source\r\n091,Гельсінкі,Хельсинки,هلسنكي,https://example.org/a\r\n837,, Тампере ,,\"https://example.org/b, https://example.org/c\"\r\n";
        add_names(names, "n.csv", &mut munis).unwrap();
        assert_eq!(munis[0].name.0.get("uk").unwrap(), "Гельсінкі");
        assert_eq!(munis[0].name.0.get("ar").unwrap(), "هلسنكي");
        assert_eq!(munis[0].name.0.get("fi").unwrap(), "Helsinki");
        assert_eq!(munis[1].name.0.get("ru").unwrap(), "Тампере");
        assert!(!munis[1].name.0.contains_key("uk"), "an empty cell adds nothing");

        let bad = "code,uk,ru,ar,source\n091,Гельсінкі,,,x\n999,A,,,x\n837,A,,x\n091,B,,,x\n837,A,,,\n";
        let e = add_names(bad, "n.csv", &mut munis).unwrap_err();
        assert!(e[0].contains("n.csv, line 3") && e[0].contains("999"), "{e:?}");
        assert!(e[1].contains("line 4") && e[1].contains("4 fields"), "{e:?}");
        assert!(
            e[2].contains("line 5") && e[2].contains("already on line 2"),
            "{e:?}"
        );
        assert!(
            e[3].contains("line 6") && e[3].contains("source is empty"),
            "{e:?}"
        );
        assert_eq!(e.len(), 4, "{e:?}");
        let e = add_names("code,uk,ru,ar,source\n837,,,,x\n", "n.csv", &mut munis).unwrap_err();
        assert!(
            e[0].contains("n.csv, line 2") && e[0].contains("no name"),
            "{e:?}"
        );
        let e = add_names("code,uk,ru,source\n", "n.csv", &mut munis).unwrap_err();
        assert!(
            e[0].contains("n.csv, line 1") && e[0].contains("code,uk,ru,ar,source"),
            "{e:?}"
        );
    }

    #[test]
    fn unknown_fields_are_found() {
        let input: Value = serde_json::json!({"id": "a", "nmae": {"en": "x"}, "address": {"stret": "x", "post_office": {"fi": "y"}}, "phones": [], "website": null});
        let back: Value = serde_json::json!({"id": "a", "address": {"post_office": {"fi": "y"}}});
        let mut out = Vec::new();
        unknown_fields(&input, &back, "", &mut out);
        out.sort();
        assert_eq!(out, ["address.stret", "nmae"]);
    }
}
