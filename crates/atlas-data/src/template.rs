//! The spreadsheet template (docs/template.csv): one row per service, one column per
//! field of SPEC §1. Shared by `import csv` and `export csv`, so a round trip keeps
//! every field.
//!
//! Localised fields have one column per language (`name_fi`, `name_sv`, `name_en`, and
//! any other ISO 639 code: `name_uk`); lists are separated by `;`. Phone numbers and
//! their notes are two aligned lists: the n-th `phone_info_fi` entry belongs to the
//! n-th number in `phones`.

/// Localised fields: column prefix (the language code follows).
pub const LOCALISED: [&str; 6] = [
    "name",
    "description",
    "street",
    "post_office",
    "accessibility",
    "phone_info",
];

/// Plain columns, in template order (localised columns are placed by `header`).
pub const PLAIN: [&str; 17] = [
    "id",
    "provider",
    "municipality",
    "postal_code",
    "lat",
    "lon",
    "channels",
    "languages",
    "phones",
    "email",
    "website",
    "opening_hours",
    "appointment",
    "target_groups",
    "topics",
    "wheelchair",
    "last_verified",
];

/// The languages that always get columns.
pub const BASE_LANGUAGES: [&str; 3] = ["fi", "sv", "en"];

/// Required columns: a service needs these fields (SPEC §1; at least one `name_*` too).
pub const REQUIRED: [&str; 5] = ["id", "municipality", "lat", "lon", "languages"];

/// The header for the given languages (fi, sv, en first, then the others).
pub fn header(languages: &[String]) -> Vec<String> {
    let loc = |prefix: &str| {
        languages
            .iter()
            .map(|l| format!("{prefix}_{l}"))
            .collect::<Vec<_>>()
    };
    let mut h = vec!["id".to_string()];
    h.extend(loc("name"));
    h.extend(loc("description"));
    h.extend(["provider", "municipality"].map(String::from));
    h.extend(loc("street"));
    h.push("postal_code".into());
    h.extend(loc("post_office"));
    h.extend(["lat", "lon", "channels", "languages", "phones"].map(String::from));
    h.extend(loc("phone_info"));
    h.extend(
        [
            "email",
            "website",
            "opening_hours",
            "appointment",
            "target_groups",
            "topics",
            "wheelchair",
        ]
        .map(String::from),
    );
    h.extend(loc("accessibility"));
    h.push("last_verified".into());
    h
}

/// What a header cell means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Column {
    Plain(&'static str),
    Localised(&'static str, String),
    Unknown,
}

pub fn classify(name: &str) -> Column {
    let name = name.trim();
    if let Some(p) = PLAIN.iter().find(|p| **p == name) {
        return Column::Plain(p);
    }
    for prefix in LOCALISED {
        if let Some(lang) = name.strip_prefix(prefix).and_then(|r| r.strip_prefix('_')) {
            if atlas_core::rules::is_language_code(lang) {
                return Column::Localised(prefix, lang.to_string());
            }
        }
    }
    Column::Unknown
}

/// The spreadsheet's letter for a 0-based column: 0 → A, 25 → Z, 26 → AA.
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Splits a list cell on `;`, trimming and dropping empty entries.
pub fn split_list(cell: &str) -> Vec<String> {
    cell.split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

/// Splits an aligned list cell on `;`, keeping empty entries (a number without a note).
pub fn split_aligned(cell: &str) -> Vec<String> {
    if cell.trim().is_empty() {
        return Vec::new();
    }
    cell.split(';').map(|s| s.trim().to_string()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(27), "AB");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
    }

    #[test]
    fn header_columns_classify_back() {
        let langs: Vec<String> = ["fi", "sv", "en", "uk"].map(String::from).to_vec();
        let h = header(&langs);
        assert_eq!(h[0], "id");
        assert!(h.contains(&"name_uk".to_string()) && h.contains(&"phone_info_sv".to_string()));
        for c in &h {
            assert_ne!(classify(c), Column::Unknown, "{c}");
        }
        for r in REQUIRED {
            assert!(h.iter().any(|c| c == r), "{r}");
        }
        assert_eq!(classify("name_FI"), Column::Unknown);
        assert_eq!(classify("nmae_fi"), Column::Unknown);
        assert_eq!(classify(" lat "), Column::Plain("lat"));
        assert_eq!(
            classify("post_office_sv"),
            Column::Localised("post_office", "sv".into())
        );
    }

    #[test]
    fn docs_template_has_the_header() {
        let text =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/template.csv")).unwrap();
        let first = text
            .strip_prefix('\u{feff}')
            .expect("a byte-order mark, for Excel")
            .lines()
            .next()
            .unwrap();
        let langs: Vec<String> = BASE_LANGUAGES.iter().map(|l| l.to_string()).collect();
        assert_eq!(first, header(&langs).join(","));
    }

    #[test]
    fn lists() {
        assert_eq!(split_list(" fi; sv;;en "), ["fi", "sv", "en"]);
        assert_eq!(split_aligned("a;;c"), ["a", "", "c"]);
        assert!(split_aligned("  ").is_empty());
    }
}
