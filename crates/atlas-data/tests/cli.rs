//! The `atlas-data` binary, run as a user runs it.

mod common;

use common::{bin, fixture, repo, run, TempDir};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The reference CSV, which lives beside the repository (see ../shared/data/README.md).
fn municipalities_csv() -> PathBuf {
    let p = repo().join("../shared/data/municipalities.csv");
    assert!(
        p.is_file(),
        "these tests need the reference CSV at {}",
        p.display()
    );
    p
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// Builds from the repository's sources into `out`.
fn build_to(out: &Path) -> (i32, String, String) {
    run(bin()
        .arg("build")
        .arg("--municipalities")
        .arg(municipalities_csv())
        .arg("--sources")
        .arg(repo().join("data/sources"))
        .arg(format!("--out={}", out.display())))
}

#[test]
fn build_is_deterministic_and_complete() {
    let tmp = TempDir::new("build");
    // Once from a directory that is not the repository, with default inputs
    // (found beside the repository this binary was built from) and a relative --out.
    let (code, stdout, stderr) = run(bin().current_dir(&tmp.0).args(["build", "--out", "first.json"]));
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("308 municipalities") && stdout.contains("first.json"),
        "{stdout}"
    );
    assert_eq!(stdout.lines().count(), 1, "one summary line: {stdout}");
    // Once with every path given.
    let (code, _, stderr) = build_to(&tmp.path("second.json"));
    assert_eq!(code, 0, "{stderr}");

    let first = std::fs::read(tmp.path("first.json")).unwrap();
    let second = std::fs::read(tmp.path("second.json")).unwrap();
    assert!(first == second, "two builds from the same inputs differ");
    assert!(first.ends_with(b"}\n"));
    let published = std::fs::read(repo().join("public/data/atlas.json")).unwrap_or_default();
    assert!(
        published == first,
        "public/data/atlas.json is not what the sources build; run `cargo run -p atlas-data -- build`"
    );
    // Each dataset has its checksum beside it, in sha256sum's format, naming the file.
    assert!(stdout.contains("first.json.sha256"), "{stdout}");
    for (dir, name) in [
        (tmp.0.clone(), "first.json"),
        (tmp.0.clone(), "second.json"),
        (repo().join("public/data"), "atlas.json"),
    ] {
        let sums = std::fs::read_to_string(dir.join(format!("{name}.sha256"))).unwrap_or_default();
        assert_eq!(
            sums,
            format!("{}  {name}\n", sha256_hex(&first)),
            "{}",
            dir.join(name).display()
        );
    }

    // The data page's downloads, beside each dataset, are the exports of the same records
    // (the commands' outputs, which the publishing tests validate against their schemas),
    // and the published ones are current.
    for (ext, export) in [("csv", "csv"), ("geojson", "geojson"), ("hsds.json", "hsds")] {
        let first_export = std::fs::read(tmp.path(&format!("first.{ext}"))).unwrap();
        assert_eq!(
            first_export,
            std::fs::read(tmp.path(&format!("second.{ext}"))).unwrap(),
            "{ext} is deterministic"
        );
        let published_export =
            std::fs::read(repo().join(format!("public/data/atlas.{ext}"))).unwrap_or_default();
        assert!(
            published_export == first_export,
            "public/data/atlas.{ext} is stale; run `cargo run -p atlas-data -- build`"
        );
        let out = tmp.path(&format!("exported.{ext}"));
        let (code, _, stderr) = run(bin()
            .args(["export", export])
            .arg(tmp.path("first.json"))
            .arg("--out")
            .arg(&out));
        assert_eq!(code, 0, "{stderr}");
        assert!(
            std::fs::read(&out).unwrap() == first_export,
            "atlas.{ext} is what `atlas-data export {export}` writes"
        );
    }

    // The pack beside each dataset is deterministic, current where published, and what
    // `atlas-data pack` writes.
    let first_pack = std::fs::read(tmp.path("first.pack")).unwrap();
    assert!(
        first_pack == std::fs::read(tmp.path("second.pack")).unwrap(),
        "the pack is deterministic"
    );
    assert!(
        std::fs::read(repo().join("public/data/atlas.pack")).unwrap_or_default() == first_pack,
        "public/data/atlas.pack is stale; run `cargo run -p atlas-data -- build`"
    );
    let (code, _, stderr) = run(bin()
        .arg("pack")
        .arg(tmp.path("first.json"))
        .arg("--out")
        .arg(tmp.path("again.pack")));
    assert_eq!(code, 0, "{stderr}");
    assert!(
        std::fs::read(tmp.path("again.pack")).unwrap() == first_pack,
        "build's pack is `atlas-data pack`'s"
    );

    let d: Value = serde_json::from_slice(&first).unwrap();
    assert_eq!(d["format"], "integration-atlas/1");
    assert_eq!(d["meta"]["sample"], true);
    assert!(d["meta"]["sources"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["attribution"] == "Statistics Finland, National Land Survey of Finland (CC BY 4.0)"));

    let municipalities = d["municipalities"].as_array().unwrap();
    assert_eq!(municipalities.len(), 308);
    for m in municipalities {
        assert_eq!(m["areas"].as_array().unwrap().len(), 5, "{m}");
        assert!(!m["languages"].as_array().unwrap().is_empty(), "{m}");
    }
    let kinds: BTreeSet<&str> = d["areas"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        BTreeSet::from([
            "ely_centre",
            "employment_area",
            "region",
            "vitality_centre",
            "wellbeing_county"
        ])
    );

    let services = d["services"].as_array().unwrap();
    assert!(services.len() >= 40, "{} services", services.len());
    let in_municipalities: BTreeSet<&str> = services
        .iter()
        .map(|s| s["municipality"].as_str().unwrap())
        .collect();
    assert!(
        in_municipalities.len() >= 15,
        "services in {} municipalities",
        in_municipalities.len()
    );
    // Demonstration data must say so in every name, and reach nobody.
    for s in services {
        assert!(
            s["name"]["en"].as_str().unwrap().ends_with("(demonstration)"),
            "{}",
            s["id"]
        );
        assert!(
            s["name"]["fi"].as_str().unwrap().ends_with("(esimerkki)"),
            "{}",
            s["id"]
        );
        assert!(
            s["name"]["sv"].as_str().unwrap().ends_with("(exempel)"),
            "{}",
            s["id"]
        );
        if let Some(e) = s["email"].as_str() {
            assert!(e.ends_with("@example.org"), "{e}");
        }
        if let Some(w) = s["website"].as_str() {
            assert!(w.starts_with("https://example.org/"), "{w}");
        }
        for p in s["phones"].as_array().into_iter().flatten() {
            assert_eq!(p["info"]["en"], "Demonstration number", "{}", s["id"]);
        }
    }
    let tampere_uk = services
        .iter()
        .any(|s| s["municipality"] == "837" && s["languages"].as_array().unwrap().iter().any(|l| l == "uk"));
    assert!(tampere_uk, "a service in Tampere offers Ukrainian");
}

