//! Answering a finder query. One linear pass over pre-folded keys: 100,000
//! services stay within a few milliseconds a keystroke, with no index to keep in sync.

use crate::atlas::Atlas;
use crate::geo::LatLon;
use crate::query::{Query, Sort};
use crate::text::fold;
use crate::time::LocalTime;
use std::cmp::Ordering;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    /// Position in `Atlas::services`.
    pub service: usize,
    /// From the query's `near` position, when it has one.
    pub distance_km: Option<f64>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Results {
    pub hits: Vec<Hit>,
    /// For each service language: how many services would match if the language
    /// filter were just that language (every other filter applied). Code order.
    pub language_counts: BTreeMap<String, usize>,
}

impl Atlas {
    /// The services matching `query`, sorted as it asks. `lang` is the UI language
    /// (for sorting by name); `now` is Finnish local time (for `open=now`).
    pub fn search(&self, query: &Query, lang: &str, now: LocalTime) -> Results {
        let words = crate::text::words(&query.q);
        let mut language_counts: BTreeMap<String, usize> = BTreeMap::new();
        let mut hits = Vec::new();
        for (i, s) in self.services.iter().enumerate() {
            if !self.matches_except_language(i, query, &words, now) {
                continue;
            }
            for l in &s.languages {
                *language_counts.entry(l.clone()).or_default() += 1;
            }
            if query.languages.is_empty() || s.languages.iter().any(|l| query.languages.contains(l)) {
                hits.push(Hit { service: i, distance_km: query.near.map(|p| p.distance_km(&s.location)) });
            }
        }
        self.sort_hits(&mut hits, query, lang);
        Results { hits, language_counts }
    }

    fn matches_except_language(&self, i: usize, q: &Query, words: &[String], now: LocalTime) -> bool {
        let s = &self.services[i];
        let has = |list: &[String], v: &Option<String>| v.as_ref().is_none_or(|v| list.contains(v));
        let m = self.service_municipality(i);
        q.municipality.as_ref().is_none_or(|c| *c == s.municipality)
            && q.area.as_ref().is_none_or(|a| m.areas.contains(a))
            && has(&s.channels, &q.channel)
            && has(&s.topics, &q.topic)
            && has(&s.target_groups, &q.group)
            && (!q.open_now || self.opening_hours(i).is_some_and(|h| h.is_open(now)))
            && words.iter().all(|w| self.service_keys[i].contains(w.as_str()))
    }

    fn sort_hits(&self, hits: &mut [Hit], q: &Query, lang: &str) {
        match q.effective_sort() {
            Sort::Distance => hits.sort_by(|a, b| {
                a.distance_km.partial_cmp(&b.distance_km).unwrap_or(Ordering::Equal).then(a.service.cmp(&b.service))
            }),
            Sort::Name => {
                // Fold once per hit rather than once per comparison.
                let mut keyed: Vec<(String, Hit)> =
                    hits.iter().map(|h| (fold(self.services[h.service].name.get(lang)), *h)).collect();
                keyed.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.service.cmp(&b.1.service)));
                for (slot, (_, h)) in hits.iter_mut().zip(keyed) {
                    *slot = h;
                }
            }
        }
    }

    /// The nearest services to a point, regardless of filters (for "near me" fallbacks and gaps).
    pub fn nearest(&self, p: LatLon, n: usize) -> Vec<Hit> {
        let q = Query { near: Some(p), ..Default::default() };
        let mut hits: Vec<Hit> = (0..self.services.len())
            .map(|i| Hit { service: i, distance_km: Some(p.distance_km(&self.services[i].location)) })
            .collect();
        self.sort_hits(&mut hits, &q, "en");
        hits.truncate(n);
        hits
    }
}
