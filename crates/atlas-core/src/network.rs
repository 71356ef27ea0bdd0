//! The service network as officials see it (`/{lang}/network`): per area, the
//! services, their languages and how many municipalities have a service near;
//! the gaps (municipalities whose nearest service is farther than a distance);
//! services not verified lately; municipalities without a valid programme.
//!
//! Every table is a [`Table`] of typed cells: the page shows it and the CSV
//! download is written from the very same cells, so the numbers cannot differ.

use crate::atlas::Atlas;
use crate::freshness::is_stale;
use crate::query::{encode_present, token, UrlState};
use crate::text::fold;
use crate::time::Date;
use std::cmp::Ordering;
use std::collections::BTreeSet;

/// The distance the network view starts with, in kilometres.
pub const DEFAULT_KM: u32 = 50;
/// The largest distance accepted from a URL (Finland is about 1,150 km long).
pub const MAX_KM: u32 = 2000;
/// The area kinds the network view groups by: every kind of [`AREA_KINDS`], in that order; on a
/// given day only those with areas then are offered ([`Atlas::area_kinds_on`]).
pub use crate::areas::AREA_KINDS;

/// Why a kind has no areas on a day, so that an empty table can say so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoAreas {
    /// The kind's areas begin later, on this date (e.g. Economic Development Centres in 2026).
    NotYet(Date),
    /// The kind's areas ended before the day, on this date (e.g. ELY Centres, 31.12.2025).
    Ended(Date),
    /// The dataset has no area of this kind at all.
    None,
}

/// `None` when the kind has areas on `day`; else why not.
pub fn why_no_areas(atlas: &Atlas, kind: &str, day: Date) -> Option<NoAreas> {
    if !atlas.areas_on(kind, day).is_empty() {
        return None;
    }
    let of_kind: Vec<_> = atlas.areas.iter().filter(|a| a.kind == kind).collect();
    let starts = of_kind
        .iter()
        .filter_map(|a| a.valid_from.as_deref().and_then(Date::parse))
        .filter(|&d| d > day)
        .min();
    let ends = of_kind
        .iter()
        .filter_map(|a| a.valid_to.as_deref().and_then(Date::parse))
        .filter(|&d| d < day)
        .max();
    Some(match (starts, ends) {
        (Some(d), _) => NoAreas::NotYet(d),
        (None, Some(d)) => NoAreas::Ended(d),
        (None, None) => NoAreas::None,
    })
}

/// The tables of the network view, each with its own sort in the URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableId {
    Areas,
    Gaps,
    Freshness,
    Programmes,
}

impl TableId {
    pub const ALL: [TableId; 4] = [
        TableId::Areas,
        TableId::Gaps,
        TableId::Freshness,
        TableId::Programmes,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Areas => "areas",
            Self::Gaps => "gaps",
            Self::Freshness => "freshness",
            Self::Programmes => "programmes",
        }
    }
    /// The URL parameter holding this table's sort, e.g. `gaps_sort=-nearest_km`.
    pub fn sort_param(self) -> &'static str {
        match self {
            Self::Areas => "areas_sort",
            Self::Gaps => "gaps_sort",
            Self::Freshness => "freshness_sort",
            Self::Programmes => "programmes_sort",
        }
    }
    fn index(self) -> usize {
        self as usize
    }
}

/// A table's sort: a column key, ascending unless `descending`.
/// In the URL: the key, with a leading `-` for descending (`-services`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SortBy {
    pub column: String,
    pub descending: bool,
}

impl SortBy {
    pub fn parse(v: &str) -> Option<Self> {
        let (descending, key) = match v.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, v),
        };
        token(key)
            .filter(|k| !k.starts_with('-'))
            .map(|column| Self { column, descending })
    }
    pub fn encode(&self) -> String {
        format!("{}{}", if self.descending { "-" } else { "" }, self.column)
    }
}

/// The network view's URL state: `at` (date), `km` (distance), `kind` (area
/// kind), and one sort per table (`areas_sort`, `gaps_sort`, `freshness_sort`,
/// `programmes_sort`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NetworkQuery {
    pub at: Option<Date>,
    pub km: Option<u32>,
    pub kind: Option<String>,
    pub sorts: [Option<SortBy>; 4],
}