#[test]
fn validate_accepts_the_built_file() {
    let tmp = TempDir::new("validate-built");
    let out = tmp.path("atlas.json");
    assert_eq!(build_to(&out).0, 0);
    // The demonstration data has some records verified over a year before it was
    // published (the network page shows freshness): warnings, which pass unless --strict.
    let (code, stdout, stderr) = run(bin().arg("validate").arg(&out).args(["--today", "2026-11-27"]));
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(!stdout.contains("ERROR"), "{stdout}");
    let warnings: Vec<&str> = stdout.lines().filter(|l| l.starts_with("WARNING ")).collect();
    assert!(
        !warnings.is_empty()
            && warnings
                .iter()
                .all(|l| l.contains(": last_verified: last verified on 2025-")),
        "{stdout}"
    );
    assert!(
        stdout.contains("nothing left out") && stdout.contains("308 municipalities"),
        "{stdout}"
    );
    assert!(
        stderr.is_empty(),
        "no progress bars when stderr is not a terminal: {stderr}"
    );
    let (code, _, _) = run(bin()
        .arg("validate")
        .arg(&out)
        .args(["--today", "2026-11-22", "--strict"]));
    assert_eq!(code, 1, "warnings with --strict");
    // Standard input works too.
    let (code, stdout, _) = run(bin()
        .args(["validate", "-", "--today", "2026-11-22"])
        .stdin(std::fs::File::open(&out).unwrap()));
    assert_eq!(code, 0, "{stdout}");
    assert!(
        stdout
            .lines()
            .last()
            .unwrap()
            .starts_with("standard input: nothing left out"),
        "{stdout}"
    );
}

