//! The services' search keys: a typed word is compared with each distinct word of all keys once,
//! and a service is matched by looking its key's words up (`search.rs`).

use crate::atlas::Atlas;
use rustc_hash::FxHashMap;

/// The distinct words of all search keys (`vocabulary`, a word's id its place there), and each
/// service's key as word ids, flat (`ends[i]` closing service i's run). A service's key: the
/// words of its names, street and post office, its municipality's and provider's names, topics
/// and groups, folded, each word once however many of its texts have it ("Tampere" in three
/// languages, and in the name and the address, is one word to compare). Descriptions stay out:
/// long texts would make every keystroke compare thousands of words more.
#[derive(Debug)]
pub(crate) struct SearchKeys {
    pub vocabulary: Vec<String>,
    words: Vec<u32>,
    ends: Vec<u32>,
}

impl SearchKeys {
    pub fn new(atlas: &Atlas) -> Self {
        let mut keys = Builder::with_capacity(atlas.services.len());
        for (i, s) in atlas.services.iter().enumerate() {
            keys.add(s.name.values());
            let name = &atlas.service_municipality(i).name;
            keys.add_shared(name.encoded(), name.values());
            if let Some(actor) = s.provider.as_deref().and_then(|p| atlas.actor(p)) {
                keys.add_shared(actor.name.encoded(), actor.name.values());
            }
            if let Some(addr) = &s.address {
                if let Some(street) = &addr.street {
                    keys.add(street.values());
                }
                if let Some(post_office) = &addr.post_office {
                    keys.add_shared(post_office.encoded(), post_office.values());
                }
            }
            for w in s.topics.iter().chain(&s.target_groups) {
                keys.add_shared(w, [w.as_str()]);
            }
            keys.end();
        }
        keys.finish()
    }

    /// The ids (in `vocabulary`) of the words of a service's key.
    pub fn of(&self, service: usize) -> &[u32] {
        let start = if service == 0 {
            0
        } else {
            self.ends[service - 1] as usize
        };
        &self.words[start..self.ends[service] as usize]
    }
}

/// The search keys as they are made ([`SearchKeys`]' parts).
#[derive(Default)]
struct Builder<'a> {
    ids: FxHashMap<Box<str>, u32>,
    words: Vec<String>,
    flat: Vec<u32>,
    ends: Vec<u32>,
    /// The word ids of texts many services share (their municipality's and provider's names,
    /// post offices, topics and groups), by the whole text (a localised text's every
    /// translation in one string, which begins with a digit; a topic or group, a word of
    /// letters): each is folded and looked up once, not once per service, which was most of the
    /// time the keys of 100,000 services took. A text's ids are `shared_ids[from..to]`.
    shared: FxHashMap<&'a str, (usize, usize)>,
    shared_ids: Vec<u32>,
    /// A folded text, reused.
    folded: String,
}

impl<'a> Builder<'a> {
    fn with_capacity(services: usize) -> Self {
        Self {
            ends: Vec::with_capacity(services),
            ..Default::default()
        }
    }

    /// The id of a word, given it one if it is new.
    fn id(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let id = self.words.len() as u32;
        self.words.push(word.to_string());
        self.ids.insert(word.into(), id);
        id
    }

    /// Where the key being made starts in `flat`.
    fn start(&self) -> usize {
        self.ends.last().map_or(0, |&end| end as usize)
    }

    fn push(&mut self, id: u32, start: usize) {
        if !self.flat[start..].contains(&id) {
            self.flat.push(id);
        }
    }

    /// Adds the words of the translations of a text to the key being made.
    fn add<'t>(&mut self, texts: impl IntoIterator<Item = &'t str>) {
        let start = self.start();
        let mut folded = std::mem::take(&mut self.folded);
        for text in texts {
            folded.clear();
            folded = crate::text::fold_onto(folded, text);
            for w in folded.split(' ').filter(|w| !w.is_empty()) {
                let id = self.id(w);
                self.push(id, start);
            }
        }
        self.folded = folded;
    }

    /// [`Builder::add`] for a text many services share, whose words are looked up the first time
    /// only; `whole` is the whole text, the same exactly when the text is.
    fn add_shared<'t>(&mut self, whole: &'a str, texts: impl IntoIterator<Item = &'t str>) {
        let start = self.start();
        let (from, to) = match self.shared.get(whole) {
            Some(&ids) => ids,
            None => {
                // Made as a key of its own after the one being made, then moved out.
                let end = self.flat.len();
                self.ends.push(end as u32);
                self.add(texts);
                self.ends.pop();
                let from = self.shared_ids.len();
                self.shared_ids.extend(self.flat.drain(end..));
                let ids = (from, self.shared_ids.len());
                self.shared.insert(whole, ids);
                ids
            }
        };
        for k in from..to {
            self.push(self.shared_ids[k], start);
        }
    }

    /// Closes the key being made.
    fn end(&mut self) {
        self.ends.push(self.flat.len() as u32);
    }

    fn finish(mut self) -> SearchKeys {
        self.words.shrink_to_fit();
        self.flat.shrink_to_fit();
        SearchKeys {
            vocabulary: self.words,
            words: self.flat,
            ends: self.ends,
        }
    }
}
