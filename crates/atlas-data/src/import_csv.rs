//! `atlas-data import csv FILE`: the spreadsheet template (docs/template.csv) → a complete
//! `integration-atlas/1` dataset.
//!
//! Every problem names its row (the line in the CSV file; the header is row 1) and its
//! column (header name and spreadsheet letter). No row is dropped silently: a row becomes a
//! service, or it is reported (example and empty rows get a note). Nothing is written
//! while any row has an error, so a half dataset is never published by mistake.
//!
//! What spreadsheets do to files is handled: a UTF-8 byte-order mark (Excel's "CSV UTF-8"),
//! `;` as the delimiter (Finnish Excel's default; detected from the header), a decimal comma
//! in coordinates, leading zeros dropped from municipality codes and postal codes, and
//! Finnish dates (`1.9.2026`). A file in another encoding (Latin-1, Windows-1252) is
//! reported row by row with a hint to save it as CSV UTF-8.

use crate::assemble::{self, Reference, ReferenceArgs};
use crate::err;
use crate::template::{self, column_letter, split_aligned, split_list, Column};
use crate::validate::printable;
use atlas_core::model::{Accessibility, Address, Appointment, Channel, Phone, Service, Wheelchair};
use atlas_core::rules::{is_email, is_international_phone, is_language_code, is_valid_id, is_web_url};
use atlas_core::time::Date;
use atlas_core::{LatLon, LocalisedText};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

const AFTER_HELP: &str = "\
Examples:
  atlas-data import csv services.csv                     writes services.json beside it
  atlas-data import csv services.csv --out public/data/atlas.json
  atlas-data import csv services.csv --meta meta.json --out atlas.json
  atlas-data import csv services.csv --base public/data/atlas.json --out atlas.json

The template is docs/template.csv; docs/PUBLISHING.md walks through the whole
process. Every problem names its row and column (header name and letter).

Exit status: 0 written; 1 some rows have errors (each listed; nothing written);
2 the file cannot be read as the template (missing columns), or a usage error.";

/// `atlas-data import csv`: the spreadsheet template → a complete dataset.
#[derive(Debug, Clone, Default, PartialEq, clap::Args)]
#[command(
    about = "Read services from the spreadsheet template (CSV) into a complete dataset",
    long_about = "Reads services from a CSV file in the layout of docs/template.csv (one row per \
service; name_fi, name_sv, name_en ...; lists separated by ;) and writes a complete \
integration-atlas/1 dataset: the services, with the areas, municipalities and actors \
made from the municipality reference CSV as `build` makes them. Comma- or \
semicolon-separated files, with or without a byte-order mark, are read. Nothing is \
written while any row has an error.",
    after_help = AFTER_HELP
)]
pub struct ImportCsvArgs {
    /// The CSV file (- for standard input)
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The dataset to write (- for standard output) [default: FILE with the extension .json]
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
    #[command(flatten)]
    pub reference: ReferenceArgs,
}

/// The outcome of reading a sheet: services with their rows, and what was said about it.
#[derive(Debug, Default)]
pub struct Sheet {
    pub services: Vec<(usize, Service)>,
    pub errors: Vec<String>,
    pub warnings: Vec<String>,
    pub notes: Vec<String>,
    pub rows: usize,
}

/// The delimiter of a CSV text: the most frequent of `,` `;` and tab in the header line
/// (outside quotes); `,` when there is none.
pub fn detect_delimiter(bytes: &[u8]) -> u8 {
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for &b in bytes {
        if b == b'\n' && !quoted {
            break;
        }
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted {
            for c in counts.iter_mut() {
                if c.0 == b {
                    c.1 += 1;
                }
            }
        }
    }
    counts
        .iter()
        .filter(|c| c.1 > 0)
        .max_by_key(|c| c.1)
        .map(|c| c.0)
        .unwrap_or(b',')
}

/// Header positions by meaning.
struct Columns {
    names: Vec<String>,
    plain: BTreeMap<&'static str, usize>,
    /// prefix → (language, column)
    localised: BTreeMap<&'static str, Vec<(String, usize)>>,
}

impl Columns {
    fn at(&self, i: usize) -> String {
        format!(
            "column {} ({})",
            column_letter(i),
            printable(self.names.get(i).map(String::as_str).unwrap_or(""))
        )
    }
}

