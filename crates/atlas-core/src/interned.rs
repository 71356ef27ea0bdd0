//! Per-service word lists (languages, channels, topics, groups) interned into
//! small integers and laid out flat, so that a query's pass over 100,000
//! services reads a few contiguous arrays instead of 100,000 records.
//!
//! A word's id is a `u32`: a dataset cannot hold more distinct words than that (each is a
//! string in memory), so ids never wrap and two words never share one. (With `u16`, the
//! 65,537th distinct topic took the first one's id and its filter matched the wrong services.)

/// A word's id: its position in [`Interned::words`].
pub(crate) type WordId = u32;

#[derive(Debug, Default)]
pub(crate) struct Interned {
    /// The distinct words, in first-seen order.
    pub words: Vec<String>,
    /// Service i's words are `flat[start[i]..start[i + 1]]`.
    start: Vec<u32>,
    flat: Vec<WordId>,
}

impl Interned {
    /// Interns each service's list of words (texts, or the words of a closed vocabulary).
    pub fn build<'a, W: AsRef<str> + 'a>(lists: impl Iterator<Item = &'a [W]>) -> Self {
        let mut out = Interned {
            start: vec![0],
            ..Default::default()
        };
        let mut ids = rustc_hash::FxHashMap::<&str, WordId>::default();
        for list in lists {
            for w in list {
                let w = w.as_ref();
                let next = out.words.len() as WordId;
                let id = *ids.entry(w).or_insert_with(|| {
                    out.words.push(w.to_string());
                    next
                });
                out.flat.push(id);
            }
            out.start.push(out.flat.len() as u32);
        }
        out
    }

    /// Service i's words.
    pub fn of(&self, i: usize) -> &[WordId] {
        &self.flat[self.start[i] as usize..self.start[i + 1] as usize]
    }

    pub fn id(&self, word: &str) -> Option<WordId> {
        self.words.iter().position(|w| w == word).map(|i| i as WordId)
    }

    /// A filter on one word: None when the query sets none; Some(None) when no service has it.
    pub fn filter(&self, word: &Option<String>) -> Option<Option<WordId>> {
        word.as_ref().map(|w| self.id(w))
    }

    /// Whether service i passes a filter made by `filter`.
    pub fn passes(&self, i: usize, filter: Option<Option<WordId>>) -> bool {
        match filter {
            None => true,
            Some(None) => false,
            Some(Some(id)) => self.of(i).contains(&id),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interning_and_filters() {
        let lists = [
            vec!["fi".to_string(), "en".into()],
            vec![],
            vec!["sv".into(), "fi".into()],
        ];
        let v = Interned::build(lists.iter().map(|l| l.as_slice()));
        assert_eq!(v.words, ["fi", "en", "sv"]);
        assert_eq!(v.of(0), [0, 1]);
        assert!(v.of(1).is_empty());
        assert_eq!(v.of(2), [2, 0]);
        let sv = v.filter(&Some("sv".into()));
        assert!(!v.passes(0, sv) && v.passes(2, sv));
        assert!(!v.passes(2, v.filter(&Some("xx".into()))));
        assert!(v.passes(1, v.filter(&None)));
    }

    #[test]
    fn more_distinct_words_than_a_u16_holds_keep_their_own_ids() {
        // 70,000 services, each with a topic of its own: past 65,536, a u16 id would wrap and
        // `t-65536` would match the service of `t-0`.
        let lists: Vec<Vec<String>> = (0..70_000).map(|i| vec![format!("t-{i}")]).collect();
        let v = Interned::build(lists.iter().map(|l| l.as_slice()));
        assert_eq!(v.words.len(), 70_000);
        for i in [0, 65_535, 65_536, 69_999] {
            let f = v.filter(&Some(format!("t-{i}")));
            let passing: Vec<usize> = (0..70_000).filter(|&s| v.passes(s, f)).collect();
            assert_eq!(passing, [i], "t-{i}");
        }
    }
}
