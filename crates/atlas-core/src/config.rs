//! `config.json` (SPEC §2): every key optional, defaults as documented.

use crate::rules::{is_email, is_web_url};
use serde::{Deserialize, Deserializer};

/// The site's operator (SPEC §2): the accessibility statement's feedback channel and the
/// footer's contact. Only a valid e-mail address and an http(s) address are kept.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Contact {
    pub email: Option<String>,
    pub url: Option<String>,
}

impl Contact {
    pub fn is_empty(&self) -> bool {
        self.email.is_none() && self.url.is_none()
    }
}

/// `contact` as given, each part kept only when valid; anything unreadable is no contact
/// (a bad optional value costs only itself: the rest of config.json still holds).
fn lenient_contact<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Contact>, D::Error> {
    let value = serde_json::Value::deserialize(d)?;
    let text = |k: &str| {
        value
            .get(k)
            .and_then(|v| v.as_str())
            .map(|s| s.trim().to_string())
    };
    let contact = Contact {
        email: text("email").filter(|e| is_email(e)),
        url: text("url").filter(|u| is_web_url(u)),
    };
    Ok(Some(contact).filter(|c| !c.is_empty()))
}

/// A text, or nothing when the value is of another type (it costs only itself).
fn lenient_text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let value = serde_json::Value::deserialize(d)?;
    Ok(value
        .as_str()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string))
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default)]
pub struct Config {
    pub dataset_url: String,
    pub allowed_dataset_origins: Vec<String>,
    pub tile_url: String,
    pub tile_attribution: String,
    pub default_language: String,
    pub map_center: [f64; 2],
    pub map_zoom: f64,
    #[serde(deserialize_with = "lenient_contact")]
    pub contact: Option<Contact>,
    /// The static pack made from the dataset (`atlas_core::pack`), read instead of the dataset
    /// while it is the pack of the dataset published now.
    #[serde(deserialize_with = "lenient_text")]
    pub pack_url: Option<String>,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            dataset_url: "data/atlas.json".into(),
            allowed_dataset_origins: Vec::new(),
            tile_url: "https://tile.openstreetmap.org/{z}/{x}/{y}.png".into(),
            tile_attribution: "© OpenStreetMap contributors".into(),
            default_language: "fi".into(),
            map_center: [64.5, 26.0],
            map_zoom: 5.0,
            contact: None,
            pack_url: None,
        }
    }
}

impl Config {
    /// Reads config.json; a broken file gives the defaults (the app must still start).
    pub fn parse(json: &str) -> Result<Self, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    /// Whether `?data=` may load a dataset from `origin`: only the app's own
    /// origin or one the deployment lists, so a shared link cannot make the
    /// official map show someone else's phone numbers.
    pub fn allows_dataset_origin(&self, origin: &str, own_origin: &str) -> bool {
        origin == own_origin
            || self
                .allowed_dataset_origins
                .iter()
                .any(|o| o.trim_end_matches('/') == origin)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_and_partial_files() {
        let c = Config::parse(r#"{"map_zoom": 7, "unknown": 1}"#).unwrap();
        assert_eq!(c.map_zoom, 7.0);
        assert_eq!(c.dataset_url, "data/atlas.json");
        assert!(Config::parse("not json").is_err());
    }

    #[test]
    fn contact_keeps_only_valid_parts() {
        let c = Config::parse(
            r#"{"contact": {"email": "saavutettavuus@example.fi", "url": "https://example.fi/palaute"}}"#,
        )
        .unwrap();
        assert_eq!(
            c.contact,
            Some(Contact {
                email: Some("saavutettavuus@example.fi".into()),
                url: Some("https://example.fi/palaute".into())
            })
        );
        let c =
            Config::parse(r#"{"contact": {"email": "<b>x", "url": "javascript:alert(1)"}, "map_zoom": 7}"#)
                .unwrap();
        assert_eq!((c.contact, c.map_zoom), (None, 7.0));
        let c = Config::parse(r#"{"contact": "someone", "map_zoom": 6}"#).unwrap();
        assert_eq!(
            (c.contact, c.map_zoom),
            (None, 6.0),
            "a contact of the wrong shape costs only itself"
        );
        assert_eq!(Config::parse("{}").unwrap().contact, None);
    }

    #[test]
    fn a_pack_url_is_a_text_or_nothing() {
        let c = Config::parse(r#"{"pack_url": "data/atlas.pack"}"#).unwrap();
        assert_eq!(c.pack_url.as_deref(), Some("data/atlas.pack"));
        let c = Config::parse(r#"{"pack_url": 7, "map_zoom": 6}"#).unwrap();
        assert_eq!(
            (c.pack_url, c.map_zoom),
            (None, 6.0),
            "a pack_url of the wrong type costs only itself"
        );
        assert_eq!(Config::parse(r#"{"pack_url": " "}"#).unwrap().pack_url, None);
        assert_eq!(Config::parse("{}").unwrap().pack_url, None);
    }

    #[test]
    fn dataset_origins() {
        let c = Config {
            allowed_dataset_origins: vec!["https://data.example.org/".into()],
            ..Default::default()
        };
        assert!(c.allows_dataset_origin("https://atlas.example.fi", "https://atlas.example.fi"));
        assert!(c.allows_dataset_origin("https://data.example.org", "https://atlas.example.fi"));
        assert!(!c.allows_dataset_origin("https://evil.example.com", "https://atlas.example.fi"));
    }
}
