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

/// One parameter of a page's URL state: its key, how a value is read into the state (total:
/// a bad value leaves the field empty) and how the field is written (`None`: left out).
pub struct Param<S> {
    pub key: &'static str,
    pub read: fn(&mut S, &str),
    pub write: fn(&S) -> Option<String>,
}

/// A table of [`Param`]s, one `"key": read, write;` line each (a macro, so that the table
/// reads as a table: the formatter leaves it as written).
macro_rules! url_params {
    ($($key:literal: $read:expr, $write:expr;)*) => {
        &[$(crate::query::Param { key: $key, read: $read, write: $write }),*]
    };
}
pub(crate) use url_params;

/// A page's state as it lives in the URL's query string: the finder's [`Query`], the list
/// pages', the network view's and the embed-code builder's. Each declares its parameters
/// once, as a table; reading (total: bad values are dropped, later duplicates win) and
/// writing (empty values left out, in the table's order) follow from it.
pub trait UrlState: Default + 'static {
    /// The parameters, in the order they are written.
    const PARAMS: &'static [Param<Self>];

    /// Reads decoded key/value pairs; unknown keys are ignored.
    fn from_pairs<K: AsRef<str>, V: AsRef<str>>(pairs: impl IntoIterator<Item = (K, V)>) -> Self {
        let mut state = Self::default();
        for (k, v) in pairs {
            if let Some(p) = Self::PARAMS.iter().find(|p| p.key == k.as_ref()) {
                (p.read)(&mut state, v.as_ref());
            }
        }
        state
    }
    /// `?a=b&c=d`, or "" when nothing is set; percent-encoded.
    fn to_query_string(&self) -> String {
        let values: Vec<(&str, Option<String>)> =
            Self::PARAMS.iter().map(|p| (p.key, (p.write)(self))).collect();
        encode_pairs(values.iter().filter_map(|(k, v)| Some((*k, v.as_deref()?))))
    }
    /// Reads a raw query string such as `?q=abc&language=uk,ru`.
    fn from_query_string(s: &str) -> Self {
        Self::from_pairs(parse_query_string(s))
    }
}

/// A text written only when it is not empty.
pub(crate) fn non_empty(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_string())
}

/// `language=uk,ru`: language codes, repeats dropped.
pub(crate) fn language_list(v: &str) -> Vec<String> {
    let mut codes: Vec<String> = v
        .split(',')
        .filter_map(token)
        .filter(|l| crate::rules::is_language_code(l))
        .collect();
    codes.dedup();
    codes
}

pub(crate) fn language_list_text(codes: &[String]) -> Option<String> {
    (!codes.is_empty()).then(|| codes.join(","))
}

impl Sort {
    pub fn parse(v: &str) -> Option<Self> {
        match v {
            "distance" => Some(Sort::Distance),
            "name" => Some(Sort::Name),
            _ => None,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Distance => "distance",
            Sort::Name => "name",
        }
    }
}

impl View {
    pub fn parse(v: &str) -> Option<Self> {
        match v {
            "map" => Some(View::Map),
            "list" => Some(View::List),
            _ => None,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            View::Map => "map",
            View::List => "list",
        }
    }
}

impl UrlState for Query {
    // SPEC §3's order.
    const PARAMS: &'static [Param<Self>] = url_params![
        "q": |q, v| q.q = free_text(v), |q| non_empty(&q.q);
        "language": |q, v| q.languages = language_list(v), |q| language_list_text(&q.languages);
        "municipality": |q, v| q.municipality = token(v), |q| q.municipality.clone();
        "area": |q, v| q.area = token(v), |q| q.area.clone();
        "channel": |q, v| q.channel = token(v), |q| q.channel.clone();
        "topic": |q, v| q.topic = token(v), |q| q.topic.clone();
        "group": |q, v| q.group = token(v), |q| q.group.clone();
        "open": |q, v| q.open_now = v == "now", |q| q.open_now.then(|| "now".into());
        // Rounded to the precision it is written with, so that a parsed query encodes and
        // parses back to itself (found by the url_state fuzz target).
        "near": |q, v| q.near = LatLon::parse(v).and_then(|p| LatLon::parse(&near_text(p))),
            |q| q.near.map(near_text);
        "sort": |q, v| q.sort = Sort::parse(v), |q| q.sort.map(|s| s.as_str().into());
        "view": |q, v| q.view = View::parse(v), |q| q.view.map(|s| s.as_str().into());
    ];
}

/// `near` as written in a link: five decimals is about a metre, enough, and keeps links short.
fn near_text(p: LatLon) -> String {
    format!("{:.5},{:.5}", p.lat, p.lon)
}

impl Query {
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
    /// topic, group and "open now".
    pub fn filter_count(&self) -> usize {
        usize::from(!self.q.trim().is_empty()) + self.choice_count()
    }

    /// The filters chosen rather than typed: [`Query::filter_count`] without the text (what a
    /// "Filters (n)" control counts, the search box being outside its panel).
    pub fn choice_count(&self) -> usize {
        self.languages.len()
            + usize::from(self.municipality.is_some() || self.area.is_some())
            + [&self.channel, &self.topic, &self.group]
                .iter()
                .filter(|f| f.is_some())
                .count()
            + usize::from(self.open_now)
    }

    /// Whether a pack's first view answers this query's first page (`pack::Made::first_view`):
    /// nothing narrows the list and no position orders it, so it is every service by name.
    pub fn is_first_view(&self) -> bool {
        self.filter_count() == 0 && self.near.is_none()
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

    /// Each page's parameters, once each: a repeated key would leave one of them unreachable.
    fn keys_are_distinct<S: UrlState>() {
        let keys: Vec<&str> = S::PARAMS.iter().map(|p| p.key).collect();
        let mut sorted = keys.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), keys.len(), "{keys:?}");
    }

    #[test]
    fn every_url_state_declares_each_key_once() {
        keys_are_distinct::<Query>();
        keys_are_distinct::<crate::structure::ActorQuery>();
        keys_are_distinct::<crate::structure::ProgrammeQuery>();
        keys_are_distinct::<crate::network::NetworkQuery>();
        keys_are_distinct::<crate::embed::EmbedCode>();
    }

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
        assert!(!q.is_first_view());
        assert!(Query::from_query_string("?sort=distance&view=map&q=%20").is_first_view());
        assert!(!Query::from_query_string("?near=61.5,23.7").is_first_view());
        assert!(!Query::from_query_string("?open=now").is_first_view());
        let cleared = q.cleared();
        assert_eq!((cleared.filter_count(), cleared.has_filters()), (0, false));
        assert_eq!(
            (cleared.near, cleared.view),
            (q.near, q.view),
            "clearing keeps the position and the view"
        );
    }
}