impl NetworkQuery {
    pub fn km(&self) -> u32 {
        self.km.unwrap_or(DEFAULT_KM)
    }
    pub fn kind(&self) -> &str {
        self.kind.as_deref().unwrap_or(AREA_KINDS[0])
    }
    /// The day the view is on: the link's `at`, else the dataset's `meta.published` (services
    /// carry no dates; the day decides the areas, the programmes in force and what is fresh),
    /// else today.
    pub fn day(&self, published: Option<Date>, today: Date) -> Date {
        self.at.or(published).unwrap_or(today)
    }
    /// A typed distance: a whole number of kilometres in 1..=[`MAX_KM`] is kept (the default
    /// as no parameter at all); anything else changes nothing and answers `false`.
    pub fn set_km(&mut self, typed: &str) -> bool {
        match typed
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|k| (1..=MAX_KM).contains(k))
        {
            Some(km) => {
                self.km = Some(km).filter(|k| *k != DEFAULT_KM);
                true
            }
            None => false,
        }
    }
    /// A chosen kind of area: one of [`AREA_KINDS`] (the default as no parameter); any other
    /// word is the default.
    pub fn set_kind(&mut self, kind: &str) {
        self.kind = Some(kind.to_string()).filter(|k| k != AREA_KINDS[0] && AREA_KINDS.contains(&k.as_str()));
    }
    /// The kinds of area to offer on `day`: those with areas then (ELY Centres until 2025,
    /// Economic Development Centres from 2026), and the chosen one even when it had none, so
    /// that the page can say why ([`why_no_areas`]).
    pub fn kinds_offered(&self, atlas: &Atlas, day: Date) -> Vec<&'static str> {
        let mut kinds = atlas.area_kinds_on(day);
        if let Some(chosen) = AREA_KINDS.iter().find(|k| **k == self.kind()) {
            if !kinds.contains(chosen) {
                kinds.push(chosen);
            }
        }
        kinds
    }
    pub fn sort(&self, t: TableId) -> Option<&SortBy> {
        self.sorts[t.index()].as_ref()
    }
    pub fn set_sort(&mut self, t: TableId, s: Option<SortBy>) {
        self.sorts[t.index()] = s;
    }
    /// The sort after a click on a column's header: ascending first, then toggling.
    pub fn toggled_sort(&self, t: TableId, column: &str) -> SortBy {
        match self.sort(t) {
            Some(s) if s.column == column => SortBy {
                column: column.to_string(),
                descending: !s.descending,
            },
            _ => SortBy {
                column: column.to_string(),
                descending: false,
            },
        }
    }
}

impl UrlState for NetworkQuery {
    fn from_pairs<K: AsRef<str>, V: AsRef<str>>(pairs: impl IntoIterator<Item = (K, V)>) -> Self {
        let mut q = Self::default();
        for (k, v) in pairs {
            let v = v.as_ref().trim();
            let k = k.as_ref();
            match k {
                "at" => q.at = Date::parse(v),
                "km" => q.km = v.parse::<u32>().ok().filter(|km| (1..=MAX_KM).contains(km)),
                "kind" => q.kind = token(v).filter(|k| AREA_KINDS.contains(&k.as_str())),
                _ => {
                    if let Some(t) = TableId::ALL.into_iter().find(|t| t.sort_param() == k) {
                        q.sorts[t.index()] = SortBy::parse(v);
                    }
                }
            }
        }
        q
    }
    fn to_query_string(&self) -> String {
        let at = self.at.map(|d| d.to_string());
        let km = self.km.map(|k| k.to_string());
        let sorts: Vec<Option<String>> = self
            .sorts
            .iter()
            .map(|s| s.as_ref().map(SortBy::encode))
            .collect();
        let mut pairs = vec![
            ("at", at.as_deref()),
            ("km", km.as_deref()),
            ("kind", self.kind.as_deref()),
        ];
        for t in TableId::ALL {
            pairs.push((t.sort_param(), sorts[t.index()].as_deref()));
        }
        encode_present(&pairs)
    }
}

// ------------------------------------------------------------------ arithmetic

/// The distance from each municipality's centre to its nearest service, in km
/// (great-circle), with that service's position; `None` when there are no services.
pub fn nearest_services(atlas: &Atlas) -> Vec<Option<(usize, f64)>> {
    atlas
        .municipalities
        .iter()
        .map(|m| {
            atlas
                .services
                .iter()
                .enumerate()
                .map(|(i, s)| (i, m.location.distance_km(&s.location)))
                .min_by(|a, b| a.1.partial_cmp(&b.1).unwrap_or(Ordering::Equal))
        })
        .collect()
}

/// Whether a municipality counts as covered: a service no farther than `km`.
pub fn is_covered(nearest: Option<(usize, f64)>, km: f64) -> bool {
    nearest.is_some_and(|(_, d)| d <= km)
}

/// Services (positions) whose municipality belongs to `area`.
pub fn area_services(atlas: &Atlas, area: &str) -> Vec<usize> {
    (0..atlas.services.len())
        .filter(|&s| atlas.service_municipality(s).areas.iter().any(|a| a == area))
        .collect()
}

/// The languages some service offers anywhere in the dataset, sorted.
pub fn all_service_languages(atlas: &Atlas) -> BTreeSet<String> {
    atlas
        .services
        .iter()
        .flat_map(|s| s.languages.iter().cloned())
        .collect()
}

