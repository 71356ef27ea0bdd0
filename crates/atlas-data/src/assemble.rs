//! Turning imported services into a complete `integration-atlas/1` dataset.
//!
//! `import csv` and `import ptv` write a whole dataset, not a fragment: the areas,
//! municipalities and generated actors come from the municipality reference CSV,
//! exactly as `build` makes them, so the file can be validated and published as it is
//! (an official needs no repository checkout and no second step).

use crate::build::{from_csv, to_json};
use atlas_core::model::{Actor, Area, Dataset, Meta, Municipality, Service, FORMAT};
use atlas_core::LocalisedText;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The options both importers take for what surrounds the imported services.
#[derive(Debug, Clone, Default, PartialEq, clap::Args)]
pub struct ReferenceArgs {
    /// The municipality reference CSV [default: ../shared/data/municipalities.csv]
    #[arg(long, value_name = "PATH")]
    pub municipalities: Option<PathBuf>,
    /// A JSON file with the dataset's meta (title, publisher, published, license, sources)
    #[arg(long, value_name = "PATH")]
    pub meta: Option<PathBuf>,
    /// A published dataset whose services the import replaces: its areas, municipalities,
    /// actors (for `provider`), programmes, legislation and meta are kept
    #[arg(long, value_name = "DATASET", conflicts_with = "municipalities")]
    pub base: Option<PathBuf>,
}

impl ReferenceArgs {
    /// The reference data and meta these options name.
    pub fn load(&self) -> Result<(Reference, Meta), Vec<String>> {
        Reference::for_import(
            self.base.as_deref(),
            self.municipalities.as_deref(),
            self.meta.as_deref(),
        )
    }
}

/// Areas, municipalities and the actors that follow from them.
pub struct Reference {
    pub areas: Vec<Area>,
    pub municipalities: Vec<Municipality>,
    pub actors: Vec<Actor>,
    /// Kept from a base dataset (`--base`); empty when made from the CSV.
    pub programmes: Vec<atlas_core::model::Programme>,
    pub legislation: Vec<atlas_core::model::Legislation>,
}

impl Reference {
    /// Reads the municipality CSV and generates the actors `build` would (no source actors).
    pub fn read(path: &Path) -> Result<Self, Vec<String>> {
        let bytes = std::fs::read(path).map_err(|e| {
            vec![format!(
                "cannot read the municipality CSV {}: {e}",
                path.display()
            )]
        })?;
        let text =
            String::from_utf8(bytes).map_err(|_| vec![format!("{}: not UTF-8 text", path.display())])?;
        let (areas, municipalities) = from_csv(&text, &path.display().to_string())?;
        let actors = crate::actors::complete(Vec::new(), &areas, &municipalities)?.actors;
        Ok(Self {
            areas,
            municipalities,
            actors,
            programmes: Vec::new(),
            legislation: Vec::new(),
        })
    }

    /// Everything but the services of a published dataset (`--base`): its areas,
    /// municipalities, actors (so `provider` can name any of them), programmes and
    /// legislation, and its meta. Records its loader leaves out stay out.
    pub fn from_dataset(path: &Path) -> Result<(Self, Meta), Vec<String>> {
        let loaded = load_dataset(path).map_err(|e| vec![e])?;
        if !loaded.problems.is_empty() {
            crate::err!(
                "atlas-data: warning: {}: {} problem(s) in the base dataset; its left-out records are not kept (see `atlas-data validate`)",
                path.display(),
                loaded.problems.len()
            );
        }
        let a = loaded.atlas;
        Ok((
            Self {
                areas: a.areas,
                municipalities: a.municipalities,
                actors: a.actors,
                programmes: a.programmes,
                legislation: a.legislation,
            },
            a.meta,
        ))
    }

    /// The reference an import uses: a base dataset when given, else the municipality CSV;
    /// with the meta from `--meta`, else the base's, else the default.
    pub fn for_import(
        base: Option<&Path>,
        municipalities: Option<&Path>,
        meta_file: Option<&Path>,
    ) -> Result<(Self, Meta), Vec<String>> {
        let (reference, base_meta) = match base {
            Some(b) => {
                let (r, m) = Self::from_dataset(b)?;
                (r, Some(m))
            }
            None => (
                Self::read(
                    &municipalities
                        .map(Path::to_path_buf)
                        .unwrap_or_else(default_municipalities),
                )?,
                None,
            ),
        };
        let meta = match (meta_file, base_meta) {
            (None, Some(m)) => m,
            (file, _) => meta(file).map_err(|e| vec![e])?,
        };
        Ok((reference, meta))
    }

