//! The publishing commands (import csv/ptv, export hsds/geojson/csv, generate), run as a
//! user runs them: the real binary, real files, exit codes and messages.

mod common;

use atlas_core::model::Service;
use common::{bin, fixture, repo, run, TempDir};
use serde_json::Value;
use std::path::Path;

fn load(path: &Path) -> atlas_core::Loaded {
    atlas_core::load(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn template() -> String {
    std::fs::read_to_string(repo().join("docs/template.csv")).unwrap()
}

#[test]
fn the_template_imports_to_nothing_but_says_why() {
    let tmp = TempDir::new("template");
    let out = tmp.path("t.json");
    let (code, stdout, stderr) = run(bin()
        .args(["import", "csv"])
        .arg(repo().join("docs/template.csv"))
        .arg("--out")
        .arg(&out));
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("0 services from 2 rows"), "{stdout}");
    assert!(
        stderr.contains("row 2: an example row") && stderr.contains("row 3: an example row"),
        "{stderr}"
    );
    assert!(load(&out).atlas.services.is_empty());
}

#[test]
fn filled_template_rows_become_a_valid_dataset() {
    let tmp = TempDir::new("filled");
    let csv = tmp.path("services.csv");
    std::fs::write(
        &csv,
        template()
            .replace("example-1", "tampere-advice")
            .replace("example-2", "vaasa-family"),
    )
    .unwrap();
    // Default output: services.json beside the sheet.
    let (code, stdout, stderr) = run(bin().args(["import", "csv"]).arg(&csv));
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("2 services from 2 rows"), "{stdout}");
    let out = tmp.path("services.json");
    let loaded = load(&out);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    assert!(!loaded.atlas.meta.sample);
    assert_eq!(loaded.atlas.municipalities.len(), 308);
    let t = loaded.atlas.service("tampere-advice").unwrap();
    assert_eq!(t.provider.as_deref(), Some("municipality:837"));
    assert_eq!(t.phones.len(), 2);
    assert_eq!(
        t.phones[1].info.as_ref().unwrap().0.get("sv").unwrap(),
        "Tidsbokning"
    );
    let v = loaded.atlas.service("vaasa-family").unwrap();
    assert_eq!(v.municipality, "905", "the name Vaasa is read as its code");
    assert_eq!(v.location.lat, 63.096, "decimal comma");
    assert_eq!(
        v.last_verified.map(|d| d.to_string()).as_deref(),
        Some("2026-10-01")
    );
    // The written file passes the validator (part A's command).
    let (code, _, stderr) = run(bin().arg("validate").arg(&out));
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn excel_files_semicolons_bom_and_latin1() {
    let tmp = TempDir::new("excel");
    // Finnish Excel: semicolons, a byte-order mark, CRLF.
    let text = template();
    let mut rows = csv::ReaderBuilder::new().from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let header: Vec<String> = rows.headers().unwrap().iter().map(String::from).collect();
    let mut w = csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .from_writer(b"\xef\xbb\xbf".to_vec());
    w.write_record(&header).unwrap();
    for r in rows.records() {
        let r = r.unwrap();
        let cells: Vec<String> = r.iter().map(|c| c.replace("example-", "real-")).collect();
        w.write_record(&cells).unwrap();
    }
    let semicolon = tmp.path("semicolon.csv");
    std::fs::write(&semicolon, w.into_inner().unwrap()).unwrap();
    let (code, _, stderr) = run(bin()
        .args(["import", "csv"])
        .arg(&semicolon)
        .arg("--out")
        .arg(tmp.path("s.json")));
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(load(&tmp.path("s.json")).atlas.services.len(), 2);

    // The same sheet saved as Latin-1: each broken cell is named; nothing is written.
    let latin1: Vec<u8> = template()
        .trim_start_matches('\u{feff}')
        .replace("example-", "real-")
        .chars()
        .map(|c| if (c as u32) < 256 { c as u32 as u8 } else { b'?' })
        .collect();
    let path = tmp.path("latin1.csv");
    std::fs::write(&path, latin1).unwrap();
    let (code, _, stderr) = run(bin()
        .args(["import", "csv"])
        .arg(&path)
        .arg("--out")
        .arg(tmp.path("l.json")));
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("row 2, column B (name_fi): not UTF-8"),
        "{stderr}"
    );
    assert!(stderr.contains("CSV UTF-8"), "{stderr}");
    assert!(!tmp.path("l.json").exists());
}

