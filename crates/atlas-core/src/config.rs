//! `config.json` (SPEC §2): every key optional, defaults as documented.

use serde::Deserialize;

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
        origin == own_origin || self.allowed_dataset_origins.iter().any(|o| o.trim_end_matches('/') == origin)
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
    fn dataset_origins() {
        let c = Config { allowed_dataset_origins: vec!["https://data.example.org/".into()], ..Default::default() };
        assert!(c.allows_dataset_origin("https://atlas.example.fi", "https://atlas.example.fi"));
        assert!(c.allows_dataset_origin("https://data.example.org", "https://atlas.example.fi"));
        assert!(!c.allows_dataset_origin("https://evil.example.com", "https://atlas.example.fi"));
    }
}
