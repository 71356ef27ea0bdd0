//! `atlas-data import ptv FILE`: service locations from the Finnish Service Catalogue
//! (Suomi.fi palvelutietovaranto, PTV), Open API v11, → a complete dataset.
//!
//! Input: one `V11VmOpenApiServiceLocationChannel` object, an array of them, or a paged
//! result (`V11VmOpenApiServiceChannelsWithPaging`, the channels in `itemList`). Read by
//! field name from untyped JSON, so a field the API adds or leaves out never breaks the
//! import; a channel that cannot become a service is reported with the reason.
//!
//! Mapping: `serviceChannelNames` (type Name) → name; `serviceChannelDescriptions`
//! (Description, else Summary) → description; `languages`; `phoneNumbers` (type Phone:
//! `prefixNumber` + `number`, the national leading 0 dropped) → phones, with
//! `additionalInformation` as their note; `supportEmails` → email; `webPages` → website;
//! the `Location` address's street, number, postal code, post office and municipality
//! code; its `latitude`/`longitude` (ETRS-TM35FIN northing/easting, converted by
//! `epsg3067`; plain WGS84 degrees are taken as they are); `serviceHours` of type
//! DaysOfTheWeek or OverMidnight that are valid now → OSM `opening_hours`. Exceptional
//! (date-bound) hours, hours valid only for a period, and fax or SMS numbers cannot be
//! said in the dataset's fields: each is reported as a note.

use crate::assemble::{self, Reference, ReferenceArgs};
use crate::epsg3067;
use crate::err;
use crate::validate::printable;
use atlas_core::model::{Address, Channel, Phone, Service};
use atlas_core::rules::{is_email, is_international_phone, is_language_code, is_valid_id, is_web_url};
use atlas_core::{LatLon, LocalisedText};
use serde_json::Value;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

const AFTER_HELP: &str = "\
Examples:
  atlas-data import ptv channels.json --out atlas.json
  curl -s 'https://api.palvelutietovaranto.suomi.fi/api/v11/ServiceChannel/list/area/Municipality/code/837?includeWholeCountry=false' \\
    | atlas-data import ptv - --out tampere.json

FILE holds one ServiceLocation channel, an array of channels, or a paged result
with an itemList. Channels of other types and unpublished ones are reported and
left out.

Exit status: 0 every channel became a service; 1 some channels were left out
(each reason listed; the others are written); 2 the file is not JSON, not a
Service Catalogue export, or a usage error.";

#[derive(Debug, Clone, PartialEq, clap::Args)]
#[command(
    about = "Read service locations from a Service Catalogue (PTV) Open API v11 export into a complete dataset",
    after_help = AFTER_HELP
)]
pub struct ImportPtvArgs {
    /// The JSON file (- for standard input)
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The dataset to write (- for standard output) [default: FILE with the extension .atlas.json]
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
    #[command(flatten)]
    pub reference: ReferenceArgs,
}

/// What the import made of the channels.
#[derive(Debug, Default)]
pub struct Imported {
    pub services: Vec<Service>,
    /// Channels left out, with the reason.
    pub left_out: Vec<String>,
    /// Things that were dropped or changed but did not stop a channel.
    pub notes: Vec<String>,
    pub channels: usize,
}

/// The channels in a document, or why it is not an export.
pub fn channels(doc: &Value) -> Result<Vec<&Value>, String> {
    match doc {
        Value::Array(items) => Ok(items.iter().collect()),
        Value::Object(o) if o.contains_key("itemList") => match &o["itemList"] {
            Value::Array(items) => Ok(items.iter().collect()),
            Value::Null => Ok(Vec::new()),
            _ => Err("\"itemList\" is not an array".into()),
        },
        Value::Object(o) if o.contains_key("serviceChannelType") || o.contains_key("serviceChannelNames") => Ok(vec![doc]),
        Value::Object(_) => Err("a JSON object without \"itemList\" or \"serviceChannelType\": not a Service Catalogue channel or page of channels".into()),
        _ => Err("expected a channel object, an array of channels or a paged result with \"itemList\"".into()),
    }
}

fn str_of<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

fn list<'a>(v: &'a Value, key: &str) -> &'a [Value] {
    v.get(key)
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or(&[])
}

