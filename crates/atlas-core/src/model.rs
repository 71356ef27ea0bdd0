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
    /// Where people report wrong information in the dataset (SPEC §1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
}

/// An e-mail address and/or a web page to write to.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
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
    #[serde(default, skip_serializing_if = "is_false")]
    pub illustrative: bool,
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
        "ministry", "agency", "regional_authority", "municipality", "wellbeing_county",
        "employment_authority", "ngo", "religious_community", "education", "other",
    ];
    pub const RELATION_KINDS: &[&str] = &["steers", "funds", "cooperates", "agreement", "supervises", "part_of"];
    pub const CHANNELS: &[&str] = &["in_person", "phone", "online", "chat", "video"];
    pub const APPOINTMENT: &[&str] = &["none", "recommended", "required"];
    pub const WHEELCHAIR: &[&str] = &["yes", "limited", "no", "unknown"];
}
