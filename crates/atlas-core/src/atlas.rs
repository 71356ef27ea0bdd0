//! The loaded dataset, indexed: ids resolved to positions and search keys folded
//! once at load, so that answering a query touches no string but the query's.

use crate::geo::LatLon;
use crate::hours::OpeningHours;
use crate::interned::Interned;
use crate::keys::SearchKeys;
use crate::model::{Actor, Area, Legislation, Meta, Municipality, Programme, Service};
use crate::text::{fold, LocalisedText};
use rustc_hash::FxHashMap;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

#[derive(Debug)]
pub struct Atlas {
    pub meta: Meta,
    pub areas: Vec<Area>,
    pub municipalities: Vec<Municipality>,
    pub actors: Vec<Actor>,
    pub services: Vec<Service>,
    pub programmes: Vec<Programme>,
    pub legislation: Vec<Legislation>,
    area_by_id: FxHashMap<String, usize>,
    municipality_by_code: FxHashMap<String, usize>,
    actor_by_id: FxHashMap<String, usize>,
    /// The services' positions in id order (a binary search by id): a map from ids would hold a
    /// second copy of every id (at 100,000 services, megabytes of a phone's memory).
    services_by_id: Vec<u32>,
    /// Per service: its municipality's position in `municipalities`.
    pub(crate) service_municipality: Vec<usize>,
    /// The services' search keys, made on first use (`Atlas::search_keys`): the first list of a
    /// view without search text needs none.
    search_keys: std::sync::OnceLock<SearchKeys>,
    /// Per service, interned: languages, channels, topics, target groups.
    pub(crate) languages: Interned,
    pub(crate) channels: Interned,
    pub(crate) topics: Interned,
    pub(crate) groups: Interned,
    /// Per UI language: each service's place in name order, computed on first use.
    name_ranks: Mutex<HashMap<String, Arc<Vec<u32>>>>,
    /// The distinct opening hours that could be read, each parsed once, and per service the
    /// place of its own in that list ([`NO_HOURS`]: none, or unreadable). Services share a few
    /// texts: a parsed week per service was the largest index at 100,000 services.
    hours: Vec<OpeningHours>,
    service_hours: Vec<u32>,
    /// Per municipality: its names in every language, folded.
    municipality_keys: Vec<Vec<String>>,
    /// The words of the names "did you mean" chooses from, made on first use.
    pub(crate) name_words: std::sync::OnceLock<crate::suggest::NameWords>,
    /// Per municipality: its nearest service and the distance, computed on first use.
    pub(crate) nearest_services: std::sync::OnceLock<Vec<Option<(usize, f64)>>>,
    /// Per municipality: its services (positions, in order), gathered on first use.
    pub(crate) municipality_services: std::sync::OnceLock<Vec<Vec<usize>>>,
}

/// A service's place in `Atlas::hours` when it has no opening hours that could be read.
const NO_HOURS: u32 = u32::MAX;

fn index_by<T>(items: &[T], key: impl Fn(&T) -> &str) -> FxHashMap<String, usize> {
    items
        .iter()
        .enumerate()
        .map(|(i, x)| (key(x).to_string(), i))
        .collect()
}

/// Whether two names name one place: the same name, case and accents aside, in a language both
/// have.
fn names_one_place(a: &LocalisedText, b: &LocalisedText) -> bool {
    a.0.iter()
        .any(|(code, text)| b.0.get(code).is_some_and(|other| fold(other) == fold(text)))
}

/// Each distinct opening hours text parsed once: the parsed ones, and per service its place
/// among them ([`NO_HOURS`] when it has none or they cannot be read).
fn shared_hours(services: &[Service]) -> (Vec<OpeningHours>, Vec<u32>) {
    let mut parsed = Vec::new();
    let mut seen: FxHashMap<&str, u32> = FxHashMap::default();
    let places = services
        .iter()
        .map(|s| match s.opening_hours.as_deref() {
            None => NO_HOURS,
            Some(text) => *seen
                .entry(text)
                .or_insert_with(|| match OpeningHours::parse(text) {
                    Ok(h) => {
                        parsed.push(h);
                        (parsed.len() - 1) as u32
                    }
                    Err(_) => NO_HOURS,
                }),
        })
        .collect();
    (parsed, places)
}