/// Reads the sheet. `Err` only for a file that cannot be a sheet at all (no header, a
/// required column missing, a column given twice); row problems are in `Sheet::errors`.
pub fn read(bytes: &[u8], reference: &Reference) -> Result<Sheet, Vec<String>> {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"\xd0\xcf\x11\xe0") {
        return Err(vec![
            "this is a spreadsheet workbook (.xlsx or .xls), not CSV: save it as \"CSV UTF-8\" first".into(),
        ]);
    }
    if bytes.starts_with(b"\xff\xfe") || bytes.starts_with(b"\xfe\xff") {
        return Err(vec![
            "the file is UTF-16 (Excel's \"Unicode text\"): save it as \"CSV UTF-8\"".into(),
        ]);
    }
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let delimiter = detect_delimiter(bytes);
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut records = reader.byte_records();
    let header = match records.next() {
        None => {
            return Err(vec![
                "the file is empty: it needs a header row (see docs/template.csv)".into(),
            ])
        }
        Some(Err(e)) => return Err(vec![format!("row 1: {}", csv_error(&e))]),
        Some(Ok(h)) => h,
    };
    let mut sheet = Sheet::default();
    let mut file_errors = Vec::new();
    let mut names = Vec::new();
    for (i, cell) in header.iter().enumerate() {
        match std::str::from_utf8(cell) {
            Ok(s) => names.push(s.trim().to_string()),
            Err(_) => {
                file_errors.push(format!(
                    "row 1, column {}: the header is not UTF-8 text; save the sheet as \"CSV UTF-8\"",
                    column_letter(i)
                ));
                names.push(String::new());
            }
        }
    }
    let mut columns = Columns {
        names: names.clone(),
        plain: BTreeMap::new(),
        localised: BTreeMap::new(),
    };
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for (i, name) in names.iter().enumerate() {
        if name.is_empty() {
            continue;
        }
        if let Some(first) = seen.insert(name.clone(), i) {
            file_errors.push(format!(
                "row 1: column {} and column {} are both \"{}\"",
                column_letter(first),
                column_letter(i),
                printable(name)
            ));
            continue;
        }
        match template::classify(name) {
            Column::Plain(p) => {
                columns.plain.insert(p, i);
            }
            Column::Localised(prefix, lang) => columns.localised.entry(prefix).or_default().push((lang, i)),
            Column::Unknown => sheet.warnings.push(format!(
                "row 1, {}: unknown column, ignored (known columns are in docs/template.csv; language columns end in an ISO 639 code such as _fi)",
                columns.at(i)
            )),
        }
    }
    let missing: Vec<&str> = template::REQUIRED
        .iter()
        .copied()
        .filter(|c| !columns.plain.contains_key(c))
        .collect();
    if !missing.is_empty() {
        file_errors.push(format!(
            "row 1: missing required column{} {}",
            if missing.len() == 1 { "" } else { "s" },
            missing.join(", ")
        ));
    }
    if !columns.localised.contains_key("name") {
        file_errors.push(
            "row 1: missing a name column (name_fi, name_sv, name_en or name_ plus another language code)"
                .into(),
        );
    }
    if !file_errors.is_empty() {
        return Err(file_errors);
    }

    let mut first_row_of: BTreeMap<String, usize> = BTreeMap::new();
    let mut not_utf8 = false;
    let mut row_number = 1;
    let (mut line_count, mut counted) = (0usize, 0usize);
    for record in records {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                row_number += 1;
                sheet.errors.push(format!("row {row_number}: {}", csv_error(&e)));
                continue;
            }
        };
        // The line the record starts on, counted from its byte offset (the reader's own
        // line count skips blank lines, which a person counts).
        let row = match record.position() {
            Some(p) => {
                let mut offset = (p.byte() as usize).min(bytes.len());
                // The reader's position may sit on the blank lines it skipped before the record.
                while offset < bytes.len() && matches!(bytes[offset], b'\n' | b'\r') {
                    offset += 1;
                }
                line_count += bytes[counted..offset].iter().filter(|&&b| b == b'\n').count();
                counted = offset;
                line_count + 1
            }
            None => row_number + 1,
        };
        row_number = row;
        sheet.rows += 1;
        let mut cells = Vec::with_capacity(record.len());
        let mut row_errors = Vec::new();
        for (i, cell) in record.iter().enumerate() {
            match std::str::from_utf8(cell) {
                Ok(s) => cells.push(s.trim().to_string()),
                Err(_) => {
                    not_utf8 = true;
                    row_errors.push(format!(
                        "row {row}, {}: not UTF-8 text (the file looks like Latin-1 or Windows-1252)",
                        columns.at(i)
                    ));
                    cells.push(String::new());
                }
            }
        }
        if cells.iter().all(|c| c.is_empty()) && row_errors.is_empty() {
            sheet.notes.push(format!("row {row}: empty, skipped"));
            continue;
        }
        if record.len() != header.len() {
            row_errors.push(format!(
                "row {row}: {} cells where the header has {} (a stray delimiter or a missing quote?)",
                record.len(),
                header.len()
            ));
        }
        if !row_errors.is_empty() {
            sheet.errors.extend(row_errors);
            continue;
        }
        let id = columns
            .plain
            .get("id")
            .and_then(|&i| cells.get(i))
            .cloned()
            .unwrap_or_default();
        if id.starts_with("example-") {
            sheet.notes.push(format!(
                "row {row}: an example row (id {}), skipped: delete it from your sheet",
                printable(&id)
            ));
            continue;
        }
        let mut errors = Vec::new();
        let service = read_row(row, &cells, &columns, reference, &mut errors, &mut sheet.warnings);
        if let Some(first) = first_row_of.get(&id) {
            errors.push(format!(
                "row {row}, {}: id \"{}\" is already used on row {first}",
                columns.at(columns.plain["id"]),
                printable(&id)
            ));
        } else if !id.is_empty() {
            first_row_of.insert(id.clone(), row);
        }
        match service {
            Some(s) if errors.is_empty() => sheet.services.push((row, s)),
            _ => sheet.errors.extend(errors),
        }
    }
    if not_utf8 {
        sheet.errors.push("the file is not UTF-8: in Excel choose File → Save As → \"CSV UTF-8 (comma delimited)\"; in LibreOffice choose the character set UTF-8".into());
    }
    Ok(sheet)
}

