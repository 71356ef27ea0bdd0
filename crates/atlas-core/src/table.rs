//! Tables of typed cells, sortable by a column, written as CSV: what the page shows and what the
//! download holds come from the same cells, so they cannot differ. Used by the network view
//! (`network`); nothing here knows what a table is about. Text is formatted for people by the
//! app (numbers and language names in the UI language); [`Cell::text`] is the neutral form.

use crate::query::token;
use crate::text::sort_key;
use std::cmp::Ordering;

/// A table's sort: a column key, ascending unless `descending`.
/// In the URL: the key, with a leading `-` for descending (`-services`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SortBy {
    pub column: String,
    pub descending: bool,
}

impl SortBy {
    pub fn parse(v: &str) -> Option<Self> {
        let (descending, key) = match v.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, v),
        };
        token(key)
            .filter(|k| !k.starts_with('-'))
            .map(|column| Self { column, descending })
    }
    pub fn encode(&self) -> String {
        format!("{}{}", if self.descending { "-" } else { "" }, self.column)
    }
}

/// A name from the data and the language it is in (the wanted one, or a fallback's), so that the
/// app can mark a name in another language than the page's with its own `lang`.
#[derive(Debug, Clone, PartialEq)]
pub struct Named {
    pub text: String,
    pub lang: String,
}

impl Named {
    /// The text of `t` in `lang`, along the SPEC's fallbacks, with the language it is in.
    pub fn pick(t: &crate::text::LocalisedText, lang: &str) -> Self {
        match t.pick(lang) {
            Some(p) => Named {
                text: p.text.to_string(),
                lang: p.lang.to_string(),
            },
            None => Named {
                text: String::new(),
                lang: lang.to_string(),
            },
        }
    }
}

/// One cell: the page and the CSV write it the same way ([`Cell::text`]).
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Text that is in no language (a code).
    Text(String),
    /// A name from the data.
    Name(Named),
    Count(usize),
    /// Kilometres, shown with one decimal; `None` when there is nothing to measure to.
    Km(Option<f64>),
    /// A share in per cent, shown with one decimal; `None` for an empty area.
    Percent(Option<f64>),
    /// Names from the data (joined by ", " in [`Cell::text`]; the app shows each on its own).
    List(Vec<Named>),
    /// Language codes (ISO 639): the app shows them by their names in the UI language.
    Languages(Vec<String>),
}

impl Cell {
    /// The cell as neutral text: numbers with a decimal point, one decimal for kilometres and
    /// shares, no grouping of thousands; names joined by ", ", language codes as they are. The
    /// app words a cell for people in the UI language (its decimal separator, language names).
    pub fn text(&self) -> String {
        match self {
            Cell::Text(s) | Cell::Name(Named { text: s, .. }) => s.clone(),
            Cell::Count(n) => n.to_string(),
            Cell::Km(Some(d)) | Cell::Percent(Some(d)) => format!("{:.1}", round_one_decimal(*d)),
            Cell::Km(None) | Cell::Percent(None) => String::new(),
            Cell::List(v) => v.iter().map(|n| n.text.as_str()).collect::<Vec<_>>().join(", "),
            Cell::Languages(v) => v.join(", "),
        }
    }

    /// The number a numeric cell shows, rounded as shown (one decimal for km and shares).
    pub fn number(&self) -> Option<f64> {
        match self {
            Cell::Count(n) => Some(*n as f64),
            Cell::Km(Some(d)) | Cell::Percent(Some(d)) => Some(round_one_decimal(*d)),
            _ => None,
        }
    }

    /// Numbers by value (a missing distance or share last), lists by length, text in the order
    /// of `lang`'s alphabet.
    fn compare(&self, other: &Cell, lang: &str) -> Ordering {
        let num = |c: &Cell| match c {
            Cell::Count(n) => Some(*n as f64),
            Cell::Km(d) | Cell::Percent(d) => Some(d.unwrap_or(f64::INFINITY)),
            Cell::List(v) => Some(v.len() as f64),
            Cell::Languages(v) => Some(v.len() as f64),
            Cell::Text(_) | Cell::Name(_) => None,
        };
        match (num(self), num(other)) {
            (Some(a), Some(b)) => a.partial_cmp(&b).unwrap_or(Ordering::Equal),
            _ => sort_key(&self.text(), lang).cmp(&sort_key(&other.text(), lang)),
        }
    }
}

