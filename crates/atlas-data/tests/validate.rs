//! `atlas-data validate`, run as a user runs it: sense-check warnings, the JSON report,
//! URLs served by a small HTTP server inside the test (no network), and malformed
//! input of every kind (a clear message and the right exit status, never a panic).

mod common;

use common::{bin, fixture, outcome, repo, run, TempDir};
use serde_json::Value;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::Stdio;

fn published() -> PathBuf {
    repo().join("public/data/atlas.json")
}

/// Runs with `input` on standard input.
fn run_with_stdin(args: &[&str], input: &[u8]) -> (i32, String, String) {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    // Written from a thread: a big input must not deadlock against a full stdout pipe.
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap();
    outcome(output)
}

const TODAY: &str = "2026-11-22";

#[test]
fn sense_checks_are_warnings_grouped_by_check() {
    let file = fixture("warnings.json");
    let (code, stdout, stderr) = run(bin().arg("validate").arg(&file).args(["--today", TODAY]));
    assert_eq!(code, 0, "warnings alone pass: {stdout}{stderr}");
    let expected = [
        ("far_from_municipality", "WARNING service far-away: location: 161 km from the centre of Tampere (837)"),
        ("phone_not_diallable", "WARNING service trunk-zero: phones[1].number: \"+358 040 123 4567\" cannot be dialled"),
        ("date_in_future", "WARNING service verified-tomorrow: last_verified: 2026-11-23 is after today (2026-11-22)"),
        ("not_verified_for_a_year", "WARNING service verified-long-ago: last_verified: last verified on 2025-01-31"),
        ("no_local_language", "WARNING service ukrainian-only: languages: the service speaks uk but neither English nor an official language of Tampere"),
        ("duplicate_service", "WARNING service guidance-point-again: name: the same service as \"guidance-point\""),
    ];
    let lines: Vec<&str> = stdout.lines().collect();
    for (check, line) in expected {
        let heading = lines
            .iter()
            .position(|l| *l == format!("# {check} (1)"))
            .unwrap_or_else(|| panic!("no heading for {check}:\n{stdout}"));
        assert!(
            lines[heading + 1].starts_with(line),
            "under {check}: {:?}\n{stdout}",
            lines[heading + 1]
        );
    }
    assert_eq!(
        lines.iter().filter(|l| l.starts_with("WARNING ")).count(),
        expected.len(),
        "{stdout}"
    );
    assert!(!stdout.contains("service clean"), "{stdout}");
    assert!(lines.last().unwrap().ends_with("nothing left out, 6 warnings: 0 areas, 3 municipalities, 0 actors, 8 services, 0 programmes, 0 legislation"), "{stdout}");

    let (code, _, _) = run(bin()
        .arg("validate")
        .arg(&file)
        .args(["--today", TODAY, "--strict"]));
    assert_eq!(code, 1, "warnings with --strict");

    // Another day, other warnings: the checks go by --today, not the clock.
    let (_, stdout, _) = run(bin().arg("validate").arg(&file).args(["--today", "2026-11-23"]));
    assert!(!stdout.contains("verified-tomorrow"), "{stdout}");
}

