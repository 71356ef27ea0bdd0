//! The app's modules import only along the layers of ARCHITECTURE.md ("Invariants"):
//! app (router, shell) → pages → components → state, browser, i18n, data, map, embed → atlas-core.

use tidy::{layer_violations, repository_root, walk};

#[test]
fn the_app_imports_only_down_the_layers() {
    let root = repository_root();
    let files: Vec<(String, String)> = walk(&root, "src")
        .into_iter()
        .filter(|p| p.ends_with(".rs"))
        .map(|p| {
            let text = std::fs::read_to_string(root.join(&p)).unwrap_or_default();
            (p.trim_start_matches("src/").to_string(), text)
        })
        .collect();
    assert!(files.len() > 20, "src/ read: {} files", files.len());
    let problems = layer_violations(&files);
    assert!(
        problems.is_empty(),
        "imports against the layers:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_core_has_no_web_dependency() {
    let manifest = std::fs::read_to_string(repository_root().join("crates/atlas-core/Cargo.toml"))
        .expect("crates/atlas-core/Cargo.toml");
    for web in ["leptos", "web-sys", "js-sys", "wasm-bindgen", "gloo"] {
        assert!(
            !manifest.lines().any(|l| l.trim_start().starts_with(web)),
            "atlas-core depends on {web}"
        );
    }
}