fn csv_error(e: &::csv::Error) -> String {
    match e.kind() {
        ::csv::ErrorKind::Io(e) => format!("cannot read: {e}"),
        _ => format!("not readable as CSV: {e}"),
    }
}

/// One row being read: its cells, where each column is, and the errors found so far (every
/// error names the row and the column).
struct RowReader<'r> {
    row: usize,
    cells: &'r [String],
    columns: &'r Columns,
    errors: &'r mut Vec<String>,
}

impl<'r> RowReader<'r> {
    /// The cell of a plain column ("" when the column or the cell is missing).
    fn cell(&self, name: &str) -> &'r str {
        self.columns
            .plain
            .get(name)
            .and_then(|&i| self.cells.get(i))
            .map(String::as_str)
            .unwrap_or("")
    }

    /// The cell of a plain column, when it is not empty.
    fn optional(&self, name: &str) -> Option<String> {
        Some(self.cell(name)).filter(|c| !c.is_empty()).map(String::from)
    }

    /// Where a column's cell is, for a message: `row 3, column B (name_fi)`.
    fn at(&self, name: &str) -> String {
        format!(
            "row {}, {}",
            self.row,
            self.columns
                .plain
                .get(name)
                .map(|&i| self.columns.at(i))
                .unwrap_or_else(|| name.to_string())
        )
    }

    fn fail(&mut self, name: &str, message: String) {
        let at = self.at(name);
        self.errors.push(format!("{at}: {message}"));
    }

    /// A localised text from the columns `prefix_fi`, `prefix_sv`, ... (none when all are empty).
    fn localised(&self, prefix: &str) -> Option<LocalisedText> {
        let text: LocalisedText = self
            .columns
            .localised
            .get(prefix)
            .into_iter()
            .flatten()
            .filter_map(|(lang, i)| {
                self.cells
                    .get(*i)
                    .filter(|c| !c.is_empty())
                    .map(|c| (lang.clone(), c.clone()))
            })
            .collect();
        (!text.0.is_empty()).then_some(text)
    }

    fn id(&mut self) -> &'r str {
        let id = self.cell("id");
        if id.is_empty() {
            self.fail(
                "id",
                "empty: every service needs an id (lower-case letters, digits, - : _; e.g. tampere-advice-1)"
                    .into(),
            );
        } else if !is_valid_id(id) {
            let hint = if is_valid_id(&id.to_lowercase()) {
                format!("; try \"{}\"", id.to_lowercase())
            } else {
                String::new()
            };
            self.fail("id", format!("\"{}\" is not a valid id: lower-case letters, digits, - : _, at most 64, starting with a letter or digit{hint}", printable(id)));
        }
        id
    }

    fn name(&mut self) -> Option<LocalisedText> {
        let name = self.localised("name");
        if name.is_none() {
            let first = self
                .columns
                .localised
                .get("name")
                .and_then(|v| v.first())
                .map(|(_, i)| self.columns.at(*i))
                .unwrap_or_default();
            self.errors.push(format!(
                "row {}, {first}: the service has no name in any language",
                self.row
            ));
        }
        name
    }

    fn provider(&mut self, reference: &Reference) -> Option<String> {
        let provider = self.optional("provider");
        if let Some(p) = &provider {
            if !reference.actors.iter().any(|a| &a.id == p) {
                self.fail("provider", format!(
                    "\"{}\" is not an actor of the dataset (use an actor id such as municipality:837 or pirkanmaan-hyvinvointialue, or leave it empty)",
                    printable(p)
                ));
            }
        }
        provider
    }

    fn municipality(&mut self, reference: &Reference) -> String {
        match reference.municipality_code(self.cell("municipality")) {
            Some(code) => code,
            None => {
                let raw = printable(self.cell("municipality"));
                self.fail(
                    "municipality",
                    format!("\"{raw}\" is not a municipality code (e.g. 837) or name (e.g. Tampere)"),
                );
                String::new()
            }
        }
    }

    /// A coordinate in decimal degrees (a decimal comma read as a point).
    fn coordinate(&mut self, name: &str) -> Option<f64> {
        let raw = self.cell(name);
        let text = if raw.contains(',') && !raw.contains('.') {
            raw.replace(',', ".")
        } else {
            raw.to_string()
        };
        match text.parse::<f64>() {
            Ok(v) if v.is_finite() => Some(v),
            _ => {
                self.fail(
                    name,
                    format!(
                        "\"{}\" is not a number (WGS84 decimal degrees, e.g. 61.4981)",
                        printable(raw)
                    ),
                );
                None
            }
        }
    }

    fn location(&mut self) -> LatLon {
        let (lat, lon) = (self.coordinate("lat"), self.coordinate("lon"));
        match (lat, lon) {
            (Some(lat), Some(lon)) => {
                let l = LatLon::new(lat, lon);
                if !l.is_in_finland() {
                    let swapped = LatLon::new(lon, lat).is_in_finland();
                    self.fail(
                        "lat",
                        format!(
                            "{lat}, {lon} lies outside Finland (lat 59–70.5, lon 19–32){}",
                            if swapped { "; are lat and lon swapped?" } else { "" }
                        ),
                    );
                }
                l
            }
            _ => LatLon::new(f64::NAN, f64::NAN),
        }
    }

    fn address(&mut self, warnings: &mut Vec<String>) -> Option<Address> {
        let street = self.localised("street");
        let post_office = self.localised("post_office");
        let raw = self.cell("postal_code");
        let postal_code = if raw.is_empty() {
            None
        } else if raw.len() <= 5 && raw.bytes().all(|b| b.is_ascii_digit()) {
            if raw.len() < 5 {
                warnings.push(format!("{}: postal code {raw} read as {raw:0>5} (a spreadsheet drops leading zeros; format the column as text)", self.at("postal_code")));
            }
            Some(format!("{raw:0>5}"))
        } else {
            self.fail(
                "postal_code",
                format!(
                    "\"{}\" is not a Finnish postal code (five digits)",
                    printable(raw)
                ),
            );
            None
        };
        (street.is_some() || post_office.is_some() || postal_code.is_some()).then_some(Address {
            street,
            postal_code,
            post_office,
        })
    }

    /// A list of words of a closed vocabulary.
    fn one_of<V>(&mut self, name: &str, parse: fn(&str) -> Option<V>, allowed: &[&str]) -> Vec<V> {
        let mut items = Vec::new();
        for v in split_list(self.cell(name)) {
            match parse(&v) {
                Some(word) => items.push(word),
                None => self.fail(
                    name,
                    format!("\"{}\" is not one of {}", printable(&v), allowed.join(", ")),
                ),
            }
        }
        items
    }

    /// At most one word of a closed vocabulary.
    fn one_word_of<V>(&mut self, name: &str, parse: fn(&str) -> Option<V>, allowed: &[&str]) -> Option<V> {
        self.one_of(name, parse, allowed).into_iter().next()
    }

    fn languages(&mut self) -> Vec<String> {
        let languages: Vec<String> = split_list(self.cell("languages"));
        if languages.is_empty() {
            self.fail(
                "languages",
                "at least one language code is needed (e.g. fi; sv; en)".into(),
            );
        }
        for l in &languages {
            if !is_language_code(l) {
                self.fail(
                    "languages",
                    format!(
                        "\"{}\" is not an ISO 639 language code in lower case (e.g. fi, uk, ar)",
                        printable(l)
                    ),
                );
            }
        }
        languages
    }

    /// The phone numbers, each with its notes (`phone_info_fi`, ..., matched to numbers in order).
    fn phones(&mut self) -> Vec<Phone> {
        let numbers = split_list(self.cell("phones"));
        for n in &numbers {
            if !is_international_phone(n) {
                let digits_only = |r: &str| r.bytes().all(|b| b.is_ascii_digit() || b == b' ');
                let hint = if let Some(r) = n.strip_prefix('0').filter(|r| digits_only(r)) {
                    format!("; write it as +358 {r}")
                } else if n.starts_with("358") && digits_only(n) {
                    // Excel reads "+358 40 …" typed into a number cell as the number 35840….
                    format!("; write it as +{n} and format the column as text (a spreadsheet drops the + of a number)")
                } else {
                    String::new()
                };
                self.fail(
                    "phones",
                    format!(
                        "\"{}\" is not a number in international form (+358 …){hint}",
                        printable(n)
                    ),
                );
            }
        }
        let mut infos: Vec<LocalisedText> = vec![LocalisedText::default(); numbers.len()];
        for (lang, i) in self.columns.localised.get("phone_info").into_iter().flatten() {
            let entries = split_aligned(self.cells.get(*i).map(String::as_str).unwrap_or(""));
            if entries.len() > numbers.len() {
                self.errors.push(format!(
                    "row {}, {}: {} notes for {} phone numbers (notes are matched to numbers in order)",
                    self.row,
                    self.columns.at(*i),
                    entries.len(),
                    numbers.len()
                ));
                continue;
            }
            for (k, e) in entries.into_iter().enumerate() {
                if !e.is_empty() {
                    infos[k].0.insert(lang.clone(), e);
                }
            }
        }
        numbers
            .into_iter()
            .zip(infos)
            .map(|(number, info)| Phone {
                number,
                info: (!info.0.is_empty()).then_some(info),
            })
            .collect()
    }

    /// An optional cell that must pass `valid`, else `message` (with the value) is an error.
    fn checked(&mut self, name: &str, valid: impl Fn(&str) -> bool, message: &str) -> Option<String> {
        let value = self.optional(name);
        if let Some(v) = &value {
            if !valid(v) {
                self.fail(name, format!("\"{}\" {message}", printable(v)));
            }
        }
        value
    }

    fn opening_hours(&mut self) -> Option<String> {
        let hours = self.optional("opening_hours");
        if let Some(h) = &hours {
            if let Err(e) = atlas_core::hours::OpeningHours::parse(h) {
                self.fail(
                    "opening_hours",
                    format!(
                        "{} (OpenStreetMap syntax, e.g. Mo-Fr 09:00-16:00; PH off)",
                        printable(&e)
                    ),
                );
            }
        }
        hours
    }

    /// A list of lower-case words (an open vocabulary: topics, target groups).
    fn words(&mut self, name: &str) -> Vec<String> {
        let items = split_list(self.cell(name));
        for w in &items {
            if !w.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
                self.fail(
                    name,
                    format!(
                        "\"{}\" is not a lower-case word (letters a–z and _)",
                        printable(w)
                    ),
                );
            }
        }
        items
    }

    fn last_verified(&mut self) -> Option<Date> {
        match self.cell("last_verified") {
            "" => None,
            raw => match parse_date(raw) {
                Some(d) => Some(d),
                None => {
                    self.fail(
                        "last_verified",
                        format!("\"{}\" is not a date (2026-09-01 or 1.9.2026)", printable(raw)),
                    );
                    None
                }
            },
        }
    }
}

