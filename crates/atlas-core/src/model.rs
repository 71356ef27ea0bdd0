//! The records of the `integration-atlas/1` format (SPEC §1), as read and written.
//! Optional fields default when absent; unknown fields are ignored, so newer
//! files still load. Rules beyond the shape live in `load.rs`.

use crate::geo::LatLon;
use crate::text::LocalisedText;
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
    pub published: Option<String>,
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
/// Read leniently: a source of the wrong shape is skipped when the record is read, and
/// `load` drops one whose address, date or title breaks a rule and lists it as a dropped
/// field, so a bad source never costs its record.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SourceRef {
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<LocalisedText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checked: Option<String>,
}

impl SourceRef {
    /// Why this source cannot be shown, if it cannot: the field that breaks a rule (the
    /// address is not http(s), `checked` is not a date, a title's key is not a language
    /// code) and the reason. `load` drops such a source and lists it.
    pub fn problem(&self) -> Option<(&'static str, crate::load::Reason)> {
        use crate::load::Reason;
        if !crate::rules::is_web_url(&self.url) {
            Some(("url", Reason::BadUrl))
        } else if let Some(d) = self
            .checked
            .as_deref()
            .filter(|d| crate::time::Date::parse(d).is_none())
        {
            Some(("checked", Reason::BadDate(d.chars().take(60).collect())))
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

/// Reads `sources` leniently: anything but a list reads as none, and an entry of the
/// wrong shape is skipped, so a bad source costs only itself.
fn lenient_sources<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<SourceRef>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Entry {
        Good(SourceRef),
        Bad(serde::de::IgnoredAny),
    }
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum List {
        List(Vec<Entry>),
        Other(serde::de::IgnoredAny),
    }
    Ok(match List::deserialize(d)? {
        List::List(entries) => entries
            .into_iter()
            .filter_map(|e| match e {
                Entry::Good(s) => Some(s),
                Entry::Bad(_) => None,
            })
            .collect(),
        List::Other(_) => Vec::new(),
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
    pub valid_from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<String>,
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
    pub kind: String,
    pub target: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    pub id: String,
    pub name: LocalisedText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_name: Option<LocalisedText>,
    pub level: String,
    pub kind: String,
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
    pub valid_from: Option<String>,
    #[serde(default)]
    pub valid_to: Option<String>,
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
    pub wheelchair: Option<String>,
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
    pub channels: Vec<String>,
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
    pub appointment: Option<String>,
    #[serde(default)]
    pub target_groups: Vec<String>,
    #[serde(default)]
    pub topics: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accessibility: Option<Accessibility>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_verified: Option<String>,
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
    pub start: Option<String>,
    #[serde(default)]
    pub end: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Adopted {
    #[serde(default)]
    pub date: Option<String>,
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
    pub in_force_from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_force_to: Option<String>,
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

/// The closed vocabularies of SPEC §1.
pub mod vocab {
    pub const LEVELS: &[&str] = &["national", "regional", "local", "civil_society"];
    pub const ACTOR_KINDS: &[&str] = &[
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
    ];
    pub const RELATION_KINDS: &[&str] = &[
        "steers",
        "funds",
        "cooperates",
        "agreement",
        "supervises",
        "part_of",
    ];
    pub const CHANNELS: &[&str] = &["in_person", "phone", "online", "chat", "video"];
    pub const APPOINTMENT: &[&str] = &["none", "recommended", "required"];
    pub const WHEELCHAIR: &[&str] = &["yes", "limited", "no", "unknown"];
}

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