/// `[{language, value, type?}]` → localised text, keeping only items whose `type` is one of `types` (any when empty).
fn localised(items: &[Value], types: &[&str]) -> LocalisedText {
    let mut out = BTreeMap::new();
    for item in items {
        let t = str_of(item, "type");
        if !types.is_empty() && !t.is_some_and(|t| types.contains(&t)) {
            continue;
        }
        if let (Some(lang), Some(value)) = (str_of(item, "language"), str_of(item, "value")) {
            if is_language_code(lang) {
                out.entry(lang.to_string()).or_insert_with(|| value.to_string());
            }
        }
    }
    out.into_iter().collect()
}

/// A coordinate pair from the strings PTV gives: ETRS-TM35FIN metres (northing in
/// `latitude`, easting in `longitude`, as the Service Catalogue fills them), or degrees.
pub fn coordinates(lat: &str, lon: &str) -> Option<LatLon> {
    let (a, b): (f64, f64) = (
        lat.trim().replace(',', ".").parse().ok()?,
        lon.trim().replace(',', ".").parse().ok()?,
    );
    if !a.is_finite() || !b.is_finite() {
        return None;
    }
    let p = if a.abs() > 1000.0 || b.abs() > 1000.0 {
        let (la, lo) = epsg3067::to_wgs84(a, b);
        LatLon::new(la, lo)
    } else {
        LatLon::new(a, b)
    };
    p.is_in_finland().then_some(p)
}

/// A PTV phone as an international number: `+358` + `401234567` → `+358 401234567`;
/// a national number with the leading 0 gets +358 in its place.
pub fn phone_number(prefix: Option<&str>, number: &str) -> String {
    let number = number.trim();
    let digits_start = number.trim_start_matches('0');
    match prefix.map(str::trim).filter(|p| !p.is_empty()) {
        Some(p) if number.starts_with('+') => {
            let _ = p;
            number.to_string()
        }
        Some(p) => format!(
            "{} {}",
            if p.starts_with('+') {
                p.to_string()
            } else {
                format!("+{}", p.trim_start_matches("00"))
            },
            digits_start
        ),
        None if number.starts_with('+') => number.to_string(),
        None => format!("+358 {digits_start}"),
    }
}

const DAYS: [(&str, &str); 7] = [
    ("Monday", "Mo"),
    ("Tuesday", "Tu"),
    ("Wednesday", "We"),
    ("Thursday", "Th"),
    ("Friday", "Fr"),
    ("Saturday", "Sa"),
    ("Sunday", "Su"),
];

fn day_index(name: &str) -> Option<usize> {
    DAYS.iter().position(|(d, _)| d.eq_ignore_ascii_case(name.trim()))
}

/// `08:00` or `08:00:00` → `08:00`; `00:00` as an end → `24:00`.
fn hhmm(t: &str, end: bool) -> Option<String> {
    let mut parts = t.trim().split(':');
    let (h, m): (u32, u32) = (parts.next()?.parse().ok()?, parts.next()?.parse().ok()?);
    if h > 24 || m > 59 {
        return None;
    }
    if end && h == 0 && m == 0 {
        return Some("24:00".into());
    }
    Some(format!("{h:02}:{m:02}"))
}

