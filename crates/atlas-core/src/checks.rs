//! Sense checks: things that load (every rule of SPEC §1 holds) but look wrong to a
//! reader, reported as warnings for the publisher. Pure: the dataset and the day they
//! are checked on go in, warnings come out; nothing is left out because of them.
//!
//! Each check is a function of one record (so a caller can show progress over many
//! services) except [`Checks::duplicates`], which compares services with each other.

use crate::atlas::Atlas;
use crate::freshness::not_verified_for_a_year;
use crate::load::RecordKind;
use crate::model::Service;
use crate::text::clip;
use crate::text::fold;
use crate::time::Date;
use std::collections::HashMap;
use std::fmt;
use std::sync::Mutex;

/// A service this far from its municipality's centre, or further, may be in the wrong place.
///
/// Why 50 km: it is more than the distance from the administrative centre to the far
/// edge of almost every municipality in southern and central Finland, while the common
/// mistakes land further away: a wrong municipality code (neighbouring centres are
/// 20–60 km apart, towns in other regions much more) or a mistyped degree (one degree of
/// latitude is 111 km; one of longitude is about 50 km at Finnish latitudes).
/// The large municipalities of Lapland and Kainuu reach further, so the limit grows to
/// the distance from the centre to the nearest other municipality's centre where that
/// is larger (Inari, Enontekiö, Sodankylä, ...): see [`Checks::reach_km`].
pub const FAR_FROM_CENTRE_KM: f64 = 50.0;

/// Two services with the same name this close together are one place (same building).
pub const SAME_PLACE_M: f64 = 50.0;

/// Which sense check a warning comes from: a stable code for machines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Check {
    FarFromMunicipality,
    PhoneNotDiallable,
    DateInFuture,
    NotVerifiedForAYear,
    NoLocalLanguage,
    DuplicateService,
    NoSource,
}

impl Check {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::FarFromMunicipality => "far_from_municipality",
            Self::PhoneNotDiallable => "phone_not_diallable",
            Self::DateInFuture => "date_in_future",
            Self::NotVerifiedForAYear => "not_verified_for_a_year",
            Self::NoLocalLanguage => "no_local_language",
            Self::DuplicateService => "duplicate_service",
            Self::NoSource => "no_source",
        }
    }

    pub const ALL: [Check; 7] = [
        Self::FarFromMunicipality,
        Self::PhoneNotDiallable,
        Self::DateInFuture,
        Self::NotVerifiedForAYear,
        Self::NoLocalLanguage,
        Self::DuplicateService,
        Self::NoSource,
    ];
}

/// One thing that looks wrong: which record, which field, what is wrong and what to do.
#[derive(Debug, Clone, PartialEq)]
pub struct Warning {
    pub check: Check,
    pub kind: RecordKind,
    pub id: String,
    /// The field, as a path into the record: `location`, `phones[0].number`.
    pub field: String,
    /// What is wrong, then what to fix, in one sentence each.
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {}: {}: {}",
            self.kind.as_str(),
            self.id,
            self.field,
            self.message
        )
    }
}

/// The checks over one loaded dataset, as of one day (Finnish local date).
pub struct Checks<'a> {
    atlas: &'a Atlas,
    today: Date,
    /// Per municipality position: how far from its centre a service may lie (lazily computed).
    reach: Mutex<HashMap<usize, f64>>,
}

impl<'a> Checks<'a> {
    pub fn new(atlas: &'a Atlas, today: Date) -> Self {
        Self {
            atlas,
            today,
            reach: Mutex::new(HashMap::new()),
        }
    }

    /// Every warning: meta, then each actor, service, programme and act in file order,
    /// then duplicates.
    pub fn all(&self) -> Vec<Warning> {
        let mut out = self.meta();
        out.extend(self.unsourced());
        for i in 0..self.atlas.services.len() {
            out.extend(self.service(i));
        }
        for i in 0..self.atlas.programmes.len() {
            out.extend(self.programme(i));
        }
        out.extend(self.duplicates());
        out
    }

