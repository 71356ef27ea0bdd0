//! `atlas-data export csv FILE`: a dataset's services in the spreadsheet template's
//! columns (docs/template.csv), so an official can edit a published dataset in a
//! spreadsheet and import it again (`import csv` reads back exactly these services).

use crate::err;
use crate::template::{header, BASE_LANGUAGES};
use crate::{assemble, output};
use atlas_core::model::Service;
use atlas_core::LocalisedText;
use std::collections::BTreeSet;
use std::io::Write;
use std::path::PathBuf;

const AFTER_HELP: &str = "\
Examples:
  atlas-data export csv public/data/atlas.json --out services.csv
  atlas-data export csv atlas.json --delimiter ';' > services.csv     Finnish Excel

The file is UTF-8 with a byte-order mark, so Excel opens it with the right
letters. Records the loader would leave out are not exported (a warning says how many).

Exit status: 0 written; 2 the file cannot be read as a dataset, or a usage error.";

#[derive(Debug, Clone, PartialEq, clap::Args)]
#[command(about = "Write a dataset's services in the spreadsheet template's columns (CSV)", after_help = AFTER_HELP)]
pub struct ExportCsvArgs {
    /// The dataset file (- for standard input)
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The CSV file to write [default: standard output]
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
    /// The field delimiter: , or ;
    #[arg(long, default_value = ",", value_parser = ["," , ";"])]
    pub delimiter: String,
}

/// The languages with text in any localised field, fi, sv and en first.
fn languages(services: &[Service]) -> Vec<String> {
    let mut extra = BTreeSet::new();
    let mut add = |t: &Option<LocalisedText>| {
        if let Some(t) = t {
            extra.extend(t.0.keys().map(str::to_string));
        }
    };
    for s in services {
        add(&Some(s.name.clone()));
        add(&s.description);
        if let Some(a) = &s.address {
            add(&a.street);
            add(&a.post_office);
        }
        if let Some(a) = &s.accessibility {
            add(&a.info);
        }
        for p in &s.phones {
            add(&p.info);
        }
    }
    let mut out: Vec<String> = BASE_LANGUAGES.iter().map(|l| l.to_string()).collect();
    out.extend(
        extra
            .into_iter()
            .filter(|l| !BASE_LANGUAGES.contains(&l.as_str())),
    );
    out
}

/// One service as template cells, in `header(languages)` order.
fn row(s: &Service, languages: &[String]) -> Vec<String> {
    let loc = |t: Option<&LocalisedText>| -> Vec<String> {
        languages
            .iter()
            .map(|l| t.and_then(|t| t.0.get(l)).map(str::to_string).unwrap_or_default())
            .collect()
    };
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    // A word of a closed vocabulary or a date, as the file writes it (empty when there is none).
    let written = |v: Option<&dyn std::fmt::Display>| v.map(|v| v.to_string()).unwrap_or_default();
    let address = s.address.clone().unwrap_or_default();
    let mut r = vec![s.id.clone()];
    r.extend(loc(Some(&s.name)));
    r.extend(loc(s.description.as_ref()));
    r.push(opt(&s.provider));
    r.push(s.municipality.clone());
    r.extend(loc(address.street.as_ref()));
    r.push(opt(&address.postal_code));
    r.extend(loc(address.post_office.as_ref()));
    r.push(s.location.lat.to_string());
    r.push(s.location.lon.to_string());
    r.push(
        s.channels
            .iter()
            .map(|c| c.as_str())
            .collect::<Vec<_>>()
            .join("; "),
    );
    r.push(s.languages.join("; "));
    r.push(
        s.phones
            .iter()
            .map(|p| p.number.as_str())
            .collect::<Vec<_>>()
            .join("; "),
    );
    for l in languages {
        let notes: Vec<&str> = s
            .phones
            .iter()
            .map(|p| p.info.as_ref().and_then(|i| i.0.get(l)).unwrap_or(""))
            .collect();
        r.push(if notes.iter().all(|n| n.is_empty()) {
            String::new()
        } else {
            notes.join("; ")
        });
    }
    r.push(opt(&s.email));
    r.push(opt(&s.website));
    r.push(opt(&s.opening_hours));
    r.push(written(s.appointment.as_ref().map(|a| a as _)));
    r.push(s.target_groups.join("; "));
    r.push(s.topics.join("; "));
    r.push(written(
        s.accessibility
            .as_ref()
            .and_then(|a| a.wheelchair.as_ref())
            .map(|w| w as _),
    ));
    r.extend(loc(s.accessibility.as_ref().and_then(|a| a.info.as_ref())));
    r.push(written(s.last_verified.as_ref().map(|d| d as _)));
    r
}

/// The services as CSV text with a byte-order mark.
pub fn to_csv(services: &[Service], delimiter: u8) -> Result<Vec<u8>, String> {
    let languages = languages(services);
    let mut w = ::csv::WriterBuilder::new()
        .delimiter(delimiter)
        .from_writer(b"\xef\xbb\xbf".to_vec());
    let e = |e: ::csv::Error| format!("cannot write CSV: {e}");
    w.write_record(header(&languages)).map_err(e)?;
    for s in services {
        w.write_record(row(s, &languages)).map_err(e)?;
    }
    w.into_inner().map_err(|e| format!("cannot write CSV: {e}"))
}

pub fn run(args: &ExportCsvArgs) -> i32 {
    let Some(loaded) = assemble::load_for_export(&args.file) else {
        return 2;
    };
    let delimiter = if args.delimiter == ";" { b';' } else { b',' };
    let bytes = match to_csv(&loaded.atlas.services, delimiter) {
        Ok(b) => b,
        Err(e) => {
            err!("atlas-data: error: {e}");
            return 2;
        }
    };
    let out_path = args.out.clone().unwrap_or_else(|| PathBuf::from("-"));
    let services = loaded.atlas.services.len();
    output::report(&out_path, output::write_bytes(&out_path, &bytes), || {
        format!("{services} services")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import_csv;

    #[test]
    fn the_template_round_trips_every_field() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../public/data/atlas.json"
        ))
        .unwrap();
        let mut services = atlas_core::load(&text).unwrap().atlas.services;
        // The published demo names source actors the import's reference has not; the
        // import checks providers against its own actors, so drop them here.
        for s in &mut services {
            s.provider = None;
        }
        services[0]
            .name
            .0
            .insert("uk".into(), "Консультація; з крапкою з комою".into());
        services[0].phones.push(atlas_core::model::Phone {
            number: "+358 50 1234567".into(),
            info: None,
        });
        for delimiter in [b',', b';'] {
            let csv = to_csv(&services, delimiter).unwrap();
            let sheet = import_csv::read(&csv, &import_csv::tests::reference()).unwrap();
            assert!(sheet.errors.is_empty(), "{:?}", sheet.errors);
            let back: Vec<Service> = sheet.services.into_iter().map(|(_, s)| s).collect();
            assert_eq!(back, services);
        }
    }
}