/// Reads one row into a service, every field by its own reader; `None` once the sheet has an
/// error (nothing is written while a row has one).
fn read_row(
    row: usize,
    cells: &[String],
    columns: &Columns,
    reference: &Reference,
    errors: &mut Vec<String>,
    warnings: &mut Vec<String>,
) -> Option<Service> {
    let mut r = RowReader {
        row,
        cells,
        columns,
        errors,
    };
    let id = r.id();
    let name = r.name();
    let provider = r.provider(reference);
    let municipality = r.municipality(reference);
    let location = r.location();
    let address = r.address(warnings);
    let channels = r.one_of("channels", Channel::parse, Channel::WORDS);
    let appointment = r.one_word_of("appointment", Appointment::parse, Appointment::WORDS);
    let wheelchair = r.one_word_of("wheelchair", Wheelchair::parse, Wheelchair::WORDS);
    for name in ["appointment", "wheelchair"] {
        if split_list(r.cell(name)).len() > 1 {
            r.fail(name, "one value only".into());
        }
    }
    let languages = r.languages();
    let phones = r.phones();
    let email = r.checked("email", is_email, "is not an e-mail address");
    let website = r.checked(
        "website",
        is_web_url,
        "is not a web address starting with https:// or http://",
    );
    let opening_hours = r.opening_hours();
    let target_groups = r.words("target_groups");
    let topics = r.words("topics");
    let accessibility = {
        let info = r.localised("accessibility");
        (wheelchair.is_some() || info.is_some()).then_some(Accessibility { wheelchair, info })
    };
    let last_verified = r.last_verified();
    let description = r.localised("description");

    if !r.errors.is_empty() {
        return None;
    }
    Some(Service {
        id: id.to_string(),
        name: name?,
        description,
        provider,
        municipality,
        address,
        location,
        channels,
        languages,
        phones,
        email,
        website,
        opening_hours,
        appointment,
        target_groups,
        topics,
        accessibility,
        last_verified,
        illustrative: false,
        sources: Vec::new(),
    })
}

