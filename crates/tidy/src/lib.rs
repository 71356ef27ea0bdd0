//! Tidy checks on the source tree, in the manner of rust-analyzer's `tidy` tests: pure functions
//! over file names and texts here (each with a unit test on a made-up input), and the tests in
//! `tests/` that run them over the real tree (`tests/layers.rs`, `tests/architecture.rs`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The app's layers, top first (ARCHITECTURE.md, "Invariants"): a module may import from its own
/// layer or any layer below it, never from one above. `atlas-core` (another crate) is below all.
pub const LAYERS: [(&str, &[&str]); 4] = [
    ("app", &["app", "main", "lib"]),
    ("pages", &["pages"]),
    ("components", &["components"]),
    ("services", &["state", "browser", "i18n", "data", "map", "embed"]),
];

/// The layer (index into [`LAYERS`]) of a top-level module of the app, `None` for one not listed.
pub fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|(_, modules)| modules.contains(&module))
}

/// The top-level module a file under `src/` belongs to: `pages/finder/mod.rs` → `pages`,
/// `app.rs` → `app`.
pub fn module_of(src_relative: &str) -> String {
    let first = src_relative.split('/').next().unwrap_or(src_relative);
    first.strip_suffix(".rs").unwrap_or(first).to_string()
}

/// The code of a Rust file without its comments (line comments, doc comments and block comments),
/// so that a path named in prose is not taken for an import.
fn without_comments(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let mut rest = source;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("//") {
            rest = after.find('\n').map_or("", |n| &after[n..]);
        } else if let Some(after) = rest.strip_prefix("/*") {
            rest = after.find("*/").map_or("", |n| &after[n + 2..]);
        } else if rest.starts_with('"') {
            // A string literal is kept whole, so that "https://…" is not taken for a comment.
            let mut end = 1;
            let bytes = rest.as_bytes();
            while end < bytes.len() && bytes[end] != b'"' {
                end += if bytes[end] == b'\\' { 2 } else { 1 };
            }
            let end = (end + 1).min(rest.len());
            out.push_str(&rest[..end]);
            rest = &rest[end..];
        } else {
            let c = rest.chars().next().unwrap_or(' ');
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

fn is_ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// Every top-level module of this crate that a Rust file names through `crate::` (in `use`
/// lines, grouped `use crate::{a, b::c}` included, and in paths written inline), in order.
pub fn crate_imports(source: &str) -> Vec<String> {
    let code = without_comments(source);
    let mut found = Vec::new();
    let mut rest = code.as_str();
    while let Some(at) = rest.find("crate::") {
        let before = rest[..at].chars().next_back();
        rest = &rest[at + "crate::".len()..];
        if before.is_some_and(is_ident_char) {
            continue; // `atlas_crate::…` is not this crate
        }
        let after = rest.trim_start();
        if let Some(group) = after.strip_prefix('{') {
            // The top-level names of the group: `{a::x, b, c::{y, z}}` → a, b, c.
            let mut depth = 0usize;
            let mut item_start = true;
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => item_start = true,
                    c if item_start && is_ident_char(c) => {
                        let name: String = group[i..].chars().take_while(|c| is_ident_char(*c)).collect();
                        found.push(name);
                        item_start = false;
                    }
                    c if item_start && !c.is_whitespace() => item_start = false,
                    _ => {}
                }
            }
        } else {
            let name: String = after.chars().take_while(|c| is_ident_char(*c)).collect();
            if !name.is_empty() {
                found.push(name);
            }
        }
    }
    found
}

/// What is wrong with the app's imports, given its files as (path under `src/`, text): an import
/// against the layer order, a module in no layer, or a circle between top-level modules of one
/// layer (`data` and `browser` may not import each other). Empty when the layers hold.
pub fn layer_violations(files: &[(String, String)]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (path, text) in files {
        let from = module_of(path);
        let Some(from_layer) = layer_of(&from) else {
            problems.push(format!(
                "src/{path}: module `{from}` is in no layer (tidy's LAYERS)"
            ));
            continue;
        };
        for to in crate_imports(text) {
            let Some(to_layer) = layer_of(&to) else {
                problems.push(format!("src/{path}: imports `crate::{to}`, a module in no layer"));
                continue;
            };
            if to_layer < from_layer {
                problems.push(format!(
                    "src/{path}: `{from}` ({}) imports `crate::{to}` ({}), a layer above it",
                    LAYERS[from_layer].0, LAYERS[to_layer].0
                ));
            }
            // A circle across layers is already an import up the layers; within one, it is not.
            if to != from && to_layer == from_layer {
                edges.entry(from.clone()).or_default().insert(to);
            }
        }
    }
    if let Some(circle) = find_circle(&edges) {
        problems.push(format!(
            "modules import each other in a circle: {}",
            circle.join(" → ")
        ));
    }
    problems
}

