//! "Did you mean …?": when a text finds nothing, the place and service names
//! closest to what was typed, a little further than the search itself forgives.

use crate::atlas::Atlas;
use crate::text::{fold, words, LocalisedText};
use crate::translit::romanisations;
use crate::typo::{allowance, Typed};

impl Atlas {
    /// Up to `limit` names (in `lang`, with the SPEC fallback) of municipalities and
    /// services that one typed word comes close to: one edit more than the search
    /// allows; nearest first, then the shortest names (the place "Helsinki" before a
    /// service named after it), then alphabetically. Words under three letters are ignored.
    pub fn suggestions(&self, typed: &str, lang: &str, limit: usize) -> Vec<String> {
        let spellings: Vec<String> = words(typed)
            .into_iter()
            .filter(|w| w.chars().count() >= 3)
            .flat_map(|w| {
                let mut all = romanisations(&w);
                all.insert(0, w);
                all
            })
            .collect();
        if spellings.is_empty() {
            return Vec::new();
        }
        // One matcher per spelling, reused for every word of every name.
        let mut typed: Vec<Typed> = spellings
            .iter()
            .map(|s| Typed::new(s, allowance(s.chars().count()) + 1))
            .collect();
        let names = self
            .municipalities
            .iter()
            .map(|m| &m.name)
            .chain(self.services.iter().map(|s| &s.name));
        let mut scored: Vec<(usize, usize, String)> = names
            .filter_map(|name| {
                let shown = name.get(lang).to_string();
                closeness(name, &mut typed).map(|d| (d, shown.split_whitespace().count(), shown))
            })
            .collect();
        scored.sort_by(|a, b| {
            a.0.cmp(&b.0)
                .then(a.1.cmp(&b.1))
                .then_with(|| fold(&a.2).cmp(&fold(&b.2)))
        });
        let mut out: Vec<String> = Vec::new();
        for (_, _, name) in scored {
            if !name.is_empty() && !out.contains(&name) {
                out.push(name);
                if out.len() == limit {
                    break;
                }
            }
        }
        out
    }
}

/// The fewest edits between a typed spelling and a word of the name in any language.
fn closeness(name: &LocalisedText, typed: &mut [Typed]) -> Option<usize> {
    let mut best: Option<usize> = None;
    for value in name.values() {
        for word in fold(value).split(' ') {
            for t in typed.iter_mut() {
                if let Some(d) = t.distance(word) {
                    best = Some(best.map_or(d, |b| b.min(d)));
                }
            }
        }
    }
    best
}