#[test]
fn the_json_report_has_the_documented_shape() {
    let (code, stdout, stderr) = run(bin()
        .arg("validate")
        .arg(fixture("warnings.json"))
        .args(["--today", TODAY, "--format", "json", "--strict"]));
    assert_eq!(code, 1, "{stderr}");
    let r: Value = serde_json::from_str(&stdout).expect("one JSON object");
    assert_eq!(r["status"], "warnings");
    assert_eq!(r["exit_code"], 1);
    assert_eq!(r["today"], TODAY);
    assert_eq!(r["fatal"], Value::Null);
    assert_eq!(r["loaded"]["services"], 8);
    assert_eq!(r["left_out"], serde_json::json!({}));
    assert_eq!(r["errors"], serde_json::json!([]));
    let far = r["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["check"] == "far_from_municipality")
        .expect("a far warning");
    assert_eq!(
        (&far["kind"], &far["id"], &far["field"]),
        (
            &Value::from("service"),
            &Value::from("far-away"),
            &Value::from("location")
        )
    );
    assert!(
        far["message"].as_str().unwrap().contains("check the coordinates"),
        "{far}"
    );
    // The help documents every key of the object.
    let (_, help, _) = run(bin().args(["validate", "--help"]));
    for key in r.as_object().unwrap().keys() {
        assert!(
            help.contains(&format!("\"{key}\"")),
            "--help does not document {key}"
        );
    }

    let (code, stdout, _) = run(bin()
        .arg("validate")
        .arg(fixture("invalid.json"))
        .args(["--format", "json"]));
    assert_eq!(code, 2);
    let r: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(
        (&r["status"], &r["exit_code"]),
        (&Value::from("errors"), &Value::from(2))
    );
    assert_eq!(r["left_out"], serde_json::json!({"service": 4}));
    assert_eq!(r["fields_dropped"], serde_json::json!({"actor": 1, "service": 1}));
    let website = r["errors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == "demo-js-website")
        .unwrap();
    assert_eq!(
        (&website["kind"], &website["field"]),
        (&Value::from("service"), &Value::from("website"))
    );

    // An unreadable file: still one JSON object on stdout, and the reason on stderr.
    let (code, stdout, stderr) = run(bin()
        .arg("validate")
        .arg(fixture("not-json.txt"))
        .args(["--format", "json"]));
    assert_eq!(code, 2);
    let r: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(
        (&r["status"], &r["fatal"]["code"], &r["loaded"]),
        (&Value::from("unreadable"), &Value::from("json"), &Value::Null)
    );
    assert!(stderr.contains("not valid JSON"), "{stderr}");
}

#[test]
fn records_of_the_wrong_type_name_the_field() {
    let tmp = TempDir::new("types");
    let file = tmp.write(
        "types.json",
        br#"{"format": "integration-atlas/1",
            "municipalities": [{"code": "837", "name": {"fi": "Tampere"}, "location": {"lat": 61.5, "lon": 23.76}}],
            "services": [{"id": "a", "name": {"en": "A"}, "municipality": "837", "location": {"lat": 61.5, "lon": 23.76}, "languages": "fi"},
                         {"id": "b", "name": {"en": "B"}, "municipality": "837", "location": {"lat": "61.5", "lon": 23.76}, "languages": ["fi"]}],
            "actors": {"id": "not-a-list"}}"#,
    );
    let (code, stdout, stderr) = run(bin().arg("validate").arg(&file));
    assert_eq!(code, 2, "{stdout}{stderr}");
    assert!(
        stdout.contains(
            "ERROR service a: unreadable record: languages: invalid type: string \"fi\", expected a sequence"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains(
            "ERROR service b: unreadable record: location.lat: invalid type: string \"61.5\", expected f64"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains("ERROR actor *: the list of actors is not a JSON array"),
        "{stdout}"
    );
    let (_, stdout, _) = run(bin().arg("validate").arg(&file).args(["--format", "json"]));
    let r: Value = serde_json::from_str(&stdout).unwrap();
    let fields: Vec<&str> = r["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["(list)", "languages", "location.lat"]);
}

/// Every way a file can fail as a whole: status 2, nothing on stdout, one clear line on stderr.
#[test]
fn unreadable_input_gets_a_clear_message() {
    let tmp = TempDir::new("unreadable");
    let mut utf16 = vec![0xff, 0xfe];
    utf16.extend("{\"format\": 1}".encode_utf16().flat_map(u16::to_le_bytes));
    let cases: Vec<(PathBuf, &str)> = vec![
        (tmp.path("absent.json"), "cannot read: no such file"),
        (tmp.0.clone(), "cannot read: it is a directory, not a file"),
        (tmp.write("empty.json", b""), "the file is empty"),
        (tmp.write("blank.json", b"  \n\t\n"), "the file is empty"),
        (tmp.write("utf16.json", &utf16), "UTF-16"),
        (
            tmp.write("latin1.json", b"{\n\"a\": \"\xc4\xe4\"}"),
            "invalid byte 0xC4 at byte offset 8 (line 2)",
        ),
        (
            tmp.write(
                "broken.json",
                b"{\n  \"format\": \"integration-atlas/1\",\n  \"areas\": [,]\n}",
            ),
            "not valid JSON: expected value at line 3 column 13",
        ),
        (
            tmp.write(
                "truncated.json",
                b"{\"format\": \"integration-atlas/1\", \"areas\": [",
            ),
            "EOF while parsing a list at line 1 column 44",
        ),
        (
            tmp.write("array.json", b"[1, 2]"),
            "not an Integration Atlas dataset",
        ),
        (
            tmp.write("number.json", b"42"),
            "not an Integration Atlas dataset",
        ),
        (
            tmp.write("format-number.json", b"{\"format\": 1}"),
            "not an Integration Atlas dataset",
        ),
        (
            tmp.write("deep.json", "[".repeat(100_000).as_bytes()),
            "EOF while parsing a list at line 1 column 100000",
        ),
        (
            tmp.write(
                "deep-closed.json",
                format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)).as_bytes(),
            ),
            "not an Integration Atlas dataset",
        ),
        (
            PathBuf::from("ftp://example.org/atlas.json"),
            "only http and https URLs can be fetched",
        ),
    ];
    for (path, message) in cases {
        let (code, stdout, stderr) = run(bin().arg("validate").arg(&path));
        assert_eq!(code, 2, "{}: {stdout}{stderr}", path.display());
        assert!(stdout.is_empty(), "{}: {stdout}", path.display());
        assert!(
            stderr.contains(message),
            "{}: expected {message:?} in {stderr:?}",
            path.display()
        );
        assert!(
            stderr.starts_with("atlas-data: ") && stderr.lines().count() == 1,
            "{}: {stderr}",
            path.display()
        );
    }
    // Control characters in a file name are escaped, not sent to the terminal.
    let (code, _, stderr) = run(bin().arg("validate").arg("no\u{1b}[31mpe.json"));
    assert_eq!(code, 2);
    assert!(
        stderr.contains("no\\u{1b}[31mpe.json") && !stderr.contains('\u{1b}'),
        "{stderr:?}"
    );
}

#[test]
fn bad_option_values_are_usage_errors() {
    for (args, message) in [
        (
            &["validate", "a.json", "--today", "2026-02-30"][..],
            "expected a date as YYYY-MM-DD",
        ),
        (
            &["validate", "a.json", "--today", "today"],
            "expected a date as YYYY-MM-DD",
        ),
        (&["validate", "a.json", "--format", "xml"], "invalid value 'xml'"),
        (&["validate", "a.json", "--timeout", "0"], "invalid value '0'"),
    ] {
        let (code, stdout, stderr) = run(bin().args(args));
        assert_eq!(code, 2, "{args:?}");
        assert!(
            stdout.is_empty() && stderr.contains(message),
            "{args:?}: {stderr}"
        );
    }
}

/// Cut anywhere, garbled anywhere, a dataset never makes the program panic.
#[test]
fn malformed_input_never_panics() {
    let text = std::fs::read(published()).unwrap();
    let mut inputs: Vec<Vec<u8>> = Vec::new();
    for cut in [
        1,
        2,
        17,
        100,
        1000,
        10_000,
        text.len() / 3,
        text.len() / 2,
        text.len() - 3,
        text.len() - 2,
    ] {
        inputs.push(text[..cut].to_vec());
    }
    // Bytes replaced at spread-out places with a quote, a brace, a digit, a NUL and a stray UTF-8 lead byte.
    for (k, b) in [b'"', b'}', b'7', 0, 0xc3].into_iter().enumerate() {
        let mut t = text.clone();
        let mut at = 97 + k * 31;
        while at < t.len() {
            t[at] = b;
            at += 7919;
        }
        inputs.push(t);
    }
    // Every schema fixture, broken one rule at a time.
    for entry in std::fs::read_dir(fixture("schema/invalid")).unwrap() {
        inputs.push(std::fs::read(entry.unwrap().path()).unwrap());
    }
    for (n, input) in inputs.iter().enumerate() {
        for format in ["human", "json"] {
            let (code, stdout, stderr) =
                run_with_stdin(&["validate", "-", "--today", TODAY, "--format", format], input);
            assert!(!stderr.contains("panicked"), "input {n}: {stderr}");
            assert_eq!(
                code, 2,
                "input {n} ({format}) is broken, so it is an error: {stdout}{stderr}"
            );
            if format == "json" {
                let r: Value =
                    serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("input {n}: {e}: {stdout}"));
                assert_eq!(r["exit_code"], 2);
            }
        }
    }
}

// --- URLs, from a server inside the test ---------------------------------------

/// Serves on 127.0.0.1 until the test process ends. `/atlas.json` is the published
/// dataset (gzip not used); `/missing.json` is 404; `/error` is 500; `/not-json` is
/// text; `/moved` redirects to `/atlas.json`; `/silent` accepts the request and never
/// answers (it holds the connection until the client gives up).
fn serve() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            std::thread::spawn(move || answer(stream));
        }
    });
    format!("http://{addr}")
}

