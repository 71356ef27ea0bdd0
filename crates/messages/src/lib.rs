//! The UI's messages (`locales/*/main.ftl`), read and formatted without Fluent's crates, whose
//! parser, formatter, language tags, plural tables and float parser were about 85 KB of the
//! app's wasm (BENCHMARKS.md, session 21). The files keep Fluent's syntax, and translators its
//! tools: this reads the part of it the files use, and the tests hold its output to Fluent's own
//! for every message of every language. Anything else is an error that names its line, so a new
//! construct in a file fails the tests rather than shows wrong.
//!
//! Read: comments (`#`), blank lines and messages `key = pattern`. A pattern is text and
//! placeables on one line: `{ $var }`, `{ "literal" }`, and a selector across lines,
//!
//! ```text
//! result-count = { $count ->
//!     [0] No services found
//!     [one] { $count } service found
//!    *[other] { $count } services found
//! } today
//! ```
//!
//! Formatted as Fluent does: a number picks the variant keyed by that number, else by its plural
//! category (the caller's: the app asks the browser's `Intl.PluralRules`), else the default; a
//! string picks the variant of its name; a variable or selector among other parts is isolated
//! with U+2068 … U+2069, so that a name in another script does not reorder the text around it.

use std::borrow::Cow;

/// A message's parts, as written.
#[derive(Debug, Clone, PartialEq)]
enum Part {
    Text(Box<str>),
    Literal(Box<str>),
    Var(Box<str>),
    Select {
        var: Box<str>,
        variants: Vec<(Key, Vec<Part>)>,
        default: usize,
    },
}

#[derive(Debug, Clone, PartialEq)]
enum Key {
    Number(i64),
    Name(Box<str>),
}

/// A value given to a message's variable.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'a> {
    Int(i64),
    Str(Cow<'a, str>),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(Cow::Borrowed(s))
    }
}
impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(Cow::Borrowed(s))
    }
}
impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Str(Cow::Owned(s))
    }
}
impl<'a> From<Cow<'a, str>> for Arg<'a> {
    fn from(s: Cow<'a, str>) -> Self {
        Arg::Str(s)
    }
}
macro_rules! int_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
int_args!(u8, u16, u32, u64, usize, i32, i64);

/// Where a file stops being what this reads: its line, from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
}

/// One language's messages.
#[derive(Debug, Default)]
pub struct Messages {
    /// By key, in order (looked up by halving).
    entries: Vec<(Box<str>, Vec<Part>)>,
}

impl Messages {
    /// Reads a Fluent file of the kind described above.
    pub fn parse(text: &str) -> Result<Messages, ParseError> {
        let mut p = Parser {
            s: text.as_bytes(),
            at: 0,
            text,
        };
        let mut entries: Vec<(Box<str>, Vec<Part>)> = Vec::new();
        while p.at < p.s.len() {
            match p.peek() {
                b'#' | b'\n' | b'\r' => p.skip_line(),
                b'a'..=b'z' | b'A'..=b'Z' => {
                    let start = p.at;
                    let key = p.ident()?;
                    p.inline_blank();
                    p.expect(b'=')?;
                    p.inline_blank();
                    let parts = p.pattern()?;
                    if parts.is_empty() {
                        // A value on the lines below (Fluent allows it; these files do not).
                        p.at = start;
                        return Err(p.error());
                    }
                    entries.push((key.into(), parts));
                }
                _ => return Err(p.error()),
            }
        }
        entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        Ok(Messages { entries })
    }

    /// Whether the file has a message `key`.
    pub fn has(&self, key: &str) -> bool {
        self.find(key).is_some()
    }

    /// The keys, in order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|(k, _)| &**k)
    }

    /// Message `key` when it is plain text, with nothing to fill in or choose.
    pub fn text(&self, key: &str) -> Option<&str> {
        match self.find(key)? {
            [Part::Text(t)] => Some(t),
            _ => None,
        }
    }

    /// Message `key` with `args`; `plural` names a number's plural category ("one", "few", …)
    /// in this language. None when there is no such message.
    pub fn format(&self, key: &str, args: &[(&str, Arg)], plural: impl Fn(i64) -> String) -> Option<String> {
        let parts = self.find(key)?;
        let mut out = String::new();
        write(parts, args, &plural, &mut out);
        Some(out)
    }

    fn find(&self, key: &str) -> Option<&[Part]> {
        self.entries
            .binary_search_by(|(k, _)| (**k).cmp(key))
            .ok()
            .map(|i| self.entries[i].1.as_slice())
    }
}

fn write(parts: &[Part], args: &[(&str, Arg)], plural: &dyn Fn(i64) -> String, out: &mut String) {
    let isolate = parts.len() > 1;
    let arg = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, a)| a);
    for part in parts {
        match part {
            Part::Text(t) | Part::Literal(t) => out.push_str(t),
            Part::Var(name) => {
                if isolate {
                    out.push('\u{2068}');
                }
                match arg(name) {
                    Some(Arg::Int(n)) => out.push_str(&n.to_string()),
                    Some(Arg::Str(s)) => out.push_str(s),
                    // As Fluent writes a variable it was not given.
                    None => {
                        out.push_str("{$");
                        out.push_str(name);
                        out.push('}');
                    }
                }
                if isolate {
                    out.push('\u{2069}');
                }
            }
            Part::Select {
                var,
                variants,
                default,
            } => {
                let is = |key: &Key, name: &str| matches!(key, Key::Name(k) if **k == *name);
                let chosen =
                    match arg(var) {
                        Some(Arg::Int(n)) => variants
                            .iter()
                            .position(|(k, _)| *k == Key::Number(*n))
                            .or_else(|| {
                                let category = plural(*n);
                                variants.iter().position(|(k, _)| is(k, &category))
                            }),
                        Some(Arg::Str(s)) => variants.iter().position(|(k, _)| is(k, s)),
                        None => None,
                    };
                if isolate {
                    out.push('\u{2068}');
                }
                write(&variants[chosen.unwrap_or(*default)].1, args, plural, out);
                if isolate {
                    out.push('\u{2069}');
                }
            }
        }
    }
}

