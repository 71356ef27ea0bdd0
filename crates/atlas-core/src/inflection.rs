//! Finnish place names as a person writes them in a sentence: "neuvonta Tampereella",
//! "palvelut Helsingissä", "Turusta", "Lappeenrantaan". A search box gets these as often
//! as the names themselves, and the keys hold only the names (`keys.rs`), so a typed word
//! that ends as a Finnish case does is also tried as the name it may be an inflection of.
//!
//! Not a grammar: the endings of the cases a place is named in (where, from where, to
//! where, whose), and the few changes of a name's last syllable that those cases bring
//! ("Helsinki" → "Helsingi-", "Turku" → "Turu-", "Lahti" → "Lahde-", "Rovaniemi" →
//! "Rovanieme-"), undone. Every spelling it offers is compared with whole words of the
//! keys, never as a part of one, and only when the word as typed matched nothing.

/// The case endings tried, folded (`text::fold`: ä is a, ö is o): inessive, elative,
/// adessive, ablative, allative, translative, the long illative, genitive. Longest first,
/// so that "-seen" is taken before "-n".
const ENDINGS: [&str; 8] = ["seen", "ssa", "sta", "lla", "lta", "lle", "ksi", "n"];

/// Shorter names than this, once an ending is off, are not guessed at: "oulu" from
/// "oulussa" is the shortest worth it, and shorter stems match too much.
const MIN_STEM: usize = 4;

/// The base forms a folded typed word may be an inflection of, without repeats; empty
/// for a word that does not end as a Finnish case does, or is not in Finnish letters.
pub fn finnish_base_forms(folded: &str) -> Vec<String> {
    if !folded.bytes().all(|b| b.is_ascii_lowercase()) {
        return Vec::new();
    }
    let mut stems: Vec<&str> = ENDINGS
        .iter()
        .filter_map(|ending| folded.strip_suffix(ending))
        .collect();
    // The illative lengthens the last vowel and adds n: Helsinkiin, Turkuun, Porvooseen
    // ("-seen" above).
    let b = folded.as_bytes();
    if let [.., v, w, b'n'] = b {
        if v == w && is_vowel(*v) {
            stems.push(&folded[..folded.len() - 2]);
        }
    }
    let mut forms = Vec::new();
    for stem in stems.into_iter().filter(|s| s.len() >= MIN_STEM) {
        // An e-stem's vowel is long before the ending: Tampere → Tampereella.
        let short = match stem.as_bytes() {
            [.., b'e', b'e'] => Some(&stem[..stem.len() - 1]),
            _ => None,
        };
        for s in std::iter::once(stem).chain(short) {
            push_new(&mut forms, s.to_string());
            for strong in strong_grades(s) {
                push_new(&mut forms, strong);
            }
        }
    }
    forms
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

fn push_new(forms: &mut Vec<String>, form: String) {
    if !forms.contains(&form) {
        forms.push(form);
    }
}

/// A stem's last syllable as the name has it: the weak grade of its consonants made
/// strong again (Helsingi → Helsinki, Lappeenranna → Lappeenranta, Turu → Turku,
/// Lapi → Lappi), and a closing e that was the name's i (Rovanieme → Rovaniemi,
/// Lahde → Lahti, Seinäjoe → Seinäjoki), alone or together.
fn strong_grades(stem: &str) -> Vec<String> {
    // Weak → strong, each tried once, at its last place in the stem's last four letters.
    const GRADES: [(&str, &str); 10] = [
        ("ng", "nk"),
        ("nn", "nt"),
        ("mm", "mp"),
        ("ll", "lt"),
        ("rr", "rt"),
        ("d", "t"),
        ("v", "p"),
        ("r", "rk"),
        ("p", "pp"),
        ("k", "kk"),
    ];
    let tail = stem.len().saturating_sub(4);
    let mut consonants = Vec::new();
    for (weak, strong) in GRADES {
        if let Some(at) = stem[tail..].rfind(weak).map(|i| tail + i) {
            // Only before the stem's last vowel: the syllable the ending was added to.
            if stem[at + weak.len()..].bytes().any(is_vowel) {
                consonants.push(format!("{}{strong}{}", &stem[..at], &stem[at + weak.len()..]));
            }
        }
    }
    let mut out = consonants.clone();
    for s in std::iter::once(stem.to_string()).chain(consonants) {
        if let Some(base) = s.strip_suffix('e') {
            out.push(format!("{base}i"));
            out.push(format!("{base}ki"));
        }
        // Varkaus → Varkaude-: the s of a few names is d before an ending.
        if let Some(base) = s.strip_suffix("de") {
            out.push(format!("{base}s"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold;

    fn finds(typed: &str, name: &str) -> bool {
        finnish_base_forms(&fold(typed)).contains(&fold(name))
    }

    #[test]
    fn places_named_in_a_sentence_lead_to_their_names() {
        for (typed, name) in [
            ("Tampereella", "Tampere"),
            ("Tampereelle", "Tampere"),
            ("Tampereen", "Tampere"),
            ("Helsingissä", "Helsinki"),
            ("Helsingin", "Helsinki"),
            ("Helsinkiin", "Helsinki"),
            ("Turussa", "Turku"),
            ("Turusta", "Turku"),
            ("Turkuun", "Turku"),
            ("Oulussa", "Oulu"),
            ("Espoossa", "Espoo"),
            ("Porvooseen", "Porvoo"),
            ("Vantaalla", "Vantaa"),
            ("Jyväskylässä", "Jyväskylä"),
            ("Lahdessa", "Lahti"),
            ("Rovaniemellä", "Rovaniemi"),
            ("Seinäjoella", "Seinäjoki"),
            ("Lappeenrannassa", "Lappeenranta"),
            ("Hangossa", "Hanko"),
            ("Kuopiosta", "Kuopio"),
            ("Varkaudessa", "Varkaus"),
            ("Valkeakoskella", "Valkeakoski"),
        ] {
            assert!(
                finds(typed, name),
                "{typed} → {name}: {:?}",
                finnish_base_forms(&fold(typed))
            );
        }
    }

    #[test]
    fn a_word_that_ends_as_no_case_does_has_no_base_forms() {
        for word in ["tampere", "helsinki", "oulu", "neuvonta", "info"] {
            assert!(finnish_base_forms(word).is_empty(), "{word}");
        }
    }

    #[test]
    fn short_stems_and_other_scripts_are_not_guessed_at() {
        // "ossa" would be "o", "kuussa" "kuu": too short to be told from other words.
        assert!(finnish_base_forms("ossa").is_empty());
        assert!(finnish_base_forms("kuussa").is_empty());
        assert!(finnish_base_forms(&fold("Тампереелла")).is_empty());
        assert!(finnish_base_forms("tampere2lla").is_empty());
    }
}
