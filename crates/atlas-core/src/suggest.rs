//! "Did you mean …?": when a text finds nothing, the place and service names
//! closest to what was typed, a little further than the search itself forgives.

use crate::atlas::Atlas;
use crate::text::{fold, words, LocalisedText};
use crate::typo::{allowance, Typed};
use std::collections::HashMap;

impl Atlas {
    /// Up to `limit` names (in `lang`, with the SPEC fallback) of municipalities and
    /// services that one typed word comes close to: one edit more than the search
    /// allows; nearest first, then the shortest names (the place "Helsinki" before a
    /// service named after it), then alphabetically. Words under three letters are ignored.
    pub fn suggestions(&self, typed: &str, lang: &str, limit: usize) -> Vec<String> {
        let spellings: Vec<String> = words(typed)
            .into_iter()
            .filter(|w| w.chars().count() >= 3)
            .flat_map(crate::translit::spellings)
            .collect();
        if spellings.is_empty() {
            return Vec::new();
        }
        // One matcher per spelling, and each distinct word of the names compared once.
        let mut typed: Vec<Typed> = spellings
            .iter()
            .map(|s| Typed::new(s, allowance(s.chars().count()) + 1))
            .collect();
        let vocabulary = self.name_words();
        let closeness: Vec<Option<usize>> = vocabulary
            .words
            .iter()
            .map(|w| typed.iter_mut().filter_map(|t| t.distance(w)).min())
            .collect();
        // Each name shown once, with its best closeness; then the few best, sorted.
        let mut best: HashMap<&str, (usize, usize)> = HashMap::new();
        for (k, name) in self.names().enumerate() {
            let Some(d) = vocabulary
                .of(k)
                .iter()
                .filter_map(|&id| closeness[id as usize])
                .min()
            else {
                continue;
            };
            let shown = name.get(lang);
            if shown.is_empty() {
                continue;
            }
            let rank = (d, shown.split_whitespace().count());
            best.entry(shown)
                .and_modify(|r| *r = (*r).min(rank))
                .or_insert(rank);
        }
        let mut scored: Vec<((usize, usize), &str)> =
            best.into_iter().map(|(name, rank)| (rank, name)).collect();
        scored.sort_by_cached_key(|(rank, name)| (*rank, fold(name), name.to_string()));
        scored
            .into_iter()
            .take(limit)
            .map(|(_, name)| name.to_string())
            .collect()
    }
}

impl Atlas {
    /// Gathers the names' words for suggestions now (once), rather than on the first empty
    /// result: the finder calls it when the browser is idle after the first list.
    pub fn prepare_suggestions(&self) {
        self.name_words();
    }

    fn name_words(&self) -> &NameWords {
        self.name_words.get_or_init(|| NameWords::new(self.names()))
    }

    /// The names suggestions come from: municipalities', then services'.
    fn names(&self) -> impl Iterator<Item = &LocalisedText> {
        self.municipalities
            .iter()
            .map(|m| &m.name)
            .chain(self.services.iter().map(|s| &s.name))
    }
}

/// The distinct folded words of a list of names (every language), and per name the
/// ids of its words. Built on the first suggestion, not at load: most visits never need it.
#[derive(Debug, Default)]
pub(crate) struct NameWords {
    words: Vec<String>,
    ids: Vec<u32>,
    /// `ends[k]` closes name k's run in `ids`.
    ends: Vec<u32>,
}

impl NameWords {
    fn new<'a>(names: impl Iterator<Item = &'a LocalisedText>) -> Self {
        let mut by_word: HashMap<String, u32> = HashMap::new();
        let mut out = NameWords::default();
        for name in names {
            let start = out.ids.len();
            for value in name.values() {
                for word in fold(value).split(' ').filter(|w| !w.is_empty()) {
                    let id = match by_word.get(word) {
                        Some(&id) => id,
                        None => {
                            out.words.push(word.to_string());
                            let id = (out.words.len() - 1) as u32;
                            by_word.insert(word.to_string(), id);
                            id
                        }
                    };
                    if !out.ids[start..].contains(&id) {
                        out.ids.push(id);
                    }
                }
            }
            out.ends.push(out.ids.len() as u32);
        }
        out
    }

    fn of(&self, name: usize) -> &[u32] {
        let start = if name == 0 {
            0
        } else {
            self.ends[name - 1] as usize
        };
        &self.ids[start..self.ends[name] as usize]
    }
}
