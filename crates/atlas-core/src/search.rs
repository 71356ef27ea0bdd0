//! Answering a finder query: one linear pass over compact per-service arrays
//! (interned words, pre-folded keys) and a linear-time sort by precomputed name
//! ranks, with no index to keep in sync.

use crate::atlas::Atlas;
use crate::interned::{Interned, WordId};
use crate::keys::SearchKeys;
use crate::query::{Query, Sort};
use crate::time::LocalTime;
use std::cmp::Ordering;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    /// Position in `Atlas::services`.
    pub service: usize,
    /// From the query's `near` position, when it has one.
    pub distance_km: Option<f64>,
    /// Found only by tolerating a typo in the text: listed after every exact match.
    pub fuzzy: bool,
}

/// How a service's key answers the typed text; better answers compare greater.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum TextMatch {
    No,
    Fuzzy,
    Exact,
}

/// One typed word, compared once with each distinct word of the keys
/// (`SearchKeys::vocabulary`): whether that word contains it as typed or romanised
/// (exact), or is the name a Finnish inflection of it names ("Tampereella": Tampere) or
/// within a typo of a spelling (fuzzy). A typed word has no spaces, so
/// it occurs in a key exactly when it occurs in one of the key's words: matching a
/// service is then a look-up per word of its key, not a substring scan of the key.
struct TypedWord {
    verdicts: Vec<TextMatch>,
    /// The topics and target groups (ids in `Atlas::topics`, `Atlas::groups`) whose names
    /// ([`TermNames`]) contain the word: a service with one of them answers it exactly.
    topics: Vec<WordId>,
    groups: Vec<WordId>,
}

/// The fewest letters of a typed word that find topics and groups by their names.
pub const MIN_TERM_NAME_CHARS: usize = 3;

/// What the services' topics and target groups are called (the app's translations, in every
/// UI language): a typed word of at least [`MIN_TERM_NAME_CHARS`] letters found in one of these
/// names finds the services with that topic or group, as the word itself does ("житло",
/// "السكن" or "asuminen": the services about housing). The names are the app's; the rule is
/// here.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TermNames {
    /// (word, its name folded) for topics, then for groups.
    topics: Vec<(String, String)>,
    groups: Vec<(String, String)>,
}

impl TermNames {
    /// From (word, name) pairs of the topics and of the target groups. A name may be several,
    /// one per line (a word's names in every language): a typed word has no line break, so it
    /// is found within one of them.
    pub fn new<'a>(
        topics: impl IntoIterator<Item = (&'a str, String)>,
        groups: impl IntoIterator<Item = (&'a str, String)>,
    ) -> Self {
        Self {
            topics: topics.into_iter().map(folded_name).collect(),
            groups: groups.into_iter().map(folded_name).collect(),
        }
    }
}

fn folded_name((word, name): (&str, String)) -> (String, String) {
    (word.to_string(), crate::text::fold(&name))
}

impl TypedWord {
    fn new(keys: &SearchKeys, word: String, atlas: &Atlas, names: &TermNames) -> Self {
        let base_forms = crate::inflection::finnish_base_forms(&word);
        let spellings = crate::translit::spellings(word);
        let mut typed: Vec<crate::typo::Typed> = spellings
            .iter()
            .map(|s| (crate::typo::allowance(s.chars().count()), s))
            .filter(|(k, _)| *k > 0)
            .map(|(k, s)| crate::typo::Typed::new(s, k))
            .collect();
        let verdicts = keys
            .vocabulary
            .iter()
            .map(|v| {
                if spellings.iter().any(|s| v.contains(s.as_str())) {
                    TextMatch::Exact
                } else if base_forms.iter().any(|b| b == v) || typed.iter_mut().any(|t| t.matches(v)) {
                    TextMatch::Fuzzy
                } else {
                    TextMatch::No
                }
            })
            .collect();
        // A letter or two is in many names in some language ('to' in "Open to everyone"): a
        // word names topics from its third letter.
        let names_topics = spellings[0].chars().count() >= MIN_TERM_NAME_CHARS;
        let named = |pairs: &[(String, String)], words: &Interned| -> Vec<WordId> {
            let mut ids = Vec::new();
            let found = pairs
                .iter()
                .filter(|(_, name)| names_topics && spellings.iter().any(|s| name.contains(s.as_str())));
            for id in found.filter_map(|(w, _)| words.id(w)) {
                // A word named in several languages is found once.
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
            ids
        };
        Self {
            verdicts,
            topics: named(&names.topics, &atlas.topics),
            groups: named(&names.groups, &atlas.groups),
        }
    }

    /// The best answer any word of the service's key gives, or its topics and groups.
    fn answer(&self, keys: &SearchKeys, atlas: &Atlas, service: usize) -> TextMatch {
        let named = |ids: &[WordId], words: &Interned| {
            !ids.is_empty() && words.of(service).iter().any(|id| ids.contains(id))
        };
        if named(&self.topics, &atlas.topics) || named(&self.groups, &atlas.groups) {
            return TextMatch::Exact;
        }
        let mut best = TextMatch::No;
        for &id in keys.of(service) {
            best = best.max(self.verdicts[id as usize]);
            if best == TextMatch::Exact {
                break;
            }
        }
        best
    }
}

/// Every typed word must occur in the key (as typed or romanised), or else be a typo
/// away from one of its words; a key that needs a typo forgiven is a fuzzy match.
fn text_match(keys: &SearchKeys, atlas: &Atlas, words: &[TypedWord], service: usize) -> TextMatch {
    let mut result = TextMatch::Exact;
    for w in words {
        result = result.min(w.answer(keys, atlas, service));
        if result == TextMatch::No {
            break;
        }
    }
    result
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
        self.search_named(query, lang, now, &TermNames::default())
    }

