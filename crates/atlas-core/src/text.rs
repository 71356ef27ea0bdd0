//! Localised text and the search-key folding that makes "hameenlinna" find "Hämeenlinna".

use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// A text in several languages: language code (ISO 639-1, or 639-3) → string, in code order.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct LocalisedText(pub Texts);

/// The translations of a [`LocalisedText`], by language code, in code order, a code at most once,
/// held in one string: each as its code's length in bytes, `:`, the code, its text's length, `:`,
/// the text (`2:fi7:Tampere2:sv10:Tammerfors`). One allocation for a text, where a map of strings
/// took one per code and per text besides its own (seven for a name in three languages: at
/// 100,000 services, a quarter of a phone's memory went to names and addresses). Read and
/// written as a JSON object.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Texts(Box<str>);

/// Writes `n` in decimal digits (by hand: the formatting machinery is slow in the app's wasm,
/// and every text read is written so).
fn push_length(out: &mut String, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &digits[at..] {
        out.push(char::from(d));
    }
}

/// How many decimal digits `push_length` writes for `n`.
fn decimal_digits(mut n: usize) -> usize {
    let mut digits = 1;
    while n >= 10 {
        n /= 10;
        digits += 1;
    }
    digits
}

/// The `(code, text)` pairs a deserializer hands over one at a time, made texts as they come
/// (no list of them first); the first error ends them and is the answer.
pub(crate) fn texts_from_entries<'de, E>(
    mut next: impl FnMut() -> Result<Option<(Lent<'de>, Lent<'de>)>, E>,
) -> Result<LocalisedText, E> {
    let mut error = None;
    let text = Texts::from_pairs(std::iter::from_fn(|| {
        next().unwrap_or_else(|e| {
            error = Some(e);
            None
        })
    }));
    match error {
        Some(e) => Err(e),
        None => Ok(LocalisedText(text)),
    }
}

/// One length-prefixed part (`7:Tampere`) at the start of `s`, and what follows it.
fn part(s: &str) -> Option<(&str, &str)> {
    // The digits by hand: looking a text up reads every part before it.
    let mut len = 0usize;
    for (i, b) in s.bytes().enumerate() {
        match b {
            b'0'..=b'9' => len = len.checked_mul(10)?.checked_add(usize::from(b - b'0'))?,
            b':' => {
                let rest = &s[i + 1..];
                return Some((rest.get(..len)?, rest.get(len..)?));
            }
            _ => return None,
        }
    }
    None
}

impl Texts {
    /// The texts of sorted, distinct codes.
    fn from_sorted<A: AsRef<str>, B: AsRef<str>>(entries: &[(A, B)]) -> Self {
        // Exactly as long as written, so that making it a `Box<str>` moves nothing (a pack of
        // 100,000 services reads several texts for each, BENCHMARKS.md, session 18).
        let written = |part: &str| decimal_digits(part.len()) + 1 + part.len();
        let mut all = String::with_capacity(
            entries
                .iter()
                .map(|(c, t)| written(c.as_ref()) + written(t.as_ref()))
                .sum(),
        );
        for (code, text) in entries {
            for part in [code.as_ref(), text.as_ref()] {
                push_length(&mut all, part.len());
                all.push(':');
                all.push_str(part);
            }
        }
        Self(all.into_boxed_str())
    }

    /// The texts of `(code, text)` pairs in any order, a repeated code's last text winning.
    fn from_pairs<A: AsRef<str>, B: AsRef<str>>(pairs: impl IntoIterator<Item = (A, B)>) -> Self {
        let pairs = pairs.into_iter();
        let mut entries: Vec<(A, B)> = Vec::with_capacity(pairs.size_hint().0);
        for (code, text) in pairs {
            match entries.binary_search_by(|(c, _)| c.as_ref().cmp(code.as_ref())) {
                Ok(i) => entries[i] = (code, text),
                Err(i) => entries.insert(i, (code, text)),
            }
        }
        Self::from_sorted(&entries)
    }