/// A circle in a graph of module names, as the names along it (first repeated at the end).
fn find_circle(edges: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut circle = path[at..].to_vec();
            circle.push(node.to_string());
            return Some(circle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in edges.get(node).into_iter().flatten() {
            if let Some(circle) = visit(next, edges, path, done) {
                return Some(circle);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    edges
        .keys()
        .find_map(|start| visit(start, edges, &mut Vec::new(), &mut done))
}

/// The file extensions a word must end with to be taken for a file's name in prose.
const FILE_EXTENSIONS: [&str; 11] = [
    "rs", "md", "mjs", "js", "json", "toml", "sh", "csv", "html", "ftl", "tsv",
];

/// The paths a Markdown text names: words with a file extension (`load.rs`, `docs/SECURITY.md`),
/// folders written with a trailing slash (`pages/finder/`), and paths whose first part is one of
/// `top_level` (the repository's top-level entries, e.g. `.ci/run`). `*` and `{name}` stand for
/// any one part (`locales/*/main.ftl`). Trailing sentence punctuation is not part of a path.
pub fn named_paths(doc: &str, top_level: &[String]) -> BTreeSet<String> {
    let is_path_char = |c: char| c.is_ascii_alphanumeric() || "_.-/*{}".contains(c);
    let mut found = BTreeSet::new();
    for word in doc.split(|c: char| !is_path_char(c)) {
        let word = word.trim_end_matches('.');
        let word = word.strip_prefix("./").unwrap_or(word);
        if word.trim_matches('/').is_empty() || word.starts_with("//") || word.contains("...") {
            continue;
        }
        let last = word.trim_end_matches('/').rsplit('/').next().unwrap_or(word);
        let has_extension = last
            .rsplit_once('.')
            .is_some_and(|(stem, ext)| !stem.is_empty() && FILE_EXTENSIONS.contains(&ext));
        let folder = word.ends_with('/') && word.len() > 1;
        let first = word.split('/').next().unwrap_or(word);
        let rooted = word.contains('/') && top_level.iter().any(|t| t == first);
        if has_extension || folder || rooted {
            found.insert(word.to_string());
        }
    }
    found
}

/// Whether a path named in a text (`model.rs`, `pages/finder/`, `locales/*/main.ftl`) stands for
/// the path `path` (relative to the repository, folders without a trailing slash): the same
/// path, or its last parts; `*` and `{…}` match any one part.
pub fn names(named: &str, path: &str) -> bool {
    let named: Vec<&str> = named.trim_end_matches('/').split('/').collect();
    let path: Vec<&str> = path.split('/').collect();
    if named.len() > path.len() {
        return false;
    }
    let tail = &path[path.len() - named.len()..];
    named.iter().zip(tail).all(|(n, p)| part_matches(n, p))
}

/// One part of a path against a pattern part: `*` is any run of characters, `{…}` any part.
fn part_matches(pattern: &str, part: &str) -> bool {
    if pattern.starts_with('{') && pattern.ends_with('}') {
        return true;
    }
    match pattern.split_once('*') {
        None => pattern == part,
        Some((head, tail)) => {
            part.len() >= head.len() + tail.len()
                && part.starts_with(head)
                && part_matches_rest(tail, &part[head.len()..])
        }
    }
}

fn part_matches_rest(pattern: &str, part: &str) -> bool {
    match pattern.split_once('*') {
        None => part.ends_with(pattern),
        Some((head, tail)) => (0..=part.len()).any(|i| {
            part.is_char_boundary(i)
                && part[i..].starts_with(head)
                && part_matches_rest(tail, &part[i + head.len()..])
        }),
    }
}

/// Folders whose contents are made by a build, named in the text but never in the repository.
pub const GENERATED: [&str; 3] = ["dist/", "target/", "node_modules/"];

/// The named paths that stand for nothing in `existing` (every file and folder of the
/// repository) and are not under a generated folder.
pub fn dangling(named: &BTreeSet<String>, existing: &[String]) -> Vec<String> {
    named
        .iter()
        .filter(|n| !GENERATED.iter().any(|g| n.starts_with(g)))
        .filter(|n| !existing.iter().any(|p| names(n, p)))
        .cloned()
        .collect()
}

/// The paths of `required` that no named path stands for. A named path names the folders it
/// goes through as well: `shared/bodies.rs` names `shared/`.
pub fn unnamed(required: &[String], named: &BTreeSet<String>) -> Vec<String> {
    let mut with_folders = named.clone();
    for n in named {
        let parts: Vec<&str> = n.trim_end_matches('/').split('/').collect();
        for end in 1..parts.len() {
            with_folders.insert(parts[..end].join("/"));
        }
    }
    required
        .iter()
        .filter(|p| !with_folders.iter().any(|n| names(n, p)))
        .cloned()
        .collect()
}

/// The repository's root (two folders above this crate).
pub fn repository_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every file and folder under `dir` (relative to `root`, `/`-separated, folders without a
/// trailing slash), leaving out build outputs and version control.
pub fn walk(root: &Path, dir: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_string()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(root.join(&d)) else {
            continue;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if matches!(name.as_str(), ".git" | "target" | "node_modules" | "dist") {
                continue;
            }
            let path = if d.is_empty() { name } else { format!("{d}/{name}") };
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                stack.push(path.clone());
            }
            out.push(path);
        }
    }
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, text: &str) -> (String, String) {
        (path.to_string(), text.to_string())
    }

    #[test]
    fn imports_are_read_from_use_lines_groups_and_inline_paths_not_comments() {
        let text = "use crate::data::Dataset;\nuse crate::{browser::x, i18n::{a, b}, state};\n\
                    // crate::pages::not_found in a comment\n/// doc: crate::app\n\
                    fn f() { crate::map::leaflet::go(\"https://x\"); atlas_crate::y(); }\n\
                    /* crate::embed */";
        assert_eq!(crate_imports(text), ["data", "browser", "i18n", "state", "map"]);
    }

    #[test]
    fn an_import_up_the_layers_is_a_violation() {
        let files = [
            file("components/status.rs", "use crate::pages::not_found::NotFound;"),
            file("pages/actor.rs", "use crate::components::guards::with_record;"),
        ];
        let problems = layer_violations(&files);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].contains("components/status.rs"), "{problems:?}");
    }

    #[test]
    fn imports_down_and_within_a_layer_are_allowed_but_not_in_a_circle() {
        let fine = [
            file("app.rs", "use crate::pages::x; use crate::state::y;"),
            file("pages/embed.rs", "use crate::pages::finder::Finder;"),
            file("map/mod.rs", "use crate::data::Dataset; use crate::browser::z;"),
            file("data.rs", "use crate::browser::z;"),
        ];
        assert_eq!(layer_violations(&fine), Vec::<String>::new());
        let circle = [
            file("data.rs", "use crate::browser::z;"),
            file("browser.rs", "use crate::data::y;"),
        ];
        let problems = layer_violations(&circle);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].contains("circle"), "{problems:?}");
    }

    #[test]
    fn a_module_in_no_layer_is_a_violation() {
        assert_eq!(layer_violations(&[file("widgets.rs", "")]).len(), 1);
        assert_eq!(
            layer_violations(&[file("app.rs", "use crate::widgets::x;")]).len(),
            1
        );
    }

    #[test]
    fn paths_are_found_in_prose_and_code_spans() {
        let top = vec!["docs".to_string(), ".ci".to_string(), "src".to_string()];
        let doc = "See docs/EMBEDDING.md. `load.rs` and `pages/finder/` (`.ci/run`), \
                   `locales/{lang}/main.ftl`; call/e-mail/website, `integration-atlas/1`, \
                   https://tem.fi/en, `Atlas::search`, wasm + JS, a `.sha256`.";
        let found: Vec<String> = named_paths(doc, &top).into_iter().collect();
        assert_eq!(
            found,
            [
                ".ci/run",
                "docs/EMBEDDING.md",
                "load.rs",
                "locales/{lang}/main.ftl",
                "pages/finder/"
            ]
        );
    }

    #[test]
    fn a_named_path_stands_for_the_paths_it_ends() {
        assert!(names("model.rs", "crates/atlas-core/src/model.rs"));
        assert!(names("pages/finder/", "src/pages/finder"));
        assert!(names("locales/*/main.ftl", "locales/fi/main.ftl"));
        assert!(names("tests/e2e/*.test.mjs", "tests/e2e/a11y-fi.test.mjs"));
        assert!(names("locales/{lang}/main.ftl", "locales/ar/main.ftl"));
        assert!(!names("odel.rs", "crates/atlas-core/src/model.rs"));
        assert!(!names("tests/e2e/*.test.mjs", "tests/e2e/helpers.mjs"));
        assert!(!names("src/model.rs", "model.rs"));
    }

    #[test]
    fn missing_and_dangling_paths_are_reported() {
        let existing: Vec<String> = ["src", "src/app.rs", "src/pages", "src/pages/finder.rs"]
            .map(String::from)
            .to_vec();
        let named: BTreeSet<String> = ["app.rs", "fuzz/README.md", "dist/schema/"]
            .map(String::from)
            .into_iter()
            .collect();
        assert_eq!(dangling(&named, &existing), ["fuzz/README.md"]);
        assert_eq!(
            unnamed(&existing, &named),
            ["src", "src/pages", "src/pages/finder.rs"]
        );
        let through: BTreeSet<String> = ["src/pages/finder.rs"].map(String::from).into_iter().collect();
        assert_eq!(unnamed(&existing, &through), ["src/app.rs"]);
    }
}