/// Service hours → OSM `opening_hours`, and what could not be said in it.
pub fn opening_hours(hours: &[Value]) -> (Option<String>, Vec<String>) {
    let mut notes = Vec::new();
    let mut week: [Vec<String>; 7] = Default::default();
    let mut any = false;
    let mut always = false;
    for h in hours {
        let kind = str_of(h, "serviceHourType").unwrap_or("");
        if !matches!(kind, "DaysOfTheWeek" | "OverMidnight" | "Standard") {
            notes.push(format!(
                "service hours of type {} (dated exceptions) cannot be said in opening_hours; left out",
                printable(if kind.is_empty() { "(none)" } else { kind })
            ));
            continue;
        }
        let valid_for_now = h.get("validForNow").and_then(Value::as_bool).unwrap_or(true);
        if !valid_for_now && h.get("validTo").is_some_and(|v| !v.is_null()) {
            notes.push("service hours valid only for a period (validFrom–validTo) left out: opening_hours holds the regular week".into());
            continue;
        }
        if h.get("isClosed").and_then(Value::as_bool) == Some(true) {
            continue;
        }
        if h.get("isAlwaysOpen").and_then(Value::as_bool) == Some(true) {
            always = true;
            continue;
        }
        for t in list(h, "openingHour") {
            let from_day = str_of(t, "dayFrom").and_then(day_index);
            let to_day = str_of(t, "dayTo").and_then(day_index).or(from_day);
            let (Some(a), Some(b)) = (from_day, to_day) else {
                notes.push("an opening time without a valid weekday left out".into());
                continue;
            };
            let (Some(from), Some(to)) = (
                str_of(t, "from").and_then(|f| hhmm(f, false)),
                str_of(t, "to").and_then(|f| hhmm(f, true)),
            ) else {
                notes.push("an opening time without valid from/to times left out".into());
                continue;
            };
            let mut d = a;
            loop {
                week[d].push(format!("{from}-{to}"));
                any = true;
                if d == b {
                    break;
                }
                d = (d + 1) % 7;
            }
        }
    }
    if always {
        return (Some("24/7".into()), notes);
    }
    if !any {
        return (None, notes);
    }
    // Consecutive days with the same spans become one rule: Mo-Fr 08:00-16:00.
    let mut rules = Vec::new();
    let mut d = 0;
    while d < 7 {
        let mut e = d;
        while e + 1 < 7 && week[e + 1] == week[d] {
            e += 1;
        }
        if !week[d].is_empty() {
            let mut spans = week[d].clone();
            spans.sort();
            spans.dedup();
            let days = if d == e {
                DAYS[d].1.to_string()
            } else {
                format!("{}-{}", DAYS[d].1, DAYS[e].1)
            };
            rules.push(format!("{days} {}", spans.join(",")));
        }
        d = e + 1;
    }
    let text = rules.join("; ");
    match atlas_core::hours::OpeningHours::parse(&text) {
        Ok(_) => (Some(text), notes),
        Err(e) => {
            notes.push(format!(
                "service hours \"{}\" could not be read as opening_hours ({e}); left out",
                printable(&text)
            ));
            (None, notes)
        }
    }
}