#[test]
fn validate_lists_every_broken_record_and_every_dropped_field() {
    let (code, stdout, stderr) = run(bin().arg("validate").arg(fixture("invalid.json")));
    assert_eq!(
        code, 2,
        "records left out and fields dropped are errors: {stdout}{stderr}"
    );
    let lines: Vec<&str> = stdout.lines().collect();
    let expect = [
        "ERROR service Bad Id: id must match",
        "ERROR service demo-unknown-municipality: municipality: \"999\"",
        "ERROR service demo-out-of-range: location",
        "ERROR service demo-ok: duplicate id",
        // An optional field that breaks a rule costs only itself, and the line names it.
        "DROPPED actor dangling-actor: relations[0]: \"nobody\" refers to no record",
        "DROPPED service demo-js-website: website: only http and https addresses",
    ];
    for e in expect {
        assert!(
            lines.iter().any(|l| l.starts_with(e)),
            "no line starting {e:?} in:\n{stdout}"
        );
    }
    assert_eq!(
        lines
            .iter()
            .filter(|l| l.starts_with("ERROR ") || l.starts_with("DROPPED "))
            .count(),
        expect.len(),
        "{stdout}"
    );
    let summary = lines.last().unwrap();
    assert!(
        summary.contains("6 errors")
            && summary.contains("left out: 4 services; fields dropped: 1 in actors, 1 in services"),
        "{summary}"
    );
    assert!(
        summary.contains("2 actors, 2 services"),
        "the valid ones and the one without its website load: {summary}"
    );

    let (_, stdout, _) = run(bin()
        .arg("validate")
        .arg(fixture("invalid.json"))
        .args(["--format", "json"]));
    let r: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(r["fields_dropped"], serde_json::json!({"actor": 1, "service": 1}));
    let website = r["errors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == "demo-js-website")
        .unwrap();
    assert_eq!(
        (&website["field"], &website["effect"], &website["reason"]),
        (&"website".into(), &"field_dropped".into(), &"bad_url".into())
    );
}

#[test]
fn validate_refuses_files_that_are_not_datasets() {
    let cases: [(&str, &str); 3] = [
        ("not-json.txt", "not valid JSON"),
        ("format-2.json", "\"integration-atlas/2\""),
        ("not-atlas.json", "not an Integration Atlas dataset"),
    ];
    for (file, message) in cases {
        let (code, stdout, stderr) = run(bin().arg("validate").arg(fixture(file)));
        assert_eq!(code, 2, "{file}: {stdout}{stderr}");
        assert!(
            stderr.contains(message) && stderr.contains(file),
            "{file}: {stderr}"
        );
        assert!(stdout.is_empty(), "{file}: {stdout}");
    }

    let tmp = TempDir::new("not-utf8");
    let latin1 = tmp.path("latin1.json");
    std::fs::write(
        &latin1,
        b"{\"format\": \"integration-atlas/1\", \"meta\": {\"title\": {\"fi\": \"H\xe4meenlinna\"}}}",
    )
    .unwrap();
    let (code, _, stderr) = run(bin().arg("validate").arg(&latin1));
    assert_eq!(code, 2);
    assert!(
        stderr.contains("not UTF-8") && stderr.contains("byte 0xE4 at byte offset 61"),
        "{stderr}"
    );

    let (code, _, stderr) = run(bin().arg("validate").arg(tmp.path("missing.json")));
    assert_eq!(code, 2);
    assert!(
        stderr.contains("cannot read: no such file") && stderr.contains("missing.json"),
        "{stderr}"
    );
}

#[test]
fn help_and_usage_errors() {
    let (code, stdout, _) = run(bin().arg("--help"));
    assert_eq!(code, 0);
    assert!(
        stdout.contains("Usage:")
            && stdout.contains("atlas-data build")
            && stdout.contains("atlas-data validate FILE")
    );
    assert!(stdout.contains("Examples:"), "{stdout}");
    for args in [&["help", "build"][..], &["build", "--help"], &["build", "-h"]] {
        let (code, stdout, _) = run(bin().args(args));
        assert_eq!(code, 0, "{args:?}");
        assert!(
            stdout.contains("--municipalities <PATH>")
                && stdout.contains("Examples:")
                && stdout.contains("Exit status"),
            "{args:?}: {stdout}"
        );
    }
    for args in [
        &["help", "validate"][..],
        &["validate", "--help"],
        &["validate", "-h"],
    ] {
        let (code, stdout, _) = run(bin().args(args));
        assert_eq!(code, 0, "{args:?}");
        assert!(
            stdout.contains("Usage: atlas-data validate")
                && stdout.contains("Examples:")
                && stdout.contains("Exit status"),
            "{args:?}: {stdout}"
        );
    }
    let (code, stdout, _) = run(bin().arg("--version"));
    assert_eq!(code, 0);
    assert_eq!(stdout.trim(), format!("atlas-data {}", env!("CARGO_PKG_VERSION")));

    let usage_errors: [(&[&str], &str); 9] = [
        (&[], "Usage:"),
        (&["frobnicate"], "unrecognized subcommand 'frobnicate'"),
        (&["help", "frobnicate"], "unrecognized subcommand 'frobnicate'"),
        (&["validate"], "required arguments were not provided"),
        (&["validate", "a.json", "b.json"], "unexpected argument 'b.json'"),
        (&["validate", "-x.json"], "to pass '-x' as a value, use '-- -x'"),
        (&["build", "--bogus"], "unexpected argument '--bogus'"),
        (&["build", "--out"], "a value is required for '--out <PATH>'"),
        (
            &["build", "--out", "a", "--out", "b"],
            "cannot be used multiple times",
        ),
    ];
    for (args, message) in usage_errors {
        let (code, stdout, stderr) = run(bin().args(args));
        assert_eq!(code, 2, "{args:?}");
        assert!(stdout.is_empty(), "{args:?}: {stdout}");
        assert!(
            stderr.contains(message) && stderr.contains("--help"),
            "{args:?}: {stderr}"
        );
    }
}

/// A sources directory holding the repository's meta.json and the given services.
fn sources_with(tmp: &TempDir, actors: &str, services: &str) -> PathBuf {
    let dir = tmp.path("sources");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(repo().join("data/sources/meta.json"), dir.join("meta.json")).unwrap();
    std::fs::write(dir.join("actors.json"), actors).unwrap();
    std::fs::write(dir.join("services.json"), services).unwrap();
    dir
}

#[test]
fn build_refuses_sources_that_would_lose_records() {
    let tmp = TempDir::new("bad-sources");
    let actors = std::fs::read_to_string(repo().join("data/sources/actors.json")).unwrap();
    let services = r#"[
      {"id": "demo-good", "name": {"en": "Good"}, "provider": "tampere", "municipality": "837",
       "location": {"lat": 61.5, "lon": 23.76}, "languages": ["fi"]},
      {"id": "demo-script", "name": {"en": "Bad website"}, "municipality": "837",
       "location": {"lat": 61.5, "lon": 23.76}, "languages": ["fi"], "website": "javascript:alert(1)"},
      {"id": "demo-nowhere", "name": {"en": "No such provider"}, "provider": "nobody", "municipality": "837",
       "location": {"lat": 61.5, "lon": 23.76}, "languages": ["fi"]}
    ]"#;
    let sources = sources_with(&tmp, &actors, services);
    let out = tmp.path("atlas.json");
    let (code, stdout, stderr) = run(bin()
        .arg("build")
        .arg("--municipalities")
        .arg(municipalities_csv())
        .arg("--sources")
        .arg(&sources)
        .arg("--out")
        .arg(&out));
    assert_eq!(code, 1, "{stdout}{stderr}");
    assert!(stderr.contains("service demo-script: website"), "{stderr}");
    assert!(stderr.contains("service demo-nowhere: provider"), "{stderr}");
    assert!(!stderr.contains("demo-good"), "{stderr}");
    assert!(stderr.contains("was not written"), "{stderr}");
    assert!(!out.exists(), "nothing is written when records would be left out");

    // A misspelt field would be silently ignored by the app: the build refuses it.
    let typo = r#"[{"id": "demo-typo", "name": {"en": "Typo"}, "municipality": "837",
       "location": {"lat": 61.5, "lon": 23.76}, "languages": ["fi"], "opening_hour": "Mo-Fr 09:00-16:00"}]"#;
    let sources = sources_with(&tmp, &actors, typo);
    let (code, _, stderr) = run(bin()
        .arg("build")
        .arg("--municipalities")
        .arg(municipalities_csv())
        .arg("--sources")
        .arg(&sources)
        .arg("--out")
        .arg(&out));
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("record 1 (id \"demo-typo\")") && stderr.contains("unknown field opening_hour"),
        "{stderr}"
    );
}

