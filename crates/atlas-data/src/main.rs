//! `atlas-data`: builds and validates the Integration Atlas dataset (SPEC §1).
//!
//! A thin shell: argument parsing and exit codes live here; `build.rs` turns the
//! reference CSV and `data/sources/*.json` into `public/data/atlas.json`, and
//! `validate.rs` checks any dataset file with the same `atlas_core::load` the app uses.

mod assemble;
mod build;
mod csv;
mod import_csv;
mod structure;
mod template;
mod validate;

use std::ffi::{OsStr, OsString};
use std::io::Write;
use std::path::PathBuf;

const USAGE: &str = "\
atlas-data: builds and validates the Integration Atlas dataset (format integration-atlas/1)

Usage:
  atlas-data build [--municipalities PATH] [--sources DIR] [--out PATH]
  atlas-data validate FILE
  atlas-data help [COMMAND]

Commands:
  build      write the published dataset from the municipality CSV and the source files
  validate   check a dataset file with the rules the app applies (SPEC §1)
  help       show this text, or the help of COMMAND

Options:
  -h, --help     show help (also after a command: atlas-data build --help)
  -V, --version  show the version
";

const BUILD_HELP: &str = "\
Usage: atlas-data build [--municipalities PATH] [--sources DIR] [--out PATH]

Writes the published dataset: areas and municipalities from the municipality
reference CSV; meta, actors, services, programmes and legislation from the JSON
files in the sources directory (meta.json, actors.json, services.json, and, when
present, programmes.json and legislation.json). The actors that follow from the
CSV (every municipality, the ELY Centres and vitality centres, the TE Offices and
employment areas, the Regional State Administrative Agencies, the regional
councils and the wellbeing services counties) are generated, with their
successors and relations, unless a source actor already stands for them. The
result is loaded with the same validator the app uses; if any record would be left out, nothing is written
and every problem is listed. The output is deterministic: the same inputs give
byte-identical files.

Options:
  --municipalities PATH  the municipality CSV
                         [default: ../shared/data/municipalities.csv, or the one
                         beside this repository when that does not exist]
  --sources DIR          the source JSON files [default: data/sources]
  --out PATH             the dataset to write [default: public/data/atlas.json]
  -h, --help             show this text

Relative defaults are taken from the current directory when it holds
data/sources, else from the repository this program was built from.
Options also take the form --out=PATH.

Exit status: 0 written; 1 the inputs are wrong or cannot be read (each problem
is listed on standard error); 2 usage error.
";

const VALIDATE_HELP: &str = "\
Usage: atlas-data validate FILE

Loads FILE (standard input when FILE is -) as the app does and prints one line
for every problem that makes a record be left out:
  ERROR <kind> <id>: <message>
then a summary line with the counts by record kind.

Options:
  -h, --help   show this text

Exit status: 0 nothing left out; 1 some records would be left out; 2 the file
cannot be read, is not UTF-8 JSON, or is not an integration-atlas/1 dataset
(the reason is printed on standard error), or a usage error.
";

/// Writes to standard output, ignoring a closed pipe (`atlas-data validate f | head`).
macro_rules! out {
    ($($arg:tt)*) => {{
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}

/// Writes to standard error.
macro_rules! err {
    ($($arg:tt)*) => {{
        let _ = writeln!(std::io::stderr().lock(), $($arg)*);
    }};
}

pub(crate) use {err, out};

fn main() {
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    let code = run(&args);
    let _ = std::io::stdout().flush();
    std::process::exit(code);
}

/// A usage error: the message and the help text to show with it.
struct UsageError {
    message: String,
    help: &'static str,
}

fn usage_error(help: &'static str, message: impl Into<String>) -> UsageError {
    UsageError { message: message.into(), help }
}

fn report_usage_error(e: UsageError) -> i32 {
    err!("atlas-data: {}\n", e.message);
    let _ = write!(std::io::stderr().lock(), "{}", e.help);
    2
}

fn run(args: &[OsString]) -> i32 {
    let Some(first) = args.first() else {
        let _ = write!(std::io::stderr().lock(), "{USAGE}");
        return 2;
    };
    let rest = &args[1..];
    match first.to_str() {
        Some("build") => match parse_build(rest) {
            Ok(Parsed::Help) => help(BUILD_HELP),
            Ok(Parsed::Run(opts)) => build::run(&opts),
            Err(e) => report_usage_error(e),
        },
        Some("validate") => match parse_validate(rest) {
            Ok(Parsed::Help) => help(VALIDATE_HELP),
            Ok(Parsed::Run(file)) => validate::run(&file),
            Err(e) => report_usage_error(e),
        },
        Some("help" | "--help" | "-h") => {
            let topic = if first == "help" { rest } else { &[][..] };
            match topic {
                [] => help(USAGE),
                [t] if t == "build" => help(BUILD_HELP),
                [t] if t == "validate" => help(VALIDATE_HELP),
                [t] if t == "help" => help(USAGE),
                [t] => report_usage_error(usage_error(USAGE, format!("no help for unknown command {}", quoted(t)))),
                _ => report_usage_error(usage_error(USAGE, "help takes at most one command")),
            }
        }
        Some("--version" | "-V") => {
            out!("atlas-data {}", env!("CARGO_PKG_VERSION"));
            0
        }
        _ => report_usage_error(usage_error(USAGE, format!("unknown command {}", quoted(first)))),
    }
}

fn help(text: &str) -> i32 {
    let _ = write!(std::io::stdout().lock(), "{text}");
    0
}

/// An argument as shown in a message: quoted, with control characters escaped.
fn quoted(s: &OsStr) -> String {
    format!("\"{}\"", validate::printable(&s.to_string_lossy()))
}

enum Parsed<T> {
    Help,
    Run(T),
}

#[derive(Debug, Default, PartialEq)]
pub struct BuildArgs {
    pub municipalities: Option<PathBuf>,
    pub sources: Option<PathBuf>,
    pub out: Option<PathBuf>,
}

fn parse_build(args: &[OsString]) -> Result<Parsed<BuildArgs>, UsageError> {
    let mut opts = BuildArgs::default();
    let mut i = 0;
    while i < args.len() {
        let arg = &args[i];
        i += 1;
        let Some(text) = arg.to_str() else {
            return Err(usage_error(BUILD_HELP, format!("unexpected argument {}", quoted(arg))));
        };
        if text == "-h" || text == "--help" {
            return Ok(Parsed::Help);
        }
        let (name, inline) = match text.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v)),
            _ => (text, None),
        };
        let slot = match name {
            "--municipalities" => &mut opts.municipalities,
            "--sources" => &mut opts.sources,
            "--out" => &mut opts.out,
            _ if name.starts_with('-') => {
                return Err(usage_error(BUILD_HELP, format!("unknown option {}", quoted(OsStr::new(name)))));
            }
            _ => return Err(usage_error(BUILD_HELP, format!("unexpected argument {}", quoted(arg)))),
        };
        let value: OsString = match inline {
            Some(v) => v.into(),
            None => match args.get(i) {
                Some(v) => {
                    i += 1;
                    v.clone()
                }
                None => return Err(usage_error(BUILD_HELP, format!("option {name} needs a value"))),
            },
        };
        if value.is_empty() {
            return Err(usage_error(BUILD_HELP, format!("option {name} needs a value")));
        }
        if value.to_str().is_some_and(|v| v.starts_with('-')) {
            return Err(usage_error(
                BUILD_HELP,
                format!("option {name} needs a value, found {} (write ./{} for a path that starts with -)", quoted(&value), value.to_string_lossy()),
            ));
        }
        if slot.is_some() {
            return Err(usage_error(BUILD_HELP, format!("option {name} is given more than once")));
        }
        *slot = Some(PathBuf::from(value));
    }
    Ok(Parsed::Run(opts))
}