fn answer(mut stream: TcpStream) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    let path = request_line.split(' ').nth(1).unwrap_or("/").to_string();
    loop {
        let mut header = String::new();
        match reader.read_line(&mut header) {
            Ok(0) | Err(_) => return,
            Ok(_) if header == "\r\n" => break,
            Ok(_) => {}
        }
    }
    let respond = |stream: &mut TcpStream, status: &str, extra: &str, body: &[u8]| {
        let head = format!(
            "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n{extra}\r\n",
            body.len()
        );
        let _ = stream.write_all(head.as_bytes());
        let _ = stream.write_all(body);
    };
    match path.as_str() {
        "/atlas.json" => respond(
            &mut stream,
            "200 OK",
            "Content-Type: application/json\r\n",
            &std::fs::read(published()).unwrap(),
        ),
        "/missing.json" => respond(&mut stream, "404 Not Found", "", b"no such thing"),
        "/error" => respond(&mut stream, "500 Internal Server Error", "", b"oops"),
        "/not-json" => respond(
            &mut stream,
            "200 OK",
            "Content-Type: text/html\r\n",
            b"<html>hello</html>",
        ),
        "/moved" => respond(&mut stream, "302 Found", "Location: /atlas.json\r\n", b""),
        "/silent" => {
            // Wait for the client to close the connection: no answer ever comes.
            let mut sink = Vec::new();
            let _ = reader.read_to_end(&mut sink);
        }
        _ => respond(&mut stream, "404 Not Found", "", b""),
    }
}