/// An ISO date, or a Finnish one (`1.9.2026`, `01.09.2026`).
pub fn parse_date(raw: &str) -> Option<Date> {
    if let Some(d) = Date::parse(raw) {
        return Some(d);
    }
    let parts: Vec<&str> = raw.split('.').collect();
    if let [d, m, y] = parts[..] {
        let (d, m, y): (u32, u32, i32) = (d.parse().ok()?, m.parse().ok()?, y.parse().ok()?);
        if !(1000..=9999).contains(&y) {
            return None;
        }
        return Date::new(y, m, d);
    }
    None
}

/// Why an import wrote nothing: the exit status, the errors, and what was read.
pub struct Failed {
    pub code: i32,
    pub errors: Vec<String>,
    pub sheet: Sheet,
}

impl Failed {
    fn new(code: i32, errors: Vec<String>, sheet: Sheet) -> Box<Self> {
        Box::new(Self { code, errors, sheet })
    }
}

/// Reads the sheet and assembles the dataset; `Err` with exit code and messages.
pub fn import(
    bytes: &[u8],
    reference: Reference,
    meta: atlas_core::model::Meta,
) -> Result<(String, Sheet), Box<Failed>> {
    let mut sheet = read(bytes, &reference).map_err(|e| Failed::new(2, e, Sheet::default()))?;
    if !sheet.errors.is_empty() {
        let errors = std::mem::take(&mut sheet.errors);
        return Err(Failed::new(1, errors, sheet));
    }
    let rows: BTreeMap<String, usize> = sheet.services.iter().map(|(r, s)| (s.id.clone(), *r)).collect();
    let services = sheet.services.iter().map(|(_, s)| s.clone()).collect();
    let dataset = assemble::dataset(reference, meta, services);
    let (text, problems) =
        assemble::render(&dataset).map_err(|e| Failed::new(2, vec![e], Sheet::default()))?;
    if !problems.is_empty() {
        // The checks above mirror the loader's; anything it still finds is named by row.
        let errors = problems
            .iter()
            .map(|p| match rows.get(&p.id) {
                Some(r) if p.kind == atlas_core::RecordKind::Service => {
                    format!("row {r}: {}", printable(&p.message))
                }
                _ => printable(&p.to_string()),
            })
            .collect();
        return Err(Failed::new(1, errors, sheet));
    }
    Ok((text, sheet))
}

