//! The records of the `integration-atlas/1` format (SPEC §1), as read and written.
//! Optional fields default when absent; unknown fields are ignored, so newer
//! files still load. Rules beyond the shape live in `load.rs`.

use crate::geo::LatLon;
use crate::text::LocalisedText;
use crate::time::Date;
use serde::{Deserialize, Serialize};

pub const FORMAT: &str = "integration-atlas/1";

fn is_false(b: &bool) -> bool {
    !*b
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    #[serde(default)]
    pub title: LocalisedText,
    #[serde(default)]
    pub publisher: LocalisedText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub license: Option<String>,
    #[serde(default)]
    pub sample: bool,
    #[serde(default)]
    pub sources: Vec<Source>,
    /// Where people report wrong information in the dataset.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "lenient"
    )]
    pub contact: Option<Contact>,
}

/// `meta.contact`: an e-mail address and/or an http(s) address (each checked at load).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "lenient"
    )]
    pub email: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "lenient"
    )]
    pub url: Option<String>,
}

/// Where a record's facts come from (`sources` on services, actors, programmes and
/// legislation): an http(s) address, an optional title and the day it was checked.
/// Read leniently: a source of the wrong shape is skipped when the record is read; one whose
/// `checked` is not a date fails at its place in the list, and `load` drops one whose address
/// or title breaks a rule; both are listed as a dropped field, so a bad source never costs its
/// record.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SourceRef {
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<LocalisedText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checked: Option<Date>,
}

impl SourceRef {
    /// Why this source cannot be shown, if it cannot: the field that breaks a rule (the
    /// address is not http(s), a title's key is not a language code) and the reason. `load`
    /// drops such a source and lists it. (`checked` is a date when it is read at all.)
    pub fn problem(&self) -> Option<(&'static str, crate::load::Reason)> {
        use crate::load::Reason;
        if !crate::rules::is_web_url(&self.url) {
            Some(("url", Reason::BadUrl))
        } else if self
            .title
            .as_ref()
            .is_some_and(|t| t.0.keys().any(|l| !crate::rules::is_language_code(l)))
        {
            Some(("title", Reason::BadTextLanguage))
        } else {
            None
        }
    }

    /// The address's host without `www.`, for a short label: `tem.fi`.
    pub fn host(&self) -> &str {
        let rest = self
            .url
            .strip_prefix("https://")
            .or_else(|| self.url.strip_prefix("http://"))
            .unwrap_or(&self.url);
        let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
        let host = host.rsplit('@').next().unwrap_or(host);
        host.strip_prefix("www.").unwrap_or(host)
    }
}