impl Atlas {
    /// The records as an `integration-atlas/1` document again (what was kept of the file).
    pub fn to_json(&self) -> String {
        let d = crate::model::Dataset {
            format: crate::model::FORMAT.into(),
            meta: self.meta.clone(),
            areas: self.areas.clone(),
            municipalities: self.municipalities.clone(),
            actors: self.actors.clone(),
            services: self.services.clone(),
            programmes: self.programmes.clone(),
            legislation: self.legislation.clone(),
        };
        serde_json::to_string(&d).unwrap_or_default()
    }

    /// Builds the indexes of a dataset's records. Every reference must already resolve (see
    /// `load`).
    pub fn new(records: crate::model::Dataset) -> Self {
        let crate::model::Dataset {
            meta,
            areas,
            municipalities,
            actors,
            services,
            programmes,
            legislation,
            ..
        } = records;
        let area_by_id = index_by(&areas, |a| &a.id);
        let municipality_by_code = index_by(&municipalities, |m| &m.code);
        let actor_by_id = index_by(&actors, |a| &a.id);
        let mut services_by_id: Vec<u32> = (0..services.len() as u32).collect();
        // Ties by position: the order a stable sort gives, from the unstable sort's smaller code.
        services_by_id.sort_unstable_by(|&a, &b| {
            services[a as usize]
                .id
                .cmp(&services[b as usize].id)
                .then(a.cmp(&b))
        });
        let service_municipality: Vec<usize> = services
            .iter()
            .map(|s| municipality_by_code[&s.municipality])
            .collect();
        let (hours, service_hours) = shared_hours(&services);
        let municipality_keys = municipalities
            .iter()
            .map(|m| m.name.values().map(fold).collect())
            .collect();
        let languages = Interned::build(services.iter().map(|s| s.languages.as_slice()));
        let channels = Interned::build(services.iter().map(|s| s.channels.as_slice()));
        let topics = Interned::build(services.iter().map(|s| s.topics.as_slice()));
        let groups = Interned::build(services.iter().map(|s| s.target_groups.as_slice()));
        Self {
            meta,
            areas,
            municipalities,
            actors,
            services,
            programmes,
            legislation,
            area_by_id,
            municipality_by_code,
            actor_by_id,
            services_by_id,
            service_municipality,
            search_keys: Default::default(),
            languages,
            channels,
            topics,
            groups,
            name_ranks: Mutex::new(HashMap::new()),
            hours,
            service_hours,
            municipality_keys,
            name_words: Default::default(),
            nearest_services: Default::default(),
            municipality_services: Default::default(),
        }
    }

    /// Each service's place when all are sorted by name in `lang` (by `text::sort_key`, ties by
    /// position).
    /// Computed once per UI language, so sorting results is sorting integers.
    pub fn name_ranks(&self, lang: &str) -> Arc<Vec<u32>> {
        let mut cache = self.name_ranks.lock().unwrap_or_else(|e| e.into_inner());
        cache
            .entry(lang.to_string())
            .or_insert_with(|| {
                let mut ranks = vec![0u32; self.services.len()];
                // (Folding 100,000 names takes a moment; it happens once per language.)
                for (rank, i) in by_name(&self.services, lang).into_iter().enumerate() {
                    ranks[i as usize] = rank as u32;
                }
                Arc::new(ranks)
            })
            .clone()
    }