/// One channel → a service, or the reason it cannot be one.
pub fn service(channel: &Value, reference: &Reference, notes: &mut Vec<String>) -> Result<Service, String> {
    if !channel.is_object() {
        return Err("not a JSON object".into());
    }
    let ptv_id = str_of(channel, "id").ok_or("no \"id\"")?;
    let kind = str_of(channel, "serviceChannelType").unwrap_or("ServiceLocation");
    if kind != "ServiceLocation" {
        return Err(format!(
            "a {} channel, not a ServiceLocation (only places with an address become services)",
            printable(kind)
        ));
    }
    if let Some(status) = str_of(channel, "publishingStatus") {
        if status != "Published" {
            return Err(format!("publishing status {}, not Published", printable(status)));
        }
    }
    let id = format!("ptv-{}", ptv_id.to_lowercase());
    if !is_valid_id(&id) {
        return Err(format!(
            "the id \"{}\" cannot make a dataset id",
            printable(ptv_id)
        ));
    }
    let mut note = |m: String| notes.push(format!("channel {ptv_id}: {m}"));
    let name = localised(list(channel, "serviceChannelNames"), &["Name"]);
    let name = if name.is_empty() {
        localised(list(channel, "serviceChannelNames"), &[])
    } else {
        name
    };
    if name.is_empty() {
        return Err("no name in serviceChannelNames".into());
    }
    let mut description = localised(list(channel, "serviceChannelDescriptions"), &["Description"]);
    if description.is_empty() {
        description = localised(
            list(channel, "serviceChannelDescriptions"),
            &["Summary", "ShortDescription"],
        );
    }

    let addresses = list(channel, "addresses");
    let visiting = addresses
        .iter()
        .find(|a| {
            str_of(a, "type") == Some("Location") && a.get("streetAddress").is_some_and(Value::is_object)
        })
        .or_else(|| {
            addresses
                .iter()
                .find(|a| a.get("streetAddress").is_some_and(Value::is_object))
        });
    let street = visiting.and_then(|a| a.get("streetAddress"));
    let location = match street {
        Some(s) => match (str_of(s, "latitude"), str_of(s, "longitude")) {
            (Some(lat), Some(lon)) => coordinates(lat, lon).ok_or_else(|| {
                format!(
                    "coordinates {}, {} are not a place in Finland",
                    printable(lat),
                    printable(lon)
                )
            })?,
            _ => return Err("the visiting address has no coordinates (latitude/longitude)".into()),
        },
        None => return Err("no visiting address (addresses[].streetAddress)".into()),
    };
    let municipality_code = street
        .and_then(|s| s.get("municipality"))
        .and_then(|m| str_of(m, "code"))
        .or_else(|| {
            list(channel, "areaMunicipalities")
                .first()
                .and_then(|m| str_of(m, "code"))
        })
        .ok_or("no municipality code (streetAddress.municipality.code)")?;
    let municipality = reference.municipality_code(municipality_code).ok_or_else(|| {
        format!(
            "municipality code {} is not in the reference data",
            printable(municipality_code)
        )
    })?;

    let address = street.map(|s| {
        let number = str_of(s, "streetNumber");
        let mut street_text = localised(list(s, "street"), &[]);
        if let Some(n) = number {
            street_text = street_text
                .0
                .iter()
                .map(|(l, v)| (l, format!("{v} {n}")))
                .collect();
        }
        let post_office = localised(list(s, "postOffice"), &[]);
        let postal_code = str_of(s, "postalCode")
            .filter(|p| p.len() == 5 && p.bytes().all(|b| b.is_ascii_digit()))
            .map(String::from);
        Address {
            street: (!street_text.is_empty()).then_some(street_text),
            postal_code,
            post_office: (!post_office.is_empty()).then_some(post_office),
        }
    });

    let mut languages: Vec<String> = list(channel, "languages")
        .iter()
        .filter_map(Value::as_str)
        .map(|l| l.trim().to_lowercase())
        .filter(|l| is_language_code(l))
        .collect();
    languages.dedup();
    if languages.is_empty() {
        languages = name.0.keys().map(str::to_string).collect();
        note("no languages given; the languages of its name are used".into());
    }

    let mut phones: Vec<Phone> = Vec::new();
    for p in list(channel, "phoneNumbers") {
        let kind = str_of(p, "type").unwrap_or("Phone");
        let Some(number) = str_of(p, "number") else {
            continue;
        };
        if kind != "Phone" {
            note(format!(
                "a {} number left out (the dataset lists phone numbers only)",
                printable(kind)
            ));
            continue;
        }
        let full = phone_number(str_of(p, "prefixNumber"), number);
        if !is_international_phone(&full) {
            note(format!(
                "phone number \"{}\" is not a valid number; left out",
                printable(&full)
            ));
            continue;
        }
        let lang = str_of(p, "language").filter(|l| is_language_code(l));
        let info = str_of(p, "additionalInformation");
        match phones.iter_mut().find(|q| q.number == full) {
            Some(q) => {
                if let (Some(l), Some(i)) = (lang, info) {
                    let texts = &mut q.info.get_or_insert_with(LocalisedText::default).0;
                    if !texts.contains_key(l) {
                        texts.insert(l.to_string(), i.to_string());
                    }
                }
            }
            None => phones.push(Phone {
                number: full,
                info: match (lang, info) {
                    (Some(l), Some(i)) => Some(LocalisedText::new(&[(l, i)])),
                    _ => None,
                },
            }),
        }
    }

    let emails: Vec<&str> = list(channel, "supportEmails")
        .iter()
        .filter_map(|e| str_of(e, "value"))
        .collect();
    let email = emails.iter().find(|e| is_email(e)).map(|e| e.to_string());
    if emails.iter().any(|e| Some(e.to_string()) != email) {
        note("only one e-mail address is kept; others left out".into());
    }
    let website = list(channel, "webPages")
        .iter()
        .filter_map(|w| str_of(w, "url"))
        .find(|u| is_web_url(u))
        .map(String::from);

    let (opening_hours, hour_notes) = opening_hours(list(channel, "serviceHours"));
    for n in hour_notes {
        note(n);
    }
    let mut channels = vec![Channel::InPerson];
    if !phones.is_empty() {
        channels.push(Channel::Phone);
    }
    Ok(Service {
        id,
        name,
        description: (!description.is_empty()).then_some(description),
        provider: None,
        municipality,
        address,
        location,
        channels,
        languages,
        phones,
        email,
        website,
        opening_hours,
        appointment: None,
        target_groups: Vec::new(),
        topics: Vec::new(),
        accessibility: None,
        // The day of the channel's last change (an ISO date and time).
        last_verified: str_of(channel, "modified")
            .and_then(|m| m.get(..10))
            .and_then(atlas_core::time::Date::parse),
        illustrative: false,
        sources: Vec::new(),
    })
}

