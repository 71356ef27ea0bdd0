//! The service network as officials see it (`/{lang}/network`): per area, the
//! services, their languages and how many municipalities have a service near;
//! the gaps (municipalities whose nearest service is farther than a distance);
//! services not verified lately; municipalities without a valid programme.
//!
//! Every table is a [`Table`] of typed cells: the page shows it and the CSV
//! download is written from the very same cells, so the numbers cannot differ.

pub mod measures;
pub mod query;

pub use measures::*;
pub use query::*;

use crate::atlas::Atlas;
use crate::freshness::not_verified_for_a_year;
pub use crate::table::{Cell, Named, SortBy, Table};
use crate::time::Date;

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
        let nearest = nearest_services(atlas).to_vec();
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
                    Cell::Name(Named::pick(&area.name, lang)),
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
                    Cell::Name(Named::pick(&muni.name, lang)),
                    Cell::Text(muni.code.clone()),
                    self.area_of(atlas, m).map_or(Cell::Text(String::new()), |a| {
                        Cell::Name(Named::pick(&atlas.areas[a].name, lang))
                    }),
                    Cell::Km(nearest.map(|(_, d)| d)),
                    nearest.map_or(Cell::Text(String::new()), |(s, _)| {
                        Cell::Name(Named::pick(&atlas.services[s].name, lang))
                    }),
                ]
            })
            .collect();
        let mut table = Table {
            columns: vec!["municipality", "code", "area", "nearest_km", "nearest_service"],
            rows,
        };
        // In the order of their names, as a reader looks them up (in code order, with no column
        // marked, the list looked unsorted).
        table.sort(
            Some(&SortBy {
                column: "municipality".into(),
                descending: false,
            }),
            lang,
        );
        table
    }

    /// Per area: services, and those not verified in the 12 months before the day.
    pub fn freshness_table(&self, atlas: &Atlas, lang: &str) -> Table {
        let rows = atlas
            .areas_on(&self.kind, self.day)
            .into_iter()
            .map(|a| {
                let area = &atlas.areas[a];
                let services = area_services(atlas, &area.id);
                let stale: Vec<Named> = services
                    .iter()
                    .filter(|&&s| not_verified_for_a_year(atlas.services[s].last_verified, self.day))
                    .map(|&s| Named::pick(&atlas.services[s].name, lang))
                    .collect();
                vec![
                    Cell::Name(Named::pick(&area.name, lang)),
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
                let without: Vec<Named> = munis
                    .iter()
                    .filter(|&&m| valid[m].is_empty())
                    .map(|&m| Named::pick(&atlas.municipalities[m].name, lang))
                    .collect();
                vec![
                    Cell::Name(Named::pick(&area.name, lang)),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::LatLon;
    use crate::model::{Area, Dataset, Municipality, Period, Programme, Service};
    use crate::text::LocalisedText;

    fn name(s: &str) -> LocalisedText {
        LocalisedText::new(&[("en", s)])
    }
    /// A name of the fixtures (all in English) as a table shows it.
    fn named(s: &str) -> Named {
        Named {
            text: s.into(),
            lang: "en".into(),
        }
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
            last_verified: verified.and_then(Date::parse),
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
                valid_to: Date::parse("2020-12-31"),
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
                start: Date::parse("2025-01-01"),
                end: Date::parse("2026-06-30"),
            }),
            adopted: None,
            url: None,
            summary: None,
            illustrative: false,
            sources: vec![],
        }];
        Atlas::new(Dataset {
            areas,
            municipalities,
            services,
            programmes,
            ..Dataset::default()
        })
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
    fn gaps_come_in_the_order_of_their_names_in_the_readers_language() {
        let mut municipalities = vec![
            muni("001", 61.5, 23.7, &[]),
            muni("002", 61.6, 23.8, &[]),
            muni("003", 61.7, 23.9, &[]),
        ];
        for (m, n) in municipalities.iter_mut().zip(["Ylöjärvi", "Äänekoski", "Akaa"]) {
            m.name = LocalisedText::new(&[("fi", n)]);
        }
        let a = Atlas::new(Dataset {
            municipalities,
            ..Dataset::default()
        });
        let n = Network::new(&a, day("2026-03-01"), 50, "region");
        let names =
            |lang| -> Vec<String> { n.gaps_table(&a, lang).rows.iter().map(|r| r[0].text()).collect() };
        assert_eq!(names("fi"), ["Akaa", "Ylöjärvi", "Äänekoski"]);
        assert_eq!(names("en"), ["Äänekoski", "Akaa", "Ylöjärvi"]);
    }

    #[test]
    fn no_services_means_every_municipality_is_a_gap() {
        let mut a = atlas();
        a = Atlas::new(Dataset {
            areas: a.areas.clone(),
            municipalities: a.municipalities.clone(),
            ..Dataset::default()
        });
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
        assert_eq!(r1[0], Cell::Name(named("r1")));
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

    /// An area's services and languages, gathered through each municipality's services and the
    /// interned languages, are what asking every service gives: in service order, also when
    /// the services of the municipalities come interleaved.
    #[test]
    fn area_services_and_languages_as_asking_every_service() {
        let codes = ["001", "002", "003", "004"];
        let langs = ["fi", "sv", "uk", "ar", "so"];
        let services: Vec<Service> = (0..60)
            .map(|i| {
                let spoken: Vec<&str> = (0..1 + i % 3)
                    .map(|k| langs[(i * 7 + k * 3) % langs.len()])
                    .collect();
                service(
                    &format!("s{i}"),
                    codes[(i * 5 + i / 7) % 4],
                    60.0,
                    25.0,
                    &spoken,
                    None,
                )
            })
            .collect();
        let mut a = atlas();
        a = Atlas::new(Dataset {
            areas: std::mem::take(&mut a.areas),
            municipalities: std::mem::take(&mut a.municipalities),
            services,
            ..Dataset::default()
        });
        for area in ["r1", "r2", "r0", "none"] {
            let every: Vec<usize> = (0..a.services.len())
                .filter(|&s| a.service_municipality(s).areas.iter().any(|x| x == area))
                .collect();
            assert_eq!(area_services(&a, area), every, "{area}");
            let spoken: std::collections::BTreeSet<String> = every
                .iter()
                .flat_map(|&s| a.services[s].languages.iter().cloned())
                .collect();
            assert_eq!(languages_of(&a, &every), spoken, "{area}");
        }
        let all: std::collections::BTreeSet<String> = a
            .services
            .iter()
            .flat_map(|s| s.languages.iter().cloned())
            .collect();
        assert_eq!(all_service_languages(&a), all);
    }

    #[test]
    fn freshness_is_twelve_months_back_from_the_day() {
        let is_stale = |verified: Option<&str>, on| not_verified_for_a_year(verified.map(day), on);
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
        assert_eq!(t.rows[0][4], Cell::List(vec![named("s-a2")]));
        assert_eq!(
            t.rows[1][4],
            Cell::List(vec![named("s-d")]),
            "never verified is stale"
        );
        assert_eq!(t.rows[1][3].text(), "100.0");
    }

    #[test]
    fn a_name_keeps_the_language_it_is_in() {
        // Asked for in Ukrainian, the fixtures' names come in English (the SPEC's fallback), and
        // say so, in single cells and in lists alike.
        let a = atlas();
        let n = Network::new(&a, day("2026-01-10"), 30, "region");
        let t = n.freshness_table(&a, "uk");
        assert_eq!(t.rows[0][0], Cell::Name(named("r1")));
        assert_eq!(t.rows[0][4], Cell::List(vec![named("s-a2")]));
        assert_eq!(t.rows[0][4].text(), "s-a2");
        let g = n.gaps_table(&a, "uk");
        assert!(g
            .rows
            .iter()
            .all(|r| matches!(&r[0], Cell::Name(m) if m.lang == "en")));
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
                Cell::List(vec![named("M002")])
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
    fn area_kinds_follow_the_day_and_an_empty_kind_says_why() {
        let areas = vec![
            area("r1", "region"),
            Area {
                valid_to: Date::parse("2025-12-31"),
                ..area("ely:1", "ely_centre")
            },
            Area {
                valid_from: Date::parse("2026-01-01"),
                ..area("vc:1", "vitality_centre")
            },
        ];
        let a = Atlas::new(Dataset {
            areas,
            municipalities: vec![muni("001", 60.0, 25.0, &["r1", "ely:1", "vc:1"])],
            ..Dataset::default()
        });
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
        // The codes in the table's order after sorting by `column`.
        let mut codes_by = |column: &str, descending: bool| {
            t.sort(
                Some(&SortBy {
                    column: column.into(),
                    descending,
                }),
                "en",
            );
            t.rows.iter().map(|r| r[1].text()).collect::<Vec<_>>()
        };
        assert_eq!(codes_by("nearest_km", true), ["003", "002"]);
        assert_eq!(codes_by("municipality", false), ["002", "003"]);
        let headers: Vec<String> = ["Municipality", "Code", "Area", "Km", "Nearest, service"]
            .map(String::from)
            .to_vec();
        let csv = t.to_csv(&headers, ',', Cell::text);
        assert_eq!(csv, "Municipality,Code,Area,Km,\"Nearest, service\"\r\nM002,002,r1,22.2,s-a\r\nM003,003,r2,55.6,s-a\r\n");
        // Finnish and Swedish spreadsheets: semicolons and decimal commas; a comma in a
        // field needs no quotes then, a semicolon does.
        let mut semi = headers.clone();
        semi[4] = "Nearest; service".into();
        let decimal_comma = |c: &Cell| match c {
            Cell::Km(_) | Cell::Percent(_) => c.text().replace('.', ","),
            _ => c.text(),
        };
        let csv = t.to_csv(&semi, ';', decimal_comma);
        assert_eq!(csv, "Municipality;Code;Area;Km;\"Nearest; service\"\r\nM002;002;r1;22,2;s-a\r\nM003;003;r2;55,6;s-a\r\n");
    }
}
