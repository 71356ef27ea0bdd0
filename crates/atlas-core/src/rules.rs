//! The rules a single value must keep (SPEC §1), as predicates: an id, a language code, a web
//! address, an e-mail address, an international phone number. `load` applies them to the
//! dataset; the importers, the config reader, the URL state and the pages ask the same ones.

/// Lower-case letters, digits, `:`, `_` and `-`, starting with a letter or digit; at most 64.
pub fn is_valid_id(id: &str) -> bool {
    let b = id.as_bytes();
    !b.is_empty()
        && b.len() <= 64
        && (b[0].is_ascii_lowercase() || b[0].is_ascii_digit())
        && b.iter()
            .all(|&c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, b':' | b'_' | b'-'))
}

/// ISO 639-1 (two letters) or 639-3 (three letters), lower case.
pub fn is_language_code(l: &str) -> bool {
    (2..=3).contains(&l.len()) && l.bytes().all(|b| b.is_ascii_lowercase())
}

/// An absolute http(s) address with a host and no spaces or control characters.
pub fn is_web_url(u: &str) -> bool {
    let rest = u.strip_prefix("https://").or_else(|| u.strip_prefix("http://"));
    match rest {
        Some(r) => {
            let host = r.split(['/', '?', '#']).next().unwrap_or("");
            !host.is_empty()
                && !u
                    .chars()
                    .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>')
        }
        None => false,
    }
}

pub fn is_email(e: &str) -> bool {
    match e.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && e.len() <= 254
                && !e.chars().any(|c| {
                    c.is_whitespace()
                        || c.is_control()
                        || matches!(c, '<' | '>' | '"' | ',' | ';' | ':' | '?' | '&' | '/' | '\\')
                })
                && !domain.contains('@')
        }
        None => false,
    }
}

/// `+` and 6–15 digits, with optional spaces or hyphens between them.
pub fn is_international_phone(n: &str) -> bool {
    let Some(rest) = n.strip_prefix('+') else {
        return false;
    };
    let digits = rest.bytes().filter(u8::is_ascii_digit).count();
    rest.bytes().all(|b| b.is_ascii_digit() || b == b' ' || b == b'-')
        && rest.starts_with(|c: char| c.is_ascii_digit())
        && (6..=15).contains(&digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_addresses_and_phones() {
        assert!(
            is_valid_id("ih-tampere") && is_valid_id("region:06") && !is_valid_id("Ih") && !is_valid_id("-a")
        );
        assert!(!is_valid_id(&"a".repeat(65)));
        assert!(
            is_web_url("https://tem.fi/en")
                && !is_web_url("javascript:alert(1)")
                && !is_web_url("data:text/html,x")
        );
        assert!(!is_web_url("https://") && !is_web_url("https://a b"));
        assert!(
            is_email("info@example.org") && !is_email("info@") && !is_email("a b@c.fi") && !is_email("x@y")
        );
        assert!(
            is_international_phone("+358 40 123 4567")
                && !is_international_phone("040 123 4567")
                && !is_international_phone("+358 abc")
        );
    }

    #[test]
    fn language_codes() {
        assert!(is_language_code("fi") && is_language_code("sme"));
        assert!(!is_language_code("FI") && !is_language_code("f") && !is_language_code("fine"));
    }
}