    /// Each code and its text, in code order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> + '_ {
        let mut rest: &str = &self.0;
        std::iter::from_fn(move || {
            let (code, after) = part(rest)?;
            let (text, after) = part(after)?;
            rest = after;
            Some((code, text))
        })
    }

    pub fn keys(&self) -> impl Iterator<Item = &str> + '_ {
        self.iter().map(|(c, _)| c)
    }

    pub fn values(&self) -> impl Iterator<Item = &str> + '_ {
        self.iter().map(|(_, t)| t)
    }

    /// The text in exactly `code` (no fallback).
    pub fn get(&self, code: &str) -> Option<&str> {
        self.iter().find(|(c, _)| *c == code).map(|(_, t)| t)
    }

    pub fn contains_key(&self, code: &str) -> bool {
        self.get(code).is_some()
    }

    pub fn len(&self) -> usize {
        self.iter().count()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Sets the text in `code`, replacing the one it had.
    pub fn insert(&mut self, code: String, text: String) {
        let old = std::mem::take(self);
        *self = Self::from_pairs(old.iter().chain([(code.as_str(), text.as_str())]));
    }
}

impl std::fmt::Debug for Texts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl std::fmt::Debug for LocalisedText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("LocalisedText").field(&self.0).finish()
    }
}

impl<A: AsRef<str>, B: AsRef<str>> FromIterator<(A, B)> for Texts {
    fn from_iter<I: IntoIterator<Item = (A, B)>>(pairs: I) -> Self {
        Self::from_pairs(pairs)
    }
}

/// Written as a JSON object in code order, an empty one too.
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

/// A string read without a copy when the reader can lend it (JSON without escapes, postcard).
pub(crate) struct Lent<'de>(pub Cow<'de, str>);

impl<'de> Deserialize<'de> for Lent<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Lent<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Lent<'de>, E> {
                Ok(Lent(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Lent<'de>, E> {
                Ok(Lent(Cow::Owned(v.to_string())))
            }
            fn visit_string<E>(self, v: String) -> Result<Lent<'de>, E> {
                Ok(Lent(Cow::Owned(v)))
            }
        }
        d.deserialize_str(V)
    }
}

impl AsRef<str> for Lent<'_> {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

/// Read as a JSON object, a repeated language's last text winning (as a `BTreeMap` reads it),
/// with the parser's own words for a value of another type ("expected a map"), which the data
/// page and the CLI show.
impl<'de> Deserialize<'de> for LocalisedText {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Map;
        impl<'de> serde::de::Visitor<'de> for Map {
            type Value = LocalisedText;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a map")
            }
            fn visit_map<M: serde::de::MapAccess<'de>>(self, mut m: M) -> Result<LocalisedText, M::Error> {
                texts_from_entries(|| m.next_entry::<Lent<'de>, Lent<'de>>())
            }
        }
        d.deserialize_map(Map)
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

impl<A: AsRef<str>, B: AsRef<str>> FromIterator<(A, B)> for LocalisedText {
    fn from_iter<I: IntoIterator<Item = (A, B)>>(pairs: I) -> Self {
        Self(Texts::from_pairs(pairs))
    }
}

impl LocalisedText {
    pub fn new(pairs: &[(&str, &str)]) -> Self {
        Self(Texts::from_pairs(pairs.iter().copied()))
    }