#[test]
fn row_errors_are_all_listed_and_nothing_is_written() {
    let tmp = TempDir::new("errors");
    let path = tmp.path("bad.csv");
    std::fs::write(
        &path,
        "id,name_fi,municipality,lat,lon,languages,website,colour\n\
         ok-1,Hyvä,837,61.5,23.76,fi,,red\n\
         bad-1,Huono,837,61.5,x,fi,,\n\
         bad-2,Huono,Atlantis,61.5,23.76,fi,ftp://x,\n\
         \n\
         ,,,,,,,\n\
         ok-1,Kaksi,837,61.5,23.76,fi,,\n",
    )
    .unwrap();
    let out = tmp.path("out.json");
    let (code, _, stderr) = run(bin().args(["import", "csv"]).arg(&path).arg("--out").arg(&out));
    assert_eq!(code, 1, "{stderr}");
    for expected in [
        "warning: row 1, column H (colour): unknown column",
        "row 3, column E (lon): \"x\" is not a number",
        "row 4, column C (municipality): \"Atlantis\"",
        "row 4, column G (website)",
        "note: row 6: empty, skipped",
        "row 7, column A (id): id \"ok-1\" is already used on row 2",
        "4 errors;",
    ] {
        assert!(stderr.contains(expected), "missing {expected:?} in\n{stderr}");
    }
    assert!(!out.exists(), "nothing is written while a row has an error");

    let missing = tmp.path("missing.csv");
    std::fs::write(&missing, "id;name_fi;lat\n1;a;2\n").unwrap();
    let (code, _, stderr) = run(bin().args(["import", "csv"]).arg(&missing));
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("missing required columns municipality, lon, languages"),
        "{stderr}"
    );

    let (code, _, stderr) = run(bin().args(["import", "csv", "no-such-file.csv"]));
    assert_eq!(code, 2);
    assert!(
        stderr.contains("no-such-file.csv: cannot read: no such file"),
        "{stderr}"
    );
    let empty = tmp.path("empty.csv");
    std::fs::write(&empty, "").unwrap();
    let (code, _, stderr) = run(bin().args(["import", "csv"]).arg(&empty));
    assert_eq!(code, 2);
    assert!(stderr.contains("the file is empty"), "{stderr}");
    let workbook = tmp.path("services.xlsx");
    std::fs::write(&workbook, b"PK\x03\x04\x14\x00\x06\x00").unwrap();
    let (code, _, stderr) = run(bin().args(["import", "csv"]).arg(&workbook));
    assert_eq!(code, 2);
    assert!(stderr.contains("workbook (.xlsx or .xls), not CSV"), "{stderr}");
}

fn services_of(path: &Path) -> Vec<Service> {
    load(path).atlas.services
}

#[test]
fn export_csv_then_import_csv_gives_the_same_services() {
    let tmp = TempDir::new("roundtrip");
    let dataset = tmp.path("gen.json");
    let (code, _, stderr) = run(bin()
        .args(["generate", "--services", "150", "--seed", "5", "--out"])
        .arg(&dataset));
    assert_eq!(code, 0, "{stderr}");
    for delimiter in [",", ";"] {
        let csv = tmp.path("services.csv");
        let (code, _, stderr) = run(bin()
            .args(["export", "csv"])
            .arg(&dataset)
            .args(["--delimiter", delimiter, "--out"])
            .arg(&csv));
        assert_eq!(code, 0, "{stderr}");
        let back = tmp.path("back.json");
        let (code, _, stderr) = run(bin().args(["import", "csv"]).arg(&csv).arg("--out").arg(&back));
        assert_eq!(code, 0, "{stderr}");
        assert_eq!(services_of(&back), services_of(&dataset));
    }
}