/// Reads a whole export. `Err` only when the text is not a Service Catalogue export.
pub fn import(text: &str, reference: &Reference) -> Result<Imported, String> {
    let doc: Value = serde_json::from_str(text).map_err(|e| format!("not valid JSON: {e}"))?;
    let channels = channels(&doc)?;
    let mut out = Imported {
        channels: channels.len(),
        ..Imported::default()
    };
    let mut seen = BTreeMap::new();
    for (i, c) in channels.iter().enumerate() {
        let label = str_of(c, "id")
            .map(|id| format!("channel {}", printable(id)))
            .unwrap_or_else(|| format!("channel #{}", i + 1));
        match service(c, reference, &mut out.notes) {
            Ok(s) => {
                if let Some(first) = seen.insert(s.id.clone(), i + 1) {
                    out.left_out
                        .push(format!("{label}: the same channel as #{first}; left out"));
                    continue;
                }
                out.services.push(s);
            }
            Err(e) => out.left_out.push(format!("{label}: {e}; left out")),
        }
    }
    Ok(out)
}

pub fn run(args: &ImportPtvArgs) -> i32 {
    let fail = |e: &str| {
        err!("atlas-data: error: {}", printable(e));
        2
    };
    let (reference, meta) = match args.reference.load() {
        Ok(r) => r,
        Err(e) => return fail(&e.join("\n")),
    };
    let bytes = match assemble::read_input(&args.file) {
        Ok(b) => b,
        Err(e) => return fail(&e),
    };
    let shown = printable(&args.file.display().to_string());
    let Ok(text) = std::str::from_utf8(&bytes) else {
        return fail(&format!(
            "{shown}: not UTF-8 text; the Service Catalogue API answers in UTF-8 JSON"
        ));
    };
    let imported = match import(text.strip_prefix('\u{feff}').unwrap_or(text), &reference) {
        Ok(i) => i,
        Err(e) => return fail(&format!("{shown}: {e}")),
    };
    for n in &imported.notes {
        err!("atlas-data: {shown}: note: {n}");
    }
    for l in &imported.left_out {
        err!("atlas-data: {shown}: error: {l}");
    }
    let count = imported.services.len();
    let dataset = assemble::dataset(reference, meta, imported.services);
    let (text, problems) = match assemble::render(&dataset) {
        Ok(r) => r,
        Err(e) => return fail(&e),
    };
    if !problems.is_empty() {
        for p in &problems {
            err!("atlas-data: {shown}: error: {}", printable(&p.to_string()));
        }
        return fail("the imported services break the dataset rules (listed above); nothing was written");
    }
    let out_path = args.out.clone().unwrap_or_else(|| default_out(&args.file));
    let written = crate::output::write_bytes(&out_path, text.as_bytes());
    let status = crate::output::report(&out_path, written, || {
        format!(
            "{count} services from {} channels ({} left out)",
            imported.channels,
            imported.left_out.len()
        )
    });
    if status != 0 {
        return status;
    }
    if imported.left_out.is_empty() {
        0
    } else {
        1
    }
}