struct Parser<'a> {
    s: &'a [u8],
    at: usize,
    text: &'a str,
}

impl<'a> Parser<'a> {
    fn peek(&self) -> u8 {
        self.s.get(self.at).copied().unwrap_or(0)
    }

    fn error(&self) -> ParseError {
        let upto = &self.s[..self.at.min(self.s.len())];
        ParseError {
            line: 1 + upto.iter().filter(|&&b| b == b'\n').count(),
        }
    }

    fn expect(&mut self, b: u8) -> Result<(), ParseError> {
        if self.peek() != b {
            return Err(self.error());
        }
        self.at += 1;
        Ok(())
    }

    fn skip_line(&mut self) {
        while self.at < self.s.len() && self.s[self.at] != b'\n' {
            self.at += 1;
        }
        self.at += 1;
    }

    fn inline_blank(&mut self) {
        while self.peek() == b' ' {
            self.at += 1;
        }
    }

    /// Spaces and line ends (inside a placeable).
    fn blank(&mut self) {
        while matches!(self.peek(), b' ' | b'\n' | b'\r') {
            self.at += 1;
        }
    }

    fn ident(&mut self) -> Result<&'a str, ParseError> {
        let start = self.at;
        if !self.peek().is_ascii_alphabetic() {
            return Err(self.error());
        }
        while matches!(self.peek(), b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_' | b'-') {
            self.at += 1;
        }
        Ok(&self.text[start..self.at])
    }

    /// Text and placeables up to the end of the line (a placeable may span lines), the line's
    /// end taken; trailing spaces are not part of the text, as in Fluent.
    fn pattern(&mut self) -> Result<Vec<Part>, ParseError> {
        let mut parts = Vec::new();
        loop {
            match self.peek() {
                0 => break,
                b'\r' | b'\n' => {
                    self.skip_line();
                    break;
                }
                b'{' => parts.push(self.placeable()?),
                b'}' => return Err(self.error()),
                _ => {
                    let start = self.at;
                    while !matches!(self.peek(), 0 | b'{' | b'}' | b'\n' | b'\r') {
                        self.at += 1;
                    }
                    parts.push(Part::Text(self.text[start..self.at].into()));
                }
            }
        }
        if let Some(Part::Text(t)) = parts.last_mut() {
            let trimmed = t.trim_end();
            if trimmed.is_empty() {
                parts.pop();
            } else if trimmed.len() != t.len() {
                *t = trimmed.into();
            }
        }
        Ok(parts)
    }

    fn placeable(&mut self) -> Result<Part, ParseError> {
        self.expect(b'{')?;
        self.blank();
        let part = match self.peek() {
            b'$' => {
                self.at += 1;
                let var: Box<str> = self.ident()?.into();
                self.blank();
                if self.s[self.at..].starts_with(b"->") {
                    self.at += 2;
                    self.select(var)?
                } else {
                    Part::Var(var)
                }
            }
            b'"' => Part::Literal(self.literal()?.into()),
            _ => return Err(self.error()),
        };
        self.blank();
        self.expect(b'}')?;
        Ok(part)
    }

    /// `"…"` with the escapes `\"` and `\\`.
    fn literal(&mut self) -> Result<String, ParseError> {
        self.expect(b'"')?;
        let mut out = String::new();
        let mut start = self.at;
        loop {
            match self.peek() {
                b'"' => break,
                b'\\' if matches!(self.s.get(self.at + 1), Some(b'"' | b'\\')) => {
                    out.push_str(&self.text[start..self.at]);
                    self.at += 1;
                    start = self.at;
                    self.at += 1;
                }
                0 | b'\\' | b'\n' | b'\r' => return Err(self.error()),
                _ => self.at += 1,
            }
        }
        out.push_str(&self.text[start..self.at]);
        self.at += 1;
        Ok(out)
    }

    /// The variants after `{ $var ->`, up to (not taking) the closing brace.
    fn select(&mut self, var: Box<str>) -> Result<Part, ParseError> {
        let mut variants = Vec::new();
        let mut default = None;
        loop {
            self.blank();
            match self.peek() {
                b'}' => break,
                b'*' if default.is_none() => {
                    self.at += 1;
                    default = Some(variants.len());
                }
                b'[' => {}
                _ => return Err(self.error()),
            }
            self.expect(b'[')?;
            self.inline_blank();
            let key = if self.peek().is_ascii_digit() {
                let start = self.at;
                while self.peek().is_ascii_digit() {
                    self.at += 1;
                }
                Key::Number(self.text[start..self.at].parse().map_err(|_| self.error())?)
            } else {
                Key::Name(self.ident()?.into())
            };
            self.inline_blank();
            self.expect(b']')?;
            self.inline_blank();
            let pattern = self.pattern()?;
            variants.push((key, pattern));
        }
        let default = default.ok_or_else(|| self.error())?;
        Ok(Part::Select {
            var,
            variants,
            default,
        })
    }
}

#[cfg(test)]
mod tests;
