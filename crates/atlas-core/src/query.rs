//! The finder's state as it lives in the URL (SPEC §3). Parsing is total: an
//! unknown or malformed parameter is dropped, never an error, so any shared
//! link opens something sensible.

use crate::geo::LatLon;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sort {
    Distance,
    Name,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Map,
    List,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Query {
    pub q: String,
    /// Service languages: a service matches when it offers any of them.
    pub languages: Vec<String>,
    pub municipality: Option<String>,
    pub area: Option<String>,
    pub channel: Option<String>,
    pub topic: Option<String>,
    pub group: Option<String>,
    pub open_now: bool,
    pub near: Option<LatLon>,
    pub sort: Option<Sort>,
    pub view: Option<View>,
}

/// A value fit for an id-like parameter: bounded and of id characters only.
pub(crate) fn token(v: &str) -> Option<String> {
    let v = v.trim();
    (!v.is_empty()
        && v.len() <= 64
        && v.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b':' | b'_' | b'-')))
    .then(|| v.to_string())
}

/// A free-text parameter, bounded.
pub(crate) fn free_text(v: &str) -> String {
    v.chars().take(200).collect()
}

/// A page's state as it lives in the URL's query string: the finder's
/// [`Query`] and the list pages' queries. Reading is total (bad values are
/// dropped); writing leaves empty values out, in a fixed order.
pub trait UrlState: Sized {
    /// Reads decoded key/value pairs; later duplicates win.
    fn from_pairs<K: AsRef<str>, V: AsRef<str>>(pairs: impl IntoIterator<Item = (K, V)>) -> Self;
    /// `?a=b&c=d`, or "" when nothing is set; percent-encoded.
    fn to_query_string(&self) -> String;
    /// Reads a raw query string such as `?q=abc&language=uk,ru`.
    fn from_query_string(s: &str) -> Self {
        Self::from_pairs(parse_query_string(s))
    }
}

/// Encodes the parameters that are set, in the order given.
pub fn encode_present(pairs: &[(&str, Option<&str>)]) -> String {
    encode_pairs(pairs.iter().filter_map(|(k, v)| v.map(|v| (*k, v))))
}

impl UrlState for Query {
    fn from_pairs<K: AsRef<str>, V: AsRef<str>>(pairs: impl IntoIterator<Item = (K, V)>) -> Self {
        let mut q = Self::default();
        for (k, v) in pairs {
            let v = v.as_ref();
            match k.as_ref() {
                "q" => q.q = free_text(v),
                "language" => {
                    q.languages = v
                        .split(',')
                        .filter_map(token)
                        .filter(|l| crate::rules::is_language_code(l))
                        .collect();
                    q.languages.dedup();
                }
                "municipality" => q.municipality = token(v),
                "area" => q.area = token(v),
                "channel" => q.channel = token(v),
                "topic" => q.topic = token(v),
                "group" => q.group = token(v),
                "open" => q.open_now = v == "now",
                // Rounded to the precision it is written with, so that a parsed query
                // encodes and parses back to itself (found by the url_state fuzz target).
                "near" => q.near = LatLon::parse(v).and_then(|p| LatLon::parse(&near_text(p))),
                "sort" => {
                    q.sort = match v {
                        "distance" => Some(Sort::Distance),
                        "name" => Some(Sort::Name),
                        _ => None,
                    }
                }
                "view" => {
                    q.view = match v {
                        "map" => Some(View::Map),
                        "list" => Some(View::List),
                        _ => None,
                    }
                }
                _ => {}
            }
        }
        q
    }

    fn to_query_string(&self) -> String {
        encode_pairs(self.to_pairs().iter().map(|(k, v)| (*k, v.as_str())))
    }
}

/// `near` as written in a link: five decimals is about a metre, enough, and keeps links short.
fn near_text(p: LatLon) -> String {
    format!("{:.5},{:.5}", p.lat, p.lon)
}

