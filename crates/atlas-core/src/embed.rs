//! Embedding the finder in other sites (`/{lang}/embed`, `/{lang}/embed-code`):
//! the message shapes exchanged with the host page, and the snippet builder's
//! state and output. docs/EMBEDDING.md documents both for web teams.

use crate::query::{language_list, language_list_text, token, url_params, Param, Query, UrlState, View};
use crate::text::escape_html;
use serde_json::Value;

/// Sent by the embed to its parent: `{"type": HEIGHT_MESSAGE, "height": N}`.
/// Which of the finder's controls an embed shows (`controls=`, SPEC §3).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Controls {
    /// Every filter (the default).
    #[default]
    All,
    /// The search box alone.
    Search,
    /// No controls: the results only.
    None,
}

impl Controls {
    /// Reads the parameter; anything unknown means the default.
    pub fn parse(v: Option<&str>) -> Self {
        match v.map(str::trim) {
            Some("search") => Self::Search,
            Some("none") => Self::None,
            _ => Self::All,
        }
    }

    /// The parameter's value, or `None` for the default (left out of links).
    pub fn param(self) -> Option<&'static str> {
        match self {
            Self::All => None,
            Self::Search => Some("search"),
            Self::None => Some("none"),
        }
    }
}

pub const HEIGHT_MESSAGE: &str = "integration-atlas:height";
/// Accepted by the embed from its parent: `{"type": FILTERS_MESSAGE, "filters": {...}}`.
pub const FILTERS_MESSAGE: &str = "integration-atlas:filters";

/// The finder query that a host's filter message asks for, or `None` when the
/// message is not exactly the documented shape. The filters are the finder's
/// URL parameters (SPEC §3) as strings (`language` may also be an array of
/// strings, `open` also `true`); they go through the same total parsing as a
/// link, so a message can do no more than a link could. Absent filters are cleared.
pub fn parse_filter_message(message: &Value) -> Option<Query> {
    let obj = message.as_object()?;
    if obj.get("type")?.as_str()? != FILTERS_MESSAGE {
        return None;
    }
    let filters = obj.get("filters")?.as_object()?;
    let mut pairs: Vec<(String, String)> = Vec::new();
    for (k, v) in filters {
        let text = match (k.as_str(), v) {
            (_, Value::String(s)) => s.clone(),
            ("language", Value::Array(items)) => {
                let codes: Option<Vec<&str>> = items.iter().map(Value::as_str).collect();
                codes?.join(",")
            }
            ("open", Value::Bool(true)) => "now".to_string(),
            ("open", Value::Bool(false)) | (_, Value::Null) => continue,
            // Anything else is not the documented shape: refuse the whole message.
            _ => return None,
        };
        pairs.push((k.clone(), text));
    }
    Some(Query::from_pairs(pairs))
}

/// `{"type": "integration-atlas:height", "height": N}` as JSON text (tests and docs).
pub fn height_message(height: u32) -> String {
    format!("{{\"type\":\"{HEIGHT_MESSAGE}\",\"height\":{height}}}")
}

/// The embed-code builder's state, in its own URL: the embed's UI language
/// (`ui`), the finder filters offered (`municipality` or `area`, `language`,
/// `topic`), `view` (`map` or `list`; absent shows both), and the iframe's
/// `width` and `height` in pixels (absent: full width, and a height that follows the content).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EmbedCode {
    pub ui: Option<String>,
    pub municipality: Option<String>,
    pub area: Option<String>,
    pub languages: Vec<String>,
    pub topic: Option<String>,
    pub view: Option<View>,
    /// Which controls the embed shows (`controls=`).
    pub controls: Controls,
    pub width: Option<u32>,
    pub height: Option<u32>,
}

/// Sizes a builder accepts: the embed works down to 300 × 300.
pub const MIN_SIZE: u32 = 300;
pub const MAX_SIZE: u32 = 4000;
/// The first height of a self-sizing iframe, before its first message.
pub const START_HEIGHT: u32 = 600;

fn size(v: &str) -> Option<u32> {
    v.trim().parse::<u32>().ok().map(|n| n.clamp(MIN_SIZE, MAX_SIZE))
}

