//! Per-service word lists (languages, channels, topics, groups) interned into
//! small integers and laid out flat, so that a query's pass over 100,000
//! services reads a few contiguous arrays instead of 100,000 records.

#[derive(Debug, Default)]
pub(crate) struct Interned {
    /// The distinct words, in first-seen order.
    pub words: Vec<String>,
    /// Service i's words are `flat[start[i]..start[i + 1]]`.
    start: Vec<u32>,
    flat: Vec<u16>,
}

impl Interned {
    pub fn build<'a>(lists: impl Iterator<Item = &'a [String]>) -> Self {
        let mut out = Interned {
            start: vec![0],
            ..Default::default()
        };
        let mut ids = std::collections::HashMap::<&str, u16>::new();
        for list in lists {
            for w in list {
                let next = out.words.len() as u16;
                let id = *ids.entry(w.as_str()).or_insert_with(|| {
                    out.words.push(w.clone());
                    next
                });
                out.flat.push(id);
            }
            out.start.push(out.flat.len() as u32);
        }
        out
    }

    /// Service i's words.
    pub fn of(&self, i: usize) -> &[u16] {
        &self.flat[self.start[i] as usize..self.start[i + 1] as usize]
    }

    pub fn id(&self, word: &str) -> Option<u16> {
        self.words.iter().position(|w| w == word).map(|i| i as u16)
    }

    /// A filter on one word: None when the query sets none; Some(None) when no service has it.
    pub fn filter(&self, word: &Option<String>) -> Option<Option<u16>> {
        word.as_ref().map(|w| self.id(w))
    }

    /// Whether service i passes a filter made by `filter`.
    pub fn passes(&self, i: usize, filter: Option<Option<u16>>) -> bool {
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
}
