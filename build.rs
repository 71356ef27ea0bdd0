//! The names of the topics and target groups in every UI language, taken from
//! `locales/*/main.ftl` (`topic-*`, `group-*`) at build time: a word typed in any of them finds
//! those services (`atlas_core::search::TermNames`), while the app downloads only its own
//! language's messages. The messages stay the one source; this writes
//! `$OUT_DIR/term_names.rs` with `TOPIC_NAMES` and `GROUP_NAMES`: for each word, its names in
//! every language, one per line (one string a word: 19 pointers rather than 114).

use fluent_syntax::ast::{Entry, PatternElement};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

fn main() {
    println!("cargo::rerun-if-changed=locales");
    let mut languages: Vec<_> = std::fs::read_dir("locales")
        .expect("locales/ is beside Cargo.toml")
        .map(|e| e.expect("locales/ can be read").path())
        .filter(|p| p.is_dir())
        .collect();
    languages.sort();
    let (mut topics, mut groups) = (BTreeMap::<String, BTreeSet<String>>::new(), BTreeMap::new());
    for dir in &languages {
        let path = dir.join("main.ftl");
        println!("cargo::rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        // The locale check (tests/e2e/locales.test.mjs) reports a file that does not parse.
        let resource = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(r, _)| r);
        for entry in resource.body {
            let Entry::Message(m) = entry else { continue };
            let (set, word) = match m.id.name.split_once('-') {
                Some(("topic", w)) => (&mut topics, w),
                Some(("group", w)) => (&mut groups, w),
                _ => continue,
            };
            // A name is plain text; one with a placeable would not be a name to search.
            let Some(name) = m.value.and_then(|p| match p.elements.as_slice() {
                [PatternElement::TextElement { value }] => Some(value.trim().to_string()),
                _ => None,
            }) else {
                panic!("{}: {} is not plain text", path.display(), m.id.name)
            };
            set.entry(word.to_string()).or_default().insert(name);
        }
    }
    let mut out = String::new();
    for (constant, set) in [("TOPIC_NAMES", &topics), ("GROUP_NAMES", &groups)] {
        let pairs: Vec<_> = set
            .iter()
            .map(|(word, names)| (word, Vec::from_iter(names.iter().map(String::as_str)).join("\n")))
            .collect();
        writeln!(out, "pub static {constant}: &[(&str, &str)] = &{pairs:?};").unwrap();
    }
    let path = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("term_names.rs");
    std::fs::write(path, out).unwrap();
}