#[test]
fn generate_is_deterministic_and_has_exactly_k_invalid_records() {
    let tmp = TempDir::new("generate");
    let a = tmp.path("a.json");
    let b = tmp.path("b.json");
    for p in [&a, &b] {
        let (code, stdout, stderr) = run(bin()
            .args([
                "generate",
                "--services",
                "2000",
                "--seed",
                "11",
                "--invalid",
                "13",
                "--out",
            ])
            .arg(p));
        assert_eq!(code, 0, "{stderr}");
        assert!(
            stdout.contains("2000 services and 13 invalid records"),
            "{stdout}"
        );
        assert!(
            stderr.is_empty(),
            "no progress bar when stderr is not a terminal: {stderr}"
        );
    }
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    let loaded = load(&a);
    assert!(loaded.atlas.meta.sample);
    assert_eq!(loaded.problems.len(), 13, "{:#?}", loaded.problems);
    // Each invalid record breaks one rule: it is left out, or kept without its bad field.
    let (left_out, dropped) = (
        loaded.left_out(atlas_core::RecordKind::Service),
        loaded.dropped(atlas_core::RecordKind::Service),
    );
    assert_eq!(left_out + dropped, 13);
    assert_eq!(loaded.atlas.services.len(), 2000 + dropped);
    // To standard output, the same bytes.
    let out = bin()
        .args([
            "generate",
            "--services",
            "2000",
            "--seed",
            "11",
            "--invalid",
            "13",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(out.stdout, std::fs::read(&a).unwrap());
    let (code, _, stderr) = run(bin().args([
        "generate",
        "--services",
        "18446744073709551615",
        "--seed",
        "1",
        "--invalid",
        "5",
    ]));
    assert_eq!(code, 2);
    assert!(stderr.contains("at most 100000000"), "{stderr}");
    let (code, _, stderr) = run(bin().args(["generate", "--services", "many", "--seed", "1"]));
    assert_eq!(code, 2);
    assert!(stderr.contains("invalid value 'many'"), "{stderr}");
    let (code, _, stderr) = run(bin().args([
        "generate",
        "--services",
        "1",
        "--seed",
        "1",
        "--out",
        "/proc/no/such/dir/x.json",
    ]));
    assert_eq!(code, 2);
    assert!(stderr.contains("cannot write"), "{stderr}");
}

#[test]
fn export_geojson_points() {
    let tmp = TempDir::new("geojson");
    let out = tmp.path("s.geojson");
    let (code, stdout, stderr) = run(bin()
        .args(["export", "geojson"])
        .arg(repo().join("public/data/atlas.json"))
        .arg("--out")
        .arg(&out));
    assert_eq!(code, 0, "{stderr}");
    let g: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let services = services_of(&repo().join("public/data/atlas.json"));
    assert!(
        stdout.contains(&format!("{} features", services.len())),
        "{stdout}"
    );
    assert_eq!(g["type"], "FeatureCollection");
    for (f, s) in g["features"].as_array().unwrap().iter().zip(&services) {
        assert_eq!(f["geometry"]["type"], "Point");
        assert_eq!(
            f["geometry"]["coordinates"],
            serde_json::json!([s.location.lon, s.location.lat])
        );
        assert_eq!(f["properties"]["id"], s.id.as_str());
    }
}

/// Serves the vendored HSDS schemas to the validator; a table the export does not write
/// resolves to `false`, so a nested record written by mistake fails.
struct VendoredSchemas;

impl jsonschema::Retrieve for VendoredSchemas {
    fn retrieve(
        &self,
        uri: &jsonschema::Uri<String>,
    ) -> Result<Value, Box<dyn std::error::Error + Send + Sync>> {
        let name = uri.as_str().rsplit('/').next().unwrap_or("").to_string();
        match std::fs::read_to_string(fixture("hsds").join(&name)) {
            Ok(text) => Ok(serde_json::from_str(&text)?),
            Err(_) => Ok(Value::Bool(false)),
        }
    }
}

fn hsds_validator(table_schema: &str) -> jsonschema::Validator {
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("hsds").join(table_schema)).unwrap()).unwrap();
    jsonschema::options()
        .with_base_uri(format!("https://schemas.test/hsds/{table_schema}"))
        .with_retriever(VendoredSchemas)
        .should_validate_formats(true)
        .build(&schema)
        .expect("the vendored schema compiles")
}

const HSDS_TABLES: [(&str, &str); 7] = [
    ("organizations", "organization.json"),
    ("services", "service.json"),
    ("locations", "location.json"),
    ("service_at_locations", "service_at_location.json"),
    ("phones", "phone.json"),
    ("languages", "language.json"),
    ("schedules", "schedule.json"),
];