/// The languages the given services offer, sorted.
pub fn languages_of(atlas: &Atlas, services: &[usize]) -> BTreeSet<String> {
    services
        .iter()
        .flat_map(|&s| atlas.services[s].languages.iter().cloned())
        .collect()
}

// ------------------------------------------------------------------ tables

/// One cell: the page and the CSV write it the same way ([`Cell::text`]).
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Count(usize),
    /// Kilometres, shown with one decimal; `None` when there is nothing to measure to.
    Km(Option<f64>),
    /// A share in per cent, shown with one decimal; `None` for an empty area.
    Percent(Option<f64>),
    /// Names, shown joined by ", ".
    List(Vec<String>),
    /// Language codes (ISO 639): the app shows them by their names in the UI language.
    Languages(Vec<String>),
}

impl Cell {
    /// The cell as text, numbers with a decimal point and language codes as they are.
    pub fn text(&self) -> String {
        self.text_with_decimal('.')
    }

    /// The cell as text with the given decimal separator (a comma for Finnish or Swedish
    /// spreadsheets), and no grouping of thousands, so a spreadsheet reads it as a number.
    pub fn text_with_decimal(&self, decimal: char) -> String {
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Count(n) => n.to_string(),
            Cell::Km(Some(d)) | Cell::Percent(Some(d)) => {
                let s = format!("{:.1}", round_one_decimal(*d));
                if decimal == '.' {
                    s
                } else {
                    s.replace('.', &decimal.to_string())
                }
            }
            Cell::Km(None) | Cell::Percent(None) => String::new(),
            Cell::List(v) | Cell::Languages(v) => v.join(", "),
        }
    }

    /// The number a numeric cell shows, rounded as shown (one decimal for km and shares).
    pub fn number(&self) -> Option<f64> {
        match self {
            Cell::Count(n) => Some(*n as f64),
            Cell::Km(Some(d)) | Cell::Percent(Some(d)) => Some(round_one_decimal(*d)),
            _ => None,
        }
    }

    fn compare(&self, other: &Cell) -> Ordering {
        let num = |c: &Cell| match c {
            Cell::Count(n) => Some(*n as f64),
            Cell::Km(d) | Cell::Percent(d) => Some(d.unwrap_or(f64::INFINITY)),
            Cell::List(v) | Cell::Languages(v) => Some(v.len() as f64),
            Cell::Text(_) => None,
        };
        match (num(self), num(other)) {
            (Some(a), Some(b)) => a.partial_cmp(&b).unwrap_or(Ordering::Equal),
            _ => fold(&self.text()).cmp(&fold(&other.text())),
        }
    }
}

/// A table: column keys (stable, used in URLs and as CSV headers' order), rows of cells.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub columns: Vec<&'static str>,
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    /// Sorts the rows by a column (unknown columns leave the order as it is);
    /// ties keep the first column's order, so the result is the same every time.
    pub fn sort(&mut self, by: Option<&SortBy>) {
        let Some(by) = by else { return };
        let Some(c) = self.columns.iter().position(|k| *k == by.column) else {
            return;
        };
        self.rows.sort_by(|a, b| {
            let o = a[c].compare(&b[c]);
            let o = if by.descending { o.reverse() } else { o };
            o.then_with(|| a[0].compare(&b[0]))
        });
    }

    /// The table as CSV (RFC 4180 with the given delimiter: CRLF line ends, fields quoted
    /// when they hold the delimiter, a quote or a line break), with the given header texts
    /// and each cell written by `cell` (the app's wording: language names, decimal commas).
    /// A field that a spreadsheet would read as a formula is made text.
    pub fn to_csv(&self, headers: &[String], delimiter: char, cell: impl Fn(&Cell) -> String) -> String {
        let mut out = String::new();
        push_csv_row(&mut out, delimiter, headers.iter().map(String::as_str));
        for row in &self.rows {
            let texts: Vec<String> = row.iter().map(&cell).collect();
            push_csv_row(&mut out, delimiter, texts.iter().map(String::as_str));
        }
        out
    }
}

/// Half away from zero (81.25 → 81.3), as people round, not half to even.
fn round_one_decimal(d: f64) -> f64 {
    (d * 10.0).round() / 10.0
}

/// Whether a spreadsheet would read a field as a formula (OWASP's list: a leading =, +, -,
/// @, tab or carriage return), unless it is a plain number such as -3 or -3,5.
pub fn looks_like_formula(f: &str) -> bool {
    let plain_number = |s: &str| s.replacen(',', ".", 1).parse::<f64>().is_ok();
    f.starts_with(['=', '+', '@', '\t', '\r']) || (f.starts_with('-') && !plain_number(f))
}