/// Reads `sources` leniently: anything but a list reads as none, and an entry of the wrong
/// shape is skipped, so a bad source costs only itself. A source whose `checked` is a text but
/// not a date fails to read, at its place in the list, with the date's message: `load` then
/// drops that source alone and says why (SPEC §1: a dropped value is listed).
fn lenient_sources<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<SourceRef>, D::Error> {
    use serde::de::{DeserializeSeed, Error, IgnoredAny, MapAccess, SeqAccess, Visitor};
    use std::fmt;

    /// What is read: the list, or one entry of it (None: not a source).
    enum Read {
        List(Vec<SourceRef>),
        Entry(Option<SourceRef>),
    }

    /// One reader for the list and its entries (one copy of the parser's dispatch for both):
    /// anything but a list is no sources; anything but an object is no source.
    #[derive(Clone, Copy)]
    struct Lenient {
        list: bool,
    }

    impl Lenient {
        fn nothing(self) -> Read {
            if self.list {
                Read::List(Vec::new())
            } else {
                Read::Entry(None)
            }
        }
    }

    impl<'de> DeserializeSeed<'de> for Lenient {
        type Value = Read;

        fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Read, D::Error> {
            d.deserialize_any(self)
        }
    }

    impl<'de> Visitor<'de> for Lenient {
        type Value = Read;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("sources")
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Read, A::Error> {
            let mut out = Vec::new();
            if self.list {
                while let Some(entry) = seq.next_element_seed(Lenient { list: false })? {
                    if let Read::Entry(Some(s)) = entry {
                        out.push(s);
                    }
                }
            } else {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
            }
            Ok(if self.list {
                Read::List(out)
            } else {
                Read::Entry(None)
            })
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Read, A::Error> {
            if self.list {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                return Ok(Read::List(Vec::new()));
            }
            /// A source as it reads, or the same with a `checked` that is text but not a date.
            #[derive(Deserialize)]
            #[serde(untagged)]
            enum Shape {
                Good(SourceRef),
                Undated {
                    url: String,
                    #[serde(default)]
                    title: Option<LocalisedText>,
                    checked: String,
                },
                Bad(IgnoredAny),
            }
            match Shape::deserialize(serde::de::value::MapAccessDeserializer::new(map))? {
                Shape::Good(s) => Ok(Read::Entry(Some(s))),
                // An address that is not http(s) costs the source anyway, and says so first:
                // the source is kept without its date for `load` to drop it for the address.
                Shape::Undated { url, title, .. } if !crate::rules::is_web_url(&url) => {
                    Ok(Read::Entry(Some(SourceRef {
                        url,
                        title,
                        checked: None,
                    })))
                }
                // Failing here, inside the entry, names the entry as the place (`sources[2]`).
                Shape::Undated { checked, .. } => Err(A::Error::custom(crate::time::not_a_date(&checked))),
                Shape::Bad(_) => Ok(Read::Entry(None)),
            }
        }

        fn visit_str<E: Error>(self, _: &str) -> Result<Read, E> {
            Ok(self.nothing())
        }

        fn visit_bool<E: Error>(self, _: bool) -> Result<Read, E> {
            Ok(self.nothing())
        }

        fn visit_i64<E: Error>(self, _: i64) -> Result<Read, E> {
            Ok(self.nothing())
        }

        fn visit_u64<E: Error>(self, _: u64) -> Result<Read, E> {
            Ok(self.nothing())
        }

        fn visit_f64<E: Error>(self, _: f64) -> Result<Read, E> {
            Ok(self.nothing())
        }

        fn visit_unit<E: Error>(self) -> Result<Read, E> {
            Ok(self.nothing())
        }
    }

    Ok(match (Lenient { list: true }).deserialize(d)? {
        Read::List(sources) => sources,
        Read::Entry(_) => Vec::new(),
    })
}

/// Reads an optional value leniently: a value of the wrong shape reads as none.
fn lenient<'de, D: serde::Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Option<T>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Maybe<T> {
        Good(T),
        Bad(serde::de::IgnoredAny),
    }
    Ok(match Option::<Maybe<T>>::deserialize(d)? {
        Some(Maybe::Good(v)) => Some(v),
        _ => None,
    })
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub name: LocalisedText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub license: Option<String>,
    /// The attribution text the source asks to be shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Area {
    pub id: String,
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    pub name: LocalisedText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<Date>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Municipality {
    pub code: String,
    pub name: LocalisedText,
    pub location: LatLon,
    #[serde(default)]
    pub areas: Vec<String>,
    /// The municipality's official languages.
    #[serde(default)]
    pub languages: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    pub kind: RelationKind,
    pub target: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    pub id: String,
    pub name: LocalisedText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_name: Option<LocalisedText>,
    pub level: Level,
    pub kind: ActorKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<LocalisedText>,
    #[serde(default)]
    pub tasks: Vec<LocalisedText>,
    #[serde(default)]
    pub area: Option<String>,
    #[serde(default)]
    pub municipalities: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    #[serde(default)]
    pub valid_from: Option<Date>,
    #[serde(default)]
    pub valid_to: Option<Date>,
    #[serde(default)]
    pub successors: Vec<String>,
    #[serde(default)]
    pub relations: Vec<Relation>,
    /// An illustrative record, not a fact from a published source.
    #[serde(default, skip_serializing_if = "is_false")]
    pub illustrative: bool,
    /// Where the record's facts come from (SPEC §1).
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "lenient_sources"
    )]
    pub sources: Vec<SourceRef>,
}