    /// [`Atlas::search`], a typed word also finding the topics and groups whose `names`
    /// contain it.
    pub fn search_named(&self, query: &Query, lang: &str, now: LocalTime, names: &TermNames) -> Results {
        let typed = crate::text::words(&query.q);
        // Made on the first search with text (`Atlas::prepare_search`).
        let keys = (!typed.is_empty()).then(|| self.search_keys());
        let words: Vec<TypedWord> = keys
            .map(|keys| {
                typed
                    .into_iter()
                    .map(|w| TypedWord::new(keys, w, self, names))
                    .collect()
            })
            .unwrap_or_default();
        // Everything about the query that does not depend on the service, worked out once.
        let wanted: Vec<bool> = self
            .languages
            .words
            .iter()
            .map(|l| query.languages.contains(l))
            .collect();
        let municipality = query.municipality.as_ref().map(|c| self.municipality_position(c));
        let in_area: Option<Vec<bool>> = query
            .area
            .as_ref()
            .map(|a| self.municipalities.iter().map(|m| m.areas.contains(a)).collect());
        let (channel, topic, group) = (
            self.channels.filter(&query.channel),
            self.topics.filter(&query.topic),
            self.groups.filter(&query.group),
        );

        let mut counts = vec![0usize; wanted.len()];
        // Room for every service at once (no list grown by doubling, twice the room at its
        // peak), given back below.
        let mut hits = Vec::with_capacity(self.services.len());
        for i in 0..self.services.len() {
            let m = self.service_municipality[i];
            let passes = municipality.is_none_or(|c| c == Some(m))
                && in_area.as_ref().is_none_or(|a| a[m])
                && self.channels.passes(i, channel)
                && self.topics.passes(i, topic)
                && self.groups.passes(i, group)
                && (!query.open_now || self.opening_hours(i).is_some_and(|h| h.is_open(now)));
            if !passes {
                continue;
            }
            let text = match keys {
                Some(keys) => text_match(keys, self, &words, i),
                None => TextMatch::Exact,
            };
            if text == TextMatch::No {
                continue;
            }
            let langs = self.languages.of(i);
            for &l in langs {
                counts[l as usize] += 1;
            }
            if query.languages.is_empty() || langs.iter().any(|&l| wanted[l as usize]) {
                let distance_km = query.near.map(|p| p.distance_km(&self.services[i].location));
                hits.push(Hit {
                    service: i,
                    distance_km,
                    fuzzy: text == TextMatch::Fuzzy,
                });
            }
        }
        hits.shrink_to_fit();
        self.sort_hits(&mut hits, query, lang);
        // Exact matches first, each group in the order asked for.
        if hits.iter().any(|h| h.fuzzy) {
            let (mut exact, fuzzy): (Vec<Hit>, Vec<Hit>) = hits.iter().partition(|h| !h.fuzzy);
            exact.extend(fuzzy);
            hits = exact;
        }
        // Extended rather than collected: collecting a map sorts first, with one more copy of
        // the standard library's stable sort in the wasm.
        let mut language_counts = BTreeMap::new();
        language_counts.extend(
            counts
                .into_iter()
                .enumerate()
                .filter(|(_, n)| *n > 0)
                .map(|(l, n)| (self.languages.words[l].clone(), n)),
        );
        Results {
            hits,
            language_counts,
        }
    }