#[test]
fn build_names_the_csv_row_it_cannot_read() {
    let tmp = TempDir::new("bad-csv");
    let text = std::fs::read_to_string(municipalities_csv()).unwrap();
    let mut lines: Vec<String> = text.lines().take(4).map(String::from).collect();
    lines[3] = lines[3].replace(
        "Monolingual Finnish-speaking municipality",
        "Trilingual municipality",
    );
    let code_on_line_4 = lines[3].split(',').next().unwrap().to_string();
    let csv = tmp.path("municipalities.csv");
    std::fs::write(&csv, lines.join("\n")).unwrap();
    let sources = sources_with(&tmp, "[]", "[]");
    let (code, _, stderr) = run(bin()
        .arg("build")
        .arg("--municipalities")
        .arg(&csv)
        .arg("--sources")
        .arg(&sources)
        .arg("--out")
        .arg(tmp.path("x.json")));
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("line 4")
            && stderr.contains(&code_on_line_4)
            && stderr.contains("unknown language_status \"Trilingual municipality\""),
        "{stderr}"
    );
}

/// The published dataset names the largest municipalities in Ukrainian, Russian and
/// Arabic too (data/sources/municipality-names.csv), so a person who types the name
/// in their own language finds the municipality.
#[test]
fn published_dataset_finds_municipalities_by_ukrainian_russian_and_arabic_names() {
    let text = std::fs::read_to_string(repo().join("public/data/atlas.json")).unwrap();
    let atlas = atlas_core::load(&text).unwrap().atlas;
    for typed in ["Гельсінкі", "Хельсинки", "هلسنكي"] {
        let found: Vec<&str> = atlas
            .find_municipalities(typed)
            .iter()
            .map(|&i| atlas.municipalities[i].code.as_str())
            .collect();
        assert_eq!(found, ["091"], "{typed}");
    }
}

