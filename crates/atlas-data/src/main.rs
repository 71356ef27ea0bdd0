//! `atlas-data`: builds and validates the Integration Atlas dataset (SPEC §1).
//!
//! A thin shell: the command line (clap, derive) and exit codes live here. Each
//! subcommand is one variant of [`Command`] holding its own argument struct, and
//! dispatches to one module function: `build.rs` turns the reference CSV and
//! `data/sources/*.json` into `public/data/atlas.json`; `validate.rs` checks any
//! dataset file with the same `atlas_core::load` the app uses.

use atlas_data::{
    build, export_csv, export_geojson, export_hsds, generate, import_csv, import_ptv, pack, validate,
};

use clap::{Parser, Subcommand};
use std::io::Write;

/// Exit status of a usage error (clap uses the same).
pub const EXIT_USAGE: i32 = 2;

const EXAMPLES: &str = "\
Examples:
  atlas-data build                                      write public/data/atlas.json
  atlas-data validate FILE                              check a dataset file (or URL, or - for stdin)
  atlas-data validate https://example.org/atlas.json --format json
  atlas-data validate public/data/atlas.json
  atlas-data import csv services.csv --out atlas.json   the spreadsheet (docs/template.csv) to a dataset
  atlas-data import ptv channels.json --out atlas.json  Service Catalogue (PTV) locations to a dataset
  atlas-data export csv atlas.json --out services.csv   back to the spreadsheet
  atlas-data export hsds atlas.json --out hsds/         Open Referral HSDS 3.0 JSON
  atlas-data export geojson atlas.json --out s.geojson  services as GeoJSON points
  atlas-data generate --services 1000 --seed 1          a synthetic sample dataset
  atlas-data pack public/data/atlas.json                the compact pack the app loads at scale
  atlas-data help build                                 the options of one command

See docs/PUBLISHING.md for the way from a spreadsheet to a published dataset.

Exit status: 0 success; 2 usage error; other statuses are in each command's help
(build: 1 its inputs are wrong; validate: 1 warnings with --strict, 2 errors;
import: 1 rows or channels with errors).";

/// atlas-data: builds and validates the Integration Atlas dataset (format integration-atlas/1)
#[derive(Debug, Parser)]
#[command(name = "atlas-data", version, arg_required_else_help = true, after_help = EXAMPLES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// One variant per subcommand; each runs one module function and returns its exit status.
#[derive(Debug, Subcommand)]
enum Command {
    Build(build::BuildArgs),
    Validate(validate::ValidateArgs),
    Import(ImportArgs),
    Export(ExportArgs),
    Generate(generate::GenerateArgs),
    Pack(pack::PackArgs),
}

/// `atlas-data import csv|ptv`: services from a spreadsheet or from the Service Catalogue.
#[derive(Debug, clap::Args)]
#[command(
    about = "Read services from a spreadsheet (csv) or a Service Catalogue export (ptv) into a dataset"
)]
struct ImportArgs {
    #[command(subcommand)]
    from: ImportCommand,
}

#[derive(Debug, Subcommand)]
enum ImportCommand {
    Csv(import_csv::ImportCsvArgs),
    Ptv(import_ptv::ImportPtvArgs),
}

/// `atlas-data export hsds|geojson|csv`: a dataset's services in another format.
#[derive(Debug, clap::Args)]
#[command(about = "Write a dataset's services as Open Referral HSDS, GeoJSON or the spreadsheet template")]
struct ExportArgs {
    #[command(subcommand)]
    to: ExportCommand,
}

#[derive(Debug, Subcommand)]
enum ExportCommand {
    Hsds(export_hsds::ExportHsdsArgs),
    Geojson(export_geojson::ExportGeojsonArgs),
    Csv(export_csv::ExportCsvArgs),
}

fn main() {
    let code = run(std::env::args_os());
    let _ = std::io::stdout().flush();
    std::process::exit(code);
}