impl Actor {
    /// An actor with its id, name, level and kind, and nothing else: the fields every actor has.
    pub fn named(id: String, name: LocalisedText, level: Level, kind: ActorKind) -> Actor {
        Actor {
            id,
            name,
            short_name: None,
            level,
            kind,
            description: None,
            tasks: Vec::new(),
            area: None,
            municipalities: Vec::new(),
            website: None,
            valid_from: None,
            valid_to: None,
            successors: Vec::new(),
            relations: Vec::new(),
            illustrative: false,
            sources: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Address {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street: Option<LocalisedText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_office: Option<LocalisedText>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Phone {
    pub number: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub info: Option<LocalisedText>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Accessibility {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wheelchair: Option<Wheelchair>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub info: Option<LocalisedText>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Service {
    pub id: String,
    pub name: LocalisedText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<LocalisedText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    pub municipality: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<Address>,
    pub location: LatLon,
    #[serde(default)]
    pub channels: Vec<Channel>,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub phones: Vec<Phone>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opening_hours: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appointment: Option<Appointment>,
    #[serde(default)]
    pub target_groups: Vec<String>,
    #[serde(default)]
    pub topics: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accessibility: Option<Accessibility>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_verified: Option<Date>,
    /// An illustrative record, not a fact from a published source.
    #[serde(default, skip_serializing_if = "is_false")]
    pub illustrative: bool,
    /// Where the record's facts come from (SPEC §1).
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "lenient_sources"
    )]
    pub sources: Vec<SourceRef>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Period {
    #[serde(default)]
    pub start: Option<Date>,
    #[serde(default)]
    pub end: Option<Date>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Adopted {
    #[serde(default)]
    pub date: Option<Date>,
    #[serde(default)]
    pub by: Option<LocalisedText>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Programme {
    pub id: String,
    pub kind: String,
    pub title: LocalisedText,
    #[serde(default)]
    pub municipalities: Vec<String>,
    #[serde(default)]
    pub responsible: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adopted: Option<Adopted>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<LocalisedText>,
    /// An illustrative record, not a fact from a published source.
    #[serde(default, skip_serializing_if = "is_false")]
    pub illustrative: bool,
    /// Where the record's facts come from (SPEC §1).
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "lenient_sources"
    )]
    pub sources: Vec<SourceRef>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Legislation {
    pub id: String,
    pub number: String,
    pub title: LocalisedText,
    #[serde(default)]
    pub in_force_from: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_force_to: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// What the Act does and how it has changed, in brief (amendments, reforms in preparation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<LocalisedText>,
    /// An illustrative record, not a fact from a published source.
    #[serde(default, skip_serializing_if = "is_false")]
    pub illustrative: bool,
    /// Where the record's facts come from (SPEC §1).
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "lenient_sources"
    )]
    pub sources: Vec<SourceRef>,
}

/// A whole dataset as written by `atlas-data build` (every record already valid).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    pub format: String,
    pub meta: Meta,
    pub areas: Vec<Area>,
    pub municipalities: Vec<Municipality>,
    pub actors: Vec<Actor>,
    pub services: Vec<Service>,
    pub programmes: Vec<Programme>,
    pub legislation: Vec<Legislation>,
}

/// An empty dataset of this format (the records a test needs are filled in).
impl Default for Dataset {
    fn default() -> Self {
        Self {
            format: FORMAT.into(),
            meta: Meta::default(),
            areas: Vec::new(),
            municipalities: Vec::new(),
            actors: Vec::new(),
            services: Vec::new(),
            programmes: Vec::new(),
            legislation: Vec::new(),
        }
    }
}

/// What a word outside a closed vocabulary is told, between the word in quotes and the
/// vocabulary's words: `"maybe" is not one of none, recommended, required`. `load` knows a word
/// that did not read by it (`Reason::NotOneOf`, whose English wording it is).
pub(crate) const NOT_ONE_OF: &str = " is not one of ";

/// Reads a word of a closed vocabulary as its place in `words`; any other text fails with the
/// [`NOT_ONE_OF`] message, anything but a text as the wrong type. One reader for every vocabulary.
fn read_word<'de, D: serde::Deserializer<'de>>(
    d: D,
    words: &'static [&'static str],
) -> Result<usize, D::Error> {
    struct Word(&'static [&'static str]);
    impl serde::de::Visitor<'_> for Word {
        type Value = usize;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "one of {}", self.0.join(", "))
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<usize, E> {
            self.0
                .iter()
                .position(|w| *w == v)
                .ok_or_else(|| E::custom(format!("\"{v}\"{NOT_ONE_OF}{}", self.0.join(", "))))
        }
    }
    d.deserialize_str(Word(words))
}