pub fn run(args: &ImportCsvArgs) -> i32 {
    let (reference, meta) = match args.reference.load() {
        Ok(r) => r,
        Err(errors) => {
            for e in errors {
                err!("atlas-data: error: {}", printable(&e));
            }
            return 2;
        }
    };
    let bytes = match assemble::read_input(&args.file) {
        Ok(b) => b,
        Err(e) => {
            err!("atlas-data: error: {}", printable(&e));
            return 2;
        }
    };
    let shown = printable(&args.file.display().to_string());
    let out_path = args.out.clone().unwrap_or_else(|| default_out(&args.file));
    let report = |sheet: &Sheet| {
        for n in &sheet.notes {
            err!("atlas-data: {shown}: note: {n}");
        }
        for w in &sheet.warnings {
            err!("atlas-data: {shown}: warning: {w}");
        }
    };
    match import(&bytes, reference, meta) {
        Ok((text, sheet)) => {
            report(&sheet);
            let written = crate::output::write_bytes(&out_path, text.as_bytes());
            crate::output::report(&out_path, written, || {
                format!(
                    "{} service{} from {} row{} of {shown}",
                    sheet.services.len(),
                    if sheet.services.len() == 1 { "" } else { "s" },
                    sheet.rows,
                    if sheet.rows == 1 { "" } else { "s" }
                )
            })
        }
        Err(failed) => {
            let Failed { code, errors, sheet } = *failed;
            report(&sheet);
            for e in &errors {
                err!("atlas-data: {shown}: error: {e}");
            }
            err!(
                "atlas-data: {} error{}; {} was not written. Fix the rows named above and run the import again.",
                errors.len(),
                if errors.len() == 1 { "" } else { "s" },
                out_path.display()
            );
            code
        }
    }
}