/// The data page's line on these names says how many each language has: as many as the CSV.
#[test]
fn the_names_source_says_how_many_names_each_language_has() {
    let csv = std::fs::read_to_string(repo().join("data/sources/municipality-names.csv")).unwrap();
    let rows: Vec<Vec<&str>> = csv.lines().skip(1).map(|l| l.splitn(5, ',').collect()).collect();
    let count = |column: usize| rows.iter().filter(|r| !r[column].is_empty()).count();
    let meta: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(repo().join("data/sources/meta.json")).unwrap())
            .unwrap();
    let line = meta["sources"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| s["name"]["en"].as_str())
        .find(|n| n.contains("most populous"))
        .expect("the names' source line");
    let stated = format!(
        "{} most populous municipalities in Ukrainian ({} of them), Russian ({}) and Arabic ({})",
        rows.len(),
        count(1),
        count(2),
        count(3)
    );
    assert!(line.contains(&stated), "{line:?} should say {stated:?}");
}

/// Opens a pack as the app does: inflated, checked against the digest in the dataset's `.sha256`.
fn open_pack(pack: &Path, sums: &Path) -> Result<atlas_core::Loaded, atlas_core::pack::PackError> {
    use std::io::Read;
    let mut raw = Vec::new();
    flate2::read::GzDecoder::new(&std::fs::read(pack).unwrap()[..])
        .read_to_end(&mut raw)
        .expect("the pack is gzip");
    let digest = atlas_core::pack::digest_in_sums(&std::fs::read_to_string(sums).unwrap()).expect("a digest");
    let opened = atlas_core::pack::open_pausing(raw, &digest, |_| std::future::ready(()));
    let mut opened = std::pin::pin!(opened);
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    match std::future::Future::poll(opened.as_mut(), &mut cx) {
        std::task::Poll::Ready(r) => r.map(|(checked, _)| checked.index()),
        std::task::Poll::Pending => panic!("the reader waited on a ready pause"),
    }
}