/// A closed vocabulary of SPEC §1 as an enum: each variant with the word the file writes for it.
/// It reads and writes as that word (a word outside it fails to read: `load` drops an optional
/// field so, and leaves out a record whose required field it is), and has `as_str`, `parse`,
/// `ALL` and `WORDS` (the words in SPEC order).
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $word:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl $name {
            /// Every value, in SPEC order.
            pub const ALL: &'static [Self] = &[$(Self::$variant,)+];
            /// The words the file writes, in SPEC order (`ALL[i]` is written `WORDS[i]`).
            pub const WORDS: &'static [&'static str] = &[$($word,)+];

            /// The word the file writes (translation keys, CSV, URL parameters are made of it).
            pub fn as_str(self) -> &'static str {
                Self::WORDS[self as usize]
            }

            /// The value a word stands for; None for a word outside the vocabulary.
            pub fn parse(word: &str) -> Option<Self> {
                Self::WORDS.iter().position(|w| *w == word).map(|i| Self::ALL[i])
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                read_word(d, Self::WORDS).map(|i| Self::ALL[i])
            }
        }
    };
}

vocabulary! {
    /// `actors[].level`.
    Level {
        National = "national",
        Regional = "regional",
        Local = "local",
        CivilSociety = "civil_society",
    }
}

vocabulary! {
    /// `actors[].kind`.
    ActorKind {
        Ministry = "ministry",
        Agency = "agency",
        RegionalAuthority = "regional_authority",
        Municipality = "municipality",
        WellbeingCounty = "wellbeing_county",
        EmploymentAuthority = "employment_authority",
        Ngo = "ngo",
        ReligiousCommunity = "religious_community",
        Education = "education",
        Other = "other",
    }
}

vocabulary! {
    /// `actors[].relations[].kind`: what the actor that states the relation does to its target.
    RelationKind {
        Steers = "steers",
        Funds = "funds",
        Cooperates = "cooperates",
        Agreement = "agreement",
        Supervises = "supervises",
        PartOf = "part_of",
    }
}

vocabulary! {
    /// `services[].channels`: how a service is reached.
    Channel {
        InPerson = "in_person",
        Phone = "phone",
        Online = "online",
        Chat = "chat",
        Video = "video",
    }
}

vocabulary! {
    /// `services[].appointment`.
    Appointment {
        /// No appointment is needed.
        NotNeeded = "none",
        Recommended = "recommended",
        Required = "required",
    }
}

vocabulary! {
    /// `services[].accessibility.wheelchair`.
    Wheelchair {
        Yes = "yes",
        Limited = "limited",
        No = "no",
        Unknown = "unknown",
    }
}