    fn sort_hits(&self, hits: &mut [Hit], q: &Query, lang: &str) {
        match q.effective_sort() {
            // Each service once, so no ties: an unstable sort (smaller code) gives the same order.
            Sort::Distance => hits.sort_unstable_by(|a, b| {
                a.distance_km
                    .partial_cmp(&b.distance_km)
                    .unwrap_or(Ordering::Equal)
                    .then(a.service.cmp(&b.service))
            }),
            Sort::Name => {
                // The ranks are a permutation: each hit's place in a table of ranks, read in order,
                // sorts in linear time (a table of positions, 4 bytes a service, not of hits).
                let ranks = self.name_ranks(lang);
                let mut at = vec![u32::MAX; self.services.len()];
                for (k, h) in hits.iter().enumerate() {
                    at[ranks[h.service] as usize] = k as u32;
                }
                let sorted: Vec<Hit> = at
                    .iter()
                    .filter(|&&k| k != u32::MAX)
                    .map(|&k| hits[k as usize])
                    .collect();
                hits.copy_from_slice(&sorted);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::query::{Query, Sort};
    use crate::time::{Date, LocalTime};
    use crate::Atlas;

    /// 300 services whose names repeat, differ only in case or accents, or are missing in a
    /// language, in two municipalities.
    fn atlas() -> Atlas {
        let words = [
            "Ääni", "aani", "Öljy", "Straße", "strasse", "Zeta", "alpha", "Alpha", "", "beta",
        ];
        let services: Vec<serde_json::Value> = (0..300)
            .map(|i| {
                let fi = format!("{} {}", words[(i * 7) % words.len()], (i * 13) % 5);
                let mut name = serde_json::json!({ "fi": fi });
                if i % 3 == 0 {
                    name["sv"] = words[(i * 3) % words.len()].into();
                }
                serde_json::json!({
                    "id": format!("s-{i}"), "name": name,
                    "municipality": if i % 4 == 0 { "905" } else { "837" },
                    "location": {"lat": 61.5, "lon": 23.76}
                })
            })
            .collect();
        let d = serde_json::from_value(serde_json::json!({
            "format": "integration-atlas/1",
            "meta": {"title": {"en": "Test"}},
            "areas": [],
            "municipalities": [
                {"code": "837", "name": {"fi": "Tampere"}, "location": {"lat": 61.5, "lon": 23.76}},
                {"code": "905", "name": {"fi": "Vaasa"}, "location": {"lat": 63.1, "lon": 21.6}}
            ],
            "actors": [], "services": services, "programmes": [], "legislation": []
        }))
        .unwrap();
        Atlas::new(d)
    }

    #[test]
    fn sorted_by_name_as_the_languages_sort_keys_then_positions_sort() {
        let a = atlas();
        let now = LocalTime {
            date: Date::parse("2026-11-23").unwrap(),
            minute: 600,
        };
        for lang in ["fi", "sv", "en"] {
            for municipality in [None, Some("905"), Some("837")] {
                let q = Query {
                    municipality: municipality.map(str::to_string),
                    sort: Some(Sort::Name),
                    ..Query::default()
                };
                let got: Vec<usize> = a.search(&q, lang, now).hits.iter().map(|h| h.service).collect();
                let mut want: Vec<(String, usize)> = (0..a.services.len())
                    .filter(|&i| municipality.is_none_or(|m| a.services[i].municipality == m))
                    .map(|i| (crate::text::sort_key(a.services[i].name.get(lang), lang), i))
                    .collect();
                want.sort();
                let want: Vec<usize> = want.into_iter().map(|(_, i)| i).collect();
                assert_eq!(got, want, "{lang} {municipality:?}");
                assert!(got.len() >= 75);
            }
        }
    }
}
