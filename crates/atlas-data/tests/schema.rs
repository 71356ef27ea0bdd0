//! The published JSON Schema (public/schema/integration-atlas-1.schema.json) against
//! the default dataset and one hand-written fixture per rule it expresses. Every
//! fixture is also given to the app's own loader, so the schema and the loader
//! cannot drift apart without a test failing.

mod common;

use common::repo;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn validator() -> jsonschema::Validator {
    let schema = read_json(&repo().join("public/schema/integration-atlas-1.schema.json"));
    assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert!(
        jsonschema::meta::is_valid(&schema),
        "the schema is not a valid draft 2020-12 schema"
    );
    // Dates and e-mail addresses are `format`s, which 2020-12 only annotates unless asked.
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the schema compiles")
}

fn errors(v: &jsonschema::Validator, doc: &Value) -> Vec<String> {
    v.iter_errors(doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

/// Whether the app's loader would refuse the file or leave a record out.
fn loader_rejects(path: &Path) -> bool {
    let text = std::fs::read_to_string(path).unwrap();
    match atlas_core::load(&text) {
        Err(_) => true,
        Ok(loaded) => !loaded.problems.is_empty(),
    }
}

/// What the loader does with a file the schema rejects (SPEC §1): refuses the file, leaves a
/// record out, or keeps the record without the bad field.
fn loader_effect(path: &Path) -> &'static str {
    let text = std::fs::read_to_string(path).unwrap();
    match atlas_core::load(&text) {
        Err(_) => "refused",
        Ok(l) if l.problems.iter().any(|p| p.effect == atlas_core::Effect::LeftOut) => "left out",
        Ok(l) if !l.problems.is_empty() => "dropped",
        Ok(_) => "accepted",
    }
}

#[test]
fn the_default_dataset_is_valid() {
    let v = validator();
    let doc = read_json(&repo().join("public/data/atlas.json"));
    assert_eq!(errors(&v, &doc), Vec::<String>::new());
}

#[test]
fn the_minimal_fixture_is_valid_for_the_schema_and_the_loader() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema/valid-minimal.json");
    assert_eq!(errors(&validator(), &read_json(&path)), Vec::<String>::new());
    assert!(
        !loader_rejects(&path),
        "the loader leaves something out of the valid fixture"
    );
}

#[test]
fn every_invalid_fixture_is_rejected() {
    let v = validator();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema/invalid");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    // One fixture per rule, each with the place the schema must point at: a deleted
    // fixture must not silently shrink the test, and each must fail for its own reason.
    // The third column is what the loader does: only a bad id, name, required reference,
    // location or language list leaves a record out; a bad optional value is dropped.
    let expected: [(&str, &str, &str); 32] = [
        ("area-kind-not-a-word", "/areas/0/kind", "left out"),
        ("bad-coordinates", "/services/0/location", "left out"),
        ("bad-date-format", "/services/0/last_verified", "dropped"),
        ("bad-email", "/services/0/email", "dropped"),
        ("bad-id-pattern", "/services/0/id", "left out"),
        ("bad-language-code", "/services/0/languages/1", "dropped"),
        ("bad-municipality-code", "/municipalities/0/code", "left out"),
        (
            "bad-municipality-coordinates",
            "/municipalities/0/location/lon",
            "left out",
        ),
        ("bad-phone", "/services/0/phones/0/number", "dropped"),
        ("bad-text-language-key", "/services/0/name", "left out"),
        ("bad-url-scheme", "/services/0/website", "dropped"),
        ("empty-localised-text", "/areas/0/name", "left out"),
        ("id-too-long", "/actors/0/id", "left out"),
        ("impossible-date", "/programmes/0/period", "dropped"),
        ("legislation-missing-number", "/legislation/0", "left out"),
        ("missing-format", "", "refused"),
        ("missing-longitude", "/services/0/location", "left out"),
        ("missing-required-field", "/services/0", "left out"),
        ("no-languages", "/services/0/languages", "left out"),
        ("not-an-object", "", "refused"),
        ("programme-missing-title", "/programmes/0", "left out"),
        ("topic-not-a-word", "/services/0/topics/0", "dropped"),
        ("unknown-actor-kind", "/actors/0/kind", "left out"),
        ("unknown-actor-level", "/actors/0/level", "left out"),
        ("unknown-appointment", "/services/0/appointment", "dropped"),
        ("unknown-channel", "/services/0/channels/1", "dropped"),
        ("unknown-format-version", "/format", "refused"),
        ("unknown-relation-kind", "/actors/0/relations/0/kind", "dropped"),
        ("unknown-wheelchair", "/services/0/accessibility", "dropped"),
        ("url-without-host", "/legislation/0/url", "dropped"),
        ("wrong-type-languages", "/services/0/languages", "left out"),
        ("wrong-type-location", "/services/0/location", "left out"),
    ];
    let names: Vec<String> = files
        .iter()
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        expected.iter().map(|(n, _, _)| n.to_string()).collect::<Vec<_>>(),
        "one fixture per rule in {}",
        dir.display()
    );
    for (path, (_, at, effect)) in files.iter().zip(expected) {
        let doc = read_json(path);
        let found: Vec<String> = v
            .iter_errors(&doc)
            .map(|e| e.instance_path().to_string())
            .collect();
        assert!(!found.is_empty(), "the schema accepts {}", path.display());
        assert!(
            found
                .iter()
                .all(|p| p.as_str() == at || p.starts_with(&format!("{at}/"))),
            "{}: errors at {found:?}, expected at {at:?}",
            path.display()
        );
        assert!(
            loader_rejects(path),
            "the loader accepts {}, which the schema rejects",
            path.display()
        );
        assert_eq!(loader_effect(path), effect, "{}", path.display());
    }
}

#[test]
fn unknown_fields_are_allowed() {
    // SPEC §1: unknown fields are ignored, so a newer minor version still validates.
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema/valid-minimal.json");
    let mut doc = read_json(&path);
    doc["services"][0]["future_field"] = Value::from("x");
    doc["meta"]["future_field"] = Value::from(1);
    assert_eq!(errors(&validator(), &doc), Vec::<String>::new());
}