    /// Actors, programmes and acts that name no source and are not marked illustrative
    /// (SPEC §1 `sources`, `illustrative`): a reader cannot tell where their facts come from.
    /// Does not depend on the day.
    pub fn unsourced(&self) -> Vec<Warning> {
        let a = self.atlas;
        let records = a
            .actors
            .iter()
            .map(|r| (RecordKind::Actor, &r.id, r.sources.is_empty() && !r.illustrative))
            .chain(a.programmes.iter().map(|r| {
                (
                    RecordKind::Programme,
                    &r.id,
                    r.sources.is_empty() && !r.illustrative,
                )
            }))
            .chain(a.legislation.iter().map(|r| {
                (
                    RecordKind::Legislation,
                    &r.id,
                    r.sources.is_empty() && !r.illustrative,
                )
            }));
        records
            .filter(|(_, _, unsourced)| *unsourced)
            .map(|(kind, id, _)| warn(
                Check::NoSource,
                kind,
                id,
                "sources",
                "names no source and is not marked illustrative; add the sources its facts come from (url and the date checked), or \"illustrative\": true if it only illustrates".into(),
            ))
            .collect()
    }

    /// A publication date after today. (One that is not a date is not read: `load` drops it.)
    pub fn meta(&self) -> Vec<Warning> {
        match self.atlas.meta.published {
            Some(d) if d > self.today => vec![future(RecordKind::Meta, "meta", "published", d, self.today)],
            _ => Vec::new(),
        }
    }

    /// The warnings about one service (by position in `atlas.services`).
    pub fn service(&self, i: usize) -> Vec<Warning> {
        let Some(s) = self.atlas.services.get(i) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let w = |check, field: &str, message: String| warn(check, RecordKind::Service, &s.id, field, message);
        let m = self.atlas.service_municipality(i);
        let m_pos = self.atlas.municipality_position(&m.code).unwrap_or(0);

        let km = s.location.distance_km(&m.location);
        if km > FAR_FROM_CENTRE_KM {
            let reach = self.reach_km(m_pos);
            if km > reach {
                out.push(w(
                    Check::FarFromMunicipality,
                    "location",
                    format!(
                        "{km:.0} km from the centre of {} ({}), more than the {reach:.0} km expected; check the coordinates (latitude and longitude not swapped or mistyped) and the municipality code",
                        m.name.get("fi"),
                        m.code
                    ),
                ));
            }
        }

        for (n, p) in s.phones.iter().enumerate() {
            if let Some(why) = phone_problem(&p.number) {
                out.push(w(
                    Check::PhoneNotDiallable,
                    &format!("phones[{n}].number"),
                    format!("\"{}\" cannot be dialled: {why}", clip(&p.number)),
                ));
            }
        }

        if let Some(d) = s.last_verified {
            if d > self.today {
                out.push(future(RecordKind::Service, &s.id, "last_verified", d, self.today));
            } else if not_verified_for_a_year(Some(d), self.today) {
                out.push(w(
                    Check::NotVerifiedForAYear,
                    "last_verified",
                    format!(
                        "last verified on {d}, {} days before {}; check the service's details with its provider and update last_verified",
                        self.today.to_days() - d.to_days(),
                        self.today
                    ),
                ));
            }
        }

        if !m.languages.is_empty() && !s.languages.iter().any(|l| l == "en" || m.languages.contains(l)) {
            out.push(w(
                Check::NoLocalLanguage,
                "languages",
                format!(
                    "the service speaks {} but neither English nor an official language of {} ({}); check the languages, or the municipality code",
                    s.languages.join(", "),
                    m.name.get("fi"),
                    m.languages.join(", ")
                ),
            ));
        }
        out
    }

    /// The warnings about one programme (by position in `atlas.programmes`).
    pub fn programme(&self, i: usize) -> Vec<Warning> {
        let Some(p) = self.atlas.programmes.get(i) else {
            return Vec::new();
        };
        match p.adopted.as_ref().and_then(|a| a.date) {
            Some(d) if d > self.today => vec![future(
                RecordKind::Programme,
                &p.id,
                "adopted.date",
                d,
                self.today,
            )],
            _ => Vec::new(),
        }
    }