fn default_out(file: &Path) -> PathBuf {
    if file == Path::new("-") {
        return PathBuf::from("-");
    }
    file.with_extension("atlas.json")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import_csv::tests::reference;

    fn fixture(name: &str) -> String {
        std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures/ptv")
                .join(name),
        )
        .unwrap()
    }

    #[test]
    fn a_paged_export_becomes_services() {
        let r = reference();
        let imported = import(&fixture("paged.json"), &r).unwrap();
        assert_eq!(imported.channels, 3);
        assert_eq!(imported.services.len(), 2, "{:?}", imported.left_out);
        assert!(
            imported.left_out[0].contains("a Phone channel"),
            "{:?}",
            imported.left_out
        );
        let s = &imported.services[0];
        assert_eq!(s.id, "ptv-2b1f0f6e-6a0e-4c57-9d0a-1b2c3d4e5f60");
        assert_eq!(
            s.name.0.get("fi").unwrap(),
            "Maahanmuuttajien neuvontapiste Tampere"
        );
        assert_eq!(s.name.0.get("en").unwrap(), "Immigrant advice point Tampere");
        assert_eq!(
            s.description.as_ref().unwrap().0.get("sv").unwrap(),
            "Rådgivning för invandrare."
        );
        assert_eq!(s.municipality, "837");
        assert_eq!(s.languages, ["fi", "en", "ar"]);
        assert_eq!(s.phones.len(), 1);
        assert_eq!(s.phones[0].number, "+358 401234567");
        assert_eq!(
            s.phones[0].info.as_ref().unwrap().0.get("fi").unwrap(),
            "Neuvonta"
        );
        assert_eq!(s.email.as_deref(), Some("neuvonta@example.org"));
        assert_eq!(s.website.as_deref(), Some("https://example.org/neuvonta"));
        let a = s.address.as_ref().unwrap();
        assert_eq!(a.street.as_ref().unwrap().0.get("fi").unwrap(), "Hämeenkatu 1");
        assert_eq!(a.postal_code.as_deref(), Some("33100"));
        assert_eq!(
            s.opening_hours.as_deref(),
            Some("Mo-Th 09:00-16:00; Fr 09:00-12:00,13:00-15:00")
        );
        assert!(
            imported.notes.iter().any(|n| n.contains("Exceptional")),
            "{:?}",
            imported.notes
        );
        assert!(
            imported.notes.iter().any(|n| n.contains("Fax")),
            "{:?}",
            imported.notes
        );
        // ETRS-TM35FIN northing/easting converted; the second channel gives WGS84 degrees.
        assert!(
            s.location.distance_km(&LatLon::new(61.4978, 23.7610)) < 2.0,
            "{:?}",
            s.location
        );
        assert_eq!(imported.services[1].location, LatLon::new(60.1699, 24.9384));
        assert_eq!(imported.services[1].opening_hours.as_deref(), Some("24/7"));
    }

    #[test]
    fn shapes() {
        let r = reference();
        let one: Value = serde_json::from_str(&fixture("paged.json")).unwrap();
        let single = serde_json::to_string(&one["itemList"][0]).unwrap();
        assert_eq!(import(&single, &r).unwrap().services.len(), 1);
        let array = serde_json::to_string(&one["itemList"]).unwrap();
        assert_eq!(import(&array, &r).unwrap().channels, 3);
        assert!(import("{\"itemList\": 3}", &r).unwrap_err().contains("itemList"));
        assert!(import("{\"foo\": 1}", &r)
            .unwrap_err()
            .contains("not a Service Catalogue"));
        assert!(import("42", &r).unwrap_err().contains("expected"));
        assert!(import("{not json", &r).unwrap_err().contains("not valid JSON"));
        let broken = import("[1, {\"id\": \"x\", \"serviceChannelType\": \"ServiceLocation\"}, {\"serviceChannelNames\": []}]", &r).unwrap();
        assert_eq!(broken.services.len(), 0);
        assert!(
            broken.left_out[0].contains("#1: not a JSON object"),
            "{:?}",
            broken.left_out
        );
        assert!(broken.left_out[1].contains("no name"), "{:?}", broken.left_out);
        assert!(broken.left_out[2].contains("no \"id\""), "{:?}", broken.left_out);
    }

    #[test]
    fn phones_and_coordinates() {
        assert_eq!(phone_number(Some("+358"), "0401234567"), "+358 401234567");
        assert_eq!(phone_number(None, "0295 020 500"), "+358 295 020 500");
        assert_eq!(phone_number(Some("+358"), "+358 9 123"), "+358 9 123");
        assert!(coordinates("6822000", "327000").is_some());
        assert!(coordinates("52.5", "13.4").is_none(), "Berlin is not in Finland");
        assert!(coordinates("x", "1").is_none());
    }

    #[test]
    fn hours() {
        let h: Value = serde_json::json!([
            {"serviceHourType": "OverMidnight", "validForNow": true, "openingHour": [{"dayFrom": "Friday", "from": "22:00", "to": "02:00"}]},
            {"serviceHourType": "DaysOfTheWeek", "validForNow": false, "validFrom": "2026-06-01T00:00:00", "validTo": "2026-08-31T00:00:00",
             "openingHour": [{"dayFrom": "Monday", "from": "10:00", "to": "12:00"}]},
            {"serviceHourType": "DaysOfTheWeek", "validForNow": true, "openingHour": [{"dayFrom": "Saturday", "dayTo": "Sunday", "from": "10:00:00", "to": "00:00:00"}]}
        ]);
        let (text, notes) = opening_hours(h.as_array().unwrap());
        assert_eq!(text.as_deref(), Some("Fr 22:00-02:00; Sa-Su 10:00-24:00"));
        assert!(notes[0].contains("valid only for a period"));
    }
}
