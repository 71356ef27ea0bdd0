//! The fuzz regression corpus as ordinary tests: every input in `fuzz/corpus/<target>/` goes
//! through the same body its cargo-fuzz target runs (`fuzz/shared/bodies.rs`), on every run of
//! the test command, without cargo fuzz or a sanitizer build. Timed fuzzing, which looks for new
//! inputs, is the slow tier (`SLOW=1 scripts/test.sh`, `scripts/fuzz.sh`).

mod common;

#[path = "../../../fuzz/shared/bodies.rs"]
mod bodies;
#[path = "../../../fuzz/shared/reference.rs"]
mod reference;

use std::collections::BTreeSet;
use std::fs;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;

fn fuzz_dir() -> PathBuf {
    common::repo().join("fuzz")
}

fn body(name: &str) -> fn(&[u8]) {
    bodies::TARGETS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, f)| *f)
        .unwrap_or_else(|| panic!("no body named {name}"))
}

/// Runs every input of `fuzz/corpus/<name>/` through the target's body; names each input that
/// panicked.
fn replay(name: &str) {
    let run = body(name);
    let dir = fuzz_dir().join("corpus").join(name);
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{} holds no input", dir.display());
    let failed: Vec<String> = files
        .iter()
        .filter(|file| {
            let data = fs::read(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            catch_unwind(AssertUnwindSafe(|| run(&data))).is_err()
        })
        .map(|file| file.display().to_string())
        .collect();
    assert!(
        failed.is_empty(),
        "{name}: {} of {} inputs panicked: {failed:#?}",
        failed.len(),
        files.len()
    );
}

#[test]
fn corpus_dataset() {
    replay("dataset");
}

#[test]
fn corpus_url_state() {
    replay("url_state");
}

#[test]
fn corpus_opening_hours() {
    replay("opening_hours");
}

#[test]
fn corpus_config() {
    replay("config");
}

#[test]
fn corpus_import_csv() {
    replay("import_csv");
}

#[test]
fn corpus_import_ptv() {
    replay("import_ptv");
}

#[test]
fn corpus_pack() {
    replay("pack");
}

fn names_in(dir: &str, suffix: &str) -> BTreeSet<String> {
    let dir = fuzz_dir().join(dir);
    fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| {
            e.expect("a directory entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter_map(|n| n.strip_suffix(suffix).map(str::to_string))
        .collect()
}

/// Every target has a body, a corpus and a test above; every target file runs its shared body.
#[test]
fn every_target_is_replayed_through_its_shared_body() {
    let bodies: BTreeSet<String> = bodies::TARGETS.iter().map(|(n, _)| n.to_string()).collect();
    let targets = names_in("fuzz_targets", ".rs");
    assert_eq!(
        targets, bodies,
        "fuzz/fuzz_targets/*.rs and the bodies in fuzz/shared/bodies.rs"
    );
    let corpora: BTreeSet<String> = names_in("corpus", "");
    assert_eq!(
        corpora, bodies,
        "fuzz/corpus/* and the bodies in fuzz/shared/bodies.rs"
    );
    let this = fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_corpus.rs"))
        .expect("this file");
    for name in &bodies {
        assert!(
            this.contains(&format!("replay(\"{name}\")")),
            "a test here replays {name}"
        );
    }
    for name in &targets {
        let file = fuzz_dir().join("fuzz_targets").join(format!("{name}.rs"));
        let source = fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        assert!(
            source.contains(&format!("bodies::{name}(data)")),
            "{} runs bodies::{name}, the body this test replays",
            file.display()
        );
    }
}