    /// The text in `lang`, else along en → fi → sv → any (SPEC §1). Empty strings count as missing.
    pub fn pick(&self, lang: &str) -> Option<Picked<'_>> {
        let get = |l: &str| {
            self.0
                .iter()
                .find(|(c, _)| *c == l)
                .filter(|(_, t)| !t.trim().is_empty())
                .map(|(lang, text)| Picked { lang, text })
        };
        get(lang)
            .or_else(|| FALLBACK_ORDER.iter().find_map(|l| get(l)))
            .or_else(|| {
                self.0
                    .iter()
                    .find(|(_, t)| !t.trim().is_empty())
                    .map(|(lang, text)| Picked { lang, text })
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
        self.0.values()
    }

    /// The whole text, every translation with its code, in one string: the same exactly when
    /// the texts are. It begins with a digit (a code's length).
    pub(crate) fn encoded(&self) -> &str {
        &self.0 .0
    }
}

/// Folds text for search: lower case, Latin diacritics removed, runs of
/// non-alphanumerics collapsed to one space. Done once per record at load and
/// once per query, so that matching is a plain substring test.
pub fn fold(s: &str) -> String {
    fold_as(String::with_capacity(s.len()), s, None)
}

/// The key names are put in order by in `lang`: the folded name, except where the language's
/// alphabet has letters of its own that folding would file under others:
/// - in Finnish and Swedish å, ä (æ) and ö (ø) come after z (Ylöjärvi, Åland, Äänekoski,
///   Övertorneå), where folding files them under a and o;
/// - in Ukrainian ґ, є, і, ї come after г, е, и, і and й after ї (Ґорґани after Гадяч, Ірпінь
///   after Ивано-, Київ after Йосипівка), where Unicode's order puts them after я;
/// - in Russian й comes after и (Иркутск before Йошкар-Ола), where folding makes it и; ё is
///   е, as Russian dictionaries file it.
///
/// And in a language of another script (Ukrainian and Russian, Arabic) the names written in it
/// come first, then the rest (the Finnish names in Latin letters), as readers of those languages
/// look for them and their collations order them: Хельсинки among the first of 308 places, not
/// after every Latin name.
pub fn sort_key(s: &str, lang: &str) -> String {
    let (own_script, letter): (fn(char) -> bool, Letter) = match lang {
        "uk" => (is_cyrillic, Some(ukrainian_letter)),
        "ru" => (is_cyrillic, Some(russian_letter)),
        "ar" => (
            |c| matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}'),
            None,
        ),
        "fi" | "sv" => return fold_as(String::with_capacity(s.len()), s, Some(nordic_letter)),
        _ => return fold_as(String::with_capacity(s.len()), s, None),
    };
    // The rank goes before the folded name, in the same allocation (keys are made for every
    // name of 100,000 services when a language is first shown).
    let own = s.chars().find(|c| c.is_alphabetic()).is_some_and(own_script);
    let mut key = String::with_capacity(s.len() + 1);
    key.push(if own { '0' } else { '1' });
    fold_as(key, s, letter)
}

/// A letter's place in a [`sort_key`] where the language's alphabet differs from folding.
type Letter = Option<fn(char) -> Option<char>>;

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{052F}')
}

/// The Nordic letters' places after z in a [`sort_key`]: the three characters that follow `z`
/// in ASCII, so they sort after every folded Latin letter and before any other script.
fn nordic_letter(c: char) -> Option<char> {
    match c {
        'å' => Some('{'),
        'ä' | 'æ' => Some('|'),
        'ö' | 'ø' => Some('}'),
        _ => None,
    }
}

/// A lower-case Cyrillic letter's place in the Ukrainian alphabet (а б в г ґ д е є ж з и і ї й
/// к л м н о п р с т у ф х ц ч ш щ ь ю я), as a character of the Private Use Area (U+E000 on, in
/// the alphabet's order: after every Latin letter, as Cyrillic is). The Russian letters it lacks
/// are filed where a Ukrainian reader looks for them: ё and э under е, ы under и, ъ under ь. A
/// match, not a search of the alphabet: every letter of 100,000 names passes here when Ukrainian
/// is first shown.
fn ukrainian_letter(c: char) -> Option<char> {
    let place = match c {
        // а б в г: Unicode's order.
        'а'..='г' => c as u32 - 'а' as u32,
        'ґ' => 4,
        'д' => 5,
        'е' | 'ё' | 'э' => 6,
        'є' => 7,
        'ж' | 'з' => c as u32 - 'ж' as u32 + 8,
        'и' | 'ы' => 10,
        'і' => 11,
        'ї' => 12,
        // й к л м н о п р с т у ф х ц ч ш щ: Unicode's order.
        'й'..='щ' => c as u32 - 'й' as u32 + 13,
        'ь' | 'ъ' => 30,
        'ю' | 'я' => c as u32 - 'ю' as u32 + 31,
        _ => return None,
    };
    char::from_u32(0xE000 + place)
}