#[test]
fn pack_writes_a_pack_its_shards_and_the_digest_it_is_checked_against() {
    let tmp = TempDir::new("pack");
    // A generated dataset with records that break rules: its problems travel with the pack.
    let dataset = tmp.path("big.json");
    let (code, _, stderr) = run(bin()
        .args([
            "generate",
            "--services",
            "60",
            "--seed",
            "3",
            "--invalid",
            "4",
            "--out",
        ])
        .arg(&dataset));
    assert_eq!(code, 0, "{stderr}");
    let (code, stdout, stderr) = run(bin().arg("pack").arg(&dataset).args(["--shard-size", "7"]));
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("big.pack") && stdout.contains("big.json.sha256"),
        "{stdout}"
    );
    let loaded = atlas_core::load(&std::fs::read_to_string(&dataset).unwrap()).unwrap();
    assert!(!loaded.problems.is_empty());
    let n = loaded.atlas.services.len();
    // Every service in its shard, 7 to a file, in the dataset's order.
    let shards = json_files(&tmp.path("big.pack.d"));
    assert_eq!(shards, n.div_ceil(7));
    let last: Vec<Value> =
        serde_json::from_slice(&std::fs::read(tmp.path(&format!("big.pack.d/{}.json", shards - 1))).unwrap())
            .unwrap();
    assert_eq!(
        last.last().unwrap()["id"],
        loaded.atlas.services[n - 1].id.as_str()
    );
    // The pack opens as its dataset: the same services and the same problems.
    let opened = open_pack(&tmp.path("big.pack"), &tmp.path("big.json.sha256")).expect("the pack opens");
    assert_eq!(opened.atlas.services.len(), n);
    assert_eq!(opened.problems, loaded.problems);
    // Beside the shards, the first view: a pack of the first page in each UI language, checked
    // against the same digest.
    let first = open_pack(&tmp.path("big.pack.d/first.pack"), &tmp.path("big.json.sha256"))
        .expect("the first view opens");
    let few = first.atlas.services.len();
    assert!(
        few >= atlas_core::pack::FIRST_VIEW_PAGE && few < n,
        "{few} of {n}"
    );
    assert!(first
        .atlas
        .services
        .iter()
        .all(|s| loaded.atlas.service(&s.id).is_some()));
    // Published again with another digest, the old pack is stale.
    tmp.write(
        "big.json.sha256",
        format!("{}  big.json\n", "0".repeat(64)).as_bytes(),
    );
    assert_eq!(
        open_pack(&tmp.path("big.pack"), &tmp.path("big.json.sha256")).unwrap_err(),
        atlas_core::pack::PackError::Stale
    );
    // Packed again with fewer services to a file: no shard of the earlier pack is left over.
    let (code, _, stderr) = run(bin().arg("pack").arg(&dataset).args(["--shard-size", "1000"]));
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(json_files(&tmp.path("big.pack.d")), n.div_ceil(1000));
}

/// How many shards (`K.json`) a pack's directory holds.
fn json_files(dir: &std::path::Path) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "json")
        })
        .count()
}

#[test]
fn pack_refuses_what_is_not_a_dataset_and_explains_itself() {
    let tmp = TempDir::new("pack-bad");
    let bad = tmp.write("bad.json", b"{\"format\": \"something-else\"}");
    let (code, _, stderr) = run(bin().arg("pack").arg(&bad));
    assert_eq!(code, 2);
    assert!(stderr.contains("not an Integration Atlas dataset"), "{stderr}");
    assert!(!tmp.path("bad.pack").exists(), "nothing is written");
    let (code, _, stderr) = run(bin().arg("pack").arg(tmp.path("missing.json")));
    assert_eq!(code, 2);
    assert!(stderr.contains("cannot read"), "{stderr}");
    let (code, stdout, _) = run(bin().args(["pack", "--help"]));
    assert_eq!(code, 0);
    assert!(
        stdout.contains("pack_url") && stdout.contains("--shard-size"),
        "{stdout}"
    );
    let (code, _, stderr) = run(bin().arg("pack").arg(&bad).args(["--shard-size", "0"]));
    assert_eq!(code, 2, "{stderr}");
}