    /// Services listed twice under two ids: the same name (folded, in any language)
    /// and the same street address or a position within [`SAME_PLACE_M`]. One warning
    /// per later copy, naming the earlier one.
    ///
    /// Near-linear, however many services share a name: addresses are looked up by
    /// (name, postal code, street); positions in a grid of cells at least 50 m wide
    /// (see [`cell`]), searching the 3 × 3 cells around each service. A cell keeps only
    /// services more than 50 m apart (a handful at most); a copy is found through the first.
    pub fn duplicates(&self) -> Vec<Warning> {
        let services = &self.atlas.services;
        let mut by_street: HashMap<(String, String, String), usize> = HashMap::new();
        let mut by_cell: HashMap<(String, i64, i64), Vec<usize>> = HashMap::new();
        let mut out = Vec::new();
        for (i, s) in services.iter().enumerate() {
            let mut names: Vec<String> = s.name.values().map(fold).filter(|n| !n.is_empty()).collect();
            names.sort_unstable();
            names.dedup();
            // The earliest earlier service this one repeats, and how.
            let mut earlier: Option<(usize, &str)> = None;
            let mut note = |a: usize, how: &'static str| {
                if earlier.is_none_or(|(e, _)| a < e) {
                    earlier = Some((a, how));
                }
            };
            let (cell_lat, cell_lon) = cell(s);
            for name in names {
                for street in street_keys(s) {
                    let key = (name.clone(), street.0, street.1);
                    match by_street.get(&key) {
                        Some(&a) => note(a, "address"),
                        None => {
                            by_street.insert(key, i);
                        }
                    }
                }
                let mut near = false;
                for dlat in -1..=1 {
                    for dlon in -1..=1 {
                        let Some(list) = by_cell.get(&(name.clone(), cell_lat + dlat, cell_lon + dlon))
                        else {
                            continue;
                        };
                        if let Some(&a) = list.iter().find(|&&a| {
                            services[a].location.distance_km(&s.location) * 1000.0 <= SAME_PLACE_M
                        }) {
                            note(a, "position");
                            near = true;
                        }
                    }
                }
                if !near {
                    by_cell.entry((name, cell_lat, cell_lon)).or_default().push(i);
                }
            }
            if let Some((a, how)) = earlier {
                out.push(warn(
                    Check::DuplicateService,
                    RecordKind::Service,
                    &s.id,
                    "name",
                    format!(
                        "the same service as \"{}\" (same name and {how}); keep one record, or tell them apart by name",
                        services[a].id
                    ),
                ));
            }
        }
        out
    }

    /// How far from municipality `m`'s centre a service may lie without a warning:
    /// [`FAR_FROM_CENTRE_KM`], or the distance to the nearest other municipality's
    /// centre when that is more (large, sparse municipalities).
    pub fn reach_km(&self, m: usize) -> f64 {
        if let Some(&r) = self.reach.lock().ok().as_ref().and_then(|c| c.get(&m)) {
            return r;
        }
        let ms = &self.atlas.municipalities;
        let Some(centre) = ms.get(m).map(|x| x.location) else {
            return FAR_FROM_CENTRE_KM;
        };
        let nearest = ms
            .iter()
            .enumerate()
            .filter(|&(j, _)| j != m)
            .map(|(_, o)| centre.distance_km(&o.location))
            .fold(f64::INFINITY, f64::min);
        let r = if nearest.is_finite() {
            nearest.max(FAR_FROM_CENTRE_KM)
        } else {
            FAR_FROM_CENTRE_KM
        };
        if let Ok(mut c) = self.reach.lock() {
            c.insert(m, r);
        }
        r
    }
}

fn warn(check: Check, kind: RecordKind, id: &str, field: &str, message: String) -> Warning {
    Warning {
        check,
        kind,
        id: clip(id),
        field: field.to_string(),
        message,
    }
}