#[test]
fn export_hsds_validates_against_the_hsds_3_schemas() {
    let tmp = TempDir::new("hsds");
    let dataset = tmp.path("gen.json");
    let (code, _, stderr) = run(bin()
        .args(["generate", "--services", "60", "--seed", "3", "--out"])
        .arg(&dataset));
    assert_eq!(code, 0, "{stderr}");
    let dir = tmp.path("hsds");
    let (code, stdout, stderr) = run(bin()
        .args(["export", "hsds"])
        .arg(&dataset)
        .arg("--out")
        .arg(&dir));
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("60 services"), "{stdout}");
    let mut ids = std::collections::BTreeMap::new();
    for (table, schema) in HSDS_TABLES {
        let records: Vec<Value> =
            serde_json::from_str(&std::fs::read_to_string(dir.join(format!("{table}.json"))).unwrap())
                .unwrap();
        assert!(!records.is_empty(), "{table} is empty");
        let validator = hsds_validator(schema);
        for r in &records {
            let errors: Vec<String> = validator.iter_errors(r).map(|e| e.to_string()).collect();
            assert!(errors.is_empty(), "{table}: {r}\n{errors:?}");
            ids.entry(table)
                .or_insert_with(Vec::new)
                .push(r["id"].as_str().unwrap().to_string());
        }
    }
    // Links resolve: every service_at_location names a written service and location.
    let sal: Vec<Value> =
        serde_json::from_str(&std::fs::read_to_string(dir.join("service_at_locations.json")).unwrap())
            .unwrap();
    for r in &sal {
        assert!(ids["services"].contains(&r["service_id"].as_str().unwrap().to_string()));
        assert!(ids["locations"].contains(&r["location_id"].as_str().unwrap().to_string()));
    }
    assert_eq!(ids["services"].len(), 60);

    // The validator is not a rubber stamp: a record breaking the schema fails.
    let bad = serde_json::json!({"id": "x", "name": "n", "status": "open"});
    assert!(!hsds_validator("service.json").is_valid(&bad));
    let nested = serde_json::json!({"id": "x", "name": "n", "status": "active", "contacts": [{"id": "c"}]});
    assert!(!hsds_validator("service.json").is_valid(&nested));

    // One file with the tables as keys, and the same records.
    let one = tmp.path("hsds.json");
    let (code, _, stderr) = run(bin()
        .args(["export", "hsds"])
        .arg(&dataset)
        .args(["--language", "en", "--out"])
        .arg(&one));
    assert_eq!(code, 0, "{stderr}");
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(&one).unwrap()).unwrap();
    assert_eq!(doc["services"].as_array().unwrap().len(), 60);
    assert!(
        doc["services"][0]["name"].as_str().unwrap().contains("(sample)"),
        "English texts"
    );
}

