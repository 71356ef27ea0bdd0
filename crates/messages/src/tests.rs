use super::*;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

const LOCALES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../locales");

fn category(rules: &PluralRules, n: i64) -> String {
    match rules.select(n).expect("an integer has a category") {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
    .to_string()
}

/// The variables a message's parts use: (name, whether it chooses a variant).
fn variables(parts: &[Part], out: &mut Vec<(String, bool)>) {
    for part in parts {
        match part {
            Part::Var(v) => out.push((v.to_string(), false)),
            Part::Select { var, variants, .. } => {
                out.push((var.to_string(), true));
                for (_, p) in variants {
                    variables(p, out);
                }
            }
            Part::Text(_) | Part::Literal(_) => {}
        }
    }
}

/// Every message of every UI language reads, and formats exactly as Fluent formats it (its
/// isolation marks included), for counts that reach every plural category of the six languages
/// and for text in another script.
#[test]
fn every_message_of_locales_formats_as_fluent_formats_it() {
    let mut languages: Vec<_> = std::fs::read_dir(LOCALES)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    languages.sort();
    assert!(languages.len() >= 6, "{languages:?}");
    let mut compared = 0;
    for dir in languages {
        let code = dir.file_name().unwrap().to_str().unwrap().to_string();
        let text = std::fs::read_to_string(dir.join("main.ftl")).unwrap();
        let ours = Messages::parse(&text).unwrap_or_else(|e| panic!("{code}: line {}", e.line));
        let lang: LanguageIdentifier = code.parse().unwrap();
        let resource = FluentResource::try_new(text.clone()).unwrap_or_else(|(_, e)| panic!("{code}: {e:?}"));
        let mut bundle = FluentBundle::new(vec![lang.clone()]);
        bundle.add_resource(resource).unwrap();
        let rules = PluralRules::create(lang, PluralRuleType::CARDINAL).unwrap();
        let ids: Vec<_> = fluent_syntax::parser::parse(text.as_str())
            .unwrap()
            .body
            .into_iter()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect();
        assert_eq!(ids.len(), ours.entries.len(), "{code}: every message read");
        for id in ids {
            let mut vars = Vec::new();
            variables(ours.find(&id).unwrap(), &mut vars);
            let counts: &[i64] = if vars.iter().any(|v| v.1) {
                &[0, 1, 2, 3, 4, 5, 11, 12, 14, 21, 22, 25, 100, 101, 102, 111, 1000]
            } else {
                &[7]
            };
            for &n in counts {
                let mut theirs = FluentArgs::new();
                let mut args = Vec::new();
                for (name, chooses) in &vars {
                    // A count shown but not choosing is a number too.
                    if *chooses || name == "count" {
                        theirs.set(name.clone(), FluentValue::from(n));
                        args.push((name.as_str(), Arg::Int(n)));
                    } else {
                        theirs.set(name.clone(), FluentValue::from("Київ (Kyiv)"));
                        args.push((name.as_str(), Arg::from("Київ (Kyiv)")));
                    }
                }
                let message = bundle.get_message(&id).unwrap();
                let mut errors = Vec::new();
                let expected = bundle.format_pattern(message.value().unwrap(), Some(&theirs), &mut errors);
                assert!(errors.is_empty(), "{code} {id}: {errors:?}");
                let got = ours.format(&id, &args, |n| category(&rules, n)).unwrap();
                assert_eq!(got, expected, "{code} {id} with {n}");
                compared += 1;
            }
        }
    }
    assert!(compared > 2500, "{compared} messages compared");
}

const SAMPLE: &str = "# A comment\n\
\n\
plain = Hello, world   \n\
with-var = Hello, { $name }!\n\
alone = { $name }\n\
separator = {\", \"}\n\
escaped = {\"a \\\"b\\\" \\\\ c\"}\n\
count = { $count ->\n\
    [0] Nothing\n\
    [one] One thing\n\
   *[other] { $count } things\n\
} here\n";

fn one_or_other(n: i64) -> String {
    (if n == 1 { "one" } else { "other" }).to_string()
}

#[test]
fn text_variables_and_literals() {
    let m = Messages::parse(SAMPLE).unwrap();
    let f = |key: &str, args: &[(&str, Arg)]| m.format(key, args, one_or_other);
    assert_eq!(f("plain", &[]).as_deref(), Some("Hello, world"));
    assert_eq!(
        f("with-var", &[("name", "Aino".into())]).as_deref(),
        Some("Hello, \u{2068}Aino\u{2069}!")
    );
    // A placeable alone is not isolated, nor is a literal.
    assert_eq!(f("alone", &[("name", "Aino".into())]).as_deref(), Some("Aino"));
    assert_eq!(f("separator", &[]).as_deref(), Some(", "));
    assert_eq!(f("escaped", &[]).as_deref(), Some("a \"b\" \\ c"));
    // A variable not given is written as Fluent writes it.
    assert_eq!(
        f("with-var", &[]).as_deref(),
        Some("Hello, \u{2068}{$name}\u{2069}!")
    );
    assert_eq!(f("missing", &[]), None);
    assert!(m.has("count") && !m.has("missing"));
    assert_eq!(m.text("plain"), Some("Hello, world"));
    assert_eq!(m.text("with-var"), None);
    assert_eq!(m.text("separator"), None);
    assert_eq!(
        m.keys().collect::<Vec<_>>(),
        ["alone", "count", "escaped", "plain", "separator", "with-var"]
    );
}

#[test]
fn a_number_picks_its_own_variant_then_its_category_then_the_default() {
    let m = Messages::parse(SAMPLE).unwrap();
    let f = |args: &[(&str, Arg)]| m.format("count", args, one_or_other).unwrap();
    assert_eq!(f(&[("count", 0usize.into())]), "\u{2068}Nothing\u{2069} here");
    assert_eq!(f(&[("count", 1usize.into())]), "\u{2068}One thing\u{2069} here");
    assert_eq!(
        f(&[("count", 7usize.into())]),
        "\u{2068}\u{2068}7\u{2069} things\u{2069} here"
    );
    // A string chooses by name; no value, the default.
    assert_eq!(f(&[("count", "one".into())]), "\u{2068}One thing\u{2069} here");
    assert_eq!(f(&[]), "\u{2068}\u{2068}{$count}\u{2069} things\u{2069} here");
}

#[test]
fn what_it_does_not_read_is_an_error_at_its_line() {
    for (text, line) in [
        ("a = b\n-term = Brand\n", 2),
        ("a = b\nc = d\n    .attribute = e\n", 3),
        ("a =\n    on the next line\n", 1),
        ("a = { b }\n", 1),
        ("a = { $n ->\n    [one] x\n    [other] y\n}\n", 4),
        ("a = { \"\\u0041\" }\n", 1),
        ("a = b }\n", 1),
        ("a = { $n\n", 2),
    ] {
        assert_eq!(
            Messages::parse(text).map(|_| ()),
            Err(ParseError { line }),
            "{text:?}"
        );
    }
    // Windows line ends read as well.
    let m = Messages::parse("a = b\r\nc = { $n ->\r\n   *[other] x\r\n}\r\n").unwrap();
    assert_eq!(m.format("a", &[], one_or_other).as_deref(), Some("b"));
    assert_eq!(m.format("c", &[], one_or_other).as_deref(), Some("x"));
}
