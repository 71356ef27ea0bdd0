//! The names of the topics and target groups in every UI language, taken from
//! `locales/*/main.ftl` (`topic-*`, `group-*`) at build time, read by the same reader as the
//! app's messages (crates/messages): a word typed in any of them finds those services
//! (`atlas_core::search::TermNames`), while the app downloads only its own language's messages.
//! The messages stay the one source; this writes `$OUT_DIR/term_names.rs` with `TOPIC_NAMES`
//! and `GROUP_NAMES`: for each word, its names in every language, one per line (one string a
//! word: 19 pointers rather than 114).

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
        let messages = atlas_messages::Messages::parse(&text)
            .unwrap_or_else(|e| panic!("{}: line {} does not read", path.display(), e.line));
        for key in messages.keys() {
            let (set, word) = match key.split_once('-') {
                Some(("topic", w)) => (&mut topics, w),
                Some(("group", w)) => (&mut groups, w),
                _ => continue,
            };
            // A name is plain text; one with a placeable would not be a name to search.
            let name = messages
                .text(key)
                .unwrap_or_else(|| panic!("{}: {key} is not plain text", path.display()));
            set.entry(word.to_string()).or_default().insert(name.to_string());
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