fn run(args: impl IntoIterator<Item = std::ffi::OsString>) -> i32 {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            // Help and version go to stdout with status 0; usage errors to stderr with 2.
            let _ = e.print();
            return e.exit_code();
        }
    };
    match cli.command {
        Command::Build(args) => build::run(&args),
        Command::Validate(args) => validate::run(&args),
        Command::Import(ImportArgs {
            from: ImportCommand::Csv(args),
        }) => import_csv::run(&args),
        Command::Import(ImportArgs {
            from: ImportCommand::Ptv(args),
        }) => import_ptv::run(&args),
        Command::Export(ExportArgs {
            to: ExportCommand::Hsds(args),
        }) => export_hsds::run(&args),
        Command::Export(ExportArgs {
            to: ExportCommand::Geojson(args),
        }) => export_geojson::run(&args),
        Command::Export(ExportArgs {
            to: ExportCommand::Csv(args),
        }) => export_csv::run(&args),
        Command::Generate(args) => generate::run(&args),
        Command::Pack(args) => pack::run(&args),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;
    use std::path::PathBuf;

    fn parse(args: &[&str]) -> Result<Command, clap::Error> {
        Cli::try_parse_from(std::iter::once("atlas-data").chain(args.iter().copied())).map(|c| c.command)
    }

    fn build_args(args: &[&str]) -> Result<build::BuildArgs, String> {
        match parse(&[&["build"], args].concat()) {
            Ok(Command::Build(a)) => Ok(a),
            Ok(other) => Err(format!("not build: {other:?}")),
            Err(e) => Err(e.to_string()),
        }
    }

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn build_options() {
        assert_eq!(build_args(&[]).unwrap(), build::BuildArgs::default());
        let a = build_args(&["--out", "x.json", "--sources=src", "--municipalities", "m.csv"]).unwrap();
        assert_eq!(a.out, Some(PathBuf::from("x.json")));
        assert_eq!(a.sources, Some(PathBuf::from("src")));
        assert_eq!(a.municipalities, Some(PathBuf::from("m.csv")));
        assert_eq!(
            build_args(&["--out", "a=b.json"]).unwrap().out,
            Some(PathBuf::from("a=b.json"))
        );
        assert!(build_args(&["-h"]).unwrap_err().contains("Usage:"));
        assert!(build_args(&["--out"])
            .unwrap_err()
            .contains("a value is required"));
        assert!(build_args(&["--out="])
            .unwrap_err()
            .contains("a value is required"));
        assert!(build_args(&["--out", "--sources", "s"])
            .unwrap_err()
            .contains("a value is required"));
        assert!(build_args(&["--out", "a", "--out", "b"])
            .unwrap_err()
            .contains("cannot be used multiple times"));
        assert!(build_args(&["--outt", "a"])
            .unwrap_err()
            .contains("unexpected argument '--outt'"));
        assert!(build_args(&["extra"])
            .unwrap_err()
            .contains("unexpected argument 'extra'"));
    }

    #[test]
    fn validate_arguments() {
        let file = |args: &[&str]| match parse(&[&["validate"], args].concat()) {
            Ok(Command::Validate(a)) => Ok(a.file.to_string_lossy().into_owned()),
            Ok(other) => Err(format!("not validate: {other:?}")),
            Err(e) => Err(e.to_string()),
        };
        assert_eq!(file(&["a.json"]).unwrap(), "a.json");
        assert_eq!(file(&["-"]).unwrap(), "-");
        assert_eq!(file(&["--", "-x.json"]).unwrap(), "-x.json");
        assert!(file(&[]).unwrap_err().contains("<FILE|URL>"));
        assert!(file(&["a", "b"]).unwrap_err().contains("unexpected argument 'b'"));
        assert!(file(&["-x"]).unwrap_err().contains("unexpected argument '-x'"));
        assert!(file(&[""]).unwrap_err().contains("a value is required"));
    }
}
