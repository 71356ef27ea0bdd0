//! The strict reader of the reference CSV files `build` reads (the municipalities, their
//! names): RFC 4180, comma-separated fields, optional double quotes with `""` as an escaped
//! quote, LF or CRLF line ends, an optional UTF-8 byte-order mark. Unlike the `csv` crate (which
//! the spreadsheet import uses, forgiving what spreadsheets write), it refuses malformed
//! quoting, a quote left open or one inside an unquoted field, with its line: a hand-kept
//! reference file with a stray quote must fail the build, not shift a column silently.

/// One record and the line it starts on (1-based, the header is line 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub line: usize,
    pub fields: Vec<String>,
}

/// Splits a CSV text into records. Blank lines are skipped.
pub fn parse(text: &str) -> Result<Vec<Record>, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = Vec::new();
    let mut fields: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut line = 1;
    let mut start_line = 1;
    let mut in_quotes = false;
    // Whether the current field was quoted (then only a separator or line end may follow the closing quote).
    let mut quoted = false;
    let mut after_quote = false;
    let mut chars = text.chars().peekable();
    let mut row_has_content = false;

    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => {
                    in_quotes = false;
                    after_quote = true;
                }
                '\n' => {
                    line += 1;
                    field.push('\n');
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            ',' => {
                fields.push(std::mem::take(&mut field));
                quoted = false;
                after_quote = false;
                row_has_content = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                if row_has_content || !field.is_empty() || quoted {
                    fields.push(std::mem::take(&mut field));
                    records.push(Record {
                        line: start_line,
                        fields: std::mem::take(&mut fields),
                    });
                }
                quoted = false;
                after_quote = false;
                row_has_content = false;
                line += 1;
                start_line = line;
            }
            '"' if field.is_empty() && !quoted => {
                in_quotes = true;
                quoted = true;
                row_has_content = true;
            }
            _ if after_quote => {
                return Err(format!(
                    "line {line}: unexpected character {c:?} after a closing quote"
                ));
            }
            '"' => return Err(format!("line {line}: a quote inside an unquoted field")),
            _ => {
                field.push(c);
                row_has_content = true;
            }
        }
    }
    if in_quotes {
        return Err(format!("line {start_line}: a quoted field is not closed"));
    }
    if row_has_content || !field.is_empty() {
        fields.push(field);
        records.push(Record {
            line: start_line,
            fields,
        });
    }
    Ok(records)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<Vec<String>> {
        parse(text).unwrap().into_iter().map(|r| r.fields).collect()
    }

    #[test]
    fn plain_crlf_and_bom() {
        assert_eq!(
            rows("\u{feff}a,b\r\n1,2\r\n"),
            vec![vec!["a", "b"], vec!["1", "2"]]
        );
        assert_eq!(
            rows("a,b\n1,\n\n3,4"),
            vec![vec!["a", "b"], vec!["1", ""], vec!["3", "4"]]
        );
    }

    #[test]
    fn quotes() {
        assert_eq!(
            rows("\"x, y\",\"say \"\"hi\"\"\"\n"),
            vec![vec!["x, y", "say \"hi\""]]
        );
        assert_eq!(
            rows("\"two\nlines\",b\nc,d\n"),
            vec![vec!["two\nlines", "b"], vec!["c", "d"]]
        );
        let recs = parse("h\n\"two\nlines\"\nnext\n").unwrap();
        assert_eq!(recs.iter().map(|r| r.line).collect::<Vec<_>>(), vec![1, 2, 4]);
        assert_eq!(rows("\"\"\n"), vec![vec![""]]);
    }

    #[test]
    fn errors() {
        assert!(parse("\"open\n").is_err());
        assert!(parse("a\"b\n").is_err());
        assert!(parse("\"a\"b\n").is_err());
    }

    /// Why this reader and not the `csv` crate: the crate reads the same malformed files
    /// without an error, so a stray quote would shift a reference file's columns silently.
    #[test]
    fn the_csv_crate_would_accept_what_this_refuses() {
        for text in ["\"open\n", "a\"b\n"] {
            let mut reader = ::csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(text.as_bytes());
            assert!(reader.records().all(|r| r.is_ok()), "{text:?}");
            assert!(parse(text).is_err(), "{text:?}");
        }
    }
}