impl Query {
    /// The parameters in SPEC order, empty ones left out.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if !self.q.is_empty() {
            out.push(("q", self.q.clone()));
        }
        if !self.languages.is_empty() {
            out.push(("language", self.languages.join(",")));
        }
        let opt = [
            ("municipality", &self.municipality),
            ("area", &self.area),
            ("channel", &self.channel),
            ("topic", &self.topic),
            ("group", &self.group),
        ];
        for (k, v) in opt {
            if let Some(v) = v {
                out.push((k, v.clone()));
            }
        }
        if self.open_now {
            out.push(("open", "now".into()));
        }
        if let Some(n) = self.near {
            out.push(("near", near_text(n)));
        }
        if let Some(s) = self.sort {
            out.push((
                "sort",
                if s == Sort::Distance { "distance" } else { "name" }.into(),
            ));
        }
        if let Some(v) = self.view {
            out.push(("view", if v == View::Map { "map" } else { "list" }.into()));
        }
        out
    }

    /// Whether any filter narrows the results (sorting and view are not filters).
    pub fn has_filters(&self) -> bool {
        Query {
            sort: None,
            view: None,
            near: None,
            ..self.clone()
        } != Query::default()
    }

    /// The same view without its filters: the position, sort and view stay ("clear filters").
    pub fn cleared(&self) -> Query {
        Query {
            near: self.near,
            sort: self.sort,
            view: self.view,
            ..Default::default()
        }
    }

    /// How many filters narrow the results: the text, each language, the place, channel,
    /// topic, group and "open now" (what a "Filters (n)" control counts).
    pub fn filter_count(&self) -> usize {
        usize::from(!self.q.trim().is_empty())
            + self.languages.len()
            + usize::from(self.municipality.is_some() || self.area.is_some())
            + [&self.channel, &self.topic, &self.group]
                .iter()
                .filter(|f| f.is_some())
                .count()
            + usize::from(self.open_now)
    }

    /// The sort in effect: by distance when a position is known, unless the link says otherwise.
    pub fn effective_sort(&self) -> Sort {
        match (self.sort, self.near) {
            (Some(s), Some(_)) => s,
            (_, Some(_)) => Sort::Distance,
            _ => Sort::Name,
        }
    }
}

pub fn encode_pairs<'a>(pairs: impl Iterator<Item = (&'a str, &'a str)>) -> String {
    let mut out = String::new();
    for (k, v) in pairs {
        out.push(if out.is_empty() { '?' } else { '&' });
        out.push_str(&percent_encode(k));
        out.push('=');
        out.push_str(&percent_encode(v));
    }
    out
}

/// Percent-encodes everything but the unreserved characters and `,` and `:`
/// (kept readable in `language=fi,sv` and `area=region:06`).
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b',' | b':') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` and `+`; invalid escapes are kept as they are, invalid UTF-8 replaced.
pub fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        match b[i] {
            b'%' if i + 2 < b.len() => match (hex(b[i + 1]), hex(b[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

pub fn parse_query_string(s: &str) -> Vec<(String, String)> {
    s.trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let q = Query {
            q: "Hämeenlinna & co".into(),
            languages: vec!["uk".into(), "ru".into()],
            area: Some("region:06".into()),
            open_now: true,
            near: Some(LatLon::new(61.4981, 23.7608)),
            sort: Some(Sort::Name),
            view: Some(View::List),
            ..Default::default()
        };
        let s = q.to_query_string();
        assert_eq!(
            s,
            "?q=H%C3%A4meenlinna%20%26%20co&language=uk,ru&area=region:06&open=now&near=61.49810,23.76080&sort=name&view=list"
        );
        assert_eq!(Query::from_query_string(&s), q);
        assert_eq!(Query::default().to_query_string(), "");
    }

    #[test]
    fn a_long_near_is_read_at_link_precision_and_round_trips() {
        let q = Query::from_query_string("?near=61.5,23.8888888888888888885");
        assert_eq!(q.near, Some(LatLon::new(61.5, 23.88889)));
        assert_eq!(Query::from_query_string(&q.to_query_string()), q);
    }

    #[test]
    fn hostile_values_are_dropped() {
        let q = Query::from_query_string(
            "?municipality=%3Cscript%3E&language=uk,%22x,EN,ru&near=NaN,1&sort=evil&open=yes&zz=1",
        );
        assert_eq!(q.municipality, None);
        assert_eq!(q.languages, vec!["uk".to_string(), "ru".to_string()]);
        assert_eq!(q.near, None);
        assert_eq!(q.sort, None);
        assert!(!q.open_now);
        assert!(q.has_filters());
        assert!(!Query::from_query_string("?sort=name&view=map&near=61,24").has_filters());
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
        assert_eq!(percent_decode("a+b%C3%A4"), "a bä");
    }

    #[test]
    fn sort_defaults_to_distance_only_with_a_position() {
        let mut q = Query::default();
        assert_eq!(q.effective_sort(), Sort::Name);
        q.near = Some(LatLon::new(60.0, 25.0));
        assert_eq!(q.effective_sort(), Sort::Distance);
        q.sort = Some(Sort::Name);
        assert_eq!(q.effective_sort(), Sort::Name);
    }

    #[test]
    fn filter_count_counts_each_narrowing_choice() {
        assert_eq!(Query::default().filter_count(), 0);
        let q = Query::from_query_string("?q=%20&near=61.5,23.7&sort=name&view=map");
        assert_eq!(
            q.filter_count(),
            0,
            "blank text, position, sort and view are not filters"
        );
        let q = Query::from_query_string(
            "?q=advice&language=uk,ru&municipality=837&topic=work&open=now&near=61.5,23.7&view=map",
        );
        assert_eq!(q.filter_count(), 6);
        let cleared = q.cleared();
        assert_eq!((cleared.filter_count(), cleared.has_filters()), (0, false));
        assert_eq!(
            (cleared.near, cleared.view),
            (q.near, q.view),
            "clearing keeps the position and the view"
        );
    }
}