/// `services.csv` → `services.json` beside it; `-` → standard output.
fn default_out(file: &Path) -> PathBuf {
    if file == Path::new("-") {
        return PathBuf::from("-");
    }
    let out = file.with_extension("json");
    // Never the input itself (a sheet saved as services.json).
    if out == file {
        file.with_extension("atlas.json")
    } else {
        out
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn reference() -> Reference {
        Reference::read(&assemble::default_municipalities()).expect("the reference CSV beside the repository")
    }

    const HEADER: &str =
        "id,name_fi,name_en,municipality,lat,lon,languages,phones,phone_info_en,postal_code,last_verified";

    #[test]
    fn delimiters() {
        assert_eq!(detect_delimiter(b"id;name_fi;lat\n1,2;x;y"), b';');
        assert_eq!(detect_delimiter(b"id,name_fi,\"a;b;c\"\n"), b',');
        assert_eq!(detect_delimiter(b"id\tname\n"), b'\t');
        assert_eq!(detect_delimiter(b"id\n"), b',');
    }

    #[test]
    fn a_good_row_with_spreadsheet_habits() {
        let r = reference();
        let text = format!("\u{feff}{}\n", HEADER.replace(',', ";"))
            + "a-1;Neuvonta;Advice;91;60,17;24,94;\"fi; sv\";+358 9 123 456;Main line;100;1.9.2026\n";
        let sheet = read(text.as_bytes(), &r).unwrap();
        assert!(sheet.errors.is_empty(), "{:?}", sheet.errors);
        let (row, s) = &sheet.services[0];
        assert_eq!(*row, 2);
        assert_eq!(s.municipality, "091");
        assert_eq!(s.location, LatLon::new(60.17, 24.94));
        assert_eq!(s.languages, ["fi", "sv"]);
        assert_eq!(
            s.phones[0].info.as_ref().unwrap().0.get("en").unwrap(),
            "Main line"
        );
        assert_eq!(s.address.as_ref().unwrap().postal_code.as_deref(), Some("00100"));
        assert_eq!(s.last_verified, Date::parse("2026-09-01"));
        assert!(
            sheet.warnings.iter().any(|w| w.contains("00100")),
            "{:?}",
            sheet.warnings
        );
    }

    #[test]
    fn every_problem_names_row_and_column() {
        let r = reference();
        let text = format!(
            "{HEADER},colour\nBad Id,,,Atlantis,sixty,24.9,xx1,040 123 4567,,ABC,31.2.2026,red\nexcel-1,Nimi,,837,61.5,23.76,fi,358401234567,,,,\n\n,,,,,,,,,,,\nok-1,Nimi,,837,61.5,23.76,fi,,,,,\nok-1,Nimi,,837,61.5,23.76,fi,,,,,\n"
        );
        let sheet = read(text.as_bytes(), &r).unwrap();
        let all = sheet.errors.join("\n");
        for expected in [
            "row 2, column A (id): \"Bad Id\" is not a valid id",
            "row 2, column B (name_fi): the service has no name",
            "row 2, column D (municipality): \"Atlantis\"",
            "row 2, column E (lat): \"sixty\" is not a number",
            "row 2, column G (languages): \"xx1\"",
            "row 2, column H (phones): \"040 123 4567\" is not a number in international form (+358 …); write it as +358 40 123 4567",
            "row 2, column J (postal_code)",
            "row 2, column K (last_verified)",
            "row 3, column H (phones): \"358401234567\" is not a number in international form (+358 …); write it as +358401234567 and format the column as text",
            "row 7, column A (id): id \"ok-1\" is already used on row 6",
        ] {
            assert!(all.contains(expected), "missing {expected:?} in\n{all}");
        }
        assert!(
            sheet
                .warnings
                .iter()
                .any(|w| w.contains("column L (colour): unknown column")),
            "{:?}",
            sheet.warnings
        );
        assert!(
            sheet.notes.iter().any(|n| n.contains("row 5: empty")),
            "{:?}",
            sheet.notes
        );
        assert_eq!(sheet.services.len(), 1);
        assert_eq!(
            sheet.rows, 5,
            "the blank line is no row, the row of empty cells is"
        );
    }

    #[test]
    fn latin1_and_missing_columns_and_examples() {
        let r = reference();
        let mut bytes = format!("{HEADER}\nx-1,").into_bytes();
        bytes.extend_from_slice(b"J\xe4rvenp\xe4\xe4,,186,60.47,25.09,fi,,,,\n");
        let sheet = read(&bytes, &r).unwrap();
        assert!(
            sheet.errors[0].starts_with("row 2, column B (name_fi): not UTF-8"),
            "{:?}",
            sheet.errors
        );
        assert!(sheet.errors.iter().any(|e| e.contains("CSV UTF-8")));

        let e = read(b"id,name_fi,lat\n", &r).unwrap_err();
        assert!(
            e[0].contains("missing required columns municipality, lon, languages"),
            "{e:?}"
        );
        let e = read(b"id,municipality,lat,lon,languages\n", &r).unwrap_err();
        assert!(e[0].contains("missing a name column"), "{e:?}");
        assert!(read(b"", &r).unwrap_err()[0].contains("empty"));
        assert!(read(b"PK\x03\x04rest of a zip", &r).unwrap_err()[0].contains("workbook"));
        assert!(read(b"\xff\xfei\x00d\x00", &r).unwrap_err()[0].contains("UTF-16"));

        let text = format!("{HEADER}\nexample-1,Esimerkki,,837,61.5,23.76,fi,,,,\n");
        let sheet = read(text.as_bytes(), &r).unwrap();
        assert!(sheet.services.is_empty() && sheet.errors.is_empty());
        assert!(sheet.notes[0].contains("row 2: an example row"));

        let text = format!("{HEADER}\nx-2,Nimi,,837,61.5\n");
        let sheet = read(text.as_bytes(), &r).unwrap();
        assert!(
            sheet.errors[0].contains("row 2: 5 cells where the header has 11"),
            "{:?}",
            sheet.errors
        );
    }

    #[test]
    fn the_default_output_is_never_the_input() {
        assert_eq!(
            default_out(Path::new("a/services.csv")),
            Path::new("a/services.json")
        );
        assert_eq!(
            default_out(Path::new("services.json")),
            Path::new("services.atlas.json")
        );
        assert_eq!(default_out(Path::new("-")), Path::new("-"));
    }

    #[test]
    fn dates() {
        assert_eq!(
            parse_date("2026-09-01").map(|d| d.to_string()).as_deref(),
            Some("2026-09-01")
        );
        assert_eq!(
            parse_date("01.09.2026").map(|d| d.to_string()).as_deref(),
            Some("2026-09-01")
        );
        assert_eq!(parse_date("31.2.2026"), None);
        assert_eq!(parse_date("1.9.26"), None);
    }
}