/// In Russian й is a letter of its own, which Unicode's order already puts after и.
fn russian_letter(c: char) -> Option<char> {
    (c == 'й').then_some('й')
}

/// [`fold`] onto the end of `out`, reusing its memory.
pub(crate) fn fold_onto(out: String, s: &str) -> String {
    fold_as(out, s, None)
}

/// `s` folded onto the end of `out` (which may hold a prefix, kept as it is); a lower-case
/// letter that `letter` places is put there instead of folded.
fn fold_as(mut out: String, s: &str, letter: Letter) -> String {
    let start = out.len();
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
            if let Some(placed) = letter.and_then(|place| place(lc)) {
                out.push(placed);
                space = false;
            } else if lc.is_alphanumeric() {
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
    if out.len() > start && out.ends_with(' ') {
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

/// A decimal number as people and links write it: a sign if any, digits, and a fraction after a
/// point ("-3", "60.16952", ".5"); no exponent, no "inf" or "NaN". The nearest double for up to 15
/// significant digits, as `str::parse` gives it (a whole number of them and a power of ten are
/// both exact, and the one division rounds once); digits after the 17th count for their place
/// only. Not `str::parse::<f64>`: its general algorithm and table of powers of five are 20 KB of
/// the app's wasm for coordinates of five decimals (BENCHMARKS.md, session 21).
pub fn parse_decimal(s: &str) -> Option<f64> {
    let (negative, unsigned) = match s.as_bytes().first()? {
        b'-' => (true, &s[1..]),
        b'+' => (false, &s[1..]),
        _ => (false, s),
    };
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    if whole.is_empty() && fraction.is_empty() {
        return None;
    }
    let (mut mantissa, mut significant, mut scale) = (0u64, 0, 0i32);
    for (i, b) in whole.bytes().chain(fraction.bytes()).enumerate() {
        if !b.is_ascii_digit() {
            return None;
        }
        let in_fraction = i >= whole.len();
        if significant < 17 {
            mantissa = mantissa * 10 + u64::from(b - b'0');
            significant += usize::from(mantissa > 0);
            scale -= i32::from(in_fraction);
        } else if !in_fraction {
            scale = scale.saturating_add(1);
        }
    }
    let m = mantissa as f64;
    let value = if scale < 0 {
        m / 10f64.powi(-scale)
    } else {
        m * 10f64.powi(scale)
    };
    Some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_decimal_reads_as_str_parse_reads_it() {
        use super::parse_decimal;
        // Coordinates as links write them, and their neighbours, against the standard library.
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let decimals = (x % 9) as usize;
            let v = (x >> 11) as f64 / (1u64 << 53) as f64 * 360.0 - 180.0;
            let text = format!("{v:.decimals$}");
            assert_eq!(parse_decimal(&text), text.parse::<f64>().ok(), "{text}");
        }
        for text in [
            "0",
            "-0",
            "+1",
            "7.",
            ".5",
            "-.5",
            "60.16952",
            "24.93545",
            "123456789012345",
            "0.000001",
            "3,5",
        ] {
            assert_eq!(parse_decimal(text), text.parse::<f64>().ok(), "{text}");
        }
        for text in [
            "", "-", "+", ".", "1.2.3", "1e5", "inf", "NaN", " 1", "1 ", "--1", "0x10",
        ] {
            assert_eq!(parse_decimal(text), None, "{text:?}");
        }
        // Long and extreme ones: near, and never a panic.
        let long = "3.14159265358979323846264338327950288";
        assert!((parse_decimal(long).unwrap() - std::f64::consts::PI).abs() < 1e-15);
        assert_eq!(parse_decimal(&"9".repeat(400)), Some(f64::INFINITY));
        assert_eq!(parse_decimal(&format!("0.{}1", "0".repeat(400))), Some(0.0));
    }

    #[test]
    fn the_room_made_for_a_text_is_the_room_it_is_written_in() {
        for n in [0, 1, 9, 10, 99, 100, 12_345, usize::MAX] {
            let mut written = String::new();
            push_length(&mut written, n);
            assert_eq!(decimal_digits(n), written.len(), "{n}");
        }
        let t = LocalisedText::new(&[("sv", "Tammerfors"), ("fi", &"x".repeat(1000)), ("en", "")]);
        let written = "2:en0:".len() + "2:fi1000:".len() + 1000 + "2:sv10:Tammerfors".len();
        assert_eq!(t.0 .0.len(), written);
        assert_eq!(t.get("sv"), "Tammerfors");
    }

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
    fn texts_keep_any_content_in_code_order_a_code_once() {
        // Texts with the separator, digits, nothing, and more than one byte a character.
        let tricky = [
            ("sv", "12:3:"),
            ("fi", ""),
            ("uk", "Київ: 10 років"),
            ("en", ":"),
            ("ar", "هلسنكي 5"),
            ("fi", "Tampere 2:fi"),
        ];
        let t = LocalisedText::new(&tricky);
        let pairs: Vec<(&str, &str)> = t.0.iter().collect();
        assert_eq!(
            pairs,
            [
                ("ar", "هلسنكي 5"),
                ("en", ":"),
                ("fi", "Tampere 2:fi"),
                ("sv", "12:3:"),
                ("uk", "Київ: 10 років")
            ]
        );
        assert_eq!(t.0.len(), 5);
        assert_eq!(t.0.get("fi"), Some("Tampere 2:fi"));
        assert_eq!(t.0.get("f"), None);
        assert!(t.0.contains_key("uk") && !t.0.contains_key("ru"));
        assert_eq!(t.0.keys().collect::<Vec<_>>(), ["ar", "en", "fi", "sv", "uk"]);
        assert_eq!(t.values().nth(3), Some("12:3:"));
        // Made in another order, the same text.
        let mut again = LocalisedText::new(&[("uk", "x")]);
        for (code, text) in tricky.iter().rev().skip(1) {
            again.0.insert(code.to_string(), text.to_string());
        }
        again.0.insert("fi".into(), "Tampere 2:fi".into());
        again.0.insert("uk".into(), "Київ: 10 років".into());
        assert_eq!(again, t);
        assert_eq!(format!("{again:?}"), format!("{t:?}"));
        assert!(format!("{t:?}").contains(r#""fi": "Tampere 2:fi""#), "{t:?}");
        // Through JSON, unchanged.
        let json = serde_json::to_string(&t).unwrap();
        assert_eq!(serde_json::from_str::<LocalisedText>(&json).unwrap(), t);
        let empty = LocalisedText::default();
        assert!(empty.0.is_empty() && empty.0.keys().next().is_none() && empty.pick("fi").is_none());
        assert!(!LocalisedText::new(&[("fi", "")]).0.is_empty());
    }

    #[test]
    fn escaped_json_texts_read_as_their_characters() {
        let t: LocalisedText = serde_json::from_str(r#"{"fi": "a\"b\u00e4", "e\u006e": "x"}"#).unwrap();
        assert_eq!(t.0.iter().collect::<Vec<_>>(), [("en", "x"), ("fi", "a\"bä")]);
        let e = serde_json::from_str::<LocalisedText>(r#"{"fi": 1}"#)
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("invalid type: integer `1`, expected a string"),
            "{e}"
        );
    }

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

    /// `names` in the order of their sort keys in `lang`.
    fn in_order<'a>(lang: &str, names: &[&'a str]) -> Vec<&'a str> {
        let mut names = names.to_vec();
        names.sort_by_cached_key(|n| sort_key(n, lang));
        names
    }

    #[test]
    fn finnish_and_swedish_put_a_ring_a_umlaut_o_umlaut_after_z() {
        let names = [
            "Äänekoski",
            "Övertorneå",
            "Åland",
            "Akaa",
            "Ylöjärvi",
            "Zeta",
            "Oulu",
            "Ähtäri",
        ];
        let order = |lang: &str| in_order(lang, &names);
        let nordic = [
            "Akaa",
            "Oulu",
            "Ylöjärvi",
            "Zeta",
            "Åland",
            "Ähtäri",
            "Äänekoski",
            "Övertorneå",
        ];
        assert_eq!(order("fi"), nordic);
        assert_eq!(order("sv"), nordic);
        // Elsewhere they are a and o, as folding for search has them.
        assert_eq!(
            order("en"),
            [
                "Äänekoski",
                "Ähtäri",
                "Akaa",
                "Åland",
                "Oulu",
                "Övertorneå",
                "Ylöjärvi",
                "Zeta"
            ]
        );
        assert_eq!(sort_key("Ääni", "en"), fold("Ääni"));
    }

    #[test]
    fn ukrainian_and_russian_letters_come_in_their_alphabets_order() {
        // Unicode puts ґ, є, і, ї after я, and folding makes й и.
        let ukrainian = [
            "Гадяч",
            "Ґорґани",
            "Енергодар",
            "Ємільчине",
            "Ивано",
            "Ізмаїл",
            "Ірпінь",
            "Їжаківка",
            "Йосипівка",
            "Київ",
            "Яготин",
        ];
        let mut shuffled = ukrainian;
        shuffled.reverse();
        shuffled.swap(0, 5);
        assert_eq!(in_order("uk", &shuffled), ukrainian);
        // Every letter of the alphabet, each a name of its own.
        let alphabet: Vec<String> = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"
            .chars()
            .map(String::from)
            .collect();
        let letters: Vec<&str> = alphabet.iter().map(String::as_str).collect();
        let backwards: Vec<&str> = letters.iter().rev().copied().collect();
        assert_eq!(in_order("uk", &backwards), letters);
        // Russian: й after и; ё filed as е (Ёлкино before Ессентуки).
        assert_eq!(
            in_order("ru", &["Йошкар-Ола", "Иркутск", "Ессентуки", "Ёлкино", "Калуга"]),
            ["Ёлкино", "Ессентуки", "Иркутск", "Йошкар-Ола", "Калуга"]
        );
        // Latin names still come after the reader's script, and a name's case does not matter.
        assert_eq!(
            in_order("uk", &["Aura", "їжак", "Ґава"]),
            ["Ґава", "їжак", "Aura"]
        );
    }

    #[test]
    fn names_in_the_readers_script_come_first() {
        let names = [
            "Helsinki",
            "Хельсинки",
            "Aura",
            "Вантаа",
            "هلسنكي",
            "Espoo",
            "أورا",
        ];
        let order = |lang: &str| in_order(lang, &names);
        assert_eq!(
            order("ru"),
            [
                "Вантаа",
                "Хельсинки",
                "Aura",
                "Espoo",
                "Helsinki",
                "أورا",
                "هلسنكي"
            ]
        );
        assert_eq!(order("uk")[..2], ["Вантаа", "Хельсинки"]);
        assert_eq!(order("ar")[..2], ["أورا", "هلسنكي"]);
        assert_eq!(order("ar")[2..5], ["Aura", "Espoo", "Helsinki"]);
        // Latin first where the reader's script is Latin (Unicode's order puts it before the others).
        assert_eq!(order("en")[..3], ["Aura", "Espoo", "Helsinki"]);
        assert_eq!(order("fi")[..3], ["Aura", "Espoo", "Helsinki"]);
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