fn parse_validate(args: &[OsString]) -> Result<Parsed<OsString>, UsageError> {
    let mut file: Option<OsString> = None;
    let mut options_done = false;
    for arg in args {
        let text = arg.to_str();
        if !options_done {
            match text {
                Some("-h" | "--help") => return Ok(Parsed::Help),
                Some("--") => {
                    options_done = true;
                    continue;
                }
                Some(t) if t.starts_with('-') && t != "-" => {
                    return Err(usage_error(VALIDATE_HELP, format!("unknown option {} (use -- before a file name that starts with -)", quoted(arg))));
                }
                _ => {}
            }
        }
        if file.is_some() {
            return Err(usage_error(VALIDATE_HELP, format!("validate takes one file; unexpected argument {}", quoted(arg))));
        }
        file = Some(arg.clone());
    }
    match file {
        Some(f) if !f.is_empty() => Ok(Parsed::Run(f)),
        Some(_) => Err(usage_error(VALIDATE_HELP, "the file name is empty")),
        None => Err(usage_error(VALIDATE_HELP, "validate needs a FILE")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn os(args: &[&str]) -> Vec<OsString> {
        args.iter().map(OsString::from).collect()
    }

    fn build_args(args: &[&str]) -> Result<BuildArgs, String> {
        match parse_build(&os(args)) {
            Ok(Parsed::Run(a)) => Ok(a),
            Ok(Parsed::Help) => Err("help".into()),
            Err(e) => Err(e.message),
        }
    }

    #[test]
    fn build_options() {
        assert_eq!(build_args(&[]).unwrap(), BuildArgs::default());
        let a = build_args(&["--out", "x.json", "--sources=src", "--municipalities", "m.csv"]).unwrap();
        assert_eq!(a.out, Some(PathBuf::from("x.json")));
        assert_eq!(a.sources, Some(PathBuf::from("src")));
        assert_eq!(a.municipalities, Some(PathBuf::from("m.csv")));
        assert_eq!(build_args(&["--out", "a=b.json"]).unwrap().out, Some(PathBuf::from("a=b.json")));
        assert_eq!(build_args(&["-h"]).unwrap_err(), "help");
        assert_eq!(build_args(&["--out", "x", "--help"]).unwrap_err(), "help");
        assert!(build_args(&["--out"]).unwrap_err().contains("needs a value"));
        assert!(build_args(&["--out="]).unwrap_err().contains("needs a value"));
        assert!(build_args(&["--out", "--sources", "s"]).unwrap_err().contains("needs a value"));
        assert!(build_args(&["--out", "a", "--out", "b"]).unwrap_err().contains("more than once"));
        assert!(build_args(&["--outt", "a"]).unwrap_err().contains("unknown option"));
        assert!(build_args(&["extra"]).unwrap_err().contains("unexpected argument"));
    }

    #[test]
    fn validate_arguments() {
        let file = |args: &[&str]| match parse_validate(&os(args)) {
            Ok(Parsed::Run(f)) => Ok(f.into_string().unwrap()),
            Ok(Parsed::Help) => Err("help".to_string()),
            Err(e) => Err(e.message),
        };
        assert_eq!(file(&["a.json"]).unwrap(), "a.json");
        assert_eq!(file(&["-"]).unwrap(), "-");
        assert_eq!(file(&["--", "-x.json"]).unwrap(), "-x.json");
        assert_eq!(file(&["--help"]).unwrap_err(), "help");
        assert!(file(&[]).unwrap_err().contains("needs a FILE"));
        assert!(file(&["a", "b"]).unwrap_err().contains("one file"));
        assert!(file(&["-x"]).unwrap_err().contains("unknown option"));
    }
}
