//! The kinds of area the app knows (SPEC §1 `areas[].kind`), once, and when an area is valid:
//! an area counts on a day between its `valid_from` and `valid_to` (both inclusive, either open).
//! ELY Centres (`ely_centre`) ended on 31.12.2025; the Economic Development Centres
//! (`vitality_centre`) began on 1.1.2026. Which kinds a page offers on a day follows from the
//! areas' dates in the dataset, never from a kind's name.

use crate::atlas::Atlas;
use crate::model::{Area, Municipality};
use crate::structure::valid_on;
use crate::time::Date;

/// Every kind of area, in the order the app offers them (a former kind before its successor).
pub const AREA_KINDS: &[&str] = &[
    "region",
    "wellbeing_county",
    "employment_area",
    "ely_centre",
    "vitality_centre",
];

impl Area {
    /// Whether the area exists on `day` (its dates, both inclusive; no date is no limit).
    pub fn is_valid_on(&self, day: Date) -> bool {
        valid_on(self.valid_from, self.valid_to, day)
    }
}

impl Atlas {
    /// The positions of the areas of `kind` valid on `day`, in dataset order.
    pub fn areas_on(&self, kind: &str, day: Date) -> Vec<usize> {
        (0..self.areas.len())
            .filter(|&i| self.areas[i].kind == kind && self.areas[i].is_valid_on(day))
            .collect()
    }

    /// The kinds of [`AREA_KINDS`] with at least one area valid on `day`, in that order.
    pub fn area_kinds_on(&self, day: Date) -> Vec<&'static str> {
        AREA_KINDS
            .iter()
            .copied()
            .filter(|k| self.areas.iter().any(|a| a.kind == *k && a.is_valid_on(day)))
            .collect()
    }

    /// The areas a municipality belongs to on `day` (former ones left out), in its order.
    pub fn areas_of_on<'a>(&'a self, municipality: &'a Municipality, day: Date) -> Vec<&'a Area> {
        municipality
            .areas
            .iter()
            .filter_map(|id| self.area(id))
            .filter(|a| a.is_valid_on(day))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Dataset;
    use crate::text::LocalisedText;

    fn area(id: &str, kind: &str, from: Option<&str>, to: Option<&str>) -> Area {
        Area {
            id: id.into(),
            kind: kind.into(),
            code: None,
            name: LocalisedText::default(),
            valid_from: from.and_then(Date::parse),
            valid_to: to.and_then(Date::parse),
        }
    }

    fn day(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn atlas() -> Atlas {
        let areas = vec![
            area("region:06", "region", None, None),
            area("ely_centre:04", "ely_centre", None, Some("2025-12-31")),
            area("vitality_centre:4", "vitality_centre", Some("2026-01-01"), None),
        ];
        Atlas::new(Dataset {
            areas,
            ..Dataset::default()
        })
    }

    #[test]
    fn every_kind_once() {
        let mut kinds = AREA_KINDS.to_vec();
        kinds.sort();
        kinds.dedup();
        assert_eq!(kinds.len(), AREA_KINDS.len());
    }

    #[test]
    fn an_area_is_valid_between_its_dates_both_inclusive() {
        let ely = area("ely_centre:04", "ely_centre", None, Some("2025-12-31"));
        assert!(ely.is_valid_on(day("2025-12-31")));
        assert!(!ely.is_valid_on(day("2026-01-01")));
        let vc = area("vitality_centre:4", "vitality_centre", Some("2026-01-01"), None);
        assert!(!vc.is_valid_on(day("2025-12-31")));
        assert!(vc.is_valid_on(day("2026-01-01")));
    }

    #[test]
    fn the_kinds_on_a_day_follow_the_areas_dates() {
        let a = atlas();
        assert_eq!(a.area_kinds_on(day("2025-06-01")), ["region", "ely_centre"]);
        assert_eq!(a.area_kinds_on(day("2026-06-01")), ["region", "vitality_centre"]);
        assert_eq!(a.areas_on("vitality_centre", day("2026-06-01")), [2]);
        assert!(a.areas_on("vitality_centre", day("2025-06-01")).is_empty());
    }

    #[test]
    fn a_municipality_belongs_to_former_areas_only_before_they_ended() {
        let a = atlas();
        let m = Municipality {
            code: "837".into(),
            name: LocalisedText::default(),
            location: crate::LatLon { lat: 61.5, lon: 23.8 },
            areas: vec![
                "region:06".into(),
                "ely_centre:04".into(),
                "vitality_centre:4".into(),
            ],
            languages: vec!["fi".into()],
        };
        let ids = |d: &str| {
            a.areas_of_on(&m, day(d))
                .iter()
                .map(|x| x.id.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids("2026-11-26"), ["region:06", "vitality_centre:4"]);
        assert_eq!(ids("2025-11-26"), ["region:06", "ely_centre:04"]);
    }
}