fn future(kind: RecordKind, id: &str, field: &str, d: Date, today: Date) -> Warning {
    warn(
        Check::DateInFuture,
        kind,
        id,
        field,
        format!("{d} is after today ({today}); check the year and the order of day and month"),
    )
}

/// A service's street addresses as (postal code, folded street), one per language.
fn street_keys(s: &Service) -> Vec<(String, String)> {
    let Some(address) = &s.address else {
        return Vec::new();
    };
    let Some(street) = &address.street else {
        return Vec::new();
    };
    let postal = address.postal_code.as_deref().unwrap_or("").trim().to_string();
    let mut keys: Vec<(String, String)> = street
        .values()
        .map(fold)
        .filter(|f| !f.is_empty())
        .map(|f| (postal.clone(), f))
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// The grid cell of a service's position: 0.0005° of latitude (56 m) by 0.002° of
/// longitude (115 m at 59° N, 74 m at 70.5° N): at least [`SAME_PLACE_M`] each way
/// everywhere in Finland, so two points within it are in the same or neighbouring cells.
fn cell(s: &Service) -> (i64, i64) {
    (
        (s.location.lat / 0.0005).floor() as i64,
        (s.location.lon / 0.002).floor() as i64,
    )
}

/// Why a number in international form (checked at load: `+`, 6–15 digits) cannot be
/// dialled, or `None`. Rules: E.164 (no country code starts with 0; at most 15 digits)
/// and, for Finland (+358), the national number as Traficom's numbering plan allows it:
/// no trunk prefix 0 after the country code, and 5–12 digits.
pub fn phone_problem(number: &str) -> Option<String> {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    if digits.starts_with('0') {
        return Some("no country code starts with 0; write + and the country code (+358 for Finland)".into());
    }
    if let Some(national) = digits.strip_prefix("358") {
        if national.starts_with('0') {
            return Some(
                "the 0 after +358 is the domestic trunk prefix; drop it (+358 40 …, not +358 040 …)".into(),
            );
        }
        if !(5..=12).contains(&national.len()) {
            return Some(format!(
                "a Finnish number has 5 to 12 digits after +358, this one has {}; check for missing or extra digits",
                national.len()
            ));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn today() -> Date {
        Date::parse("2026-11-22").unwrap()
    }

    /// A dataset with Tampere, Nokia (a neighbour 15 km away), Inari (huge, sparse,
    /// its nearest neighbouring centre over 100 km away) and Utsjoki, plus `services`.
    fn atlas(services: serde_json::Value) -> Atlas {
        let doc = json!({
            "format": "integration-atlas/1",
            "meta": {"published": "2026-11-01"},
            "municipalities": [
                {"code": "837", "name": {"fi": "Tampere"}, "location": {"lat": 61.4981, "lon": 23.7608}, "languages": ["fi"]},
                {"code": "536", "name": {"fi": "Nokia"}, "location": {"lat": 61.4778, "lon": 23.5094}, "languages": ["fi"]},
                {"code": "148", "name": {"fi": "Inari"}, "location": {"lat": 68.6586, "lon": 27.5414}, "languages": ["fi"]},
                {"code": "890", "name": {"fi": "Utsjoki"}, "location": {"lat": 69.9078, "lon": 27.0281}, "languages": ["fi"]},
                {"code": "091", "name": {"fi": "Helsinki", "sv": "Helsingfors"}, "location": {"lat": 60.1699, "lon": 24.9384}, "languages": ["fi", "sv"]},
                {"code": "000", "name": {"fi": "Nolang"}, "location": {"lat": 62.0, "lon": 25.0}, "languages": []}
            ],
            "services": services,
        });
        let loaded = crate::load(&doc.to_string()).unwrap();
        assert_eq!(loaded.problems, vec![], "test data must load");
        loaded.atlas
    }

    fn service(id: &str, municipality: &str, lat: f64, lon: f64) -> serde_json::Value {
        json!({"id": id, "name": {"en": id}, "municipality": municipality, "location": {"lat": lat, "lon": lon}, "languages": ["fi"]})
    }

    fn checks_of(a: &Atlas, check: Check) -> Vec<(String, String)> {
        Checks::new(a, today())
            .all()
            .into_iter()
            .filter(|w| w.check == check)
            .map(|w| (w.id, w.field))
            .collect()
    }

    #[test]
    fn far_from_the_municipality() {
        let a = atlas(json!([
            service("near", "837", 61.50, 23.80),
            // Helsinki's coordinates with Tampere's code: 161 km away.
            service("wrong-code", "837", 60.17, 24.94),
            // A mistyped degree of latitude: 111 km.
            service("typo", "837", 62.4981, 23.7608),
            // Sevettijärvi, in Inari, about 100 km from Inari's centre but nearer than any other centre's distance.
            service("sevettijarvi", "148", 69.5197, 28.6369),
        ]));
        assert_eq!(
            checks_of(&a, Check::FarFromMunicipality),
            [
                ("wrong-code".into(), "location".into()),
                ("typo".into(), "location".into())
            ]
        );
        let w = &Checks::new(&a, today()).service(1)[0];
        assert!(
            w.message
                .starts_with("161 km from the centre of Tampere (837), more than the 50 km"),
            "{}",
            w.message
        );
        let inari = a.municipality_position("148").unwrap();
        assert!(Checks::new(&a, today()).reach_km(inari) > 100.0);
        assert_eq!(
            Checks::new(&a, today()).reach_km(a.municipality_position("837").unwrap()),
            FAR_FROM_CENTRE_KM
        );
    }

    #[test]
    fn phones_that_cannot_be_dialled() {
        assert_eq!(phone_problem("+358 40 123 4567"), None);
        assert_eq!(phone_problem("+358 9 310 1691"), None);
        assert_eq!(phone_problem("+46 8 123 456 78"), None);
        assert!(phone_problem("+358 040 123 4567").unwrap().contains("drop it"));
        assert!(phone_problem("+0 40 123 4567").unwrap().contains("country code"));
        assert!(phone_problem("+358 1234").unwrap().contains("this one has 4"));
        assert!(phone_problem("+358 40 1234 5678 901")
            .unwrap()
            .contains("this one has 13"));
        let mut s = service("p", "837", 61.5, 23.76);
        s["phones"] = json!([{"number": "+358 40 123 4567"}, {"number": "+358 (0)40 123"}, {"number": "+358 040 123 4567"}]);
        let a = crate::load(&json!({"format": "integration-atlas/1", "municipalities": [{"code": "837", "name": {"fi": "Tampere"}, "location": {"lat": 61.4981, "lon": 23.7608}, "languages": ["fi"]}], "services": [s]}).to_string()).unwrap();
        // "(0)" is not international form: the loader drops that number and keeps the service.
        assert_eq!(a.atlas.services.len(), 1);
        assert_eq!(a.atlas.services[0].phones.len(), 2);
        assert_eq!(
            (a.problems[0].field.as_str(), a.problems[0].effect),
            ("phones[1]", crate::load::Effect::FieldDropped)
        );
        let mut s = service("p", "837", 61.5, 23.76);
        s["phones"] = json!([{"number": "+358 40 123 4567"}, {"number": "+358 040 123 4567"}]);
        let a = atlas(json!([s]));
        assert_eq!(
            checks_of(&a, Check::PhoneNotDiallable),
            [("p".into(), "phones[1].number".into())]
        );
    }

    #[test]
    fn dates_in_the_future_and_stale_verification() {
        let mut fresh = service("fresh", "837", 61.5, 23.76);
        fresh["last_verified"] = json!("2026-06-01");
        let mut year_ago = service("year-ago", "837", 61.5, 23.76);
        year_ago["last_verified"] = json!("2025-11-22");
        let mut stale = service("stale", "837", 61.5, 23.76);
        stale["last_verified"] = json!("2025-11-21");
        let mut future = service("future", "837", 61.5, 23.76);
        future["last_verified"] = json!("2026-11-23");
        let a = atlas(json!([fresh, year_ago, stale, future]));
        assert_eq!(
            checks_of(&a, Check::NotVerifiedForAYear),
            [("stale".into(), "last_verified".into())]
        );
        assert_eq!(
            checks_of(&a, Check::DateInFuture),
            [("future".into(), "last_verified".into())]
        );
        // The same file checked a year later: everything verified is stale.
        let later = Date::parse("2027-12-01").unwrap();
        assert_eq!(
            Checks::new(&a, later)
                .all()
                .iter()
                .filter(|w| w.check == Check::NotVerifiedForAYear)
                .count(),
            4
        );
    }

    #[test]
    fn meta_and_programme_dates() {
        let doc = json!({"format": "integration-atlas/1", "meta": {"published": "1.11.2026"},
            "programmes": [{"id": "p", "kind": "integration_programme", "title": {"fi": "P"}, "adopted": {"date": "2027-01-01"}, "illustrative": true}]});
        let loaded = crate::load(&doc.to_string()).unwrap();
        // A publication date that is not one is not a warning but a rule broken: `load` drops it.
        let p = &loaded.problems[0];
        assert_eq!(
            (p.field.as_str(), p.effect, p.reason.code()),
            ("published", crate::Effect::FieldDropped, "bad_date")
        );
        assert_eq!(loaded.atlas.meta.published, None);
        let w = Checks::new(&loaded.atlas, today()).all();
        assert_eq!(w.len(), 1, "{w:?}");
        assert_eq!(
            (w[0].check, w[0].id.as_str(), w[0].field.as_str()),
            (Check::DateInFuture, "p", "adopted.date")
        );
        let doc = json!({"format": "integration-atlas/1", "meta": {"published": "2026-12-01"}});
        let a = crate::load(&doc.to_string()).unwrap().atlas;
        assert_eq!(Checks::new(&a, today()).all()[0].check, Check::DateInFuture);
    }

    #[test]
    fn languages_of_the_municipality() {
        let mut uk_only = service("uk-only", "837", 61.5, 23.76);
        uk_only["languages"] = json!(["uk", "ru"]);
        let mut uk_en = service("uk-en", "837", 61.5, 23.76);
        uk_en["languages"] = json!(["uk", "en"]);
        let mut sv_in_helsinki = service("sv-helsinki", "091", 60.17, 24.94);
        sv_in_helsinki["languages"] = json!(["sv", "so"]);
        let mut sv_in_tampere = service("sv-tampere", "837", 61.5, 23.76);
        sv_in_tampere["languages"] = json!(["sv"]);
        let mut unknown = service("no-official", "000", 62.0, 25.0);
        unknown["languages"] = json!(["uk"]);
        let a = atlas(json!([uk_only, uk_en, sv_in_helsinki, sv_in_tampere, unknown]));
        assert_eq!(
            checks_of(&a, Check::NoLocalLanguage),
            [
                ("uk-only".into(), "languages".into()),
                ("sv-tampere".into(), "languages".into())
            ]
        );
    }

    #[test]
    fn duplicates_under_two_ids() {
        let named = |id: &str, name: &str, lat: f64, street: Option<&str>| {
            let mut s = service(id, "837", lat, 23.76);
            s["name"] = json!({"fi": name});
            if let Some(st) = street {
                s["address"] = json!({"street": {"fi": st}, "postal_code": "33100"});
            }
            s
        };
        let a = atlas(json!([
            named("a", "Neuvonta Tampere", 61.50, Some("Katu 1")),
            // Same name (case and accents aside), same street, 1 km away: a duplicate by address.
            named("b", "NEUVONTA  tampere", 61.51, Some("Katu 1")),
            // Same name, 10 m away, no address: a duplicate by position.
            named("c", "Neuvonta, Tampere", 61.50009, None),
            // Same name, another street 1 km away: two branches, not a duplicate.
            named("d", "Neuvonta Tampere", 61.52, Some("Toinen katu 5")),
            // Another name at the same place: not a duplicate.
            named("e", "Kirjasto", 61.50, Some("Katu 1")),
        ]));
        assert_eq!(
            checks_of(&a, Check::DuplicateService),
            [("b".into(), "name".into()), ("c".into(), "name".into())]
        );
        let w: Vec<Warning> = Checks::new(&a, today()).duplicates();
        assert!(
            w[0].message.contains("\"a\"") && w[0].message.contains("address"),
            "{}",
            w[0].message
        );
        assert!(
            w[1].message.contains("\"a\"") && w[1].message.contains("position"),
            "{}",
            w[1].message
        );
    }

    #[test]
    fn many_services_of_one_name() {
        // 3000 copies at one place (all but the first are duplicates of the first), and
        // 3000 branches of one chain 200 m apart in a line (none is a duplicate).
        let mut list = Vec::new();
        for i in 0..3000 {
            let mut s = service(&format!("copy-{i}"), "837", 61.5, 23.76);
            s["name"] = json!({"fi": "Neuvonta"});
            list.push(s);
        }
        for i in 0..3000 {
            let mut s = service(&format!("branch-{i}"), "837", 61.0 + i as f64 * 0.0018, 23.0);
            s["name"] = json!({"fi": "Ketju"});
            list.push(s);
        }
        let a = atlas(json!(list));
        let w = Checks::new(&a, today()).duplicates();
        assert_eq!(w.len(), 2999);
        assert!(
            w.iter()
                .all(|w| w.id.starts_with("copy-") && w.message.contains("\"copy-0\"")),
            "{:?}",
            &w[..2]
        );
    }

    #[test]
    fn actors_programmes_and_acts_need_a_source_or_the_illustrative_mark() {
        let doc = json!({"format": "integration-atlas/1",
            "actors": [
                {"id": "plain", "name": {"fi": "A"}, "level": "national", "kind": "agency"},
                {"id": "sourced", "name": {"fi": "B"}, "level": "national", "kind": "agency",
                 "sources": [{"url": "https://tem.fi/", "checked": "2026-03-01"}]},
                {"id": "example", "name": {"fi": "C"}, "level": "national", "kind": "agency", "illustrative": true},
                {"id": "bad-source", "name": {"fi": "D"}, "level": "national", "kind": "agency",
                 "sources": [{"url": "javascript:alert(1)", "checked": "2026-03-01"}]}],
            "programmes": [{"id": "p", "kind": "integration_programme", "title": {"fi": "P"}}],
            "legislation": [{"id": "l", "number": "1/2000", "title": {"fi": "L"},
                "sources": [{"url": "https://finlex.fi/", "checked": "2026-03-01"}]}]});
        let a = crate::load(&doc.to_string()).unwrap().atlas;
        let w: Vec<(RecordKind, String)> = Checks::new(&a, today())
            .all()
            .into_iter()
            .filter(|w| w.check == Check::NoSource)
            .map(|w| (w.kind, w.id))
            .collect();
        // A source that is not an http(s) address is dropped, so "bad-source" has none left.
        assert_eq!(
            w,
            [
                (RecordKind::Actor, "plain".into()),
                (RecordKind::Actor, "bad-source".into()),
                (RecordKind::Programme, "p".into())
            ]
        );
    }

    #[test]
    fn a_clean_service_has_no_warnings() {
        let mut s = service("clean", "837", 61.4981, 23.7608);
        s["last_verified"] = json!("2026-10-01");
        s["phones"] = json!([{"number": "+358 40 123 4567"}]);
        let a = atlas(json!([s]));
        assert_eq!(Checks::new(&a, today()).all(), vec![]);
        assert_eq!(
            Check::ALL
                .iter()
                .map(|c| c.as_str())
                .collect::<std::collections::BTreeSet<_>>()
                .len(),
            Check::ALL.len()
        );
    }
}