    /// The municipality a spreadsheet cell names: its code (Excel may have dropped
    /// the leading zeros: `91` is `091`) or its name in any language, case ignored.
    pub fn municipality_code(&self, cell: &str) -> Option<String> {
        let cell = cell.trim();
        if !cell.is_empty() && cell.len() <= 3 && cell.bytes().all(|b| b.is_ascii_digit()) {
            let code = format!("{cell:0>3}");
            return self.municipalities.iter().any(|m| m.code == code).then_some(code);
        }
        let folded = atlas_core::text::fold(cell);
        self.municipalities
            .iter()
            .find(|m| m.name.values().any(|n| atlas_core::text::fold(n) == folded))
            .map(|m| m.code.clone())
    }
}

/// The municipality CSV when none is given: `../shared/data/municipalities.csv` from the
/// current directory, else beside the repository this binary was built from.
pub fn default_municipalities() -> PathBuf {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let candidates = [
        PathBuf::from("../shared/data/municipalities.csv"),
        repo.join("../shared/data/municipalities.csv"),
    ];
    candidates
        .iter()
        .find(|p| p.is_file())
        .unwrap_or(&candidates[0])
        .clone()
}

/// The meta of an imported dataset: read from a JSON file when given, else a
/// plain default the official should complete (`sample` false: these are real services).
pub fn meta(path: Option<&Path>) -> Result<Meta, String> {
    match path {
        Some(p) => {
            let text = std::fs::read_to_string(p)
                .map_err(|e| format!("cannot read the meta file {}: {e}", p.display()))?;
            serde_json::from_str(&text).map_err(|e| format!("{}: not a meta object: {e}", p.display()))
        }
        None => Ok(Meta {
            title: LocalisedText::new(&[
                ("en", "Guidance and counselling services for immigrants"),
                ("fi", "Maahanmuuttajien ohjaus- ja neuvontapalvelut"),
                ("sv", "Vägledning och rådgivning för invandrare"),
            ]),
            ..Meta::default()
        }),
    }
}

pub fn dataset(reference: Reference, meta: Meta, services: Vec<Service>) -> Dataset {
    Dataset {
        format: FORMAT.to_string(),
        meta,
        areas: reference.areas,
        municipalities: reference.municipalities,
        actors: reference.actors,
        services,
        programmes: reference.programmes,
        legislation: reference.legislation,
    }
}

/// The dataset as text, and the problems the app's loader finds in it (id → messages).
pub fn render(d: &Dataset) -> Result<(String, Vec<atlas_core::Problem>), String> {
    let text = to_json(d).map_err(|e| format!("cannot serialise the dataset: {e}"))?;
    let loaded =
        atlas_core::load(&text).map_err(|e| format!("internal error: the output does not load: {e}"))?;
    Ok((text, loaded.problems))
}

/// Reads a whole input: a file, `-` for standard input, or an http(s) URL (part A's
/// `input` module: the same size limit and messages as `validate`).
pub fn read_input(path: &Path) -> Result<Vec<u8>, String> {
    let source = crate::input::Source::parse(path.as_os_str())?;
    source
        .read(std::time::Duration::from_secs(60))
        .map_err(|e| format!("{}: {e}", source.name()))
}

/// Loads a dataset file with the app's loader, with a clear error when it is not one.
pub fn load_dataset(path: &Path) -> Result<atlas_core::Loaded, String> {
    let bytes = read_input(path)?;
    let text = std::str::from_utf8(&bytes).map_err(|e| {
        format!(
            "{}: not UTF-8 text (invalid byte at offset {})",
            path.display(),
            e.valid_up_to()
        )
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    atlas_core::load(text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Loads the dataset an export reads. A file that cannot be read is reported (`None`: the
/// export exits with 2); records the loader left out are counted in a warning, as the export
/// leaves them out too.
pub fn load_for_export(path: &Path) -> Option<atlas_core::Loaded> {
    let loaded = load_dataset(path);
    match loaded {
        Err(e) => {
            crate::err!("atlas-data: error: {}", crate::validate::printable(&e));
            None
        }
        Ok(loaded) => {
            if !loaded.problems.is_empty() {
                crate::err!(
                    "atlas-data: warning: {}: {} problem(s) in the dataset; records left out by the loader are not exported (see `atlas-data validate`)",
                    path.display(),
                    loaded.problems.len()
                );
            }
            Some(loaded)
        }
    }
}
