//! The network view's URL state (SPEC §3 for `/{lang}/network`): the date, the distance, the kind
//! of area and a sort per table, parsed totally (a bad value is dropped), with the defaults the
//! page starts from (a default is no parameter).

use crate::atlas::Atlas;
use crate::query::{token, url_params, Param, UrlState};
use crate::table::SortBy;
use crate::time::Date;

/// The distance the network view starts with, in kilometres.
pub const DEFAULT_KM: u32 = 50;
/// The largest distance accepted from a URL (Finland is about 1,150 km long).
pub const MAX_KM: u32 = 2000;
/// The area kinds the network view groups by: every kind of [`AREA_KINDS`], in that order; on a
/// given day only those with areas then are offered ([`Atlas::area_kinds_on`]).
pub use crate::areas::AREA_KINDS;

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
    fn index(self) -> usize {
        self as usize
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
    const PARAMS: &'static [Param<Self>] = url_params![
        "at": |q, v| q.at = Date::parse(v.trim()), |q| q.at.map(|d| d.to_string());
        "km": |q, v| q.km = v.trim().parse().ok().filter(|km| (1..=MAX_KM).contains(km)),
            |q| q.km.map(|k| k.to_string());
        "kind": |q, v| q.kind = token(v).filter(|k| AREA_KINDS.contains(&k.as_str())), |q| q.kind.clone();
        // One sort per table, e.g. `gaps_sort=-nearest_km`.
        "areas_sort": |q, v| q.sorts[0] = SortBy::parse(v.trim()),
            |q| q.sorts[0].as_ref().map(SortBy::encode);
        "gaps_sort": |q, v| q.sorts[1] = SortBy::parse(v.trim()),
            |q| q.sorts[1].as_ref().map(SortBy::encode);
        "freshness_sort": |q, v| q.sorts[2] = SortBy::parse(v.trim()),
            |q| q.sorts[2].as_ref().map(SortBy::encode);
        "programmes_sort": |q, v| q.sorts[3] = SortBy::parse(v.trim()),
            |q| q.sorts[3].as_ref().map(SortBy::encode);
    ];
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Area, Dataset};
    use crate::text::LocalisedText;

    fn day(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn each_table_has_its_own_sort_parameter() {
        for t in TableId::ALL {
            let mut q = NetworkQuery::default();
            let by = SortBy {
                column: "name".into(),
                descending: true,
            };
            q.set_sort(t, Some(by.clone()));
            let written = q.to_query_string();
            assert_eq!(written, format!("?{}_sort=-name", t.as_str()));
            let read = NetworkQuery::from_query_string(&written);
            assert_eq!(read.sort(t), Some(&by));
            assert_eq!(
                TableId::ALL.iter().filter(|&&o| read.sort(o).is_some()).count(),
                1
            );
        }
    }

    fn area(id: &str, kind: &str) -> Area {
        Area {
            id: id.into(),
            kind: kind.into(),
            code: None,
            name: LocalisedText::default(),
            valid_from: None,
            valid_to: None,
        }
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
        let a = Atlas::new(Dataset {
            areas: vec![
                area("r1", "region"),
                Area {
                    valid_to: Date::parse("2025-12-31"),
                    ..area("ely:1", "ely_centre")
                },
            ],
            ..Dataset::default()
        });
        let mut q = NetworkQuery::default();
        assert_eq!(q.kinds_offered(&a, day("2025-06-01")), ["region", "ely_centre"]);
        assert_eq!(q.kinds_offered(&a, day("2026-06-01")), ["region"]);
        q.set_kind("ely_centre");
        assert_eq!(q.kinds_offered(&a, day("2026-06-01")), ["region", "ely_centre"]);
    }
}