#[test]
fn import_ptv_export_to_dataset() {
    let tmp = TempDir::new("ptv");
    let out = tmp.path("ptv.json");
    let (code, stdout, stderr) = run(bin()
        .args(["import", "ptv"])
        .arg(fixture("ptv/paged.json"))
        .arg("--out")
        .arg(&out));
    assert_eq!(code, 1, "one channel (a Phone channel) is left out: {stderr}");
    assert!(
        stdout.contains("2 services from 3 channels (1 left out)"),
        "{stdout}"
    );
    assert!(
        stderr.contains("channel 0a0b0c0d-1111-4222-8333-444455556666: a Phone channel"),
        "{stderr}"
    );
    assert!(
        stderr.contains("Exceptional"),
        "the unrepresentable hours are reported: {stderr}"
    );
    let loaded = load(&out);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let s = loaded
        .atlas
        .service("ptv-2b1f0f6e-6a0e-4c57-9d0a-1b2c3d4e5f60")
        .unwrap();
    assert_eq!(s.municipality, "837");
    assert_eq!(
        s.opening_hours.as_deref(),
        Some("Mo-Th 09:00-16:00; Fr 09:00-12:00,13:00-15:00")
    );
    let (code, _, stderr) = run(bin().arg("validate").arg(&out));
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn malformed_input_gets_a_clear_error_and_exit_2() {
    let tmp = TempDir::new("malformed");
    let not_json = tmp.path("x.json");
    std::fs::write(&not_json, "{\"itemList\": [").unwrap();
    let latin1 = tmp.path("l.json");
    std::fs::write(&latin1, b"[{\"id\": \"caf\xe9\"}]").unwrap();
    let shape = tmp.path("shape.json");
    std::fs::write(&shape, "{\"results\": []}").unwrap();
    let cases: Vec<(Vec<String>, &str)> = vec![
        (
            vec!["import".into(), "ptv".into(), not_json.display().to_string()],
            "not valid JSON",
        ),
        (
            vec!["import".into(), "ptv".into(), latin1.display().to_string()],
            "not UTF-8",
        ),
        (
            vec!["import".into(), "ptv".into(), shape.display().to_string()],
            "not a Service Catalogue",
        ),
        (
            vec!["import".into(), "ptv".into(), "missing.json".into()],
            "missing.json: cannot read",
        ),
        (
            vec!["export".into(), "csv".into(), not_json.display().to_string()],
            "not valid JSON",
        ),
        (
            vec!["export".into(), "geojson".into(), shape.display().to_string()],
            "not an Integration Atlas dataset",
        ),
        (
            vec![
                "export".into(),
                "hsds".into(),
                latin1.display().to_string(),
                "--out".into(),
                tmp.path("h").display().to_string(),
            ],
            "not UTF-8",
        ),
        (
            vec![
                "export".into(),
                "hsds".into(),
                "missing.json".into(),
                "--out".into(),
                tmp.path("h").display().to_string(),
            ],
            "cannot read",
        ),
        (
            vec![
                "export".into(),
                "hsds".into(),
                repo().join("public/data/atlas.json").display().to_string(),
                "--out".into(),
                tmp.path("h").display().to_string(),
                "--language".into(),
                "Finnish".into(),
            ],
            "not an ISO 639 code",
        ),
        (
            vec![
                "export".into(),
                "csv".into(),
                fixture("not-json.txt").display().to_string(),
            ],
            "not valid JSON",
        ),
    ];
    for (args, expected) in cases {
        let (code, stdout, stderr) = run(bin().args(&args));
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert!(
            stderr.contains(expected),
            "{args:?}: expected {expected:?} in {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert!(stdout.is_empty(), "{args:?}: {stdout}");
    }
    // Usage errors: clap's message and status 2.
    for args in [
        vec!["import"],
        vec!["import", "xls", "f"],
        vec!["export", "hsds", "f.json"],
        vec!["generate", "--seed", "1"],
    ] {
        let (code, _, stderr) = run(bin().args(&args));
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}

#[test]
fn help_has_examples() {
    for args in [
        ["import", "csv"],
        ["import", "ptv"],
        ["export", "hsds"],
        ["export", "geojson"],
        ["export", "csv"],
    ] {
        let (code, stdout, _) = run(bin().args(args).arg("--help"));
        assert_eq!(code, 0);
        assert!(
            stdout.contains("Examples:") && stdout.contains("Exit status:"),
            "{args:?}: {stdout}"
        );
    }
    let (code, stdout, _) = run(bin().args(["generate", "--help"]));
    assert_eq!(code, 0);
    assert!(stdout.contains("--invalid"), "{stdout}");
}

#[test]
fn a_published_dataset_round_trips_through_the_spreadsheet_with_base() {
    // An official edits the published dataset in a spreadsheet: its services name
    // hand-written actors (`helsinki`), which --base keeps resolvable.
    let tmp = TempDir::new("base");
    let published = repo().join("public/data/atlas.json");
    let csv = tmp.path("services.csv");
    let (code, _, stderr) = run(bin()
        .args(["export", "csv"])
        .arg(&published)
        .arg("--out")
        .arg(&csv));
    assert_eq!(code, 0, "{stderr}");
    // Without --base the hand-written providers are not actors of the generated structure.
    let (code, _, stderr) = run(bin()
        .args(["import", "csv"])
        .arg(&csv)
        .arg("--out")
        .arg(tmp.path("no-base.json")));
    assert_eq!(code, 1);
    assert!(
        stderr.contains("column H (provider)") && stderr.contains("is not an actor of the dataset"),
        "{stderr}"
    );
    let out = tmp.path("back.json");
    let (code, _, stderr) = run(bin()
        .args(["import", "csv"])
        .arg(&csv)
        .arg("--base")
        .arg(&published)
        .arg("--out")
        .arg(&out));
    assert_eq!(code, 0, "{stderr}");
    let (before, after) = (load(&published).atlas, load(&out).atlas);
    assert_eq!(after.services, before.services);
    assert_eq!(after.actors, before.actors);
    assert_eq!(after.programmes, before.programmes);
    assert_eq!(after.legislation, before.legislation);
    assert_eq!(after.meta, before.meta);
    let (code, _, stderr) = run(bin()
        .args(["import", "csv"])
        .arg(&csv)
        .arg("--base")
        .arg(tmp.path("none.json")));
    assert_eq!(code, 2);
    assert!(stderr.contains("none.json: cannot read"), "{stderr}");
}
