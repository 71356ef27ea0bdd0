//! ARCHITECTURE.md stays a true map: it names every source folder and file (a folder it
//! describes as a whole, with a pattern such as `fuzz/fuzz_targets/*.rs`, names its files), and
//! every path it names exists.

use tidy::{dangling, named_paths, repository_root, unnamed, walk};

/// The source the map must cover: the app, the crates' sources, the fuzz targets and the
/// end-to-end tests (their modules; data such as `fuzz/corpus/` and fixtures as folders).
fn required(all: &[String]) -> Vec<String> {
    all.iter()
        .filter(|p| {
            // A folder's `mod.rs` is the folder, which must be named itself.
            let source = (p.ends_with(".rs") && !p.ends_with("/mod.rs")) || p.ends_with(".mjs");
            let folder = !p.contains('.');
            let under = |root: &str| p.starts_with(root);
            let crate_src = p.starts_with("crates/") && p.split('/').nth(2) == Some("src");
            let in_corpus = p.starts_with("fuzz/corpus/") || p.starts_with("tests/e2e/fixtures/");
            (under("src/") || crate_src || under("fuzz/") || under("tests/e2e/"))
                && (source || folder)
                && !in_corpus
        })
        .cloned()
        .collect()
}

#[test]
fn architecture_md_names_every_source_folder_and_file_and_nothing_that_is_not_there() {
    let root = repository_root();
    let doc = std::fs::read_to_string(root.join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    let all = walk(&root, "");
    let top_level: Vec<String> = all.iter().filter(|p| !p.contains('/')).cloned().collect();
    let named = named_paths(&doc, &top_level);
    assert!(named.len() > 100, "paths read from ARCHITECTURE.md: {named:?}");

    let missing = unnamed(&required(&all), &named);
    let gone = dangling(&named, &all);
    assert!(
        missing.is_empty() && gone.is_empty(),
        "ARCHITECTURE.md does not name:\n  {}\nARCHITECTURE.md names what does not exist:\n  {}",
        missing.join("\n  "),
        gone.iter()
            .map(|g| format!("{g:?}"))
            .collect::<Vec<_>>()
            .join("\n  ")
    );
}