impl UrlState for EmbedCode {
    // The finder's filters are read and written exactly as the finder's own (`Query`).
    const PARAMS: &'static [Param<Self>] = url_params![
        "ui": |q, v| q.ui = token(v).filter(|l| crate::rules::is_language_code(l)), |q| q.ui.clone();
        "language": |q, v| q.languages = language_list(v), |q| language_list_text(&q.languages);
        "municipality": |q, v| q.municipality = token(v), |q| q.municipality.clone();
        // A municipality is the narrower choice: with one, the area is not written.
        "area": |q, v| q.area = token(v), |q| q.area.clone().filter(|_| q.municipality.is_none());
        "topic": |q, v| q.topic = token(v), |q| q.topic.clone();
        "view": |q, v| q.view = View::parse(v), |q| q.view.map(|s| s.as_str().into());
        "controls": |q, v| q.controls = Controls::parse(Some(v)), |q| q.controls.param().map(String::from);
        "width": |q, v| q.width = size(v), |q| q.width.map(|n| n.to_string());
        "height": |q, v| q.height = size(v), |q| q.height.map(|n| n.to_string());
    ];
}

impl EmbedCode {
    /// The finder query the embedded view opens with.
    pub fn finder_query(&self) -> Query {
        Query {
            municipality: self.municipality.clone(),
            area: if self.municipality.is_some() {
                None
            } else {
                self.area.clone()
            },
            languages: self.languages.clone(),
            topic: self.topic.clone(),
            view: self.view,
            ..Default::default()
        }
    }

    /// The embed's address on `origin` (e.g. `https://atlas.example.fi`), in UI language `ui`.
    pub fn embed_url(&self, origin: &str, default_ui: &str) -> String {
        let ui = self.ui.as_deref().unwrap_or(default_ui);
        let filters = self.finder_query().to_query_string();
        let controls = match (self.controls.param(), filters.is_empty()) {
            (None, _) => String::new(),
            (Some(c), true) => format!("?controls={c}"),
            (Some(c), false) => format!("&controls={c}"),
        };
        format!("{}/{}/embed{filters}{controls}", origin.trim_end_matches('/'), ui)
    }