#[test]
fn urls_are_fetched() {
    let base = serve();
    for path in ["/atlas.json", "/moved"] {
        let url = format!("{base}{path}");
        let (code, stdout, stderr) = run(bin().args(["validate", &url, "--today", TODAY]));
        assert_eq!(code, 0, "{url}: {stdout}{stderr}");
        assert!(
            stdout
                .lines()
                .last()
                .unwrap()
                .starts_with(&format!("{url}: nothing left out")),
            "{stdout}"
        );
        assert!(stdout.contains("308 municipalities"), "{stdout}");
    }
}

#[test]
fn http_failures_get_a_clear_message() {
    let base = serve();
    // A port nobody listens on: bind one, note it, close it.
    let closed = {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap()
    };
    let cases = [
        (
            format!("{base}/missing.json"),
            "the server answered HTTP 404 Not Found",
        ),
        (
            format!("{base}/error"),
            "the server answered HTTP 500 Internal Server Error",
        ),
        (
            format!("{base}/not-json"),
            "the file is not valid JSON: expected value at line 1 column 1",
        ),
        (
            format!("{base}/silent"),
            "no complete answer within 1 s (timed out",
        ),
        (
            format!("http://{closed}/atlas.json"),
            "the connection was refused",
        ),
        ("http://exa mple.org/atlas.json".to_string(), "cannot fetch"),
    ];
    for (url, message) in cases {
        let (code, stdout, stderr) = run(bin().args(["validate", &url, "--timeout", "1"]));
        assert_eq!(code, 2, "{url}: {stdout}{stderr}");
        assert!(stdout.is_empty(), "{url}: {stdout}");
        assert!(
            stderr.contains(message) && stderr.contains(&url),
            "{url}: expected {message:?} in {stderr:?}"
        );
    }
}