    pub fn area(&self, id: &str) -> Option<&Area> {
        self.area_by_id.get(id).map(|&i| &self.areas[i])
    }
    pub fn municipality(&self, code: &str) -> Option<&Municipality> {
        self.municipality_by_code
            .get(code)
            .map(|&i| &self.municipalities[i])
    }
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actor_by_id.get(id).map(|&i| &self.actors[i])
    }
    pub fn municipality_position(&self, code: &str) -> Option<usize> {
        self.municipality_by_code.get(code).copied()
    }
    pub fn actor_position(&self, id: &str) -> Option<usize> {
        self.actor_by_id.get(id).copied()
    }
    pub fn programme(&self, id: &str) -> Option<&Programme> {
        self.programmes.iter().find(|p| p.id == id)
    }
    pub fn service_index(&self, id: &str) -> Option<usize> {
        // `load` and the pack leave a repeated id out; were one given twice, the last would be
        // found (as a map from ids, filled in order, would give).
        let id_of = |k: usize| self.services[self.services_by_id[k] as usize].id.as_str();
        let after = self
            .services_by_id
            .partition_point(|&i| self.services[i as usize].id.as_str() <= id);
        (after > 0 && id_of(after - 1) == id).then(|| self.services_by_id[after - 1] as usize)
    }
    pub fn service(&self, id: &str) -> Option<&Service> {
        self.service_index(id).map(|i| &self.services[i])
    }
    /// The municipality a service is in.
    pub fn service_municipality(&self, service: usize) -> &Municipality {
        &self.municipalities[self.service_municipality[service]]
    }
    /// The services' search keys, made now if they have not been.
    pub(crate) fn search_keys(&self) -> &SearchKeys {
        self.search_keys.get_or_init(|| SearchKeys::new(self))
    }

    /// Makes the search keys now (once), rather than on the first search with text: the
    /// finder calls it when the browser is idle after the first list (at 100,000 services they
    /// were a quarter of the time from the dataset's arrival to its first list).
    pub fn prepare_search(&self) {
        self.search_keys();
    }
    /// The place a service's address names, as pages show it: its post office, unless that is
    /// the service's municipality (the same name in a language both have, as "Maarianhamina" and
    /// "Mariehamn" are Mariehamn's), whose name is then shown, so that the address names the
    /// place as the rest of the page does (in English Mariehamn, where the post office has only
    /// Finnish and Swedish and the chain of fallbacks would give Finnish); the municipality's
    /// name when there is no post office.
    pub fn address_place(&self, service: usize) -> &LocalisedText {
        let municipality = &self.service_municipality(service).name;
        match self.services[service]
            .address
            .as_ref()
            .and_then(|a| a.post_office.as_ref())
        {
            Some(post_office) if !names_one_place(post_office, municipality) => post_office,
            _ => municipality,
        }
    }

    pub fn opening_hours(&self, service: usize) -> Option<&OpeningHours> {
        self.hours.get(self.service_hours[service] as usize)
    }

    /// Municipalities whose name in any language starts with the typed text (accents
    /// and case ignored, Cyrillic also read in Latin letters); exact matches first, then
    /// by position in the list. When none does, those a typo away from a whole name.
    pub fn find_municipalities(&self, typed: &str) -> Vec<usize> {
        let t = fold(typed);
        if t.is_empty() {
            return Vec::new();
        }
        let spellings = crate::translit::spellings(t);
        let mut found: Vec<(bool, usize)> = self
            .municipality_keys
            .iter()
            .enumerate()
            .filter_map(|(i, names)| {
                let exact = spellings.iter().any(|s| names.contains(s));
                (exact
                    || names
                        .iter()
                        .any(|n| spellings.iter().any(|s| n.starts_with(s.as_str()))))
                .then_some((!exact, i))
            })
            .collect();
        if found.is_empty() {
            found = self
                .municipality_keys
                .iter()
                .enumerate()
                .filter(|(_, names)| {
                    names.iter().any(|n| {
                        spellings
                            .iter()
                            .any(|s| crate::typo::within(s, n, crate::typo::allowance(s.chars().count())))
                    })
                })
                .map(|(i, _)| (true, i))
                .collect();
        }
        // Exact matches first: both groups are already in list order, so a partition (not a sort,
        // one copy of it less in the wasm) gives the order.
        let (exact, rest): (Vec<_>, Vec<_>) = found.into_iter().partition(|&(not_exact, _)| !not_exact);
        exact.into_iter().chain(rest).map(|(_, i)| i).collect()
    }

    /// Areas of one kind, in dataset order.
    pub fn areas_of_kind<'a>(&'a self, kind: &'a str) -> impl Iterator<Item = &'a Area> + 'a {
        self.areas.iter().filter(move |a| a.kind == kind)
    }

    /// Every language some service offers, most offered first, then by code.
    pub fn service_languages(&self) -> Vec<(String, usize)> {
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for s in &self.services {
            for l in &s.languages {
                *counts.entry(l.as_str()).or_default() += 1;
            }
        }
        let mut v: Vec<(String, usize)> = counts.into_iter().map(|(l, n)| (l.to_string(), n)).collect();
        // Each language once: no ties, so an unstable sort (smaller code) gives the same order.
        v.sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        v
    }

    /// The distinct values of a per-service list (topics, target groups, channels), sorted.
    pub fn service_vocabulary<W: AsRef<str>>(&self, field: impl Fn(&Service) -> &[W]) -> Vec<String> {
        let mut v: Vec<String> = self
            .services
            .iter()
            .flat_map(|s| field(s).iter().map(|w| w.as_ref().to_string()))
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    }

    /// The services an actor provides (`provider`), in dataset order.
    pub fn services_of_provider<'a>(&'a self, actor: &'a str) -> impl Iterator<Item = &'a Service> + 'a {
        self.services
            .iter()
            .filter(move |s| s.provider.as_deref() == Some(actor))
    }

    /// The programmes an actor is responsible for (`responsible`), in dataset order.
    pub fn programmes_of<'a>(&'a self, actor: &'a str) -> impl Iterator<Item = &'a Programme> + 'a {
        self.programmes
            .iter()
            .filter(move |p| p.responsible.as_deref() == Some(actor))
    }

    /// The municipality whose centre is at `point` (within 10 m): "near" a municipality is its
    /// centre in the URL, so this names the place a distance is measured from.
    pub fn municipality_at(&self, point: LatLon) -> Option<&Municipality> {
        self.municipalities
            .iter()
            .find(|m| m.location.distance_km(&point) < 0.01)
    }
}