/// A table: column keys (stable, used in URLs and as CSV headers' order), rows of cells.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub columns: Vec<&'static str>,
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    /// Sorts the rows by a column (unknown columns leave the order as it is), text in the order
    /// of `lang`'s alphabet; ties keep the first column's order, so the result is the same
    /// every time.
    pub fn sort(&mut self, by: Option<&SortBy>, lang: &str) {
        let Some(by) = by else { return };
        let Some(c) = self.columns.iter().position(|k| *k == by.column) else {
            return;
        };
        self.rows.sort_by(|a, b| {
            let o = a[c].compare(&b[c], lang);
            let o = if by.descending { o.reverse() } else { o };
            o.then_with(|| a[0].compare(&b[0], lang))
        });
    }

    /// The table as CSV (RFC 4180 with the given delimiter: CRLF line ends, fields quoted
    /// when they hold the delimiter, a quote or a line break), with the given header texts
    /// and each cell written by `cell` (the app's wording: language names, decimal commas).
    /// A field that a spreadsheet would read as a formula is made text.
    pub fn to_csv(&self, headers: &[String], delimiter: char, cell: impl Fn(&Cell) -> String) -> String {
        let mut out = String::new();
        push_csv_row(&mut out, delimiter, headers.iter().map(String::as_str));
        for row in &self.rows {
            let texts: Vec<String> = row.iter().map(&cell).collect();
            push_csv_row(&mut out, delimiter, texts.iter().map(String::as_str));
        }
        out
    }
}

/// Half away from zero (81.25 → 81.3), as people round, not half to even.
fn round_one_decimal(d: f64) -> f64 {
    (d * 10.0).round() / 10.0
}

/// Whether a spreadsheet would read a field as a formula (OWASP's list: a leading =, +, -,
/// @, tab or carriage return), unless it is a plain number such as -3 or -3,5.
pub fn looks_like_formula(f: &str) -> bool {
    let plain_number = |s: &str| crate::text::parse_decimal(&s.replacen(',', ".", 1)).is_some();
    f.starts_with(['=', '+', '@', '\t', '\r']) || (f.starts_with('-') && !plain_number(f))
}

fn push_csv_row<'a>(out: &mut String, delimiter: char, fields: impl Iterator<Item = &'a str>) {
    for (i, f) in fields.enumerate() {
        if i > 0 {
            out.push(delimiter);
        }
        let guarded = if looks_like_formula(f) {
            format!("'{f}")
        } else {
            f.to_string()
        };
        if guarded.contains([delimiter, '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&guarded.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&guarded);
        }
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_sorts_in_the_order_of_the_languages_alphabet() {
        let mut t = Table {
            columns: vec!["area"],
            rows: ["Åland", "Ylä-Savo", "Ahvenanmaa"]
                .map(|n| vec![Cell::Text(n.into())])
                .into(),
        };
        let by = SortBy::parse("area");
        let names = |t: &Table| t.rows.iter().map(|r| r[0].text()).collect::<Vec<_>>();
        t.sort(by.as_ref(), "fi");
        assert_eq!(names(&t), ["Ahvenanmaa", "Ylä-Savo", "Åland"]);
        t.sort(by.as_ref(), "en");
        assert_eq!(names(&t), ["Ahvenanmaa", "Åland", "Ylä-Savo"]);
    }

    #[test]
    fn one_decimal_rounds_half_up() {
        assert_eq!(Cell::Percent(Some(81.25)).text(), "81.3");
        assert_eq!(Cell::Percent(Some(100.0 / 3.0)).text(), "33.3");
        assert_eq!(Cell::Km(Some(0.04)).text(), "0.0");
    }

    #[test]
    fn csv_quotes_and_guards_formulas() {
        let quoted = Table {
            columns: vec!["x", "y"],
            rows: vec![vec![
                Cell::Text("say \"hi\"\nthere".into()),
                Cell::Text("=SUM(A1)".into()),
            ]],
        };
        assert_eq!(
            quoted.to_csv(&["x".into(), "y".into()], ',', Cell::text),
            "x,y\r\n\"say \"\"hi\"\"\nthere\",'=SUM(A1)\r\n"
        );
        for f in ["=1+1", "+358", "-x", "@SUM(A1)", "\tx", "\r=1", "-1,5x"] {
            assert!(looks_like_formula(f), "{f:?}");
        }
        for f in ["-3", "-3,5", "-3.5", "92,3", "Hämeenlinna", "a=b", ""] {
            assert!(!looks_like_formula(f), "{f:?}");
        }
        let hostile = Table {
            columns: vec!["x"],
            rows: vec![vec![Cell::Text("=HYPERLINK(\"http://x\";\"y\")".into())]],
        };
        assert_eq!(
            hostile.to_csv(&["x".into()], ';', Cell::text),
            "x\r\n\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\"\r\n"
        );
    }
}