    /// The HTML to paste into a page: the iframe, and for a self-sizing height the
    /// small script that applies the embed's height messages (from this origin only).
    pub fn snippet(&self, origin: &str, default_ui: &str, title: &str) -> String {
        let src = self.embed_url(origin, default_ui);
        let width = self
            .width
            .map(|w| format!("{w}px"))
            .unwrap_or_else(|| "100%".into());
        let height = self.height.unwrap_or(START_HEIGHT);
        let mut out = format!(
            "<iframe src=\"{}\" title=\"{}\" style=\"width:{};max-width:100%;height:{}px;border:0\" loading=\"lazy\" data-integration-atlas></iframe>",
            escape_html(&src),
            escape_html(title),
            width,
            height
        );
        if self.height.is_none() {
            // JSON string literal of the origin; `<` escaped so it can never close the script.
            let origin_js = serde_json::to_string(origin.trim_end_matches('/'))
                .unwrap_or_else(|_| "\"\"".into())
                .replace('<', "\\u003c");
            out.push_str(&format!(
                concat!(
                    "\n<script>\n",
                    "window.addEventListener(\"message\", function (e) {{\n",
                    "  var d = e.data;\n",
                    "  if (e.origin !== {origin} || !d || d.type !== \"{kind}\" || typeof d.height !== \"number\") return;\n",
                    "  document.querySelectorAll(\"iframe[data-integration-atlas]\").forEach(function (f) {{\n",
                    "    if (f.contentWindow === e.source) f.style.height = Math.max({min}, Math.ceil(d.height)) + \"px\";\n",
                    "  }});\n",
                    "}});\n",
                    "</script>"
                ),
                origin = origin_js,
                kind = HEIGHT_MESSAGE,
                min = MIN_SIZE
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn filter_messages_of_the_documented_shape_only() {
        let q = parse_filter_message(&json!({"type": FILTERS_MESSAGE, "filters": {"q": "kela", "language": ["uk", "ru"], "open": true, "municipality": "837"}})).unwrap();
        assert_eq!(q.q, "kela");
        assert_eq!(q.languages, vec!["uk", "ru"]);
        assert!(q.open_now);
        assert_eq!(q.municipality.as_deref(), Some("837"));
        let q = parse_filter_message(
            &json!({"type": FILTERS_MESSAGE, "filters": {"language": "uk,ar", "area": "<script>"}}),
        )
        .unwrap();
        assert_eq!(q.languages, vec!["uk", "ar"]);
        assert_eq!(q.area, None, "values go through the link parser");
        assert_eq!(
            parse_filter_message(&json!({"type": FILTERS_MESSAGE, "filters": {}})),
            Some(Query::default())
        );
        assert_eq!(
            parse_filter_message(&json!({"type": "other", "filters": {}})),
            None
        );
        assert_eq!(parse_filter_message(&json!({"type": FILTERS_MESSAGE})), None);
        assert_eq!(
            parse_filter_message(&json!({"type": FILTERS_MESSAGE, "filters": {"q": {"x": 1}}})),
            None
        );
        assert_eq!(
            parse_filter_message(&json!({"type": FILTERS_MESSAGE, "filters": {"language": [1]}})),
            None
        );
        assert_eq!(parse_filter_message(&json!("integration-atlas:filters")), None);
        assert_eq!(
            height_message(420),
            r#"{"type":"integration-atlas:height","height":420}"#
        );
    }

    #[test]
    fn builder_state_and_snippet() {
        let b = EmbedCode::from_query_string(
            "?ui=uk&language=uk,ru&area=region:06&topic=work&view=list&width=200&q=ignored",
        );
        assert_eq!(
            b.width,
            Some(MIN_SIZE),
            "narrower than the embed works is raised to 300"
        );
        assert_eq!(
            b.to_query_string(),
            "?ui=uk&language=uk,ru&area=region:06&topic=work&view=list&width=300"
        );
        assert_eq!(
            b.embed_url("https://atlas.example.fi/", "fi"),
            "https://atlas.example.fi/uk/embed?language=uk,ru&area=region:06&topic=work&view=list"
        );
        let s = b.snippet("https://atlas.example.fi", "fi", "Services \"here\"");
        assert!(s.starts_with("<iframe src=\"https://atlas.example.fi/uk/embed?language=uk,ru&amp;area=region:06&amp;topic=work&amp;view=list\" title=\"Services &quot;here&quot;\""), "{s}");
        assert!(s.contains("width:300px;") && s.contains("height:600px;"));
        assert!(
            s.contains("e.origin !== \"https://atlas.example.fi\""),
            "self-sizing by default: {s}"
        );
        let fixed = EmbedCode {
            height: Some(500),
            ..EmbedCode::default()
        };
        let s = fixed.snippet("http://127.0.0.1:1", "fi", "T");
        assert!(
            s.contains("width:100%;") && s.contains("height:500px;") && !s.contains("<script>"),
            "{s}"
        );
        assert_eq!(
            EmbedCode::from_query_string("?municipality=837&area=region:06").embed_url("o", "fi"),
            "o/fi/embed?municipality=837"
        );
        assert!(EmbedCode::default()
            .snippet("https://x</script>", "fi", "T")
            .contains("https://x\\u003c/script>"));
    }

    #[test]
    fn controls_parse_totally_and_round_trip() {
        assert_eq!(Controls::parse(None), Controls::All);
        assert_eq!(Controls::parse(Some("all")), Controls::All);
        assert_eq!(Controls::parse(Some("search")), Controls::Search);
        assert_eq!(Controls::parse(Some(" none ")), Controls::None);
        assert_eq!(Controls::parse(Some("<script>")), Controls::All);
        for c in [Controls::All, Controls::Search, Controls::None] {
            assert_eq!(Controls::parse(c.param()), c);
        }
    }

    #[test]
    fn the_builder_carries_the_controls_choice_into_the_embed_url() {
        let b = EmbedCode::from_query_string("?municipality=837&controls=search");
        assert_eq!(b.controls, Controls::Search);
        assert_eq!(b.to_query_string(), "?municipality=837&controls=search");
        assert_eq!(
            b.embed_url("https://atlas.example.fi", "fi"),
            "https://atlas.example.fi/fi/embed?municipality=837&controls=search"
        );
        let none = EmbedCode {
            controls: Controls::None,
            ..Default::default()
        };
        assert_eq!(
            none.embed_url("https://a.fi/", "sv"),
            "https://a.fi/sv/embed?controls=none"
        );
        assert_eq!(
            EmbedCode::default().embed_url("https://a.fi", "fi"),
            "https://a.fi/fi/embed"
        );
    }
}
