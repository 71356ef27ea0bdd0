//! Cyrillic to Latin, so that a person who types a Finnish place name in Ukrainian
//! or Russian letters ("Гельсінкі", "Хельсинки") finds the place under its Latin name.
//!
//! Two tables, because the languages write the same letters differently: the
//! Ukrainian national romanisation (Cabinet of Ministers resolution 55/2010) and
//! the Russian passport romanisation (ICAO Doc 9303, used since 2013). Both work on
//! folded text (`text::fold` has already merged й/и, ї/і and ё/е), and both leave
//! anything that is not Cyrillic as it is.

/// A folded word as typed, then its Latin spellings ([`romanisations`]): what every search of
/// the atlas looks for.
pub fn spellings(folded: String) -> Vec<String> {
    let mut all = romanisations(&folded);
    all.insert(0, folded);
    all
}

/// The Latin spellings of a folded word that contains Cyrillic letters, Ukrainian
/// rules first, without repeats; empty when the word has no Cyrillic letter.
pub fn romanisations(folded: &str) -> Vec<String> {
    if !folded.chars().any(is_cyrillic) {
        return Vec::new();
    }
    let uk = romanise(folded, ukrainian);
    let ru = romanise(folded, russian);
    if uk == ru {
        vec![uk]
    } else {
        vec![uk, ru]
    }
}

fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

fn romanise(s: &str, table: fn(char) -> Option<&'static str>) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match table(c) {
            Some(latin) => out.push_str(latin),
            None => out.push(c),
        }
    }
    out
}

/// Letters both languages romanise alike.
fn common(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'д' => "d",
        'е' => "e",
        'ж' => "zh",
        'з' => "z",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ь' | 'ъ' => "",
        'ю' => "iu",
        'я' => "ia",
        _ => return None,
    })
}

fn ukrainian(c: char) -> Option<&'static str> {
    match c {
        'г' => Some("h"),
        'ґ' => Some("g"),
        'є' => Some("ie"),
        'и' => Some("y"),
        'і' => Some("i"),
        // Russian letters typed on a Ukrainian page still read as something.
        'ы' => Some("y"),
        'э' => Some("e"),
        _ => common(c),
    }
}

fn russian(c: char) -> Option<&'static str> {
    match c {
        'г' | 'ґ' => Some("g"),
        'и' | 'і' => Some("i"),
        'ы' => Some("y"),
        'э' => Some("e"),
        'є' => Some("e"),
        _ => common(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold;

    #[test]
    fn ukrainian_and_russian_spellings_of_finnish_places() {
        assert_eq!(romanisations(&fold("Гельсінкі")), vec!["helsinki", "gelsinki"]);
        assert_eq!(romanisations(&fold("Хельсинки")), vec!["khelsynky", "khelsinki"]);
        assert_eq!(romanisations(&fold("Тампере")), vec!["tampere"]);
        assert_eq!(romanisations(&fold("Турку")), vec!["turku"]);
        assert_eq!(romanisations(&fold("Еспоо")), vec!["espoo"]);
        assert_eq!(romanisations(&fold("Ювяскюля")), vec!["iuviaskiulia"]);
    }

    #[test]
    fn latin_and_other_scripts_have_no_romanisation() {
        assert!(romanisations("helsinki").is_empty());
        assert!(romanisations("هلسنكي").is_empty());
        assert!(romanisations("").is_empty());
    }

    #[test]
    fn mixed_words_keep_their_latin_letters() {
        assert_eq!(romanisations("ih-тампере"), vec!["ih-tampere"]);
    }
}