/// The words of every closed vocabulary (`load` tells by them which one a word missed).
pub(crate) const VOCABULARIES: &[&[&str]] = &[
    Level::WORDS,
    ActorKind::WORDS,
    RelationKind::WORDS,
    Channel::WORDS,
    Appointment::WORDS,
    Wheelchair::WORDS,
];

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn a_bad_source_costs_only_itself() {
        let actor = |id: &str, sources: serde_json::Value| json!({"id": id, "name": {"fi": id}, "level": "national", "kind": "agency", "sources": sources});
        let doc = json!({"format": "integration-atlas/1",
            "meta": {"contact": {"email": "atlas@example.fi", "url": "javascript:alert(1)"}},
            "actors": [
                actor("mixed", json!([
                    {"url": "https://tem.fi/en", "title": {"en": "TEM"}, "checked": "2026-03-01"},
                    {"url": "javascript:alert(1)", "checked": "2026-03-01"},
                    {"url": "https://tem.fi/x", "checked": "1.3.2026"},
                    {"title": {"en": "no address"}},
                    {"url": 5},
                    "https://tem.fi/as-text",
                    {"url": "https://kotoutuminen.fi/"}])),
                actor("not-a-list", json!("https://tem.fi")),
                actor("deep", json!([[[[{"url": "https://tem.fi"}]]]]))],
            "legislation": [{"id": "l", "number": "1/2000", "title": {"fi": "L"}, "sources": [{"url": "ftp://x.fi", "checked": "2026-03-01"}]}]});
        let loaded = crate::load(&doc.to_string()).unwrap();
        // Every dropped value is listed (SPEC §1): the contact's address and each bad source.
        // Entries that are not sources at all (no address, a number, a string) are skipped when read.
        let dropped: Vec<(&str, &str, bool)> = loaded
            .problems
            .iter()
            .map(|p| {
                (
                    p.id.as_str(),
                    p.field.as_str(),
                    p.effect == crate::load::Effect::FieldDropped,
                )
            })
            .collect();
        assert_eq!(
            dropped,
            [
                ("meta", "contact.url", true),
                ("mixed", "sources[1]", true),
                ("mixed", "sources[2]", true),
                ("l", "sources[0]", true)
            ],
            "{:?}",
            loaded.problems
        );
        let a = &loaded.atlas;
        assert_eq!(a.actors.len(), 3);
        let urls: Vec<&str> = a.actors[0].sources.iter().map(|s| s.url.as_str()).collect();
        assert_eq!(urls, ["https://tem.fi/en", "https://kotoutuminen.fi/"]);
        assert_eq!(a.actors[0].sources[0].host(), "tem.fi");
        assert!(a.actors[1].sources.is_empty() && a.actors[2].sources.is_empty());
        assert!(a.legislation[0].sources.is_empty());
        let contact = a.meta.contact.as_ref().unwrap();
        assert_eq!(
            (contact.email.as_deref(), contact.url.as_deref()),
            (Some("atlas@example.fi"), None)
        );
    }

    /// Every word SPEC §1 names reads as its value and writes as itself; nothing else reads.
    #[test]
    fn every_spec_word_round_trips() {
        use super::*;
        fn round_trip<V>(
            spec: &[&str],
            words: &[&str],
            all: &[V],
            parse: fn(&str) -> Option<V>,
            as_str: fn(V) -> &'static str,
        ) where
            V: Copy + PartialEq + std::fmt::Debug + Serialize + serde::de::DeserializeOwned,
        {
            assert_eq!(words, spec, "the words are SPEC's, in its order");
            assert_eq!(all.len(), spec.len());
            for (&value, &word) in all.iter().zip(spec) {
                let written = serde_json::to_string(&word).unwrap();
                let read: V = serde_json::from_str(&written).unwrap();
                assert_eq!((read, as_str(read), parse(word)), (value, word, Some(value)));
                assert_eq!(serde_json::to_string(&read).unwrap(), written);
            }
            for bad in ["", "Phone", " yes", "carrier_pigeon", "national "] {
                assert_eq!(parse(bad), None, "{bad:?}");
                let e = serde_json::from_str::<V>(&serde_json::to_string(bad).unwrap()).unwrap_err();
                let expected = format!("\"{bad}\"{NOT_ONE_OF}{}", spec.join(", "));
                assert!(e.to_string().starts_with(&expected), "{e}");
            }
            // Only a text: not a number, nor serde's other forms of an enum.
            for wrong in ["1", "null", "{\"national\": null}", "[\"phone\"]"] {
                assert!(serde_json::from_str::<V>(wrong).is_err(), "{wrong}");
            }
        }
        round_trip(
            &["national", "regional", "local", "civil_society"],
            Level::WORDS,
            Level::ALL,
            Level::parse,
            Level::as_str,
        );
        round_trip(
            &[
                "ministry",
                "agency",
                "regional_authority",
                "municipality",
                "wellbeing_county",
                "employment_authority",
                "ngo",
                "religious_community",
                "education",
                "other",
            ],
            ActorKind::WORDS,
            ActorKind::ALL,
            ActorKind::parse,
            ActorKind::as_str,
        );
        round_trip(
            &[
                "steers",
                "funds",
                "cooperates",
                "agreement",
                "supervises",
                "part_of",
            ],
            RelationKind::WORDS,
            RelationKind::ALL,
            RelationKind::parse,
            RelationKind::as_str,
        );
        round_trip(
            &["in_person", "phone", "online", "chat", "video"],
            Channel::WORDS,
            Channel::ALL,
            Channel::parse,
            Channel::as_str,
        );
        round_trip(
            &["none", "recommended", "required"],
            Appointment::WORDS,
            Appointment::ALL,
            Appointment::parse,
            Appointment::as_str,
        );
        round_trip(
            &["yes", "limited", "no", "unknown"],
            Wheelchair::WORDS,
            Wheelchair::ALL,
            Wheelchair::parse,
            Wheelchair::as_str,
        );
        assert_eq!(VOCABULARIES.len(), 6);
        // A vocabulary's words tell it from every other (`load` names the one a word missed).
        for (i, a) in VOCABULARIES.iter().enumerate() {
            assert!(VOCABULARIES[i + 1..].iter().all(|b| a != b));
        }
    }

    #[test]
    fn hosts_for_labels() {
        let s = |u: &str| super::SourceRef {
            url: u.into(),
            ..Default::default()
        };
        assert_eq!(
            s("https://www.finlex.fi/fi/lainsaadanto/2023/681").host(),
            "finlex.fi"
        );
        assert_eq!(s("http://ah.turku.fi/kh/2012/x.htm").host(), "ah.turku.fi");
        assert_eq!(s("https://valtioneuvosto.fi?x=1").host(), "valtioneuvosto.fi");
    }
}
