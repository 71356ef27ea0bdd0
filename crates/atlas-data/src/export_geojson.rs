//! `atlas-data export geojson FILE`: a dataset's services as a GeoJSON FeatureCollection
//! (RFC 7946): one Point feature per service at `[lon, lat]`, with every other field of
//! the service as its properties (localised texts stay objects by language).

use crate::err;
use crate::{assemble, output};
use atlas_core::model::Service;
use serde_json::{json, Value};
use std::io::Write;
use std::path::PathBuf;

const AFTER_HELP: &str = "\
Examples:
  atlas-data export geojson public/data/atlas.json --out services.geojson
  atlas-data export geojson atlas.json | jq '.features | length'

Exit status: 0 written; 2 the file cannot be read as a dataset, or a usage error.";

#[derive(Debug, Clone, PartialEq, clap::Args)]
#[command(about = "Write a dataset's services as a GeoJSON FeatureCollection of points", after_help = AFTER_HELP)]
pub struct ExportGeojsonArgs {
    /// The dataset file (- for standard input)
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The GeoJSON file to write [default: standard output]
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
}

pub fn feature(s: &Service) -> Result<Value, serde_json::Error> {
    let mut properties = serde_json::to_value(s)?;
    if let Value::Object(p) = &mut properties {
        p.remove("location");
    }
    Ok(json!({
        "type": "Feature",
        "id": s.id,
        "geometry": {"type": "Point", "coordinates": [s.location.lon, s.location.lat]},
        "properties": properties,
    }))
}

/// The collection as text: one feature per line, so a changed service is a one-line diff.
pub fn to_geojson(services: &[Service]) -> Result<String, serde_json::Error> {
    let mut out = String::from("{\"type\": \"FeatureCollection\", \"features\": [");
    for (i, s) in services.iter().enumerate() {
        out.push_str(if i == 0 { "\n" } else { ",\n" });
        out.push_str(&serde_json::to_string(&feature(s)?)?);
    }
    out.push_str("\n]}\n");
    Ok(out)
}

pub fn run(args: &ExportGeojsonArgs) -> i32 {
    let Some(loaded) = assemble::load_for_export(&args.file) else {
        return 2;
    };
    let text = match to_geojson(&loaded.atlas.services) {
        Ok(t) => t,
        Err(e) => {
            err!("atlas-data: error: cannot write GeoJSON: {e}");
            return 2;
        }
    };
    let out_path = args.out.clone().unwrap_or_else(|| PathBuf::from("-"));
    let features = loaded.atlas.services.len();
    output::report(&out_path, output::write_bytes(&out_path, text.as_bytes()), || {
        format!("{features} features")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_are_lon_lat_with_properties() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../public/data/atlas.json"
        ))
        .unwrap();
        let services = atlas_core::load(&text).unwrap().atlas.services;
        let g: Value = serde_json::from_str(&to_geojson(&services).unwrap()).unwrap();
        assert_eq!(g["type"], "FeatureCollection");
        let features = g["features"].as_array().unwrap();
        assert_eq!(features.len(), services.len());
        let f = &features[0];
        assert_eq!(
            f["geometry"]["coordinates"][0].as_f64(),
            Some(services[0].location.lon)
        );
        assert_eq!(
            f["geometry"]["coordinates"][1].as_f64(),
            Some(services[0].location.lat)
        );
        assert_eq!(f["properties"]["id"], services[0].id.as_str());
        assert_eq!(
            f["properties"]["name"]["fi"],
            services[0].name.0.get("fi").unwrap()
        );
        assert!(f["properties"].get("location").is_none());
        assert_eq!(
            to_geojson(&[]).unwrap(),
            "{\"type\": \"FeatureCollection\", \"features\": [\n]}\n"
        );
    }
}