/// The positions of `services` in the order of their names in `lang` (by `text::sort_key`, ties
/// by position): the finder's order by name, for its ranks (`Atlas::name_ranks`) and for a pack's
/// first view (`pack::make`), one rule for both.
pub(crate) fn by_name(services: &[Service], lang: &str) -> Vec<u32> {
    // The folded names in one string (a string each was a megabyte-sized part of the memory's
    // high-water mark at 100,000 services).
    let n = services.len();
    let mut names = String::with_capacity(services.iter().map(|s| s.name.get(lang).len()).sum());
    let mut ends = Vec::with_capacity(n);
    for s in services {
        names.push_str(&crate::text::sort_key(s.name.get(lang), lang));
        ends.push(names.len() as u32);
    }
    let name = |i: u32| {
        let start = if i == 0 { 0 } else { ends[i as usize - 1] as usize };
        &names[start..ends[i as usize] as usize]
    };
    let mut order: Vec<u32> = (0..n as u32).collect();
    // Ties by position: the order a stable sort gives, from the unstable sort's smaller code.
    order.sort_unstable_by(|&a, &b| name(a).cmp(name(b)).then(a.cmp(&b)));
    order
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Dataset;

    /// Services in municipality 837 with the given ids and opening hours.
    fn atlas(services: &[(&str, Option<&str>)]) -> Atlas {
        let services: Vec<serde_json::Value> = services
            .iter()
            .map(|(id, hours)| {
                let mut s = serde_json::json!({
                    "id": id, "name": {"en": format!("Desk {id}")}, "municipality": "837",
                    "location": {"lat": 61.5, "lon": 23.76}
                });
                if let Some(h) = hours {
                    s["opening_hours"] = (*h).into();
                }
                s
            })
            .collect();
        let d: Dataset = serde_json::from_value(serde_json::json!({
            "format": "integration-atlas/1",
            "meta": {"title": {"en": "Test"}},
            "areas": [],
            "municipalities": [{"code": "837", "name": {"fi": "Tampere"}, "location": {"lat": 61.5, "lon": 23.76}}],
            "actors": [],
            "services": services,
            "programmes": [],
            "legislation": []
        }))
        .unwrap();
        Atlas::new(d)
    }

    #[test]
    fn services_sharing_a_text_share_its_parsed_hours() {
        let a = atlas(&[
            ("a", Some("Mo-Fr 09:00-16:00")),
            ("b", None),
            ("c", Some("24/7")),
            ("d", Some("Mo-Fr 09:00-16:00")),
            ("e", Some("not hours")),
            ("f", Some("24/7")),
        ]);
        // Each distinct readable text is parsed once.
        assert_eq!(a.hours.len(), 2);
        let parsed = |t: &str| OpeningHours::parse(t).unwrap();
        assert_eq!(a.opening_hours(0), Some(&parsed("Mo-Fr 09:00-16:00")));
        assert_eq!(a.opening_hours(1), None);
        assert_eq!(a.opening_hours(2), Some(&parsed("24/7")));
        assert!(std::ptr::eq(
            a.opening_hours(0).unwrap(),
            a.opening_hours(3).unwrap()
        ));
        assert_eq!(a.opening_hours(4), None);
        assert!(std::ptr::eq(
            a.opening_hours(2).unwrap(),
            a.opening_hours(5).unwrap()
        ));
    }

    #[test]
    fn a_service_is_found_by_its_id() {
        let ids = ["m", "b", "z", "a", "bb", "b0"];
        let a = atlas(&ids.iter().map(|id| (*id, None)).collect::<Vec<_>>());
        for (i, id) in ids.iter().enumerate() {
            assert_eq!(a.service_index(id), Some(i), "{id}");
            assert_eq!(a.service(id).map(|s| s.id.as_str()), Some(*id));
        }
        for missing in ["", "c", "zz", "B", "0"] {
            assert_eq!(a.service_index(missing), None, "{missing}");
        }
        assert_eq!(atlas(&[]).service_index("a"), None);
    }

    #[test]
    fn a_repeated_id_finds_its_last_service_as_a_map_did() {
        // `load` never keeps two services of one id; `Atlas::new` is given what it is given.
        let a = atlas(&[("x", None), ("y", None), ("x", None), ("x", None), ("w", None)]);
        assert_eq!(a.service_index("x"), Some(3));
        assert_eq!(a.service_index("y"), Some(1));
        assert_eq!(a.service_index("w"), Some(4));
    }

    #[test]
    fn an_address_names_its_place_as_the_municipality_does() {
        let mut a = atlas(&[("same", None), ("other", None), ("none", None)]);
        let post_office = |pairs: &[(&str, &str)]| {
            Some(crate::model::Address {
                post_office: Some(LocalisedText::new(pairs)),
                ..Default::default()
            })
        };
        // Tampere's post office, in capitals as some registers write it: the municipality's name,
        // with its every translation.
        a.services[0].address = post_office(&[("fi", "TAMPERE"), ("sv", "Tammerfors")]);
        // A village's own post office stays itself.
        a.services[1].address = post_office(&[("fi", "Teisko")]);
        assert_eq!(a.address_place(0), &a.municipalities[0].name);
        assert_eq!(a.address_place(1).get("en"), "Teisko");
        assert_eq!(a.address_place(2), &a.municipalities[0].name);
    }

    #[test]
    fn each_key_holds_its_own_distinct_words() {
        let a = atlas(&[
            ("one", None),
            ("two", None),
            ("one", None),
            ("Tamperelaiset-desk", None),
        ]);
        let words = |i: usize| -> Vec<&str> {
            let keys = a.search_keys();
            keys.of(i)
                .iter()
                .map(|&w| keys.vocabulary[w as usize].as_str())
                .collect()
        };
        // The name's words, then the municipality's; "desk" and "tampere" are one word each.
        assert_eq!(words(0), ["desk", "one", "tampere"]);
        assert_eq!(words(1), ["desk", "two", "tampere"]);
        assert_eq!(words(2), ["desk", "one", "tampere"]);
        // "desk" twice in the name is one word; the municipality's "tampere" is a word of its own
        // although the name holds it inside a longer word (a typo is forgiven against whole words
        // only: "tampore" finds the service by it).
        assert_eq!(words(3), ["desk", "tamperelaiset", "tampere"]);
        assert_eq!(
            a.search_keys().vocabulary,
            ["desk", "one", "tampere", "two", "tamperelaiset"]
        );
    }
}
