//! Localised text and the search-key folding that makes "hameenlinna" find "Hämeenlinna".

use litemap::LiteMap;
use serde::{Deserialize, Serialize};

/// A text in several languages: language code (ISO 639-1, or 639-3) → string, in code order.
/// A `LiteMap` (a sorted vector) rather than a `BTreeMap`, whose every node reserves room for
/// eleven entries: a text has two or three, and a service has up to three texts, which at
/// 100,000 services was tens of megabytes of a phone's memory.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LocalisedText(pub LiteMap<String, String>);

/// Written as a JSON object in code order, an empty one too (`LiteMap`'s own serde writes an
/// empty map as a list).
impl Serialize for LocalisedText {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (lang, text) in self.0.iter() {
            map.serialize_entry(lang, text)?;
        }
        map.end()
    }
}

/// Read as a JSON object, a repeated language's last text winning (as a `BTreeMap` reads it),
/// with the parser's own words for a value of another type ("expected a map"), which the data
/// page and the CLI show.
impl<'de> Deserialize<'de> for LocalisedText {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Texts;
        impl<'de> serde::de::Visitor<'de> for Texts {
            type Value = LocalisedText;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a map")
            }
            fn visit_map<M: serde::de::MapAccess<'de>>(self, mut m: M) -> Result<LocalisedText, M::Error> {
                let mut map = LiteMap::new();
                while let Some((lang, text)) = m.next_entry::<String, String>()? {
                    map.insert(lang, text);
                }
                Ok(LocalisedText(map))
            }
        }
        d.deserialize_map(Texts)
    }
}

/// The languages tried after the wanted one, in order (SPEC §1).
pub const FALLBACK_ORDER: [&str; 3] = ["en", "fi", "sv"];

/// One chosen translation of a [`LocalisedText`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Picked<'a> {
    /// The language the text is in: differs from the wanted one on fallback,
    /// so the view can mark it with its own `lang` attribute.
    pub lang: &'a str,
    pub text: &'a str,
}

impl FromIterator<(String, String)> for LocalisedText {
    fn from_iter<I: IntoIterator<Item = (String, String)>>(pairs: I) -> Self {
        Self(pairs.into_iter().collect())
    }
}

impl LocalisedText {
    pub fn new(pairs: &[(&str, &str)]) -> Self {
        Self(
            pairs
                .iter()
                .map(|(l, t)| (l.to_string(), t.to_string()))
                .collect(),
        )
    }

    /// The text in `lang`, else along en → fi → sv → any (SPEC §1). Empty strings count as missing.
    pub fn pick(&self, lang: &str) -> Option<Picked<'_>> {
        let get = |l: &str| {
            let at = self.0.find_index(l).ok()?;
            self.0
                .get_indexed(at)
                .filter(|(_, t)| !t.trim().is_empty())
                .map(|(l, t)| Picked {
                    lang: l.as_str(),
                    text: t.as_str(),
                })
        };
        get(lang)
            .or_else(|| FALLBACK_ORDER.iter().find_map(|l| get(l)))
            .or_else(|| {
                self.0
                    .iter()
                    .find(|(_, t)| !t.trim().is_empty())
                    .map(|(l, t)| Picked {
                        lang: l.as_str(),
                        text: t.as_str(),
                    })
            })
    }

    /// The picked text, or "" when there is none.
    pub fn get(&self, lang: &str) -> &str {
        self.pick(lang).map(|p| p.text).unwrap_or("")
    }

    pub fn is_empty(&self) -> bool {
        self.0.values().all(|t| t.trim().is_empty())
    }

    pub fn values(&self) -> impl Iterator<Item = &str> {
        self.0.values().map(String::as_str)
    }
}

/// Folds text for search: lower case, Latin diacritics removed, runs of
/// non-alphanumerics collapsed to one space. Done once per record at load and
/// once per query, so that matching is a plain substring test.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = true;
    for c in s.chars() {
        // Most of a Finnish, Swedish or English text is ASCII, which needs no table: a third
        // of the time the indexes of 100,000 services take at load.
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
                space = false;
            } else if !space {
                out.push(' ');
                space = true;
            }
            continue;
        }
        for lc in c.to_lowercase() {
            if lc.is_alphanumeric() {
                match fold_char(lc) {
                    Some(base) => out.push_str(base),
                    None => out.push(lc),
                }
                space = false;
            } else if !space {
                out.push(' ');
                space = true;
            }
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// The folded words of a typed query: each must occur in a record's folded key.
pub fn words(q: &str) -> Vec<String> {
    fold(q)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect()
}

/// Base letters for the accented Latin letters used in the Nordic and other
/// European languages. A table rather than Unicode decomposition: it costs a few
/// hundred bytes of wasm instead of tens of kilobytes of normalisation tables.
fn fold_char(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'ё' => "е",
        'ї' => "і",
        'й' => "и",
        _ => return None,
    })
}

/// Cuts a value quoted in a message to 64 characters (and "…"), so that a hostile megabyte
/// string stays out of reports.
pub fn clip(s: &str) -> String {
    if s.chars().count() <= 64 {
        s.to_string()
    } else {
        s.chars().take(64).chain("…".chars()).collect()
    }
}

/// Escapes text for HTML (an element's text or an attribute value in double quotes): for the
/// few places where HTML is written as text (the embed snippet, Leaflet's attribution).
pub fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_text_reads_and_writes_as_a_json_object() {
        let t: LocalisedText = serde_json::from_str(r#"{"sv": "b", "fi": "a", "sv": "c"}"#).unwrap();
        // In code order; a repeated language's last text wins, as a BTreeMap read it.
        assert_eq!(serde_json::to_string(&t).unwrap(), r#"{"fi":"a","sv":"c"}"#);
        assert_eq!(serde_json::to_string(&LocalisedText::default()).unwrap(), "{}");
        let e = serde_json::from_str::<LocalisedText>("[]")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("invalid type: sequence, expected a map"), "{e}");
    }
    use super::*;

    #[test]
    fn pick_prefers_wanted_then_fallback_order() {
        let t = LocalisedText::new(&[("sv", "Tammerfors"), ("fi", "Tampere")]);
        assert_eq!(
            t.pick("sv").unwrap(),
            Picked {
                lang: "sv",
                text: "Tammerfors"
            }
        );
        // en is missing, so fi comes before sv
        assert_eq!(
            t.pick("uk").unwrap(),
            Picked {
                lang: "fi",
                text: "Tampere"
            }
        );
        let only_ru = LocalisedText::new(&[("ru", "Тампере")]);
        assert_eq!(only_ru.pick("fi").unwrap().lang, "ru");
        let empty_en = LocalisedText::new(&[("en", " "), ("sv", "Vasa")]);
        assert_eq!(empty_en.get("en"), "Vasa");
        assert!(LocalisedText::default().pick("fi").is_none());
    }

    #[test]
    fn fold_removes_case_and_accents() {
        assert_eq!(fold("Hämeenlinna"), "hameenlinna");
        assert_eq!(fold("  ÅBO, Turku!! "), "abo turku");
        assert_eq!(fold("Київ"), "киів");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("Ääni-ja-Öljy"), "aani ja oljy");
    }

    #[test]
    fn clipping_and_escaping() {
        assert_eq!(clip("short"), "short");
        let long = "x".repeat(100);
        assert_eq!(clip(&long).chars().count(), 65);
        assert!(clip(&long).ends_with('…'));
        assert_eq!(
            escape_html(r#"<a href="x">&</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;"
        );
    }
}