fn push_csv_row<'a>(out: &mut String, delimiter: char, fields: impl Iterator<Item = &'a str>) {
    for (i, f) in fields.enumerate() {
        if i > 0 {
            out.push(delimiter);
        }
        let guarded = if looks_like_formula(f) {
            format!("'{f}")
        } else {
            f.to_string()
        };
        if guarded.contains([delimiter, '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&guarded.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&guarded);
        }
    }
    out.push_str("\r\n");
}

/// Everything the network view shows, computed once for a date, distance and area kind.
#[derive(Debug, Clone, PartialEq)]
pub struct Network {
    pub day: Date,
    pub km: u32,
    pub kind: String,
    /// Per municipality: its nearest service and the distance.
    pub nearest: Vec<Option<(usize, f64)>>,
    /// The municipalities (positions) whose nearest service is farther than `km`.
    pub gaps: Vec<usize>,
}

impl Network {
    pub fn new(atlas: &Atlas, day: Date, km: u32, kind: &str) -> Self {
        let nearest = nearest_services(atlas);
        let gaps = (0..atlas.municipalities.len())
            .filter(|&m| !is_covered(nearest[m], km as f64))
            .collect();
        Self {
            day,
            km,
            kind: kind.to_string(),
            nearest,
            gaps,
        }
    }

    /// The first area of this view's kind that a municipality belongs to.
    fn area_of(&self, atlas: &Atlas, municipality: usize) -> Option<usize> {
        atlas.municipalities[municipality].areas.iter().find_map(|id| {
            let a = atlas.areas.iter().position(|a| a.id == *id)?;
            (atlas.areas[a].kind == self.kind).then_some(a)
        })
    }

    /// Per area: municipalities, services, languages offered, covered
    /// municipalities and their share, and languages offered nowhere in the area
    /// (offered by some service elsewhere).
    pub fn areas_table(&self, atlas: &Atlas, lang: &str) -> Table {
        let everywhere = all_service_languages(atlas);
        let rows = atlas
            .areas_on(&self.kind, self.day)
            .into_iter()
            .map(|a| {
                let area = &atlas.areas[a];
                let munis = atlas.area_municipalities(&area.id);
                let covered = munis
                    .iter()
                    .filter(|&&m| is_covered(self.nearest[m], self.km as f64))
                    .count();
                let services = area_services(atlas, &area.id);
                let offered = languages_of(atlas, &services);
                let missing: Vec<String> = everywhere.difference(&offered).cloned().collect();
                vec![
                    Cell::Text(area.name.get(lang).to_string()),
                    Cell::Count(munis.len()),
                    Cell::Count(services.len()),
                    Cell::Languages(offered.into_iter().collect()),
                    Cell::Count(covered),
                    Cell::Percent(share(covered, munis.len())),
                    Cell::Languages(missing),
                ]
            })
            .collect();
        Table {
            columns: vec![
                "area",
                "municipalities",
                "services",
                "languages",
                "covered",
                "covered_share",
                "languages_missing",
            ],
            rows,
        }
    }

    /// The gaps: each municipality whose nearest service is farther than the distance.
    pub fn gaps_table(&self, atlas: &Atlas, lang: &str) -> Table {
        let rows = self
            .gaps
            .iter()
            .map(|&m| {
                let muni = &atlas.municipalities[m];
                let nearest = self.nearest[m];
                vec![
                    Cell::Text(muni.name.get(lang).to_string()),
                    Cell::Text(muni.code.clone()),
                    Cell::Text(
                        self.area_of(atlas, m)
                            .map(|a| atlas.areas[a].name.get(lang).to_string())
                            .unwrap_or_default(),
                    ),
                    Cell::Km(nearest.map(|(_, d)| d)),
                    Cell::Text(
                        nearest
                            .map(|(s, _)| atlas.services[s].name.get(lang).to_string())
                            .unwrap_or_default(),
                    ),
                ]
            })
            .collect();
        Table {
            columns: vec!["municipality", "code", "area", "nearest_km", "nearest_service"],
            rows,
        }
    }

    /// Per area: services, and those not verified in the 12 months before the day.
    pub fn freshness_table(&self, atlas: &Atlas, lang: &str) -> Table {
        let rows = atlas
            .areas_on(&self.kind, self.day)
            .into_iter()
            .map(|a| {
                let area = &atlas.areas[a];
                let services = area_services(atlas, &area.id);
                let stale: Vec<String> = services
                    .iter()
                    .filter(|&&s| is_stale(atlas.services[s].last_verified.as_deref(), self.day))
                    .map(|&s| atlas.services[s].name.get(lang).to_string())
                    .collect();
                vec![
                    Cell::Text(area.name.get(lang).to_string()),
                    Cell::Count(services.len()),
                    Cell::Count(stale.len()),
                    Cell::Percent(share(stale.len(), services.len())),
                    Cell::List(stale),
                ]
            })
            .collect();
        Table {
            columns: vec!["area", "services", "stale", "stale_share", "stale_services"],
            rows,
        }
    }

    /// Per area: municipalities, and those without a valid municipal integration programme on the day.
    pub fn programmes_table(&self, atlas: &Atlas, lang: &str) -> Table {
        let valid = atlas.valid_programmes_by_municipality(self.day);
        let rows = atlas
            .areas_on(&self.kind, self.day)
            .into_iter()
            .map(|a| {
                let area = &atlas.areas[a];
                let munis = atlas.area_municipalities(&area.id);
                let without: Vec<String> = munis
                    .iter()
                    .filter(|&&m| valid[m].is_empty())
                    .map(|&m| atlas.municipalities[m].name.get(lang).to_string())
                    .collect();
                vec![
                    Cell::Text(area.name.get(lang).to_string()),
                    Cell::Count(munis.len()),
                    Cell::Count(munis.len() - without.len()),
                    Cell::Count(without.len()),
                    Cell::Percent(share(without.len(), munis.len())),
                    Cell::List(without),
                ]
            })
            .collect();
        Table {
            columns: vec![
                "area",
                "municipalities",
                "with_programme",
                "without_programme",
                "without_share",
                "without_municipalities",
            ],
            rows,
        }
    }

    pub fn table(&self, atlas: &Atlas, id: TableId, lang: &str) -> Table {
        match id {
            TableId::Areas => self.areas_table(atlas, lang),
            TableId::Gaps => self.gaps_table(atlas, lang),
            TableId::Freshness => self.freshness_table(atlas, lang),
            TableId::Programmes => self.programmes_table(atlas, lang),
        }
    }
}

/// `part` of `whole` in per cent; `None` for an empty whole.
pub fn share(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| 100.0 * part as f64 / whole as f64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::LatLon;
    use crate::model::{Area, Meta, Municipality, Period, Programme, Service};
    use crate::text::LocalisedText;

    fn name(s: &str) -> LocalisedText {
        LocalisedText::new(&[("en", s)])
    }
    fn area(id: &str, kind: &str) -> Area {
        Area {
            id: id.into(),
            kind: kind.into(),
            code: None,
            name: name(id),
            valid_from: None,
            valid_to: None,
        }
    }
    fn muni(code: &str, lat: f64, lon: f64, areas: &[&str]) -> Municipality {
        Municipality {
            code: code.into(),
            name: name(&format!("M{code}")),
            location: LatLon::new(lat, lon),
            areas: areas.iter().map(|a| a.to_string()).collect(),
            languages: vec!["fi".into()],
        }
    }
    fn service(id: &str, code: &str, lat: f64, lon: f64, langs: &[&str], verified: Option<&str>) -> Service {
        Service {
            id: id.into(),
            name: name(id),
            description: None,
            provider: None,
            municipality: code.into(),
            address: None,
            location: LatLon::new(lat, lon),
            channels: vec![],
            languages: langs.iter().map(|l| l.to_string()).collect(),
            phones: vec![],
            email: None,
            website: None,
            opening_hours: None,
            appointment: None,
            target_groups: vec![],
            topics: vec![],
            accessibility: None,
            last_verified: verified.map(String::from),
            illustrative: false,
            sources: vec![],
        }
    }

    /// Along one meridian (lon 25), one degree of latitude is 111.195 km
    /// (R = 6371.0088 km × π/180), so the distances below are known by hand:
    /// A at 60.0 has a service; B at 60.2 is 22.2 km from it; C at 60.5 is
    /// 55.6 km from it and 66.7 km from D's; D at 61.1 has its own service.
    /// Region r1 = {A, B}, r2 = {C, D}.
    fn atlas() -> Atlas {
        let areas = vec![
            area("r1", "region"),
            area("r2", "region"),
            Area {
                valid_to: Some("2020-12-31".into()),
                ..area("r0", "region")
            },
        ];
        let municipalities = vec![
            muni("001", 60.0, 25.0, &["r1"]),
            muni("002", 60.2, 25.0, &["r1"]),
            muni("003", 60.5, 25.0, &["r2"]),
            muni("004", 61.1, 25.0, &["r2"]),
        ];
        let services = vec![
            service("s-a", "001", 60.0, 25.0, &["fi", "uk"], Some("2026-01-10")),
            service("s-a2", "001", 60.0, 25.0, &["ar"], Some("2025-01-09")),
            service("s-d", "004", 61.1, 25.0, &["fi"], None),
        ];
        let programmes = vec![Programme {
            id: "p1".into(),
            kind: "integration_programme".into(),
            title: name("P1"),
            municipalities: vec!["001".into(), "003".into()],
            responsible: None,
            period: Some(Period {
                start: Some("2025-01-01".into()),
                end: Some("2026-06-30".into()),
            }),
            adopted: None,
            url: None,
            summary: None,
            illustrative: false,
            sources: vec![],
        }];
        Atlas::new(
            Meta::default(),
            areas,
            municipalities,
            vec![],
            services,
            programmes,
            vec![],
        )
    }

    fn day(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn nearest_distances_are_great_circle() {
        let a = atlas();
        let n = nearest_services(&a);
        let km = |m: usize| n[m].unwrap().1;
        let degree = 6371.0088 * std::f64::consts::PI / 180.0;
        assert!(km(0).abs() < 1e-9);
        assert!((km(1) - 0.2 * degree).abs() < 1e-6, "{}", km(1));
        assert!((km(2) - 0.5 * degree).abs() < 1e-6);
        assert_eq!(n[2].unwrap().0, 0);
        assert!(km(3).abs() < 1e-9);
        assert_eq!(n[1].unwrap().0, 0, "the first of two equally near services");
    }

    #[test]
    fn gaps_at_30_and_60_km() {
        let a = atlas();
        let d = day("2026-03-01");
        assert_eq!(Network::new(&a, d, 30, "region").gaps, vec![2]);
        assert_eq!(Network::new(&a, d, 60, "region").gaps, Vec::<usize>::new());
        assert_eq!(Network::new(&a, d, 20, "region").gaps, vec![1, 2]);
        let t = Network::new(&a, d, 30, "region").gaps_table(&a, "en");
        let texts: Vec<Vec<String>> = t
            .rows
            .iter()
            .map(|r| r.iter().map(Cell::text).collect())
            .collect();
        assert_eq!(texts, vec![vec!["M003", "003", "r2", "55.6", "s-a"]]);
    }

    #[test]
    fn no_services_means_every_municipality_is_a_gap() {
        let mut a = atlas();
        a = Atlas::new(
            a.meta.clone(),
            a.areas.clone(),
            a.municipalities.clone(),
            vec![],
            vec![],
            vec![],
            vec![],
        );
        let n = Network::new(&a, day("2026-03-01"), 50, "region");
        assert_eq!(n.gaps, vec![0, 1, 2, 3]);
        assert_eq!(n.gaps_table(&a, "en").rows[0][3], Cell::Km(None));
        let t = n.areas_table(&a, "en");
        assert_eq!(t.rows[0][4], Cell::Count(0));
        assert_eq!(
            t.rows[0][6],
            Cell::Languages(vec![]),
            "nothing is offered anywhere, so nothing is missing"
        );
    }

    #[test]
    fn coverage_services_and_languages_per_area() {
        let a = atlas();
        let t = Network::new(&a, day("2026-03-01"), 30, "region").areas_table(&a, "en");
        assert_eq!(t.columns[0], "area");
        // r0 ended in 2020: not an area on this day.
        assert_eq!(t.rows.len(), 2);
        let r1 = &t.rows[0];
        assert_eq!(r1[0], Cell::Text("r1".into()));
        assert_eq!(r1[1], Cell::Count(2));
        assert_eq!(r1[2], Cell::Count(2));
        assert_eq!(
            r1[3],
            Cell::Languages(vec!["ar".into(), "fi".into(), "uk".into()])
        );
        assert_eq!(r1[4], Cell::Count(2));
        assert_eq!(r1[5].text(), "100.0");
        assert_eq!(r1[6], Cell::Languages(vec![]));
        let r2 = &t.rows[1];
        assert_eq!(
            (r2[1].clone(), r2[2].clone(), r2[4].clone()),
            (Cell::Count(2), Cell::Count(1), Cell::Count(1))
        );
        assert_eq!(r2[5].text(), "50.0");
        assert_eq!(r2[6], Cell::Languages(vec!["ar".into(), "uk".into()]));
        // On a day in 2019, r0 is an area too (with no municipalities: no share).
        let old = Network::new(&a, day("2019-01-01"), 30, "region").areas_table(&a, "en");
        assert_eq!(old.rows.len(), 3);
        assert_eq!(old.rows[2][5], Cell::Percent(None));
        assert_eq!(old.rows[2][5].text(), "");
    }

    #[test]
    fn freshness_is_twelve_months_back_from_the_day() {
        assert!(!is_stale(Some("2025-03-01"), day("2026-03-01")));
        assert!(is_stale(Some("2025-02-28"), day("2026-03-01")));
        assert!(is_stale(None, day("2026-03-01")));
        assert!(!is_stale(Some("2027-02-28"), day("2028-02-29")));
        let a = atlas();
        let t = Network::new(&a, day("2026-01-09"), 30, "region").freshness_table(&a, "en");
        assert_eq!(
            t.rows[0][2],
            Cell::Count(0),
            "s-a2 verified exactly a year before is fresh"
        );
        let t = Network::new(&a, day("2026-01-10"), 30, "region").freshness_table(&a, "en");
        assert_eq!(t.rows[0][2], Cell::Count(1));
        assert_eq!(t.rows[0][4], Cell::List(vec!["s-a2".into()]));
        assert_eq!(
            t.rows[1][4],
            Cell::List(vec!["s-d".into()]),
            "never verified is stale"
        );
        assert_eq!(t.rows[1][3].text(), "100.0");
    }

    #[test]
    fn programme_coverage_on_a_day() {
        let a = atlas();
        let t = Network::new(&a, day("2026-03-01"), 30, "region").programmes_table(&a, "en");
        assert_eq!(
            t.rows[0][2..].to_vec(),
            vec![
                Cell::Count(1),
                Cell::Count(1),
                Cell::Percent(Some(50.0)),
                Cell::List(vec!["M002".into()])
            ]
        );
        let later = Network::new(&a, day("2026-07-01"), 30, "region").programmes_table(&a, "en");
        assert_eq!(
            later.rows[1][3],
            Cell::Count(2),
            "the programme expired on 30 June"
        );
    }

    #[test]
    fn one_decimal_rounds_half_up() {
        assert_eq!(Cell::Percent(share(13, 16)).text(), "81.3");
        assert_eq!(Cell::Percent(share(1, 3)).text(), "33.3");
        assert_eq!(Cell::Km(Some(0.04)).text(), "0.0");
    }

    #[test]
    fn area_kinds_follow_the_day_and_an_empty_kind_says_why() {
        let areas = vec![
            area("r1", "region"),
            Area {
                valid_to: Some("2025-12-31".into()),
                ..area("ely:1", "ely_centre")
            },
            Area {
                valid_from: Some("2026-01-01".into()),
                ..area("vc:1", "vitality_centre")
            },
        ];
        let a = Atlas::new(
            Meta::default(),
            areas,
            vec![muni("001", 60.0, 25.0, &["r1", "ely:1", "vc:1"])],
            vec![],
            vec![],
            vec![],
            vec![],
        );
        assert_eq!(a.area_kinds_on(day("2025-06-01")), ["region", "ely_centre"]);
        assert_eq!(a.area_kinds_on(day("2026-01-01")), ["region", "vitality_centre"]);
        assert_eq!(
            why_no_areas(&a, "vitality_centre", day("2025-06-01")),
            Some(NoAreas::NotYet(day("2026-01-01")))
        );
        assert_eq!(
            why_no_areas(&a, "ely_centre", day("2026-03-01")),
            Some(NoAreas::Ended(day("2025-12-31")))
        );
        assert_eq!(
            why_no_areas(&a, "wellbeing_county", day("2026-03-01")),
            Some(NoAreas::None)
        );
        assert_eq!(why_no_areas(&a, "region", day("2026-03-01")), None);
        let n = Network::new(&a, day("2025-06-01"), 50, "vitality_centre");
        assert!(n.areas_table(&a, "en").rows.is_empty());
        assert_eq!(n.areas_table(&a, "en").rows.len(), 0);
        assert_eq!(
            Network::new(&a, day("2025-06-01"), 50, "ely_centre")
                .areas_table(&a, "en")
                .rows
                .len(),
            1
        );
    }

    #[test]
    fn sorting_and_csv() {
        let a = atlas();
        let mut t = Network::new(&a, day("2026-03-01"), 20, "region").gaps_table(&a, "en");
        t.sort(Some(&SortBy {
            column: "nearest_km".into(),
            descending: true,
        }));
        assert_eq!(
            t.rows.iter().map(|r| r[1].text()).collect::<Vec<_>>(),
            ["003", "002"]
        );
        t.sort(Some(&SortBy {
            column: "municipality".into(),
            descending: false,
        }));
        assert_eq!(
            t.rows.iter().map(|r| r[1].text()).collect::<Vec<_>>(),
            ["002", "003"]
        );
        let headers: Vec<String> = ["Municipality", "Code", "Area", "Km", "Nearest, service"]
            .map(String::from)
            .to_vec();
        let csv = t.to_csv(&headers, ',', Cell::text);
        assert_eq!(csv, "Municipality,Code,Area,Km,\"Nearest, service\"\r\nM002,002,r1,22.2,s-a\r\nM003,003,r2,55.6,s-a\r\n");
        // Finnish and Swedish spreadsheets: semicolons and decimal commas; a comma in a
        // field needs no quotes then, a semicolon does.
        let mut semi = headers.clone();
        semi[4] = "Nearest; service".into();
        let csv = t.to_csv(&semi, ';', |c| c.text_with_decimal(','));
        assert_eq!(csv, "Municipality;Code;Area;Km;\"Nearest; service\"\r\nM002;002;r1;22,2;s-a\r\nM003;003;r2;55,6;s-a\r\n");
        let quoted = Table {
            columns: vec!["x", "y"],
            rows: vec![vec![
                Cell::Text("say \"hi\"\nthere".into()),
                Cell::Text("=SUM(A1)".into()),
            ]],
        };
        assert_eq!(
            quoted.to_csv(&["x".into(), "y".into()], ',', Cell::text),
            "x,y\r\n\"say \"\"hi\"\"\nthere\",'=SUM(A1)\r\n"
        );
        for f in ["=1+1", "+358", "-x", "@SUM(A1)", "\tx", "\r=1", "-1,5x"] {
            assert!(looks_like_formula(f), "{f:?}");
        }
        for f in ["-3", "-3,5", "-3.5", "92,3", "Hämeenlinna", "a=b", ""] {
            assert!(!looks_like_formula(f), "{f:?}");
        }
        let hostile = Table {
            columns: vec!["x"],
            rows: vec![vec![Cell::Text("=HYPERLINK(\"http://x\";\"y\")".into())]],
        };
        assert_eq!(
            hostile.to_csv(&["x".into()], ';', Cell::text),
            "x\r\n\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\"\r\n"
        );
    }

    #[test]
    fn url_state_round_trip() {
        let q = NetworkQuery::from_query_string(
            "?km=30&at=2026-01-01&kind=employment_area&gaps_sort=-nearest_km&areas_sort=services&x=1",
        );
        assert_eq!(q.km(), 30);
        assert_eq!(q.kind(), "employment_area");
        assert_eq!(
            q.sort(TableId::Gaps),
            Some(&SortBy {
                column: "nearest_km".into(),
                descending: true
            })
        );
        assert_eq!(
            q.to_query_string(),
            "?at=2026-01-01&km=30&kind=employment_area&areas_sort=services&gaps_sort=-nearest_km"
        );
        let bad = NetworkQuery::from_query_string(
            "?km=0&kind=%3Cx%3E&at=2026-13-01&gaps_sort=--x&freshness_sort=%3C",
        );
        assert_eq!(bad, NetworkQuery::default());
        assert_eq!(bad.km(), DEFAULT_KM);
        assert_eq!(NetworkQuery::from_query_string("?km=99999").km, None);
        let mut q = NetworkQuery::default();
        let s = q.toggled_sort(TableId::Areas, "services");
        assert!(!s.descending);
        q.set_sort(TableId::Areas, Some(s));
        assert!(q.toggled_sort(TableId::Areas, "services").descending);
    }

    #[test]
    fn url_defaults_are_no_parameter() {
        let published = Date::parse("2026-11-01");
        let today = day("2026-11-26");
        let mut q = NetworkQuery::default();
        assert_eq!(q.day(published, today), day("2026-11-01"));
        assert_eq!(q.day(None, today), today);
        q.at = Date::parse("2025-06-01");
        assert_eq!(q.day(published, today), day("2025-06-01"));

        let mut q = NetworkQuery::default();
        assert!(q.set_km(" 30 "));
        assert_eq!(q.km, Some(30));
        assert!(q.set_km("50"));
        assert_eq!((q.km, q.km()), (None, DEFAULT_KM));
        for bad in ["0", "2001", "-3", "ten", ""] {
            assert!(!q.set_km(bad), "{bad}");
        }
        assert!(q.set_km("30") && !q.set_km("x"));
        assert_eq!(q.km, Some(30), "a bad value changes nothing");

        q.set_kind("employment_area");
        assert_eq!(q.kind.as_deref(), Some("employment_area"));
        q.set_kind("region");
        assert_eq!((q.kind.as_deref(), q.kind()), (None, "region"));
        q.set_kind("<x>");
        assert_eq!(q.kind, None);
    }

    #[test]
    fn the_kinds_offered_are_those_of_the_day_and_the_chosen_one() {
        let a = Atlas::new(
            Meta::default(),
            vec![
                area("r1", "region"),
                Area {
                    valid_to: Some("2025-12-31".into()),
                    ..area("ely:1", "ely_centre")
                },
            ],
            vec![],
            vec![],
            vec![],
            vec![],
            vec![],
        );
        let mut q = NetworkQuery::default();
        assert_eq!(q.kinds_offered(&a, day("2025-06-01")), ["region", "ely_centre"]);
        assert_eq!(q.kinds_offered(&a, day("2026-06-01")), ["region"]);
        q.set_kind("ely_centre");
        assert_eq!(q.kinds_offered(&a, day("2026-06-01")), ["region", "ely_centre"]);
    }
}
